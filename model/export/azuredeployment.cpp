#include "model/export/azuredeployment.h"

#include "model/analysis/gatewayzones.h"
#include "model/catalogue/catalogue.h"
#include "model/core/topology.h"
#include "model/export/customerside.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

namespace Er::Export {

namespace {

const char *const circuitType = "Microsoft.Network/expressRouteCircuits";
const char *const peeringType = "Microsoft.Network/expressRouteCircuits/peerings";
const char *const globalReachType = "Microsoft.Network/expressRouteCircuits/peerings/connections";
const char *const portType = "Microsoft.Network/expressRoutePorts";
const char *const routeFilterType = "Microsoft.Network/routeFilters";
const char *const vnetType = "Microsoft.Network/virtualNetworks";
const char *const subnetType = "Microsoft.Network/virtualNetworks/subnets";
const char *const vnetPeeringType = "Microsoft.Network/virtualNetworks/virtualNetworkPeerings";
const char *const publicIpType = "Microsoft.Network/publicIPAddresses";
const char *const gatewayType = "Microsoft.Network/virtualNetworkGateways";
const char *const localGatewayType = "Microsoft.Network/localNetworkGateways";
const char *const connectionType = "Microsoft.Network/connections";
const char *const privatePeering = "AzurePrivatePeering";
const char *const microsoftPeering = "MicrosoftPeering";

// A camelCase identifier from free text: "er-ldn", "md5 key" -> "erLdnMd5Key". Valid as an ARM
// parameter name and a Bicep identifier (letters and digits, starting with a letter).
std::string identifier(const std::string &text)
{
    std::string id;
    bool upperNext = false;
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (!std::isalnum(u)) {
            upperNext = !id.empty();
            continue;
        }
        if (id.empty() && std::isdigit(u))
            id += 'x';
        id += static_cast<char>(upperNext ? std::toupper(u) : (id.empty() ? std::tolower(u) : c));
        upperNext = false;
    }
    return id.empty() ? std::string("unnamed") : id;
}

// A resource of `type` named by `nameSegments` (a child's parent's name first), its Bicep symbol
// made from `symbolText`.
DeploymentResource namedResource(const std::string &symbolText,
                                 const char *type,
                                 std::vector<std::string> nameSegments)
{
    DeploymentResource resource;
    resource.symbol = identifier(symbolText);
    resource.type = type;
    resource.nameSegments = std::move(nameSegments);
    return resource;
}

// A literal as ARM reads it: a string that starts with '[' would be an expression, so it is
// escaped as "[[".
Json literal(const std::string &text)
{
    return !text.empty() && text.front() == '[' ? Json("[" + text) : Json(text);
}

std::string quoted(const std::string &text)
{
    std::string out = "'";
    for (const char c : text) {
        if (c == '\'')
            out += "''";
        else
            out += c;
    }
    return out + "'";
}

std::string parameterExpression(const std::string &name)
{
    return "[parameters(" + quoted(name) + ")]";
}

Json idOf(const DeploymentResource &resource)
{
    return Json{{"id", resourceIdExpression(resource)}};
}

class Mapper
{
public:
    Mapper(const Topology &topology, const Catalogue &catalogue)
        : m_topology(topology)
        , m_catalogue(catalogue)
    {}

    AzureDeployment map()
    {
        m_deployment.designName = m_topology.name.value_or(std::string());
        for (const Node &node : m_topology.nodes()) {
            if (node.kind() == NodeKind::Circuit)
                addCircuit(node);
        }
        for (const Node &node : m_topology.nodes()) {
            if (node.kind() == NodeKind::VirtualNetwork)
                addVnet(node);
        }
        for (const Link &link : m_topology.links())
            addLink(link);
        m_deployment.customerSide = customerSideLines(m_topology);
        noteWhatIsNotExported();
        checkLimits();
        return std::move(m_deployment);
    }

private:
    DeploymentResource &add(DeploymentResource resource)
    {
        std::string symbol = resource.symbol;
        for (int n = 2; m_symbols.contains(symbol); ++n)
            symbol = resource.symbol + std::to_string(n);
        resource.symbol = symbol;
        m_symbols.insert(symbol);
        m_indexBySymbol[symbol] = m_deployment.resources.size();
        m_deployment.resources.push_back(std::move(resource));
        return m_deployment.resources.back();
    }

