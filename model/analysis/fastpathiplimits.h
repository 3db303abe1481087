#pragma once

#include <cstdint>
#include <unordered_set>
#include <vector>

namespace Er {

class Catalogue;
class Topology;
class TopologyIndex;
struct ExpressRouteGateway;
struct Node;

// Does this ExpressRoute gateway take FastPath? UltraPerformance and ErGw3AZ do, ErGwScale with a
// minimum of enough scale units (out-of-range units counted as the nearest valid size) [FP
// 03/20/2025] (facts §4.5). The one answer GATEWAY-003, GATEWAY-005, GATEWAY-013 and the
// analysis's capacities share.
bool gatewayTakesFastPath(const ExpressRouteGateway &gateway, const Catalogue &catalogue);

// What FastPath carries for one circuit against the IP addresses it programs: 25,000 for a
// provider circuit, 100,000 / 200,000 for a 10 / 100 Gbps ExpressRoute Direct port ("cumulative
// at the port level"; counted per circuit, as the format does not say which circuits share a
// port); "Traffic flows through the ExpressRoute gateway when these limits are reached" [FP]
// (facts §2.4, §4.5; docs/facts-additions.md).
struct FastPathIpBudget
{
    const Node *circuit = nullptr;
    // The hubs whose connection from the circuit enables FastPath on a gateway that takes it, and
    // the spokes FastPath reaches past them (fastpathspokes.h), each once, in design order.
    std::vector<const Node *> vnets;
    std::uint64_t limit = 0;      // 0: the catalogue gives none (a port size it does not list)
    std::uint64_t inUse = 0;      // the VNets' `ipAddressesInUse`, where given
    std::uint64_t upperBound = 0; // those, plus the IPv4 address space of the VNets without it
    bool allKnown = true;         // every VNet gives `ipAddressesInUse`

    // The addresses in use pass the limit: FastPath does not carry the circuit's traffic past the
    // gateway (GATEWAY-013 warning; GATEWAY-005 and the analysis count it through the gateway).
    bool exceeded() const { return limit > 0 && inUse > limit; }
    // Not known to pass, but the address space of the VNets that do not say could (GATEWAY-013
    // info; the analysis keeps FastPath).
    bool mayExceed() const { return limit > 0 && !exceeded() && !allKnown && upperBound > limit; }
};

// One budget per circuit that FastPath carries traffic for, in the order the circuits are first
// met (the gateways' VNets in design order, their connections in design order).
std::vector<FastPathIpBudget> fastPathIpBudgets(const Topology &topology,
                                                const TopologyIndex &index,
                                                const Catalogue &catalogue);

// The circuits whose FastPath VNets hold more IP addresses in use than FastPath programs.
std::unordered_set<const Node *> circuitsPastFastPathIpLimit(const Topology &topology,
                                                             const TopologyIndex &index,
                                                             const Catalogue &catalogue);

} // namespace Er
