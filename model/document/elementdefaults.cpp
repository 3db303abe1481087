#include "model/document/elementdefaults.h"

#include "model/catalogue/catalogue.h"
#include "model/core/linkrules.h"
#include "model/net/cidr.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace Er {

namespace {

// The peering location a new provider edge or circuit gets when nothing nearby suggests one.
constexpr char fallbackPeeringLocation[] = "London";

std::string idPrefix(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Site:
        return "site";
    case NodeKind::CustomerEdge:
        return "ce";
    case NodeKind::ProviderEdge:
        return "pe";
    case NodeKind::Circuit:
        return "er";
    case NodeKind::AzureRegion:
        return "region";
    case NodeKind::VirtualNetwork:
        return "vnet";
    }
    return "node";
}

std::string idPrefix(LinkKind kind)
{
    switch (kind) {
    case LinkKind::Lan:
        return "lan";
    case LinkKind::Access:
        return "acc";
    case LinkKind::CircuitPort:
        return "port";
    case LinkKind::Connection:
        return "conn";
    case LinkKind::GlobalReach:
        return "gr";
    case LinkKind::Vpn:
        return "vpn";
    case LinkKind::VnetPeering:
        return "peer";
    }
    return "link";
}

std::string shortName(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Site:
        return "Site";
    case NodeKind::CustomerEdge:
        return "CE";
    case NodeKind::ProviderEdge:
        return "PE";
    case NodeKind::Circuit:
        return "Circuit";
    case NodeKind::AzureRegion:
        return "Region";
    case NodeKind::VirtualNetwork:
        return "VNet";
    }
    return "Node";
}

// The placed node of one of `kinds` nearest to `position`, or nullptr.
const Node *nearestNode(const Topology &topology,
                        Point position,
                        std::initializer_list<NodeKind> kinds)
{
    const Node *nearest = nullptr;
    double best = std::numeric_limits<double>::max();
    for (const Node &node : topology.nodes()) {
        if (!node.position || std::find(kinds.begin(), kinds.end(), node.kind()) == kinds.end())
            continue;
        const double distance = std::hypot(node.position->x - position.x,
                                           node.position->y - position.y);
        if (distance < best) {
            best = distance;
            nearest = &node;
        }
    }
    return nearest;
}

struct LocationAndProvider
{
    std::string location;
    std::optional<std::string> provider;
};

LocationAndProvider nearbyPeeringLocation(const Topology &topology, Point position)
{
    if (const Node *pe = nearestNode(topology, position, {NodeKind::ProviderEdge});
        pe && pe->providerEdge()->peeringLocation) {
        return {*pe->providerEdge()->peeringLocation, pe->providerEdge()->provider};
    }
    if (const Node *circuit = nearestNode(topology, position, {NodeKind::Circuit});
        circuit && circuit->circuit()->peeringLocation) {
        return {*circuit->circuit()->peeringLocation, circuit->circuit()->serviceProviderName};
    }
    LocationAndProvider fallback{fallbackPeeringLocation, std::nullopt};
    if (const PeeringLocationInfo *info = Catalogue::builtIn().peeringLocation(fallback.location);
        info && !info->providers.empty()) {
        fallback.provider = info->providers.front();
    }
    return fallback;
}

std::string unusedRegion(const Topology &topology, Point position)
{
    const Catalogue &catalogue = Catalogue::builtIn();
    auto used = [&](const std::string &arm) {
        return std::any_of(topology.nodes().begin(), topology.nodes().end(), [&](const Node &n) {
            return n.azureRegion() && n.azureRegion()->region == arm;
        });
    };
    const PeeringLocationInfo *location = catalogue.peeringLocation(
        nearbyPeeringLocation(topology, position).location);
    if (location) {
        for (const std::string &arm : location->localRegions) {
            if (!used(arm))
                return arm;
        }
        for (const AzureRegionInfo &region : catalogue.regions()) {
            if (region.geopoliticalArea == location->geopoliticalArea && !used(region.name))
                return region.name;
        }
    }
    for (const AzureRegionInfo &region : catalogue.regions()) {
        if (!used(region.name))
            return region.name;
    }
    return catalogue.regions().empty() ? std::string("uksouth") : catalogue.regions().front().name;
}