    // The ARM name of an element: its id where ARM allows it (letters, digits, '.', '_', '-', not
    // ending in '.'; at most 64 characters, a VNet's limit, so that "<vnet>-vpngw-pip2" stays
    // within a public IP's 80), else the id with the other characters as '-', unique in the
    // deployment, with a warning naming both.
    std::string nameFor(const std::string &id)
    {
        if (const auto found = m_names.find(id); found != m_names.end())
            return found->second;
        std::string name;
        for (const char c : id) {
            const auto u = static_cast<unsigned char>(c);
            name += std::isalnum(u) || c == '.' || c == '_' || c == '-' ? c : '-';
        }
        if (name.size() > 64)
            name.resize(64);
        while (!name.empty() && name.back() == '.')
            name.pop_back();
        if (name.empty())
            name = "element";
        const std::string base = name;
        for (int n = 2; m_usedNames.contains(name); ++n)
            name = base + "-" + std::to_string(n);
        if (name != id)
            m_deployment.warnings.push_back("'" + id + "' is deployed as '" + name
                                            + "' (what ARM allows in a name)");
        m_usedNames.insert(name);
        m_names.emplace(id, name);
        return name;
    }

    const DeploymentResource &resourceOf(const std::string &symbol) const
    {
        return m_deployment.resources.at(m_indexBySymbol.at(symbol));
    }

    std::string addParameter(const std::string &wanted,
                             const std::string &type,
                             const std::string &description,
                             std::optional<Json> defaultValue = std::nullopt)
    {
        std::string name = identifier(wanted);
        const std::string base = name;
        for (int n = 2; m_parameterNames.contains(name); ++n)
            name = base + std::to_string(n);
        m_parameterNames.insert(name);
        m_deployment.parameters.push_back({name, type, std::move(defaultValue), description});
        return name;
    }

    // The ARM region name of a VNet, or "" when the design does not say.
    std::string vnetRegion(const Node &vnet) const
    {
        const VirtualNetworkFields &fields = *vnet.virtualNetwork();
        const Node *region = fields.region ? m_topology.node(*fields.region) : nullptr;
        if (region && region->azureRegion() && region->azureRegion()->region)
            return *region->azureRegion()->region;
        return {};
    }

    std::string locationOf(const Node &vnet)
    {
        const std::string region = vnetRegion(vnet);
        if (!region.empty())
            return region;
        if (m_unplacedVnets.insert(vnet.id).second)
            m_deployment.warnings.push_back(
                "VNet " + vnet.id
                + " is in no Azure region of the design: it is deployed in the resource group's "
                  "location");
        return "[resourceGroup().location]";
    }

    // Circuits, their ports and route filters live in the region of the first VNet they connect
    // to (a circuit's resource location is not where it carries traffic), else the design's
    // first region.
    std::string circuitLocation(const Node &circuit)
    {
        for (std::size_t i = 0; i < m_topology.links().size(); ++i) {
            const Link &link = m_topology.links()[i];
            if (link.kind != LinkKind::Connection)
                continue;
            const Node *from = m_topology.linkFrom(i);
            const Node *to = m_topology.linkTo(i);
            const Node *vnet = from && from->id == circuit.id
                                   ? to
                                   : (to && to->id == circuit.id ? from : nullptr);
            if (vnet && vnet->virtualNetwork() && !vnetRegion(*vnet).empty())
                return vnetRegion(*vnet);
        }
        for (const Node &node : m_topology.nodes()) {
            if (node.azureRegion() && node.azureRegion()->region)
                return *node.azureRegion()->region;
        }
        return "[resourceGroup().location]";
    }

