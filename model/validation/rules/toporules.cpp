#include "model/validation/rules/toporules.h"

#include "model/catalogue/catalogue.h"
#include "model/core/topologyindex.h"
#include "model/validation/ruleregistry.h"
#include "model/validation/rules/rulehelpers.h"

#include <algorithm>
#include <initializer_list>
#include <string_view>
#include <utility>

namespace Er {

namespace {

const std::string topologyReference = std::string(learnBase) + "expressroute-introduction";
const std::string locationsReference = std::string(learnBase) + "expressroute-locations-providers";
const std::string gatewayReference = std::string(learnBase)
                                     + "expressroute-about-virtual-network-gateways";
const std::string vpnGatewayReference
    = "https://learn.microsoft.com/azure/vpn-gateway/vpn-gateway-about-vpngateways";

// TOPO-001 [§1, §2.6]
void checkCircuitsReached(const RuleContext &c, FindingSink &sink)
{
    for (const Node *circuit : c.index.nodesOfKind(NodeKind::Circuit)) {
        if (!c.index.incoming(*circuit, LinkKind::CircuitPort).empty())
            continue;
        sink.report({circuit->id},
                    "Circuit " + quoted(*circuit)
                        + " has no circuit port: nothing on-premises reaches it",
                    "Connect a provider edge (or, for ExpressRoute Direct, a customer edge) to "
                    "the circuit with a primary and a secondary circuitPort link");
    }
}

// TOPO-002 [§4]
void checkConnectionsHaveGateway(const RuleContext &c, FindingSink &sink)
{
    for (const Node *vnet : c.index.nodesOfKind(NodeKind::VirtualNetwork)) {
        if (vnet->virtualNetwork()->expressRouteGateway)
            continue;
        for (const Link *connection : c.index.incoming(*vnet, LinkKind::Connection)) {
            sink.report({vnet->id, connection->id},
                        "VNet " + quoted(*vnet)
                            + " is connected to a circuit but has no ExpressRoute gateway",
                        "Add an ExpressRoute virtual network gateway (e.g. ErGw1AZ) to the VNet, "
                        "or connect the circuit to a hub VNet that has one");
        }
    }
}

// TOPO-003 [§10]
void checkVpnsHaveGateway(const RuleContext &c, FindingSink &sink)
{
    for (const Node *vnet : c.index.nodesOfKind(NodeKind::VirtualNetwork)) {
        if (vnet->virtualNetwork()->vpnGateway)
            continue;
        for (const Link *vpn : c.index.incoming(*vnet, LinkKind::Vpn)) {
            sink.report({vnet->id, vpn->id},
                        "VNet " + quoted(*vnet) + " ends a site-to-site VPN but has no VPN gateway",
                        "Add a VPN gateway (e.g. VpnGw2AZ) to the VNet");
        }
    }
}

// TOPO-004 [§12]
void checkCatalogueNames(const RuleContext &c, FindingSink &sink)
{
    const auto unknownLocation = [&](const Node &node, const std::string &location) {
        sink.report({node.id},
                    "Peering location " + quoted(location) + " of " + describe(node)
                        + " is not in the catalogue (Microsoft's list as of "
                        + c.catalogue.factsAsOf() + "): checks that need the location are skipped",
                    "Choose a peering location from the list, e.g. 'London' or 'Amsterdam2'");
    };
    for (const Node *pe : c.index.nodesOfKind(NodeKind::ProviderEdge)) {
        const auto &location = pe->providerEdge()->peeringLocation;
        if (location && !location->empty() && !c.catalogue.peeringLocation(*location))
            unknownLocation(*pe, *location);
    }
    for (const Node *circuit : c.index.nodesOfKind(NodeKind::Circuit)) {
        const CircuitFields &fields = *circuit->circuit();
        if (!fields.peeringLocation || fields.peeringLocation->empty())
            continue;
        const bool known = fields.isMetro()
                               ? c.catalogue.metroLocation(*fields.peeringLocation) != nullptr
                               : c.catalogue.peeringLocation(*fields.peeringLocation) != nullptr;
        if (!known)
            unknownLocation(*circuit, *fields.peeringLocation);
    }
    for (const Node *region : c.index.nodesOfKind(NodeKind::AzureRegion)) {
        const auto &name = region->azureRegion()->region;
        if (name && !name->empty() && !c.catalogue.region(*name)) {
            sink.report({region->id},
                        "Azure region " + quoted(*name) + " of " + describe(*region)
                            + " is not in the catalogue: checks that need the region are skipped",
                        "Use the region's ARM name, e.g. 'uksouth' or 'westeurope'");
        }
    }
}

// TOPO-005
void checkConnected(const RuleContext &c, FindingSink &sink)
{
    for (const NodeKind kind :
         {NodeKind::Site, NodeKind::CustomerEdge, NodeKind::ProviderEdge, NodeKind::Circuit}) {
        for (const Node *node : c.index.nodesOfKind(kind)) {
            if (!c.index.linksAt(*node).empty())
                continue;
            sink.report({node->id},
                        std::string(displayName(kind)) + " " + quoted(*node)
                            + " is connected to nothing",
                        "Link it into the design or delete it");
        }
    }
}

// TOPO-006 [§12.2]
void checkPortLocations(const RuleContext &c, FindingSink &sink)
{
    for (const Link *port : c.index.linksOfKind(LinkKind::CircuitPort)) {
        const Node *pe = c.index.from(*port);
        const Node *circuit = c.index.to(*port);
        if (!pe || !circuit || !pe->providerEdge() || !circuit->circuit())
            continue;
        const auto &peLocation = pe->providerEdge()->peeringLocation;
        const CircuitFields &fields = *circuit->circuit();
        if (!peLocation || !fields.peeringLocation)
            continue;
        if (fields.isMetro()) {
            const MetroLocationInfo *metro = c.catalogue.metroLocation(*fields.peeringLocation);
            if (!metro)
                continue;
            const auto &sites = metro->locations;
            if (std::find(sites.begin(), sites.end(), *peLocation) != sites.end())
                continue;
            std::string siteList;
            for (const std::string &site : sites)
                siteList += (siteList.empty() ? "" : " or ") + quoted(site);
            sink.report({pe->id, port->id, circuit->id},
                        "Provider edge " + quoted(*pe) + " is at " + quoted(*peLocation)
                            + ", which is not a site of " + quoted(*fields.peeringLocation)
                            + " used by Metro circuit " + quoted(*circuit),
                        "Place the provider edge at " + siteList);
            continue;
        }
        if (*peLocation == *fields.peeringLocation)
            continue;
        sink.report({pe->id, port->id, circuit->id},
                    "Provider edge " + quoted(*pe) + " is at " + quoted(*peLocation)
                        + " but circuit " + quoted(*circuit) + " is at "
                        + quoted(*fields.peeringLocation),
                    "A circuit's links terminate at its own peering location: move the provider "
                    "edge to "
                        + quoted(*fields.peeringLocation) + " or use a circuit at "
                        + quoted(*peLocation));
    }
}

// A field as the inspector names it: a finding never shows the file's keys.
std::string fieldName(std::string_view key)
{
    static const std::pair<std::string_view, std::string_view> names[] = {
        {"provider", "provider"},
        {"peeringLocation", "peering location"},
        {"connectivityModel", "connectivity model"},
        {"serviceLayer", "service layer"},
        {"bandwidthInMbps", "bandwidth"},
        {"skuTier", "SKU tier"},
        {"skuFamily", "SKU family"},
        {"expressRouteDirect.portBandwidthInGbps", "Direct port bandwidth"},
        {"expressRouteDirect.encapsulation", "Direct port encapsulation"},
        {"peeringType", "peering type"},
        {"region", "region"},
        {"addressPrefixes", "address prefixes"},
        {"expressRouteGateway.sku", "ExpressRoute gateway SKU"},
        {"vpnGateway.sku", "VPN gateway SKU"},
        {"role", "role"},
    };
    for (const auto &[fileKey, name] : names) {
        if (fileKey == key)
            return std::string(name);
    }
    return std::string(key);
}

std::string capitalised(std::string text)
{
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z')
        text[0] = char(text[0] - 'a' + 'A');
    return text;
}

// TOPO-007: required fields and known values.
class FieldChecker
{
public:
    FieldChecker(FindingSink &sink, const Node &node)
        : m_sink(sink)
        , m_elementId(node.id)
        , m_node(&node)
    {}
    FieldChecker(FindingSink &sink, const Link &link)
        : m_sink(sink)
        , m_elementId(link.id)
        , m_link(&link)
    {}

