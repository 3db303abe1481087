#pragma once

#include "model/analysis/sitegraph.h"

#include <vector>

namespace Er {

struct DisjointPaths
{
    int count = 0;
    std::vector<std::vector<int>> paths; // local vertices from the site to the target
};

// The most paths from the site to the target with no failable element in common (the site, the
// VNet and its gateways are the endpoints): a maximum flow on the graph with each failable vertex
// split into an in and an out half joined by an edge of capacity 1. `towards` restricts the search
// to the vertices on some path to the target (verticesTowards).
DisjointPaths disjointPaths(const SiteGraph &site, const std::vector<char> &towards, int target);

} // namespace Er