    void addCircuit(const Node &node)
    {
        const CircuitFields &fields = *node.circuit();
        const std::string location = circuitLocation(node);
        DeploymentResource circuit = namedResource("circuit " + node.id, circuitType,
                                                   {nameFor(node.id)});
        circuit.location = location;
        const std::string tier = fields.skuTier.value_or("Standard");
        const std::string family = fields.skuFamily.value_or("MeteredData");
        circuit.sku = Json{{"name", tier + "_" + family}, {"tier", tier}, {"family", family}};
        if (!fields.skuTier || !fields.skuFamily)
            m_deployment.warnings.push_back("circuit " + node.id + " names no SKU tier or family: "
                                            + tier + "_" + family + " is assumed");
        if (fields.isDirect()) {
            const ExpressRouteDirectPort &direct = *fields.expressRouteDirect;
            DeploymentResource port = namedResource("port " + node.id, portType,
                                                    {nameFor(node.id) + "-port"});
            port.location = location;
            const std::string locationParameter = addParameter(
                node.id + " port location", "string",
                "The ExpressRoute Direct port location of circuit " + node.id
                    + ", as `az network express-route port location list` names it",
                fields.peeringLocation ? std::optional<Json>(*fields.peeringLocation)
                                       : std::nullopt);
            port.properties["peeringLocation"] = parameterExpression(locationParameter);
            if (direct.portBandwidthInGbps)
                port.properties["bandwidthInGbps"] = *direct.portBandwidthInGbps;
            if (direct.encapsulation)
                port.properties["encapsulation"] = *direct.encapsulation;
            if (direct.macsec.value_or(false))
                m_deployment.notExported.push_back(
                    "MACsec on the ExpressRoute Direct port of " + node.id
                    + ": it needs Key Vault secrets and a managed identity the design does not "
                      "hold; configure it after the port is provisioned");
            const DeploymentResource &added = add(std::move(port));
            circuit.properties["expressRoutePort"] = idOf(added);
            if (fields.bandwidthInMbps)
                circuit.properties["bandwidthInGbps"] = static_cast<double>(*fields.bandwidthInMbps)
                                                        / 1000.0;
            circuit.dependsOn.push_back(added.symbol);
        } else {
            Json provider = Json::object();
            if (fields.serviceProviderName)
                provider["serviceProviderName"] = literal(*fields.serviceProviderName);
            if (fields.peeringLocation)
                provider["peeringLocation"] = literal(*fields.peeringLocation);
            if (fields.bandwidthInMbps)
                provider["bandwidthInMbps"] = *fields.bandwidthInMbps;
            if (!fields.serviceProviderName || !fields.peeringLocation || !fields.bandwidthInMbps)
                m_deployment.warnings.push_back(
                    "circuit " + node.id
                    + " lacks its provider, peering location or bandwidth: Azure refuses it "
                      "until they are filled in");
            circuit.properties["serviceProviderProperties"] = provider;
        }
        circuit.properties["allowClassicOperations"] = false;
        const std::string circuitSymbol = add(std::move(circuit)).symbol;
        m_circuitSymbols[node.id] = circuitSymbol;
        // Azure changes one peering of a circuit at a time: each waits for the one before.
        std::string previous = circuitSymbol;
        for (const Peering &peering : fields.peerings.value_or(std::vector<Peering>{})) {
            previous = addPeering(node, location, peering, circuitSymbol, previous);
            if (peering.peeringType == privatePeering)
                m_privatePeeringSymbols[node.id] = previous;
        }
    }

