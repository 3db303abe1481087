#include "model/analysis/pathgraph.h"

#include "model/analysis/assumptions.h"
#include "model/analysis/coexistence.h"
#include "model/analysis/fastpathiplimits.h"
#include "model/analysis/fastpathspokes.h"
#include "model/analysis/gatewayzones.h"
#include "model/catalogue/catalogue.h"
#include "model/core/topologyindex.h"

#include <algorithm>
#include <map>
#include <unordered_set>

namespace Er {

namespace {

class GraphBuilder
{
public:
    GraphBuilder(const Topology &topology,
                 const TopologyIndex &index,
                 const Catalogue &catalogue,
                 const Assumptions &assumptions)
        : m_topology(topology)
        , m_index(index)
        , m_catalogue(catalogue)
        , m_assumptions(assumptions)
    {}

    FailureGraph build();

private:
    int addVertex(GraphVertex vertex);
    void addEdge(int from, int to);
    void addNodeVertex(const Node &node);
    void addGateways(const Node &vnet);
    void addLink(const Link &link);
    void addRisk(int vertex, const std::string &riskId, bool location);
    std::optional<GeoCoordinates> positionOf(const Node &node) const;
    std::optional<GeoCoordinates> peeringLocationPosition(const std::string &name) const;
    double nodeAvailability(const Node &node, std::string_view key) const;
    double gatewayThroughput(const Node &vnet) const;
    bool fastPathLiftsLimit(const Link &connection, const Node &circuit, const Node &vnet) const;
    bool sourceHasBreakout(const Node &from) const;

    const Topology &m_topology;
    const TopologyIndex &m_index;
    const Catalogue &m_catalogue;
    const Assumptions &m_assumptions;
    FailureGraph m_graph;
    std::map<std::string, int> m_expressRouteGateway; // VNet id -> gateway vertex
    std::map<std::string, int> m_vpnGateway;
    std::map<std::string, int> m_riskIndex;
    std::vector<std::pair<int, std::string>> m_pendingGroups; // risk groups, after locations
    std::map<std::string, bool> m_fastPathInto; // VNet id -> a FastPath connection skips its gateway
    std::map<std::string, std::vector<const Node *>> m_fastPathCircuits; // VNet id -> those circuits
    std::unordered_set<const Node *> m_pastFastPathIpLimit; // circuits FastPath cannot carry whole
    struct SpokePeering
    {
        int vertex;
        const Node *spoke;
        const Node *hub;
    };
    std::vector<SpokePeering> m_spokePeerings; // peerings that use the hub's ExpressRoute gateway
    std::map<std::string, std::vector<int>> m_accessOf;      // site id -> its access links
    std::map<std::string, std::vector<int>> m_internetVpnOf; // site id -> its internet VPN links