    template<typename T>
    void required(const char *field, const std::optional<T> &value)
    {
        if (!value)
            missing(field);
    }

    void required(const char *field, const std::optional<std::string> &value)
    {
        if (!value || value->empty())
            missing(field);
    }

    void oneOf(const char *field,
               const std::optional<std::string> &value,
               std::initializer_list<std::string_view> allowed,
               bool isRequired)
    {
        if (!value || value->empty()) {
            if (isRequired)
                missing(field);
            return;
        }
        if (std::find(allowed.begin(), allowed.end(), *value) != allowed.end())
            return;
        std::string list;
        for (std::string_view option : allowed)
            list += (list.empty() ? "" : ", ") + std::string(option);
        m_sink.report({m_elementId},
                      "The " + fieldName(field) + " of " + owner() + " is " + quoted(*value)
                          + ", which is not a value it can take",
                      "Choose one of: " + list);
    }

    void missing(const char *field)
    {
        m_sink.report({m_elementId},
                      capitalised(owner()) + " has no " + fieldName(field) + ", which it needs",
                      "Set its " + fieldName(field) + " in the inspector");
    }

private:
    // "circuit 'ER London'", "access link 'a1'": made only for a finding.
    std::string owner() const
    {
        return m_node ? describe(*m_node)
                      : std::string(displayName(m_link->kind)) + " link " + quoted(m_link->id);
    }