    std::string addPeering(const Node &circuit,
                           const std::string &location,
                           const Peering &peering,
                           const std::string &circuitSymbol,
                           const std::string &previous)
    {
        const std::string type = peering.peeringType.value_or(privatePeering);
        DeploymentResource resource = namedResource("peering " + circuit.id + " " + type,
                                                    peeringType, {nameFor(circuit.id), type});
        resource.parentSymbol = circuitSymbol;
        Json &p = resource.properties;
        p["peeringType"] = type;
        if (peering.peerASN)
            p["peerASN"] = *peering.peerASN;
        if (peering.primaryPeerAddressPrefix)
            p["primaryPeerAddressPrefix"] = literal(*peering.primaryPeerAddressPrefix);
        if (peering.secondaryPeerAddressPrefix)
            p["secondaryPeerAddressPrefix"] = literal(*peering.secondaryPeerAddressPrefix);
        if (peering.vlanId)
            p["vlanId"] = *peering.vlanId;
        if (peering.md5.value_or(false)) {
            const std::string name = addParameter(circuit.id + " " + type + " md5 key",
                                                  "securestring",
                                                  "The MD5 key of the BGP sessions of " + circuit.id
                                                      + "'s " + type
                                                      + ", as configured on the customer edges");
            p["sharedKey"] = parameterExpression(name);
        }
        if (type == microsoftPeering) {
            Json config = Json::object();
            if (peering.advertisedPrefixes) {
                Json prefixes = Json::array();
                for (const std::string &prefix : *peering.advertisedPrefixes)
                    prefixes.push_back(literal(prefix));
                config["advertisedPublicPrefixes"] = prefixes;
            }
            if (peering.customerASN)
                config["customerASN"] = *peering.customerASN;
            const std::string registry = addParameter(
                circuit.id + " routing registry name", "string",
                "The routing registry (ARIN, RIPENCC, APNIC, ...) where the public prefixes and "
                "ASN of "
                    + circuit.id + "'s Microsoft peering are registered");
            config["routingRegistryName"] = parameterExpression(registry);
            p["microsoftPeeringConfig"] = config;
        }
        resource.dependsOn.push_back(previous);
        if (peering.routeFilter) {
            DeploymentResource filter = namedResource("route filter " + circuit.id + " " + type,
                                                      routeFilterType,
                                                      {nameFor(circuit.id) + "-" + identifier(type)
                                                       + "-filter"});
            filter.location = location;
            Json rules = Json::array();
            const StringList values = filterCommunities(circuit, *peering.routeFilter);
            if (!values.empty()) {
                Json communities = Json::array();
                for (const std::string &community : values)
                    communities.push_back(literal(community));
                rules.push_back(Json{{"name", "allow-design-services"},
                                     {"properties",
                                      {{"access", "Allow"},
                                       {"routeFilterRuleType", "Community"},
                                       {"communities", communities}}}});
            }
            filter.properties["rules"] = rules;
            const DeploymentResource &added = add(std::move(filter));
            p["routeFilter"] = idOf(added);
            resource.dependsOn.push_back(added.symbol);
        }
        return add(std::move(resource)).symbol;
    }

    // A route filter admits BGP communities: the design's service names become the communities
    // the catalogue gives them. A service admitted only by regional communities (AzurePaaS) adds
    // none; the regional communities the design lists stand for it.
    StringList filterCommunities(const Node &circuit, const StringList &entries)
    {
        StringList communities;
        const auto addOnce = [&communities](const std::string &community) {
            if (std::find(communities.begin(), communities.end(), community) == communities.end())
                communities.push_back(community);
        };
        for (const std::string &entry : entries) {
            if (entry.find(':') != std::string::npos) {
                addOnce(entry);
            } else if (const ServiceInfo *service = m_catalogue.service(entry)) {
                for (const std::string &community : service->communities)
                    addOnce(community);
                if (service->communities.empty())
                    m_deployment.notExported.push_back(
                        "the route filter of " + circuit.id + ": " + entry
                        + " has no community of its own; it is admitted by the regional "
                          "communities the filter lists");
            } else {
                m_deployment.warnings.push_back(
                    "the route filter of " + circuit.id + " names '" + entry
                    + "', neither a BGP community nor a service the catalogue knows; left out");
            }
        }
        return communities;
    }