    const Node *siteOf(const Node &from) const;
    double vpnTunnelMbps(const Link &vpn, const Node &vnet, const Node *site) const;
    void addSharedEntryRisks();
};

int GraphBuilder::addVertex(GraphVertex vertex)
{
    m_graph.vertices.push_back(std::move(vertex));
    m_graph.out.emplace_back();
    m_graph.in.emplace_back();
    return static_cast<int>(m_graph.vertices.size()) - 1;
}

void GraphBuilder::addEdge(int from, int to)
{
    if (from < 0 || to < 0)
        return;
    m_graph.out[static_cast<std::size_t>(from)].push_back(to);
    m_graph.in[static_cast<std::size_t>(to)].push_back(from);
}

std::optional<GeoCoordinates> GraphBuilder::peeringLocationPosition(const std::string &name) const
{
    if (const PeeringLocationInfo *location = m_catalogue.peeringLocation(name))
        return GeoCoordinates{location->coordinates.lat, location->coordinates.lon};
    if (const MetroLocationInfo *metro = m_catalogue.metroLocation(name)) {
        for (const std::string &site : metro->locations) {
            if (const PeeringLocationInfo *location = m_catalogue.peeringLocation(site))
                return GeoCoordinates{location->coordinates.lat, location->coordinates.lon};
        }
    }
    return std::nullopt;
}

// Where a node is, for latency (analysis-model.md "Latency").
std::optional<GeoCoordinates> GraphBuilder::positionOf(const Node &node) const
{
    if (const SiteFields *site = node.site()) {
        if (site->location && site->location->lat && site->location->lon)
            return GeoCoordinates{*site->location->lat, *site->location->lon};
        return std::nullopt;
    }
    if (node.customerEdge()) {
        for (const Link *lan : m_index.incoming(node, LinkKind::Lan)) {
            if (const Node *site = m_index.from(*lan))
                return positionOf(*site);
        }
        return std::nullopt;
    }
    if (const ProviderEdgeFields *pe = node.providerEdge())
        return pe->peeringLocation ? peeringLocationPosition(*pe->peeringLocation) : std::nullopt;
    if (const CircuitFields *circuit = node.circuit()) {
        return circuit->peeringLocation ? peeringLocationPosition(*circuit->peeringLocation)
                                        : std::nullopt;
    }
    if (const VirtualNetworkFields *vnet = node.virtualNetwork()) {
        const Node *regionNode = vnet->region ? m_topology.node(*vnet->region) : nullptr;
        const AzureRegionFields *region = regionNode ? regionNode->azureRegion() : nullptr;
        const AzureRegionInfo *info = region && region->region ? m_catalogue.region(*region->region)
                                                               : nullptr;
        if (info)
            return GeoCoordinates{info->coordinates.lat, info->coordinates.lon};
    }
    return std::nullopt;
}

double GraphBuilder::nodeAvailability(const Node &node, std::string_view key) const
{
    return node.availabilityPercent ? *node.availabilityPercent / 100.0
                                    : m_assumptions.probability(key);
}

void GraphBuilder::addRisk(int vertex, const std::string &riskId, bool location)
{
    auto it = m_riskIndex.find(riskId);
    if (it == m_riskIndex.end()) {
        SharedRisk risk;
        risk.id = riskId;
        risk.location = location;
        risk.availability = m_assumptions.probability(location ? AssumptionKey::peeringLocation
                                                               : AssumptionKey::riskGroup);
        m_graph.risks.push_back(std::move(risk));
        it = m_riskIndex.emplace(riskId, static_cast<int>(m_graph.risks.size()) - 1).first;
    }
    m_graph.risks[static_cast<std::size_t>(it->second)].members.push_back(vertex);
    m_graph.vertices[static_cast<std::size_t>(vertex)].risks.push_back(it->second);
}

void GraphBuilder::addNodeVertex(const Node &node)
{
    GraphVertex vertex;
    vertex.id = node.id;
    vertex.node = &node;
    vertex.position = positionOf(node);
    std::optional<std::string> location;
    switch (node.kind()) {
    case NodeKind::Site:
        vertex.kind = VertexKind::Site;
        break;
    case NodeKind::CustomerEdge:
        vertex.kind = VertexKind::CustomerEdge;
        vertex.failable = true;
        vertex.availability = nodeAvailability(node, AssumptionKey::customerEdge);
        break;
    case NodeKind::ProviderEdge:
        vertex.kind = VertexKind::ProviderEdge;
        vertex.failable = true;
        vertex.availability = nodeAvailability(node, AssumptionKey::providerEdge);
        location = node.providerEdge()->peeringLocation;
        break;
    case NodeKind::Circuit: {
        const CircuitFields &circuit = *node.circuit();
        vertex.kind = VertexKind::Circuit;
        vertex.failable = true;
        vertex.availability = nodeAvailability(node, circuit.isMetro() ? AssumptionKey::metroCircuit
                                                                       : AssumptionKey::circuit);
        if (circuit.bandwidthInMbps && *circuit.bandwidthInMbps > 0)
            vertex.bandwidthMbps = static_cast<double>(*circuit.bandwidthInMbps);
        // A Metro circuit belongs to no single location: its provider edges carry them.
        if (!circuit.isMetro())
            location = circuit.peeringLocation;
        break;
    }
    case NodeKind::VirtualNetwork:
        vertex.kind = VertexKind::VirtualNetwork;
        break;
    case NodeKind::AzureRegion:
        return;
    }
    vertex.countsForDisjoint = vertex.failable;
    vertex.singleFailure = vertex.failable;
    const int id = addVertex(std::move(vertex));
    m_graph.vertexOfNode.emplace(node.id, id);
    if (location && !location->empty())
        addRisk(id, "location:" + *location, true);
    if (node.kind() == NodeKind::Site)
        m_graph.sites.push_back(id);
    if (node.kind() == NodeKind::VirtualNetwork) {
        m_graph.vnets.push_back(id);
        addGateways(node);
    }
}

double GraphBuilder::gatewayThroughput(const Node &vnet) const
{
    const ExpressRouteGateway &gateway = *vnet.virtualNetwork()->expressRouteGateway;
    const GatewaySkuInfo *sku = gateway.sku ? m_catalogue.expressRouteGatewaySku(*gateway.sku)
                                            : nullptr;
    if (!sku || sku->throughputMbps <= 0)
        return unlimitedMbps;
    if (!sku->scalable)
        return sku->throughputMbps;
    // ErGwScale: 1000 Mbps per maximum scale unit [LIMITS] (facts §4.2).
    std::int64_t units = 1;
    if (gateway.scaleUnits)
        units = gateway.scaleUnits->max.value_or(gateway.scaleUnits->min.value_or(1));
    return static_cast<double>(sku->throughputMbps)
           * static_cast<double>(std::max<std::int64_t>(1, units));
}

// FastPath takes the connection's data path around the gateway on a gateway that supports it,
// unless the VNets FastPath carries for the circuit hold more IP addresses than it programs:
// "Traffic flows through the ExpressRoute gateway when these limits are reached" [FP] (facts §2.4,
// §4.5). Which addresses FastPath programs first is not documented, so past the limit the whole
// circuit's traffic counts through the gateway.
bool GraphBuilder::fastPathLiftsLimit(const Link &connection,
                                      const Node &circuit,
                                      const Node &vnet) const
{
    return connection.fastPath.value_or(false)
           && gatewayTakesFastPath(*vnet.virtualNetwork()->expressRouteGateway, m_catalogue)
           && !m_pastFastPathIpLimit.count(&circuit);
}

void GraphBuilder::addGateways(const Node &vnet)
{
    const VirtualNetworkFields &fields = *vnet.virtualNetwork();
    const int vnetVertex = m_graph.vertexOf(vnet.id);
    if (fields.expressRouteGateway) {
        // An AZ SKU in a region without availability zones is regional (gatewayzones.h).
        const bool zoneRedundant = expressRouteGatewayZones(m_topology, vnet, m_catalogue)
                                       .zoneRedundant();
        GraphVertex gateway;
        gateway.id = vnet.id + "/expressRouteGateway";
        gateway.kind = VertexKind::ExpressRouteGateway;
        gateway.node = &vnet;
        gateway.failable = true;
        gateway.singleFailure = !zoneRedundant;
        gateway.availability = m_assumptions.probability(zoneRedundant
                                                             ? AssumptionKey::expressRouteGatewayAz
                                                             : AssumptionKey::expressRouteGateway);
        gateway.position = m_graph.vertices[static_cast<std::size_t>(vnetVertex)].position;
        const int id = addVertex(std::move(gateway));
        m_expressRouteGateway[vnet.id] = id;
        addEdge(id, vnetVertex);
    }
    if (fields.vpnGateway) {
        const auto &skuName = fields.vpnGateway->sku;
        const VpnSkuInfo *sku = skuName ? m_catalogue.vpnSku(*skuName) : nullptr;
        const bool zoneRedundant = vpnGatewayZones(m_topology, vnet, m_catalogue).zoneRedundant();
        GraphVertex gateway;
        gateway.id = vnet.id + "/vpnGateway";
        gateway.kind = VertexKind::VpnGateway;
        gateway.node = &vnet;
        gateway.failable = true;
        gateway.singleFailure = !zoneRedundant;
        gateway.expressRoute = false;
        gateway.availability = m_assumptions.probability(
            sku && sku->basic ? AssumptionKey::vpnGatewayBasic
            : zoneRedundant   ? AssumptionKey::vpnGatewayAz
                              : AssumptionKey::vpnGateway);
        if (sku && sku->aggregateThroughputMbps > 0)
            gateway.bandwidthMbps = sku->aggregateThroughputMbps; // [VPNTBL] (facts §10.1)
        gateway.position = m_graph.vertices[static_cast<std::size_t>(vnetVertex)].position;
        const int id = addVertex(std::move(gateway));
        m_vpnGateway[vnet.id] = id;
        addEdge(id, vnetVertex);
    }
}

bool GraphBuilder::sourceHasBreakout(const Node &from) const
{
    if (const SiteFields *site = from.site())
        return site->hasInternetBreakout();
    for (const Link *lan : m_index.incoming(from, LinkKind::Lan)) {
        const Node *site = m_index.from(*lan);
        if (site && site->site() && site->site()->hasInternetBreakout())
            return true;
    }
    return false;
}

void GraphBuilder::addLink(const Link &link)
{
    const Node *from = m_index.from(link);
    const Node *to = m_index.to(link);
    if (!from || !to)
        return;
    GraphVertex vertex;
    vertex.id = link.id;
    vertex.kind = VertexKind::Link;
    vertex.linkKind = link.kind;
    vertex.link = &link;
    std::optional<std::string_view> defaultKey;
    if (link.kind == LinkKind::Access)
        defaultKey = AssumptionKey::accessLink;
    else if (link.kind == LinkKind::CircuitPort)
        defaultKey = AssumptionKey::circuitPortLink;
    else if (link.kind == LinkKind::Vpn)
        defaultKey = AssumptionKey::vpnLink;
    if (link.availabilityPercent)
        vertex.availability = *link.availabilityPercent / 100.0;
    else if (defaultKey)
        vertex.availability = m_assumptions.probability(*defaultKey);
    vertex.failable = defaultKey.has_value() || vertex.availability < 1.0;
    vertex.countsForDisjoint = vertex.failable;
    vertex.singleFailure = vertex.failable;
    vertex.expressRoute = link.kind != LinkKind::Vpn;
    if (link.bandwidthInMbps && *link.bandwidthInMbps > 0)
        vertex.bandwidthMbps = static_cast<double>(*link.bandwidthInMbps);

    const int fromVertex = m_graph.vertexOf(from->id);
    const int toVertex = m_graph.vertexOf(to->id);
    const auto &fromPosition = fromVertex >= 0 ? m_graph.vertices[std::size_t(fromVertex)].position
                                               : std::nullopt;
    const auto &toPosition = toVertex >= 0 ? m_graph.vertices[std::size_t(toVertex)].position
                                           : std::nullopt;
    const double factor = m_assumptions.value(link.kind == LinkKind::Vpn
                                                  ? AssumptionKey::internetRouteFactor
                                                  : AssumptionKey::routeFactor);
    if (link.lengthKm)
        vertex.lengthKm = *link.lengthKm;
    else if (fromPosition && toPosition)
        vertex.lengthKm = greatCircleKm(*fromPosition, *toPosition) * factor;

    switch (link.kind) {
    case LinkKind::Lan:
    case LinkKind::Access:
    case LinkKind::CircuitPort: {
        const int id = addVertex(std::move(vertex));
        if (const Node *site = link.kind == LinkKind::Access ? siteOf(*from) : nullptr)
            m_accessOf[site->id].push_back(id);
        addEdge(fromVertex, id);
        addEdge(id, toVertex);
        if (link.riskGroups) {
            for (const std::string &tag : *link.riskGroups)
                m_pendingGroups.emplace_back(id, tag);
        }
        break;
    }
    case LinkKind::Connection: {
        const auto gateway = m_expressRouteGateway.find(to->id);
        const CircuitFields *circuit = from->circuit();
        if (gateway != m_expressRouteGateway.end() && !fastPathLiftsLimit(link, *from, *to))
            vertex.bandwidthMbps = std::min(vertex.bandwidthMbps, gatewayThroughput(*to));
        else if (gateway != m_expressRouteGateway.end()) {
            m_fastPathInto[to->id] = true;
            m_fastPathCircuits[to->id].push_back(from);
        }
        const int id = addVertex(std::move(vertex));
        // Private peering carries the VNet traffic (facts §3.1, §7.1).
        if (gateway == m_expressRouteGateway.end() || !circuit
            || !circuit->peering("AzurePrivatePeering"))
            break;
        addEdge(fromVertex, id);
        addEdge(id, gateway->second);
        break;
    }
    case LinkKind::VnetPeering: {
        const int id = addVertex(std::move(vertex));
        if (!link.useRemoteGateways.value_or(false))
            break;
        // Not transitive: only the hub's own gateways lead on to the spoke.
        if (const auto gateway = m_expressRouteGateway.find(to->id);
            gateway != m_expressRouteGateway.end()) {
            addEdge(gateway->second, id);
            m_spokePeerings.push_back({id, from, to});
        }
        if (const auto gateway = m_vpnGateway.find(to->id); gateway != m_vpnGateway.end())
            addEdge(gateway->second, id);
        addEdge(id, fromVertex);
        break;
    }
    case LinkKind::Vpn: {
        const bool overExpressRoute = link.overExpressRoute.value_or(false);
        const auto gateway = m_vpnGateway.find(to->id);
        const Node *site = siteOf(*from);
        vertex.bandwidthMbps = std::min(vertex.bandwidthMbps, vpnTunnelMbps(link, *to, site));
        const int id = addVertex(std::move(vertex));
        if (overExpressRoute)
            m_graph.ipsecOverExpressRoute.push_back(id);
        // IPsec over private peering rides the ExpressRoute paths: no path of its own. A Basic
        // VPN gateway beside an ExpressRoute gateway is not supported [COEX]: no path either.
        if (overExpressRoute || gateway == m_vpnGateway.end() || !sourceHasBreakout(*from)
            || !vpnCanCoexist(*to->virtualNetwork(), m_catalogue)) {
            break;
        }
        addEdge(fromVertex, id);
        addEdge(id, gateway->second);
        if (site)
            m_internetVpnOf[site->id].push_back(id);
        break;
    }
    case LinkKind::GlobalReach: {
        // Site to site only (analysis-model.md): not part of a site-to-VNet path.
        addVertex(std::move(vertex));
        break;
    }
    }
}

FailureGraph GraphBuilder::build()
{
    m_graph.fibreMsPerKm = m_assumptions.value(AssumptionKey::fibreMsPerKm);
    m_graph.nodeLatencyMs = m_assumptions.value(AssumptionKey::nodeLatencyMs);
    m_graph.internetRouteFactor = m_assumptions.value(AssumptionKey::internetRouteFactor);
    m_graph.vpnOverheadMs = m_assumptions.value(AssumptionKey::vpnOverheadMs);
    m_pastFastPathIpLimit = circuitsPastFastPathIpLimit(m_topology, m_index, m_catalogue);
    for (const Node &node : m_topology.nodes())
        addNodeVertex(node);
    for (const Link &link : m_topology.links())
        addLink(link);
    for (const auto &[vertex, tag] : m_pendingGroups)
        addRisk(vertex, "risk:" + tag, false);
    addSharedEntryRisks();
    // A gateway's throughput is shared by every connection through it, unless FastPath takes
    // the data path around it [FP] (facts §4.5).
    for (const auto &[vnetId, gateway] : m_expressRouteGateway) {
        if (!m_fastPathInto.count(vnetId)) {
            m_graph.vertices[static_cast<std::size_t>(gateway)].bandwidthMbps = gatewayThroughput(
                *m_graph.vertices[static_cast<std::size_t>(gateway)].node);
        }
    }
    // FastPath does not take traffic on to a spoke past the gateway over a provider circuit or
    // global peering [FP] (facts §4.5): the spoke's peering carries at most the gateway's
    // throughput (also for a Direct circuit beside such a circuit: the graph has one gateway).
    for (const SpokePeering &peering : m_spokePeerings) {
        const auto circuits = m_fastPathCircuits.find(peering.hub->id);
        if (circuits == m_fastPathCircuits.end())
            continue;
        const bool viaGateway = std::any_of(circuits->second.begin(), circuits->second.end(),
                                            [&](const Node *circuit) {
                                                return !fastPathReachesSpoke(m_topology, *circuit,
                                                                             *peering.hub,
                                                                             *peering.spoke);
                                            });
        if (viaGateway) {
            double &bandwidth = m_graph.vertices[static_cast<std::size_t>(peering.vertex)]
                                    .bandwidthMbps;
            bandwidth = std::min(bandwidth, gatewayThroughput(*peering.hub));
        }
    }
    return std::move(m_graph);
}

// The site a link starts from: the site itself, or the site behind a customer edge.
const Node *GraphBuilder::siteOf(const Node &from) const
{
    if (from.site())
        return &from;
    for (const Link *lan : m_index.incoming(from, LinkKind::Lan)) {
        const Node *site = m_index.from(*lan);
        if (site && site->site())
            return site;
    }
    return nullptr;
}

// A site-to-site VPN is one IPsec tunnel per gateway instance: the SKU's per-tunnel throughput,
// twice with an active-active gateway [VPNLIM] (facts §10.1), within the site's internet line.
double GraphBuilder::vpnTunnelMbps(const Link &vpn, const Node &vnet, const Node *site) const
{
    double limit = unlimitedMbps;
    const auto &gateway = vnet.virtualNetwork() ? vnet.virtualNetwork()->vpnGateway : std::nullopt;
    const VpnSkuInfo *sku = gateway && gateway->sku ? m_catalogue.vpnSku(*gateway->sku) : nullptr;
    if (sku) {
        const int perTunnel = sku->perTunnelThroughputMbps > 0 ? sku->perTunnelThroughputMbps
                                                               : sku->aggregateThroughputMbps;
        if (perTunnel > 0)
            limit = perTunnel * (gateway->activeActive.value_or(false) ? 2.0 : 1.0);
    }
    if (!vpn.overExpressRoute.value_or(false) && site && site->site()
        && site->site()->internetBandwidthMbps && *site->site()->internetBandwidthMbps > 0) {
        limit = std::min(limit, *site->site()->internetBandwidthMbps);
    }
    return limit;
}

// Unless the site says its internet line is diverse, the line and each access line leave the
// building the same way: one dig-up takes both (analysis-model.md "Failures").
void GraphBuilder::addSharedEntryRisks()
{
    for (const auto &[siteId, vpns] : m_internetVpnOf) {
        const Node *site = m_topology.node(siteId);
        if (!site || site->site()->internetLineDiverse.value_or(false))
            continue;
        const auto access = m_accessOf.find(siteId);
        if (access == m_accessOf.end())
            continue;
        for (int line : access->second) {
            const std::string id = "risk:internet-line+"
                                   + m_graph.vertices[static_cast<std::size_t>(line)].id;
            addRisk(line, id, false);
            for (int vpn : vpns)
                addRisk(vpn, id, false);
        }
    }
}

} // namespace

FailureGraph buildFailureGraph(const Topology &topology,
                               const TopologyIndex &index,
                               const Catalogue &catalogue,
                               const Assumptions &assumptions)
{
    return GraphBuilder(topology, index, catalogue, assumptions).build();
}

} // namespace Er
