#pragma once

#include "model/analysis/geography.h"
#include "model/core/topology.h"

#include <limits>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace Er {

class Assumptions;
class Catalogue;
class TopologyIndex;

// The failure graph of a design: every node and link on a path from a site to a VNet becomes a
// vertex (links too, so that "node-disjoint" means "no element in common"), and each VNet's
// gateways become vertices of their own. Edges run in the direction traffic is set up: site ->
// lan -> customer edge -> access -> provider edge -> circuitPort -> circuit -> connection ->
// ExpressRoute gateway -> VNet, gateway -> vnetPeering -> spoke, site -> vpn -> VPN gateway -> VNet.
// Plain vectors: the algorithms build their Boost.Graph views in their own .cpp files.

enum class VertexKind {
    Site,
    CustomerEdge,
    ProviderEdge,
    Circuit,
    ExpressRouteGateway,
    VpnGateway,
    VirtualNetwork,
    Link
};

inline constexpr double unlimitedMbps = std::numeric_limits<double>::infinity();

struct GraphVertex
{
    std::string id; // element id; a gateway is "<vnet id>/expressRouteGateway" or "/vpnGateway"
    VertexKind kind = VertexKind::Site;
    LinkKind linkKind = LinkKind::Lan; // for kind Link
    const Node *node = nullptr;        // the node; for a gateway, its VNet
    const Link *link = nullptr;
    bool failable = false;          // can fail (analysis-model.md "Failures")
    bool countsForDisjoint = false; // failable and not part of an endpoint (gateways are)
    bool singleFailure = false;     // named as a single point of failure / single failure
    bool expressRoute = true;       // false: an internet VPN link or a VPN gateway
    double availability = 1.0;      // probability of being up
    double bandwidthMbps = unlimitedMbps;
    std::vector<int> risks;                 // indices into FailureGraph::risks
    std::optional<GeoCoordinates> position; // nodes
    std::optional<double> lengthKm;         // links: given or estimated
};

// Elements that fail together: a peering location or a riskGroups tag.
struct SharedRisk
{
    std::string id; // "location:London", "risk:conduit-A"
    bool location = false;
    double availability = 1.0;
    std::vector<int> members;
};

struct FailureGraph
{
    std::vector<GraphVertex> vertices;
    std::vector<std::vector<int>> out;
    std::vector<std::vector<int>> in;
    std::vector<SharedRisk> risks;
    std::unordered_map<std::string, int> vertexOfNode; // node id -> its vertex
    std::vector<int> sites;                            // in design order
    std::vector<int> vnets;                            // in design order
    std::vector<int> ipsecOverExpressRoute;            // vpn links with overExpressRoute
    double fibreMsPerKm = 0.005;
    double nodeLatencyMs = 0.05;
    double internetRouteFactor = 2.0;
    double vpnOverheadMs = 1.0;

    int vertexOf(const std::string &nodeId) const
    {
        const auto it = vertexOfNode.find(nodeId);
        return it == vertexOfNode.end() ? -1 : it->second;
    }
};

FailureGraph buildFailureGraph(const Topology &topology,
                               const TopologyIndex &index,
                               const Catalogue &catalogue,
                               const Assumptions &assumptions);

} // namespace Er