    void addVnet(const Node &node)
    {
        const VirtualNetworkFields &fields = *node.virtualNetwork();
        const std::string location = locationOf(node);
        DeploymentResource vnet = namedResource("vnet " + node.id, vnetType, {nameFor(node.id)});
        vnet.location = location;
        Json prefixes = Json::array();
        for (const std::string &prefix : fields.addressPrefixes.value_or(StringList{}))
            prefixes.push_back(literal(prefix));
        vnet.properties["addressSpace"] = Json{{"addressPrefixes", prefixes}};
        Json subnets = Json::array();
        if (fields.gatewaySubnetPrefix)
            subnets.push_back(
                Json{{"name", "GatewaySubnet"},
                     {"properties", {{"addressPrefix", literal(*fields.gatewaySubnetPrefix)}}}});
        vnet.properties["subnets"] = subnets;
        const std::string vnetSymbol = add(std::move(vnet)).symbol;
        m_vnetSymbols[node.id] = vnetSymbol;
        if (!fields.expressRouteGateway && !fields.vpnGateway)
            return;
        if (!fields.gatewaySubnetPrefix)
            m_deployment.warnings.push_back("VNet " + node.id
                                            + " has a gateway but no GatewaySubnet prefix: "
                                              "Azure refuses the gateway until it has one");
        const std::string subnetId = "[resourceId(" + quoted(subnetType) + ", "
                                     + quoted(nameFor(node.id)) + ", 'GatewaySubnet')]";
        const GatewayZones vpnZones = vpnGatewayZones(m_topology, node, m_catalogue);
        const GatewayZones erZones = expressRouteGatewayZones(m_topology, node, m_catalogue);
        const bool regionHasZones = (vpnZones.regionHasZones.value_or(false)
                                     || erZones.regionHasZones.value_or(false));
        std::string vpnGatewaySymbol;
        if (fields.vpnGateway) {
            const VpnGateway &gateway = *fields.vpnGateway;
            const std::string sku = gateway.sku.value_or("VpnGw1AZ");
            if (!gateway.sku)
                m_deployment.warnings.push_back(
                    "VNet " + node.id + "'s VPN gateway names no SKU: VpnGw1AZ is assumed");
            const bool activeActive = gateway.activeActive.value_or(false);
            DeploymentResource resource = gatewayResource(node, "vpngw", location, subnetId,
                                                          activeActive ? 2 : 1, regionHasZones,
                                                          vnetSymbol);
            Json &p = resource.properties;
            p["gatewayType"] = "Vpn";
            p["vpnType"] = "RouteBased";
            p["sku"] = Json{{"name", sku}, {"tier", sku}};
            p["activeActive"] = activeActive;
            p["enableBgp"] = vpnUsesBgp(node);
            if (vpnZones.deployedRegional())
                warnRegional(node, sku, vpnZones);
            vpnGatewaySymbol = add(std::move(resource)).symbol;
            m_vpnGatewaySymbols[node.id] = vpnGatewaySymbol;
        }
        if (fields.expressRouteGateway) {
            const ExpressRouteGateway &gateway = *fields.expressRouteGateway;
            const std::string sku = gateway.sku.value_or("ErGw1AZ");
            if (!gateway.sku)
                m_deployment.warnings.push_back("VNet " + node.id
                                                + "'s ExpressRoute gateway names no SKU: ErGw1AZ "
                                                  "is assumed");
            DeploymentResource resource = gatewayResource(node, "ergw", location, subnetId, 1,
                                                          regionHasZones, vnetSymbol);
            Json &p = resource.properties;
            p["gatewayType"] = "ExpressRoute"; // and no vpnType: it is not a VPN gateway
            p["sku"] = Json{{"name", sku}, {"tier", sku}};
            if (gateway.scaleUnits) {
                Json bounds = Json::object();
                if (gateway.scaleUnits->min)
                    bounds["min"] = *gateway.scaleUnits->min;
                if (gateway.scaleUnits->max)
                    bounds["max"] = *gateway.scaleUnits->max;
                p["autoScaleConfiguration"] = Json{{"bounds", bounds}};
            }
            if (erZones.deployedRegional())
                warnRegional(node, sku, erZones);
            // Two gateways in one GatewaySubnet are created one after the other.
            if (!vpnGatewaySymbol.empty())
                resource.dependsOn.push_back(vpnGatewaySymbol);
            m_erGatewaySymbols[node.id] = add(std::move(resource)).symbol;
        }
    }

    void warnRegional(const Node &vnet, const std::string &sku, const GatewayZones &zones)
    {
        m_deployment.warnings.push_back(
            "VNet " + vnet.id + ": " + sku + " is an AZ SKU, but "
            + (zones.region ? zones.region->displayName : std::string("its region"))
            + " has no availability zones; Azure deploys it regional, without zone redundancy "
              "(finding GATEWAY-008). The template keeps the design's SKU");
    }

    bool vpnUsesBgp(const Node &vnet) const
    {
        for (const Link &link : m_topology.links()) {
            if (link.kind == LinkKind::Vpn && (link.to == vnet.id || link.from == vnet.id)
                && link.bgp.value_or(false))
                return true;
        }
        return false;
    }

