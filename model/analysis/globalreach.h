#pragma once

#include "model/analysis/analysisresult.h"

#include <map>
#include <string>
#include <vector>

namespace Er {

class TopologyIndex;

// Site-to-site reachability over Global Reach (docs/spec/analysis-model.md): two sites reach
// each other when one reaches circuit A, the other circuit B, and a globalReach link joins A and
// B, both with private peering (facts §6.1). Not transitive: A-B and B-C do not join A and C.
// `sitesByCircuit` lists, per circuit id, the sites that reach it over ExpressRoute.
std::vector<SiteToSite> globalReachPairs(
    const TopologyIndex &index,
    const std::map<std::string, std::vector<std::string>> &sitesByCircuit);

} // namespace Er
