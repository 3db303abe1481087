#pragma once

#include "model/analysis/pathgraph.h"

#include <utility>
#include <vector>

namespace Er {

// The part of the failure graph one site reaches, renumbered from 0 (the site itself). Every
// per-site question (resiliency, failures, paths) is asked of this small graph, so the cost of
// a site grows with what it reaches, not with the whole design.
struct SiteGraph
{
    const FailureGraph *graph = nullptr;
    std::vector<int> global; // local vertex -> failure-graph vertex
    std::vector<std::vector<int>> out;
    std::vector<std::vector<int>> in;
    std::vector<int> riskGlobal;               // local risk -> failure-graph risk
    std::vector<std::vector<int>> riskMembers; // local risk -> local vertices

    int size() const { return static_cast<int>(global.size()); }
    const GraphVertex &vertex(int local) const
    {
        return graph->vertices[static_cast<std::size_t>(global[static_cast<std::size_t>(local)])];
    }
    const SharedRisk &risk(int localRisk) const
    {
        return graph
            ->risks[static_cast<std::size_t>(riskGlobal[static_cast<std::size_t>(localRisk)])];
    }
    // The local index of a failure-graph vertex, -1 when the site does not reach it.
    int localOf(int globalVertex) const;

    // (failure-graph vertex, local vertex), sorted: sized to what the site reaches, not to the
    // whole design, so that building every site's graph stays linear in the design.
    std::vector<std::pair<int, int>> localIndex;
};

SiteGraph buildSiteGraph(const FailureGraph &graph, int siteVertex);

// Removals by count, so that overlapping shared risks can be added and taken away again.
class Removal
{
public:
    explicit Removal(int size)
        : m_count(static_cast<std::size_t>(size), 0)
    {}
    void add(int v) { ++m_count[static_cast<std::size_t>(v)]; }
    void remove(int v) { --m_count[static_cast<std::size_t>(v)]; }
    void add(const std::vector<int> &vs)
    {
        for (int v : vs)
            add(v);
    }
    void remove(const std::vector<int> &vs)
    {
        for (int v : vs)
            remove(v);
    }
    bool removed(int v) const { return m_count[static_cast<std::size_t>(v)] > 0; }

private:
    std::vector<int> m_count;
};

// Breadth-first reachability from the site over the vertices not removed; with
// expressRouteOnly, internet VPN links and VPN gateways are left out.
void reachFromSite(const SiteGraph &site,
                   const Removal &removal,
                   bool expressRouteOnly,
                   std::vector<char> &reached,
                   std::vector<int> &queue);

// The vertices on some path from the site to the target (reached forward and backward).
std::vector<char> verticesTowards(const SiteGraph &site, const std::vector<int> &targets);

} // namespace Er