    DeploymentResource gatewayResource(const Node &vnet,
                                       const std::string &suffix,
                                       const std::string &location,
                                       const std::string &subnetId,
                                       int addresses,
                                       bool zones,
                                       const std::string &vnetSymbol)
    {
        const std::string name = nameFor(vnet.id) + "-" + suffix;
        DeploymentResource gateway = namedResource("gateway " + name, gatewayType, {name});
        gateway.location = location;
        gateway.dependsOn.push_back(vnetSymbol);
        Json configurations = Json::array();
        for (int i = 1; i <= addresses; ++i) {
            const std::string ipName = name + "-pip" + (addresses > 1 ? std::to_string(i) : "");
            DeploymentResource ip = namedResource("public ip " + ipName, publicIpType, {ipName});
            ip.location = location;
            ip.sku = Json{{"name", "Standard"}, {"tier", "Regional"}};
            if (zones)
                ip.zones = Json::array({"1", "2", "3"});
            ip.properties["publicIPAllocationMethod"] = "Static";
            const DeploymentResource &added = add(std::move(ip));
            configurations.push_back(Json{{"name", "ipconfig" + std::to_string(i)},
                                          {"properties",
                                           {{"privateIPAllocationMethod", "Dynamic"},
                                            {"subnet", {{"id", subnetId}}},
                                            {"publicIPAddress", idOf(added)}}}});
            gateway.dependsOn.push_back(added.symbol);
        }
        gateway.properties["ipConfigurations"] = configurations;
        return gateway;
    }

    void addLink(const Link &link)
    {
        const Node *from = m_topology.node(link.from);
        const Node *to = m_topology.node(link.to);
        if (!from || !to)
            return;
        switch (link.kind) {
        case LinkKind::Connection:
            addExpressRouteConnection(link, from->circuit() ? *from : *to,
                                      from->circuit() ? *to : *from);
            break;
        case LinkKind::Vpn:
            addVpnConnection(link, from->virtualNetwork() ? *to : *from,
                             from->virtualNetwork() ? *from : *to);
            break;
        case LinkKind::GlobalReach:
            addGlobalReach(link, *from, *to);
            break;
        case LinkKind::VnetPeering:
            addVnetPeering(link, *from, *to);
            break;
        default:
            break; // the customer side
        }
    }

    void addExpressRouteConnection(const Link &link, const Node &circuit, const Node &vnet)
    {
        const auto gateway = m_erGatewaySymbols.find(vnet.id);
        const auto circuitSymbol = m_circuitSymbols.find(circuit.id);
        if (!circuit.circuit() || !vnet.virtualNetwork() || gateway == m_erGatewaySymbols.end()
            || circuitSymbol == m_circuitSymbols.end()) {
            m_deployment.notExported.push_back(
                "connection " + link.id + ": VNet " + vnet.id
                + " has no ExpressRoute gateway in the design, so there is nothing to connect");
            return;
        }
        DeploymentResource connection = namedResource("connection " + link.id, connectionType,
                                                      {nameFor(link.id)});
        connection.location = locationOf(vnet);
        Json &p = connection.properties;
        p["connectionType"] = "ExpressRoute";
        p["virtualNetworkGateway1"] = idOf(resourceOf(gateway->second));
        p["peer"] = idOf(resourceOf(circuitSymbol->second));
        if (link.routingWeight)
            p["routingWeight"] = *link.routingWeight;
        if (link.fastPath)
            p["expressRouteGatewayBypass"] = *link.fastPath;
        const std::string key = addParameter(link.id + " authorization key", "securestring",
                                             "The authorization key of circuit " + circuit.id
                                                 + " when it is in another subscription than VNet "
                                                 + vnet.id
                                                 + "; leave empty when both are in this one",
                                             Json(""));
        p["authorizationKey"] = parameterExpression(key);
        connection.dependsOn.push_back(gateway->second);
        const auto peering = m_privatePeeringSymbols.find(circuit.id);
        connection.dependsOn.push_back(
            peering != m_privatePeeringSymbols.end() ? peering->second : circuitSymbol->second);
        add(std::move(connection));
    }

