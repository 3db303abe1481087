#include "model/analysis/designvariants.h"

#include "model/analysis/geography.h"
#include "model/catalogue/catalogue.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>

namespace Er {

namespace {

// The VPN gateway a variant adds where the VNet has none: zone-redundant, active-active, the
// SKU whose tunnel carries the most short of the largest [VPNSKU; VPNLIM] (facts §10.1).
constexpr std::string_view addedVpnSku = "VpnGw2AZ";

std::string lowercaseFirst(std::string text)
{
    if (!text.empty() && text.front() >= 'A' && text.front() <= 'Z')
        text.front() = static_cast<char>(text.front() - 'A' + 'a');
    return text;
}

Link newLink(Topology &topology, LinkKind kind, std::string from, std::string to)
{
    Link link;
    link.id = topology.uniqueId(std::string(toString(kind)) + "-variant-");
    link.kind = kind;
    link.from = std::move(from);
    link.to = std::move(to);
    return link;
}

std::vector<const Node *> nodesOf(const Topology &topology, NodeKind kind)
{
    std::vector<const Node *> result;
    for (const Node &node : topology.nodes()) {
        if (node.kind() == kind)
            result.push_back(&node);
    }
    return result;
}

std::vector<Link> linksOf(const Topology &topology, LinkKind kind, const std::string &end)
{
    std::vector<Link> result;
    for (const Link &link : topology.links()) {
        if (link.kind == kind && (link.from == end || link.to == end))
            result.push_back(link);
    }
    return result;
}

void removeWithLinks(Topology &topology, const std::string &nodeId)
{
    std::vector<std::string> links;
    for (const Link &link : topology.links()) {
        if (link.from == nodeId || link.to == nodeId)
            links.push_back(link.id);
    }
    for (const std::string &id : links)
        topology.removeLink(id);
    topology.removeNode(nodeId);
}

// The site's first customer edge, where it has one.
const Node *customerEdgeOf(const Topology &topology, const std::string &siteId)
{
    for (const Link &lan : linksOf(topology, LinkKind::Lan, siteId)) {
        const Node *edge = topology.node(lan.to);
        if (edge && edge->customerEdge())
            return edge;
    }
    return nullptr;
}

bool hasInternetVpn(const Topology &topology)
{
    return std::any_of(topology.links().begin(), topology.links().end(), [](const Link &link) {
        return link.kind == LinkKind::Vpn && !link.overExpressRoute.value_or(false);
    });
}

// The VNet the site's ExpressRoute traffic enters Azure at: the first circuit's first connection.
std::string entryVnet(const Topology &topology)
{
    for (const Link &link : topology.links()) {
        if (link.kind == LinkKind::Connection)
            return link.to;
    }
    return {};
}

// Another peering location for a second circuit: the same metro's other site (London2 for
// London) where there is one, else the nearest location in the same geopolitical area.
const PeeringLocationInfo *secondLocation(const Catalogue &catalogue, const std::string &used)
{
    const PeeringLocationInfo *first = catalogue.peeringLocation(used);
    if (!first)
        return nullptr;
    const PeeringLocationInfo *best = nullptr;
    double bestKm = std::numeric_limits<double>::infinity();
    for (const PeeringLocationInfo &candidate : catalogue.peeringLocations()) {
        if (candidate.name == first->name || candidate.metroSiteOnly
            || candidate.geopoliticalArea != first->geopoliticalArea) {
            continue;
        }
        double km = greatCircleKm({first->coordinates.lat, first->coordinates.lon},
                                  {candidate.coordinates.lat, candidate.coordinates.lon});
        if (candidate.metro == first->metro)
            km = -1; // the metro's other site first
        if (km < bestKm) {
            bestKm = km;
            best = &candidate;
        }
    }
    return best;
}

void addVpn(Topology &topology, const std::string &siteId, const std::string &vnetId)
{
    Node vnet = *topology.node(vnetId);
    if (!vnet.virtualNetwork()->vpnGateway) {
        VpnGateway gateway;
        gateway.sku = std::string(addedVpnSku);
        gateway.activeActive = true;
        vnet.virtualNetwork()->vpnGateway = gateway;
        topology.replaceNode(vnet);
    }
    Link vpn = newLink(topology, LinkKind::Vpn, siteId, vnetId);
    vpn.bgp = true;
    topology.addLink(vpn);
}

std::string vpnLabel(const Topology &part, const std::string &vnetId, std::string_view what)
{
    const Node *vnet = part.node(vnetId);
    const bool existing = vnet && vnet->virtualNetwork() && vnet->virtualNetwork()->vpnGateway;
    return std::string(what)
           + (existing ? " (to the VNet's VPN gateway)"
                       : " (a new " + std::string(addedVpnSku) + " gateway, active-active)");
}

std::optional<DesignVariantTopology> withSecondLocation(const Topology &part,
                                                        const std::string &siteId,
                                                        const Catalogue &catalogue)
{
    const std::vector<const Node *> circuits = nodesOf(part, NodeKind::Circuit);
    std::set<std::string> locations;
    for (const Node *circuit : circuits) {
        if (circuit->circuit()->isMetro())
            return std::nullopt; // already two sites of a metro
        if (circuit->circuit()->peeringLocation)
            locations.insert(*circuit->circuit()->peeringLocation);
    }
    if (circuits.empty() || locations.size() != 1)
        return std::nullopt;
    const Node &circuit = *circuits.front();
    const PeeringLocationInfo *second = secondLocation(catalogue, *locations.begin());
    if (!second)
        return std::nullopt;

    DesignVariantTopology variant;
    variant.variant = DesignVariant::SecondLocation;
    variant.option = ConnectivityOption::ExpressRouteMaximum;
    variant.label = "Add a second circuit at " + second->name;
    Topology &t = variant.topology;
    t = part;
    std::string from = siteId;
    if (const Node *edge = customerEdgeOf(part, siteId)) {
        Node copy = *edge;
        copy.id = t.uniqueId("ce-variant-");
        copy.name = edge->label() + " (second)";
        from = copy.id;
        t.addNode(copy);
        t.addLink(newLink(t, LinkKind::Lan, siteId, from));
    }
    Node pe = makeNode(NodeKind::ProviderEdge, t.uniqueId("pe-variant-"));
    ProviderEdgeFields &peFields = *pe.providerEdge();
    peFields.peeringLocation = second->name;
    peFields.provider = circuit.circuit()->serviceProviderName;
    for (const Node *existing : nodesOf(part, NodeKind::ProviderEdge)) {
        peFields.connectivityModel = existing->providerEdge()->connectivityModel;
        peFields.serviceLayer = existing->providerEdge()->serviceLayer;
        break;
    }
    t.addNode(pe);
    t.addLink(newLink(t, LinkKind::Access, from, pe.id));
    Node copy = circuit;
    copy.id = t.uniqueId("er-variant-");
    copy.name = circuit.label() + " at " + second->name;
    copy.circuit()->peeringLocation = second->name;
    t.addNode(copy);
    for (const char *role : {"primary", "secondary"}) {
        Link port = newLink(t, LinkKind::CircuitPort, pe.id, copy.id);
        port.role = role;
        t.addLink(port);
    }
    for (const Link &connection : linksOf(part, LinkKind::Connection, circuit.id)) {
        Link added = connection;
        added.id = t.uniqueId("connection-variant-");
        added.from = copy.id;
        t.addLink(added);
    }
    return variant;
}

std::optional<DesignVariantTopology> withVpnBackup(const Topology &part, const std::string &siteId)
{
    const std::string vnet = entryVnet(part);
    const Node *site = part.node(siteId);
    if (vnet.empty() || hasInternetVpn(part) || !site->site()->hasInternetBreakout())
        return std::nullopt;
    DesignVariantTopology variant;
    variant.variant = DesignVariant::VpnBackup;
    variant.option = ConnectivityOption::ExpressRouteWithVpnBackup;
    variant.label = vpnLabel(part, vnet, "Add a site-to-site VPN backup");
    variant.topology = part;
    addVpn(variant.topology, siteId, vnet);
    return variant;
}

std::optional<DesignVariantTopology> withDirect(const Topology &part,
                                                const Catalogue &catalogue,
                                                double neededMbps)
{
    const std::vector<const Node *> circuits = nodesOf(part, NodeKind::Circuit);
    if (circuits.empty() || std::all_of(circuits.begin(), circuits.end(), [](const Node *c) {
            return c->circuit()->isDirect();
        })) {
        return std::nullopt;
    }
    DesignVariantTopology variant;
    variant.variant = DesignVariant::Direct;
    variant.option = ConnectivityOption::ExpressRouteDirect;
    variant.encrypted = true;
    Topology &t = variant.topology;
    t = part;
    // Circuit sizes on 10 and 100 Gbps ports [DIRECT] (facts §2.1).
    const bool large = neededMbps > 10000;
    const std::vector<std::int64_t> sizes = large ? std::vector<std::int64_t>{5000, 10000, 40000,
                                                                              100000}
                                                  : std::vector<std::int64_t>{1000, 2000, 5000,
                                                                              10000};
    std::set<std::string> locations;
    for (const Node *circuit : circuits) {
        const std::string location = circuit->circuit()->peeringLocation.value_or("");
        const PeeringLocationInfo *info = catalogue.peeringLocation(location);
        if (!info || !info->expressRouteDirect)
            return std::nullopt; // not offered there: a different location is a different design
        locations.insert(location);
        Node copy = *circuit;
        CircuitFields &fields = *copy.circuit();
        ExpressRouteDirectPort ports;
        ports.portBandwidthInGbps = large ? 100 : 10;
        ports.encapsulation = "Dot1Q";
        ports.macsec = true;
        fields.expressRouteDirect = ports;
        std::int64_t bandwidth = fields.bandwidthInMbps.value_or(0);
        for (std::int64_t size : sizes) {
            if (size >= std::max<double>(neededMbps, double(bandwidth))) {
                bandwidth = size;
                break;
            }
        }
        fields.bandwidthInMbps = std::min(bandwidth, sizes.back());
        t.replaceNode(copy);
        // The customer's routers connect to the port: no provider edge between [DIRECT].
        for (const Link &port : linksOf(part, LinkKind::CircuitPort, circuit->id)) {
            const Node *pe = part.node(port.from);
            if (!pe || !pe->providerEdge())
                continue;
            for (const Link &access : linksOf(part, LinkKind::Access, pe->id)) {
                const Node *edge = part.node(access.from);
                if (!edge || !edge->customerEdge())
                    continue;
                Link direct = newLink(t, LinkKind::CircuitPort, edge->id, circuit->id);
                direct.role = port.role;
                t.addLink(direct);
            }
            if (t.node(pe->id))
                removeWithLinks(t, pe->id);
        }
    }
    std::string names;
    for (const std::string &location : locations)
        names += (names.empty() ? "" : " and ") + location;
    variant.label = "ExpressRoute Direct at " + names + (large ? " (100" : " (10")
                    + " Gbps ports, MACsec)";
    // A gateway that carries the need: ErGwScale, 1 Gbps per scale unit up to 40 [SCALE]
    // (facts §4.3).
    const GatewaySkuInfo *scalable = catalogue.expressRouteGatewaySku("ErGwScale");
    for (const Node *vnet : nodesOf(part, NodeKind::VirtualNetwork)) {
        const auto &gateway = vnet->virtualNetwork()->expressRouteGateway;
        const GatewaySkuInfo *sku = gateway && gateway->sku
                                        ? catalogue.expressRouteGatewaySku(*gateway->sku)
                                        : nullptr;
        if (!sku || !scalable || sku->scalable || sku->throughputMbps >= neededMbps)
            continue;
        const auto units = std::clamp<std::int64_t>(static_cast<std::int64_t>(std::ceil(
                                                        neededMbps / scalable->throughputMbps)),
                                                    1, scalable->maxScaleUnits);
        Node copy = *vnet;
        ExpressRouteGateway &upgraded = *copy.virtualNetwork()->expressRouteGateway;
        upgraded.sku = "ErGwScale";
        ScaleUnits scale;
        scale.min = units;
        scale.max = units;
        upgraded.scaleUnits = scale;
        t.replaceNode(copy);
        variant.label += ", an ErGwScale gateway of " + std::to_string(units) + " scale units";
    }
    return variant;
}

std::optional<DesignVariantTopology> vpnOnly(const Topology &part,
                                             const std::string &siteId,
                                             const std::set<std::string> &sharedGateways)
{
    const std::string vnet = entryVnet(part);
    const Node *site = part.node(siteId);
    if (vnet.empty() || !site->site()->hasInternetBreakout())
        return std::nullopt;
    DesignVariantTopology variant;
    variant.variant = DesignVariant::VpnOnly;
    variant.option = ConnectivityOption::Vpn;
    variant.encrypted = true;
    variant.label = vpnLabel(part, vnet, "Site-to-site VPN only");
    Topology &t = variant.topology;
    t = part;
    for (const Node *node : nodesOf(part, NodeKind::Circuit))
        removeWithLinks(t, node->id);
    for (const Node *node : nodesOf(part, NodeKind::ProviderEdge))
        removeWithLinks(t, node->id);
    // With no circuit left, an ExpressRoute gateway only this site used goes too (and its cost).
    for (const Node *node : nodesOf(part, NodeKind::VirtualNetwork)) {
        if (!node->virtualNetwork()->expressRouteGateway || sharedGateways.count(node->id))
            continue;
        Node copy = *node;
        copy.virtualNetwork()->expressRouteGateway.reset();
        t.replaceNode(copy);
    }
    if (!hasInternetVpn(t))
        addVpn(t, siteId, vnet);
    return variant;
}

// The design's single location moved to the one nearest the site, and a second circuit at that
// metro's other site: maximum resiliency close by.
std::optional<DesignVariantTopology> atNearerLocations(const Topology &part,
                                                       const std::string &siteId,
                                                       const Catalogue &catalogue)
{
    const PeeringLocationInfo *nearest = nearestPeeringLocation(catalogue, *part.node(siteId));
    std::set<std::string> locations;
    for (const Node *circuit : nodesOf(part, NodeKind::Circuit)) {
        if (circuit->circuit()->isMetro() || !circuit->circuit()->peeringLocation)
            return std::nullopt;
        locations.insert(*circuit->circuit()->peeringLocation);
    }
    if (!nearest || locations.size() != 1 || *locations.begin() == nearest->name)
        return std::nullopt;
    const std::string from = *locations.begin();
    Topology moved = part;
    for (const Node &node : part.nodes()) {
        Node copy = node;
        if (CircuitFields *circuit = copy.circuit(); circuit && circuit->peeringLocation == from)
            circuit->peeringLocation = nearest->name;
        else if (ProviderEdgeFields *pe = copy.providerEdge(); pe && pe->peeringLocation == from)
            pe->peeringLocation = nearest->name;
        else
            continue;
        moved.replaceNode(copy);
    }
    std::optional<DesignVariantTopology> variant = withSecondLocation(moved, siteId, catalogue);
    if (!variant)
        return std::nullopt;
    variant->variant = DesignVariant::NearerLocations;
    variant->label = "Move the circuit to " + nearest->name + " (nearest the site) and "
                     + lowercaseFirst(variant->label);
    return variant;
}

} // namespace

const PeeringLocationInfo *nearestPeeringLocation(const Catalogue &catalogue,
                                                  const Node &site,
                                                  double *km)
{
    const auto &where = site.site() ? site.site()->location : std::nullopt;
    if (!where || !where->lat || !where->lon)
        return nullptr;
    const PeeringLocationInfo *nearest = nullptr;
    double nearestKm = 0;
    for (const PeeringLocationInfo &location : catalogue.peeringLocations()) {
        if (location.metroSiteOnly)
            continue;
        const double distance = greatCircleKm({*where->lat, *where->lon},
                                              {location.coordinates.lat, location.coordinates.lon});
        if (!nearest || distance < nearestKm) {
            nearest = &location;
            nearestKm = distance;
        }
    }
    if (km)
        *km = nearestKm;
    return nearest;
}

Topology sitePart(const Topology &topology,
                  const Node &site,
                  const std::vector<std::string> &reached)
{
    std::set<std::string> nodes(reached.begin(), reached.end());
    nodes.insert(site.id);
    if (site.site()->needsVnets)
        nodes.insert(site.site()->needsVnets->begin(), site.site()->needsVnets->end());
    for (const std::string &id : std::set<std::string>(nodes)) {
        const Node *node = topology.node(id);
        if (node && node->virtualNetwork() && node->virtualNetwork()->region)
            nodes.insert(*node->virtualNetwork()->region);
    }
    // In design order, looked up by id: the cost follows the site's share, not the design.
    std::vector<std::size_t> nodeIndices;
    for (const std::string &id : nodes) {
        if (const auto index = topology.nodeIndex(id))
            nodeIndices.push_back(*index);
    }
    std::vector<std::size_t> linkIndices;
    for (const std::string &id : reached) {
        if (const auto index = topology.linkIndex(id))
            linkIndices.push_back(*index);
    }
    std::sort(nodeIndices.begin(), nodeIndices.end());
    std::sort(linkIndices.begin(), linkIndices.end());
    linkIndices.erase(std::unique(linkIndices.begin(), linkIndices.end()), linkIndices.end());
    Topology part;
    part.assumptions = topology.assumptions;
    part.pricing = topology.pricing; // the options are priced with the design's discount
    for (std::size_t index : nodeIndices)
        part.addNode(topology.nodes()[index]);
    for (std::size_t index : linkIndices) {
        const Link &link = topology.links()[index];
        if (part.node(link.from) && part.node(link.to))
            part.addLink(link);
    }
    return part;
}

std::vector<DesignVariantTopology> designVariants(const Topology &part,
                                                  const std::string &siteId,
                                                  const Catalogue &catalogue,
                                                  double neededMbps,
                                                  bool latencyMissed,
                                                  const std::set<std::string> &sharedGateways)
{
    std::vector<DesignVariantTopology> variants;
    if (latencyMissed) {
        if (auto nearer = atNearerLocations(part, siteId, catalogue))
            variants.push_back(std::move(*nearer));
    }
    if (auto second = withSecondLocation(part, siteId, catalogue))
        variants.push_back(std::move(*second));
    if (auto backup = withVpnBackup(part, siteId))
        variants.push_back(std::move(*backup));
    if (auto direct = withDirect(part, catalogue, neededMbps))
        variants.push_back(std::move(*direct));
    if (auto vpn = vpnOnly(part, siteId, sharedGateways))
        variants.push_back(std::move(*vpn));
    return variants;
}

} // namespace Er
