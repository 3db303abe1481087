#pragma once

#include "model/analysis/analysisresult.h"
#include "model/analysis/sitegraph.h"

#include <vector>

namespace Er {

// The resiliency level of each target VNet (local vertices; -1: not reached) of a site, with the
// vertices in `removal` failed (docs/spec/analysis-model.md "Resiliency level"). Levels are
// tried from the top: maximum, high, standardWithVpnBackup, standard, vpnOnly, none.
class ResiliencyEvaluator
{
public:
    explicit ResiliencyEvaluator(const SiteGraph &site);

    std::vector<Resiliency> levels(const std::vector<int> &targets, Removal &removal);

private:
    bool reached(int target) const;

    const SiteGraph &m_site;
    std::vector<int> m_circuits;        // local circuit vertices
    std::vector<int> m_locations;       // local risks that are peering locations
    std::vector<int> m_locationMembers; // every vertex at some location
    std::vector<char> m_reached;
    std::vector<int> m_queue;
};

} // namespace Er