// The first 10.n.0.0/16 that overlaps no address space of the design's VNets and sites.
int freeSecondOctet(const Topology &topology)
{
    std::vector<Cidr> taken;
    auto collect = [&](const std::optional<StringList> &prefixes) {
        if (!prefixes)
            return;
        for (const std::string &text : *prefixes) {
            if (auto cidr = Cidr::parse(text))
                taken.push_back(*cidr);
        }
    };
    for (const Node &node : topology.nodes()) {
        if (const VirtualNetworkFields *vnet = node.virtualNetwork())
            collect(vnet->addressPrefixes);
        else if (const SiteFields *site = node.site())
            collect(site->addressPrefixes);
    }
    for (int octet = 10; octet < 256; ++octet) {
        const Cidr candidate = *Cidr::parse("10." + std::to_string(octet) + ".0.0/16");
        if (std::none_of(taken.begin(), taken.end(),
                         [&](const Cidr &other) { return other.overlaps(candidate); })) {
            return octet;
        }
    }
    return 10;
}

bool regionHasVnet(const Topology &topology, const std::string &regionId)
{
    return std::any_of(topology.nodes().begin(), topology.nodes().end(), [&](const Node &node) {
        return node.virtualNetwork() && node.virtualNetwork()->region == regionId;
    });
}

// Whether a VNet other than `exceptId` in the region has an ExpressRoute gateway: its hub.
bool regionHasHub(const Topology &topology, const std::string &regionId, const std::string &exceptId)
{
    return std::any_of(topology.nodes().begin(), topology.nodes().end(), [&](const Node &node) {
        const VirtualNetworkFields *vnet = node.virtualNetwork();
        return vnet && node.id != exceptId && vnet->region == regionId && vnet->expressRouteGateway;
    });
}

// The GatewaySubnet a hub gets inside its address space: the first /27 of the last /24 of its
// first IPv4 prefix (10.10.255.0/27 in 10.10.0.0/16), or the last /27 of a /25 to /27.
std::optional<std::string> gatewaySubnetIn(const std::optional<StringList> &addressPrefixes)
{
    if (!addressPrefixes)
        return std::nullopt;
    for (const std::string &text : *addressPrefixes) {
        const auto prefix = Cidr::parse(text);
        if (!prefix || !prefix->isIpv4() || prefix->prefixLength > 27)
            continue;
        const std::uint32_t last = prefix->lastAddress().toV4();
        const std::uint32_t first = prefix->prefixLength <= 24 ? (last & ~std::uint32_t(0xff))
                                                               : last - 31;
        return IpAddress::fromV4(first).toString() + "/27";
    }
    return std::nullopt;
}

// Makes `vnet` its region's hub: a GatewaySubnet (unless it has one) and an ErGw1AZ gateway.
void makeHub(VirtualNetworkFields &vnet)
{
    if (!vnet.gatewaySubnetPrefix)
        vnet.gatewaySubnetPrefix = gatewaySubnetIn(vnet.addressPrefixes);
    vnet.expressRouteGateway.emplace().sku = "ErGw1AZ";
}

// The sites an access link's customer end belongs to: itself if it is a site, else the sites
// its lan links reach; the end itself when it has none.
std::vector<std::string> sitesOf(const Topology &topology, const std::string &endId)
{
    const Node *end = topology.node(endId);
    if (!end || end->site())
        return {endId};
    std::vector<std::string> sites;
    for (const Link &link : topology.links()) {
        if (link.kind != LinkKind::Lan || (link.from != endId && link.to != endId))
            continue;
        const std::string &other = link.from == endId ? link.to : link.from;
        if (const Node *node = topology.node(other); node && node->site())
            sites.push_back(other);
    }
    if (sites.empty())
        sites.push_back(endId);
    return sites;
}

// The role of a new access link from `from` to the provider edge `to`: a site reaches a
// provider edge by two access links, on two customer edges, for the circuits' primary and
// secondary links. The first from the site (any of its routers) is the primary, the second
// the secondary; a third carries both (no role).
std::optional<std::string> newAccessRole(const Topology &topology,
                                         const std::string &from,
                                         const std::string &to)
{
    const std::vector<std::string> sites = sitesOf(topology, from);
    bool hasPrimary = false;
    bool hasSecondary = false;
    for (const Link &other : topology.links()) {
        if (other.kind != LinkKind::Access || other.to != to)
            continue;
        const std::vector<std::string> otherSites = sitesOf(topology, other.from);
        const bool sameSite = std::any_of(otherSites.begin(), otherSites.end(),
                                          [&](const std::string &site) {
                                              return std::find(sites.begin(), sites.end(), site)
                                                     != sites.end();
                                          });
        if (!sameSite)
            continue;
        hasPrimary = hasPrimary || other.role == "primary";
        hasSecondary = hasSecondary || other.role == "secondary";
    }
    if (!hasPrimary)
        return "primary";
    if (!hasSecondary)
        return "secondary";
    return std::nullopt;
}

} // namespace