    FindingSink &m_sink;
    const std::string &m_elementId;
    const Node *m_node = nullptr;
    const Link *m_link = nullptr;
};

void checkNodeFields(const RuleContext &c, const Node &node, FindingSink &sink)
{
    FieldChecker check(sink, node);
    if (const ProviderEdgeFields *pe = node.providerEdge()) {
        check.required("provider", pe->provider);
        check.required("peeringLocation", pe->peeringLocation);
        check.oneOf("connectivityModel", pe->connectivityModel,
                    {"cloudExchange", "pointToPoint", "anyToAny"}, true);
        check.oneOf("serviceLayer", pe->serviceLayer, {"L2", "L3"}, true);
    } else if (const CircuitFields *circuit = node.circuit()) {
        check.required("peeringLocation", circuit->peeringLocation);
        check.required("bandwidthInMbps", circuit->bandwidthInMbps);
        check.oneOf("skuTier", circuit->skuTier, {"Local", "Standard", "Premium"}, true);
        check.oneOf("skuFamily", circuit->skuFamily, {"MeteredData", "UnlimitedData"}, false);
        if (circuit->expressRouteDirect) {
            check.required("expressRouteDirect.portBandwidthInGbps",
                           circuit->expressRouteDirect->portBandwidthInGbps);
            check.oneOf("expressRouteDirect.encapsulation",
                        circuit->expressRouteDirect->encapsulation, {"Dot1Q", "QinQ"}, false);
        }
        if (circuit->peerings) {
            for (const Peering &peering : *circuit->peerings) {
                check.oneOf("peeringType", peering.peeringType,
                            {"AzurePrivatePeering", "MicrosoftPeering", "AzurePublicPeering"},
                            true);
            }
        }
    } else if (const AzureRegionFields *region = node.azureRegion()) {
        check.required("region", region->region);
    } else if (const VirtualNetworkFields *vnet = node.virtualNetwork()) {
        check.required("region", vnet->region);
        check.required("addressPrefixes", vnet->addressPrefixes);
        if (vnet->expressRouteGateway) {
            check.oneOf("expressRouteGateway.sku", vnet->expressRouteGateway->sku,
                        {"Standard", "HighPerformance", "UltraPerformance", "ErGw1AZ", "ErGw2AZ",
                         "ErGw3AZ", "ErGwScale"},
                        true);
        }
        if (vnet->vpnGateway) {
            const auto &sku = vnet->vpnGateway->sku;
            if (!sku || sku->empty()) {
                check.missing("vpnGateway.sku");
            } else if (!c.catalogue.vpnSku(*sku)) {
                std::string list;
                for (const VpnSkuInfo &info : c.catalogue.vpnSkus())
                    list += (list.empty() ? "" : ", ") + info.name;
                sink.report({node.id},
                            "The VPN gateway SKU of " + describe(node) + " is " + quoted(*sku)
                                + ", which is not a VPN gateway SKU",
                            "Choose one of: " + list);
            }
        }
    }
}

void checkLinkFields(const Link &link, FindingSink &sink)
{
    FieldChecker check(sink, link);
    if (link.kind == LinkKind::CircuitPort)
        check.oneOf("role", link.role, {"primary", "secondary"}, true);
    else if (link.kind == LinkKind::Access)
        check.oneOf("role", link.role, {"primary", "secondary", "both"}, false);
    if (link.kind == LinkKind::Connection && link.routingWeight
        && (*link.routingWeight < 0 || *link.routingWeight > 32000)) {
        sink.report({link.id},
                    "The routing weight of connection " + quoted(link.id) + " is "
                        + std::to_string(*link.routingWeight) + "; it must be 0 to 32000",
                    "Set a routing weight between 0 and 32000");
    }
}

void checkFields(const RuleContext &c, FindingSink &sink)
{
    for (const Node &node : c.topology.nodes())
        checkNodeFields(c, node, sink);
    for (const Link &link : c.topology.links())
        checkLinkFields(link, sink);
}

} // namespace

void registerTopoRules(RuleRegistry &registry)
{
    registry.add({"TOPO-001", Severity::Error, "A circuit has no circuit port", "§1, §2.6",
                  topologyReference, false, checkCircuitsReached});
    registry.add({"TOPO-002", Severity::Error, "A connected VNet has no ExpressRoute gateway", "§4",
                  gatewayReference, false, checkConnectionsHaveGateway});
    registry.add({"TOPO-003", Severity::Error, "A VPN ends at a VNet without a VPN gateway", "§10",
                  vpnGatewayReference, false, checkVpnsHaveGateway});
    registry.add({"TOPO-004", Severity::Warning, "Unknown peering location or region", "§12",
                  locationsReference, false, checkCatalogueNames});
    registry.add({"TOPO-005", Severity::Warning, "An element is connected to nothing", "",
                  topologyReference, false, checkConnected});
    registry.add({"TOPO-006", Severity::Error,
                  "A provider edge links to a circuit at another peering location", "§12.2",
                  locationsReference, false, checkPortLocations});
    registry.add({"TOPO-007", Severity::Error, "A required field is missing or has an unknown value",
                  "topology-format.md", topologyReference, false, checkFields});
}

} // namespace Er