    std::string localGateway(const Node &end, const Node &vnet, bool bgp)
    {
        if (const auto found = m_localGatewaySymbols.find(end.id);
            found != m_localGatewaySymbols.end())
            return found->second;
        DeploymentResource gateway = namedResource("local gateway " + end.id, localGatewayType,
                                                   {nameFor(end.id)});
        gateway.location = locationOf(vnet);
        Json &p = gateway.properties;
        Json prefixes = Json::array();
        const Node *site = vpnSite(m_topology, end);
        if (site && site->site()->addressPrefixes) {
            for (const std::string &prefix : *site->site()->addressPrefixes)
                prefixes.push_back(literal(prefix));
        }
        p["localNetworkAddressSpace"] = Json{{"addressPrefixes", prefixes}};
        std::optional<Json> knownAddress;
        for (const auto &[key, value] : end.extra) {
            if (key == "azureGatewayIpAddress")
                knownAddress = Json::parse(value, nullptr, false);
        }
        const std::string address = addParameter(end.id + " gateway ip address", "string",
                                                 "The public IP address of " + end.label()
                                                     + "'s VPN device",
                                                 knownAddress);
        p["gatewayIpAddress"] = parameterExpression(address);
        if (bgp) {
            Json settings = Json::object();
            if (const auto asn = vpnAsn(m_topology, end)) {
                settings["asn"] = *asn;
            } else {
                const std::string asnName = addParameter(end.id + " bgp asn", "int",
                                                         "The BGP ASN of " + end.label()
                                                             + "'s VPN device");
                settings["asn"] = parameterExpression(asnName);
            }
            const std::string peer = addParameter(end.id + " bgp peering address", "string",
                                                  "The BGP peer address of " + end.label()
                                                      + "'s VPN device");
            settings["bgpPeeringAddress"] = parameterExpression(peer);
            p["bgpSettings"] = settings;
        }
        const std::string symbol = add(std::move(gateway)).symbol;
        m_localGatewaySymbols[end.id] = symbol;
        return symbol;
    }

    void addVpnConnection(const Link &link, const Node &end, const Node &vnet)
    {
        const auto gateway = m_vpnGatewaySymbols.find(vnet.id);
        if (!vnet.virtualNetwork() || gateway == m_vpnGatewaySymbols.end()) {
            m_deployment.notExported.push_back("VPN " + link.id + ": VNet " + vnet.id
                                               + " has no VPN gateway in the design");
            return;
        }
        const bool bgp = link.bgp.value_or(false);
        const std::string local = localGateway(end, vnet, bgp);
        DeploymentResource connection = namedResource("connection " + link.id, connectionType,
                                                      {nameFor(link.id)});
        connection.location = locationOf(vnet);
        Json &p = connection.properties;
        p["connectionType"] = "IPsec";
        p["virtualNetworkGateway1"] = idOf(resourceOf(gateway->second));
        p["localNetworkGateway2"] = idOf(resourceOf(local));
        p["enableBgp"] = bgp;
        const std::string key = addParameter(link.id + " shared key", "securestring",
                                             "The IPsec pre-shared key of the VPN " + link.id
                                                 + ", as configured on " + end.label()
                                                 + "'s VPN device");
        p["sharedKey"] = parameterExpression(key);
        connection.dependsOn = {gateway->second, local};
        add(std::move(connection));
    }

    void addGlobalReach(const Link &link, const Node &from, const Node &to)
    {
        const auto first = m_privatePeeringSymbols.find(from.id);
        const auto second = m_privatePeeringSymbols.find(to.id);
        if (first == m_privatePeeringSymbols.end() || second == m_privatePeeringSymbols.end()) {
            m_deployment.notExported.push_back(
                "Global Reach " + link.id
                + ": both circuits need Azure private peering in the design");
            return;
        }
        DeploymentResource connection = namedResource("global reach " + link.id, globalReachType,
                                                      {nameFor(from.id), privatePeering,
                                                       nameFor(link.id)});
        connection.parentSymbol = first->second;
        Json &p = connection.properties;
        p["expressRouteCircuitPeering"] = idOf(resourceOf(first->second));
        p["peerExpressRouteCircuitPeering"] = idOf(resourceOf(second->second));
        if (link.addressPrefix)
            p["addressPrefix"] = literal(*link.addressPrefix);
        else
            m_deployment.warnings.push_back("Global Reach " + link.id
                                            + " has no /29 address prefix: Azure needs one");
        connection.dependsOn = {first->second, second->second};
        add(std::move(connection));
    }

    void addVnetPeering(const Link &link, const Node &from, const Node &to)
    {
        const auto fromVnet = m_vnetSymbols.find(from.id);
        const auto toVnet = m_vnetSymbols.find(to.id);
        if (fromVnet == m_vnetSymbols.end() || toVnet == m_vnetSymbols.end())
            return;
        const bool useRemote = link.useRemoteGateways.value_or(false);
        // The hub's side first: it offers its gateways (allowGatewayTransit).
        DeploymentResource hubSide = vnetPeeringSide(to, toVnet->second, from, fromVnet->second,
                                                     useRemote, false);
        for (const auto *gateways : {&m_erGatewaySymbols, &m_vpnGatewaySymbols}) {
            if (const auto found = gateways->find(to.id); useRemote && found != gateways->end())
                hubSide.dependsOn.push_back(found->second);
        }
        const std::string hubSymbol = add(std::move(hubSide)).symbol;
        DeploymentResource spokeSide = vnetPeeringSide(from, fromVnet->second, to, toVnet->second,
                                                       false, useRemote);
        spokeSide.dependsOn.push_back(hubSymbol);
        add(std::move(spokeSide));
    }