Node newNode(const Topology &topology,
             NodeKind kind,
             Point position,
             const std::optional<std::string> &regionId)
{
    Node node = makeNode(kind, topology.uniqueId(idPrefix(kind)));
    const std::string number = node.id.substr(node.id.rfind('-') + 1);
    node.name = shortName(kind) + " " + number;
    node.position = position;

    if (CustomerEdgeFields *ce = node.customerEdge()) {
        ce->bfd = true;
    } else if (ProviderEdgeFields *pe = node.providerEdge()) {
        const LocationAndProvider nearby = nearbyPeeringLocation(topology, position);
        pe->peeringLocation = nearby.location;
        pe->provider = nearby.provider;
        pe->connectivityModel = "cloudExchange";
        pe->serviceLayer = "L2";
    } else if (CircuitFields *circuit = node.circuit()) {
        const LocationAndProvider nearby = nearbyPeeringLocation(topology, position);
        circuit->peeringLocation = nearby.location;
        circuit->serviceProviderName = nearby.provider;
        circuit->bandwidthInMbps = 1000;
        circuit->skuTier = "Standard";
        circuit->skuFamily = "MeteredData";
    } else if (AzureRegionFields *region = node.azureRegion()) {
        region->region = unusedRegion(topology, position);
        if (const AzureRegionInfo *info = Catalogue::builtIn().region(*region->region))
            node.name = info->displayName;
    } else if (VirtualNetworkFields *vnet = node.virtualNetwork()) {
        const std::string base = "10." + std::to_string(freeSecondOctet(topology));
        vnet->region = regionId;
        vnet->addressPrefixes = StringList{base + ".0.0/16"};
        if (regionId && !regionHasVnet(topology, *regionId))
            makeHub(*vnet);
    }
    return node;
}

Node vnetInRegion(const Topology &topology, const Node &vnet, const std::string &regionId)
{
    Node moved = vnet;
    VirtualNetworkFields *fields = moved.virtualNetwork();
    if (!fields)
        return moved;
    fields->region = regionId;
    if (!fields->expressRouteGateway && !regionHasHub(topology, regionId, vnet.id))
        makeHub(*fields);
    return moved;
}

Link newLink(const Topology &topology, LinkKind kind, const std::string &from, const std::string &to)
{
    Link link;
    link.id = topology.uniqueId(idPrefix(kind));
    link.kind = kind;
    link.from = from;
    link.to = to;
    if (kind == LinkKind::CircuitPort) {
        const bool hasPrimary = std::any_of(topology.links().begin(), topology.links().end(),
                                            [&](const Link &other) {
                                                return other.kind == LinkKind::CircuitPort
                                                       && other.to == to && other.role == "primary";
                                            });
        link.role = hasPrimary ? "secondary" : "primary";
    } else if (kind == LinkKind::Access) {
        link.role = newAccessRole(topology, from, to);
    } else if (kind == LinkKind::VnetPeering) {
        const Node *hub = topology.node(to);
        const VirtualNetworkFields *vnet = hub ? hub->virtualNetwork() : nullptr;
        link.useRemoteGateways = vnet && (vnet->expressRouteGateway || vnet->vpnGateway);
    }
    return link;
}

std::vector<LinkChoice> linkChoices(NodeKind start, NodeKind end)
{
    std::vector<LinkChoice> choices;
    for (LinkKind kind : linkKindsBetween(start, end))
        choices.push_back({kind, false});
    for (LinkKind kind : linkKindsBetween(end, start)) {
        const bool known = std::any_of(choices.begin(), choices.end(),
                                       [&](const LinkChoice &c) { return c.kind == kind; });
        if (!known)
            choices.push_back({kind, true});
    }
    return choices;
}

} // namespace Er
