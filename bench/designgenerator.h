#pragma once

#include "model/core/topology.h"

#include <cstdint>

namespace Er::Bench {

// What a generated design is made of, for a given number of sites.
struct GeneratorOptions
{
    int sites = 100;
    std::uint32_t seed = 1;
    // Sites that share one hub VNet. Each site brings two circuits, one at each peering location
    // of its metro, so a pod of four puts four circuits per location on the hub's gateway: the
    // most a gateway takes from one peering location (expressroute-facts.md §4, R2.6 [GW]).
    int sitesPerPod = 4;
    int spokesPerHub = 2;
    // Sites stacked in one column of the canvas grid.
    int sitesPerColumn = 48;
};

struct GeneratedDesignCounts
{
    int sites = 0;
    int pods = 0;
    int regions = 0;
    int circuits = 0;
    int virtualNetworks = 0;
};

// A realistic large design, the way a bank with many datacenters builds for maximum resiliency
// (expressroute-facts.md §5): every site has two customer edges with BFD, each reaching two
// providers' edges at the two peering locations of one metro (London/London2,
// Amsterdam/Amsterdam2, ...), and two Standard circuits, one per location and provider, each with
// Azure private peering (unique VLAN, /30 link subnets and peer ASN per site, MD5 on). Sites are
// grouped into pods; each pod's circuits connect to a hub VNet with an ErGw3AZ gateway in the
// metro's local Azure region, with spoke VNets peered to the hub (useRemoteGateways). Each site
// needs its pod's hub and one or two spokes. Access links carry per-site trench risk groups.
// Positions form a grid, one band per site, with each Azure region's VNets in a block to the
// right, where the canvas frames the region. The same options always give the same design.
Topology generateDesign(const GeneratorOptions &options);

// What generateDesign(options) holds, without generating it.
GeneratedDesignCounts expectedCounts(const GeneratorOptions &options);

} // namespace Er::Bench