    // One side of a VNet peering: the peering `local` holds towards `remote`, depending on both
    // VNets.
    DeploymentResource vnetPeeringSide(const Node &local,
                                       const std::string &localSymbol,
                                       const Node &remote,
                                       const std::string &remoteSymbol,
                                       bool allowGatewayTransit,
                                       bool useRemoteGateways)
    {
        DeploymentResource side = namedResource("vnet peering " + local.id + " to " + remote.id,
                                                vnetPeeringType,
                                                {nameFor(local.id), "to-" + nameFor(remote.id)});
        side.parentSymbol = localSymbol;
        side.properties = Json{{"remoteVirtualNetwork", idOf(resourceOf(remoteSymbol))},
                               {"allowVirtualNetworkAccess", true},
                               {"allowForwardedTraffic", true},
                               {"allowGatewayTransit", allowGatewayTransit},
                               {"useRemoteGateways", useRemoteGateways}};
        side.dependsOn = {localSymbol, remoteSymbol};
        return side;
    }

    void noteWhatIsNotExported()
    {
        std::vector<std::string> &notes = m_deployment.notExported;
        notes.insert(
            notes.begin(),
            {"the customer side (sites, customer and provider edges, access links): not Azure's; "
             "listed for the reader as the customer side",
             "the circuits' service keys: Azure generates them; give them to the provider once "
             "the circuits are deployed",
             "routing preference (asPathPrepend, localPreference), advertised prefix counts and "
             "the prefixes announced over private peering: configured on the customer's routers",
             "requirements, availability figures, notes and costs: the design's analysis, not "
             "Azure resources"});
        for (const auto &[key, value] : m_topology.extra) {
            if (key == "unmapped")
                notes.push_back("the design's unmapped resources (kept from an import, finding "
                                "IMPORT-002): not part of the design's model");
        }
    }

    void checkLimits()
    {
        if (m_deployment.resources.size() > armMaximumResources
            || m_deployment.parameters.size() > armMaximumParameters)
            m_deployment.warnings.push_back(
                "the template has " + std::to_string(m_deployment.resources.size())
                + " resources and " + std::to_string(m_deployment.parameters.size())
                + " parameters; ARM deploys at most " + std::to_string(armMaximumResources)
                + " resources and " + std::to_string(armMaximumParameters)
                + " parameters per template: split the design into several deployments");
    }

    const Topology &m_topology;
    const Catalogue &m_catalogue;
    AzureDeployment m_deployment;
    std::set<std::string> m_symbols;
    std::map<std::string, std::size_t> m_indexBySymbol;
    std::set<std::string> m_parameterNames;
    std::set<std::string> m_unplacedVnets;
    std::map<std::string, std::string> m_names; // element id -> ARM name
    std::set<std::string> m_usedNames;
    std::map<std::string, std::string> m_circuitSymbols;        // node id -> symbol
    std::map<std::string, std::string> m_privatePeeringSymbols; // circuit node id -> symbol
    std::map<std::string, std::string> m_vnetSymbols;
    std::map<std::string, std::string> m_erGatewaySymbols; // VNet node id -> symbol
    std::map<std::string, std::string> m_vpnGatewaySymbols;
    std::map<std::string, std::string> m_localGatewaySymbols; // site or edge id -> symbol
};

} // namespace

std::string DeploymentResource::armName() const
{
    std::string name;
    for (const std::string &segment : nameSegments)
        name += (name.empty() ? "" : "/") + segment;
    return name;
}

std::string resourceIdExpression(const DeploymentResource &resource)
{
    std::string expression = "[resourceId(" + quoted(resource.type);
    for (const std::string &segment : resource.nameSegments)
        expression += ", " + quoted(segment);
    return expression + ")]";
}

AzureDeployment azureDeployment(const Topology &topology, const Catalogue &catalogue)
{
    return Mapper(topology, catalogue).map();
}

} // namespace Er::Export
