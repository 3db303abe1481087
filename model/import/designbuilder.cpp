#include "model/import/designbuilder.h"

#include "model/catalogue/catalogue.h"
#include "model/import/importnames.h"
#include "model/io/credentials.h"

#include <map>
#include <set>

namespace Er::Import {

namespace {

const char *const circuitType = "microsoft.network/expressroutecircuits";
const char *const peeringType = "microsoft.network/expressroutecircuits/peerings";
const char *const circuitConnectionType
    = "microsoft.network/expressroutecircuits/peerings/connections";
const char *const authorizationType = "microsoft.network/expressroutecircuits/authorizations";
const char *const portType = "microsoft.network/expressrouteports";
const char *const vnetType = "microsoft.network/virtualnetworks";
const char *const subnetType = "microsoft.network/virtualnetworks/subnets";
const char *const vnetPeeringType = "microsoft.network/virtualnetworks/virtualnetworkpeerings";
const char *const gatewayType = "microsoft.network/virtualnetworkgateways";
const char *const connectionType = "microsoft.network/connections";
const char *const localGatewayType = "microsoft.network/localnetworkgateways";
const char *const routeFilterType = "microsoft.network/routefilters";

// A sub-resource's settings: nested under "properties" in ARM, flattened by az.
const Json &settingsOf(const Json &item)
{
    const Json *properties = memberAt(item, {"properties"});
    return properties && properties->is_object() ? *properties : item;
}

std::optional<std::int64_t> integerOf(const Json *value)
{
    if (!value)
        return std::nullopt;
    if (value->is_number_integer())
        return value->get<std::int64_t>();
    if (value->is_number_float())
        return static_cast<std::int64_t>(value->get<double>());
    if (value->is_string()) {
        const std::string text = value->get<std::string>();
        if (!text.empty() && text.size() < 19 && std::all_of(text.begin(), text.end(), ::isdigit))
            return std::stoll(text);
    }
    return std::nullopt;
}

std::optional<double> numberOf(const Json *value)
{
    if (value && value->is_number())
        return value->get<double>();
    if (const auto integer = integerOf(value))
        return static_cast<double>(*integer);
    return std::nullopt;
}

std::optional<bool> booleanOf(const Json *value)
{
    if (value && value->is_boolean())
        return value->get<bool>();
    return std::nullopt;
}

std::optional<std::string> stringOf(const Json *value)
{
    if (value && value->is_string() && !value->get<std::string>().empty())
        return value->get<std::string>();
    return std::nullopt;
}

std::optional<StringList> stringsOf(const Json *value)
{
    if (!value || !value->is_array())
        return std::nullopt;
    StringList list;
    for (const Json &item : *value) {
        if (item.is_string())
            list.push_back(item.get<std::string>());
    }
    return list;
}

Link makeLink(std::string id, LinkKind kind, std::string from, std::string to)
{
    Link link;
    link.id = std::move(id);
    link.kind = kind;
    link.from = std::move(from);
    link.to = std::move(to);
    return link;
}

// An id usable in a design: letters, digits and '-'.
std::string slug(const std::string &name)
{
    std::string id;
    for (const char c : name) {
        if (std::isalnum(static_cast<unsigned char>(c)))
            id += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        else if (!id.empty() && id.back() != '-')
            id += '-';
    }
    while (!id.empty() && id.back() == '-')
        id.pop_back();
    return id.empty() ? std::string("azure") : id;
}

class Builder
{
public:
    Builder(const std::vector<AzureResource> &resources,
            const Catalogue &catalogue,
            std::vector<std::string> &warnings)
        : m_catalogue(catalogue)
        , m_warnings(warnings)
    {
        // The same resource in several files is one resource; later files add to it.
        for (const AzureResource &resource : resources) {
            const std::string key = lowered(resource.id);
            const auto found = m_byId.find(key);
            if (found == m_byId.end()) {
                m_byId.emplace(key, m_resources.size());
                m_resources.push_back(resource);
                continue;
            }
            AzureResource &existing = m_resources[found->second];
            for (auto it = resource.properties.begin(); it != resource.properties.end(); ++it)
                existing.properties[it.key()] = it.value();
            if (!resource.sku.empty())
                existing.sku = resource.sku;
            if (existing.location.empty())
                existing.location = resource.location;
        }
        m_consumed.assign(m_resources.size(), false);
    }

    Topology build()
    {
        for (const char *type : {circuitType, vnetType, localGatewayType})
            forEachOfType(type, [this](std::size_t i) { addNodeFor(i); });
        forEachOfType(subnetType, [this](std::size_t i) { addSubnet(i); });
        forEachOfType(gatewayType, [this](std::size_t i) { addGateway(i); });
        forEachOfType(circuitType, [this](std::size_t i) { addCircuitDetails(i); });
        forEachOfType(peeringType, [this](std::size_t i) { addPeeringResource(i); });
        forEachOfType(circuitConnectionType, [this](std::size_t i) {
            const AzureResource &r = m_resources[i];
            const std::string circuit = parentId(parentId(r.id));
            addGlobalReach(circuit, r.properties, i);
        });
        forEachOfType(authorizationType, [this](std::size_t i) {
            m_consumed[i] = true; // an authorization is a key, never kept
            m_warnings.push_back(m_resources[i].origin + ": the circuit authorization '"
                                 + m_resources[i].name + "' is a credential; it is not imported");
        });
        forEachOfType(vnetType, [this](std::size_t i) {
            const Json *peerings = memberAt(m_resources[i].properties, {"virtualNetworkPeerings"});
            if (peerings && peerings->is_array()) {
                for (const Json &peering : *peerings)
                    addVnetPeering(m_resources[i].id, settingsOf(peering));
            }
        });
        forEachOfType(vnetPeeringType, [this](std::size_t i) {
            if (addVnetPeering(parentId(m_resources[i].id), m_resources[i].properties))
                m_consumed[i] = true;
        });
        forEachOfType(connectionType, [this](std::size_t i) { addConnection(i); });
        for (const Node &node : std::vector<Node>(m_topology.nodes())) {
            if (node.kind() == NodeKind::Circuit && !m_stubs.contains(node.id))
                addPlaceholders(node);
        }
        keepUnmapped();
        return std::move(m_topology);
    }

private:
    template<typename Function>
    void forEachOfType(const char *type, Function function)
    {
        for (std::size_t i = 0; i < m_resources.size(); ++i) {
            if (lowered(m_resources[i].type) == type)
                function(i);
        }
    }

    const AzureResource *resource(const std::string &id) const
    {
        const auto found = m_byId.find(lowered(id));
        return found == m_byId.end() ? nullptr : &m_resources[found->second];
    }

    void consume(const std::string &id)
    {
        if (const auto found = m_byId.find(lowered(id)); found != m_byId.end())
            m_consumed[found->second] = true;
    }

    std::string freshId(const std::string &wanted)
    {
        const std::string base = slug(wanted);
        return m_topology.contains(base) ? m_topology.uniqueId(base) : base;
    }

    // The node of an ARM id, or "".
    std::string nodeOf(const std::string &armId) const
    {
        const auto found = m_nodeByArmId.find(lowered(armId));
        return found == m_nodeByArmId.end() ? std::string() : found->second;
    }

    std::string addNode(Node node, const std::string &armId)
    {
        const std::string id = node.id;
        if (!armId.empty()) {
            node.extra.emplace_back("azureId", Json(armId).dump());
            m_nodeByArmId[lowered(armId)] = id;
        }
        m_topology.addNode(node);
        return id;
    }

    void replace(const Node &node) { m_topology.replaceNode(node); }

    Node copyOf(const std::string &id) const { return *m_topology.node(id); }

    void addLink(Link link)
    {
        link.id = freshId(link.id);
        m_topology.addLink(std::move(link));
    }

    std::string regionNode(const std::string &location)
    {
        const std::string arm = location.empty() ? std::string()
                                                 : regionName(m_catalogue, location);
        const std::string id = arm.empty() ? std::string("region-unknown") : "region-" + slug(arm);
        if (m_topology.contains(id))
            return id;
        Node region = makeNode(NodeKind::AzureRegion, id);
        if (arm.empty()) {
            region.name = "Unknown region";
            region.placeholder = true;
            m_warnings.push_back("the location of some VNets is unknown (resourceGroup().location "
                                 "in a template): they are put in the placeholder region "
                                 "'Unknown region'; give --region NAME");
        } else {
            const AzureRegionInfo *info = m_catalogue.region(arm);
            region.name = info ? info->displayName : arm;
            region.azureRegion()->region = arm;
        }
        addNode(std::move(region), {});
        return id;
    }

    void addNodeFor(std::size_t index)
    {
        const AzureResource &r = m_resources[index];
        const std::string type = lowered(r.type);
        m_consumed[index] = true;
        if (type == circuitType) {
            Node circuit = makeNode(NodeKind::Circuit, freshId(r.name));
            circuit.name = r.name;
            addNode(std::move(circuit), r.id);
        } else if (type == vnetType) {
            addVnet(r.id, r.name, r.location, &r.properties);
        } else if (type == localGatewayType) {
            Node site = makeNode(NodeKind::Site, freshId(r.name));
            site.name = r.name;
            site.site()->addressPrefixes = stringsOf(
                memberAt(r.properties, {"localNetworkAddressSpace", "addressPrefixes"}));
            if (const auto address = stringOf(memberAt(r.properties, {"gatewayIpAddress"})))
                site.extra.emplace_back("azureGatewayIpAddress", Json(*address).dump());
            if (const auto asn = integerOf(memberAt(r.properties, {"bgpSettings", "asn"})))
                site.extra.emplace_back("azureBgpAsn", Json(*asn).dump());
            addNode(std::move(site), r.id);
        }
    }

    std::string addVnet(const std::string &armId,
                        const std::string &name,
                        const std::string &location,
                        const Json *properties)
    {
        Node vnet = makeNode(NodeKind::VirtualNetwork, freshId(name));
        vnet.name = name;
        VirtualNetworkFields &fields = *vnet.virtualNetwork();
        fields.region = regionNode(location);
        if (properties) {
            fields.addressPrefixes = stringsOf(
                memberAt(*properties, {"addressSpace", "addressPrefixes"}));
            if (const Json *subnets = memberAt(*properties, {"subnets"});
                subnets && subnets->is_array()) {
                for (const Json &subnet : *subnets) {
                    if (lowered(stringAt(subnet, {"name"})) == "gatewaysubnet")
                        fields.gatewaySubnetPrefix = subnetPrefix(settingsOf(subnet));
                }
            }
        }
        return addNode(std::move(vnet), armId);
    }

    static std::optional<std::string> subnetPrefix(const Json &settings)
    {
        if (auto prefix = stringOf(memberAt(settings, {"addressPrefix"})))
            return prefix;
        if (const auto prefixes = stringsOf(memberAt(settings, {"addressPrefixes"}));
            prefixes && !prefixes->empty())
            return prefixes->front();
        return std::nullopt;
    }

    // The VNet node of an ARM id; a VNet that is not among the inputs is added by reference.
    // The node of an ARM id when it is of `kind`; "" when the id names another kind of node.
    std::string nodeOfKind(const std::string &armId, NodeKind kind) const
    {
        const std::string id = nodeOf(armId);
        const Node *node = id.empty() ? nullptr : m_topology.node(id);
        return node && node->kind() == kind ? id : std::string();
    }

    bool namesOtherKind(const std::string &armId, NodeKind kind, const std::string &origin)
    {
        if (nodeOf(armId).empty() || !nodeOfKind(armId, kind).empty())
            return false;
        m_warnings.push_back(origin + ": " + armId + " is not a " + std::string(displayName(kind))
                             + "; the reference is skipped");
        return true;
    }

    // The VNet node of an ARM id; a VNet that is not among the inputs is added by reference.
    // "" when the id is empty or names something else.
    std::string vnetNode(const std::string &armId,
                         const std::string &location,
                         const std::string &origin)
    {
        if (armId.empty() || namesOtherKind(armId, NodeKind::VirtualNetwork, origin))
            return {};
        if (std::string id = nodeOf(armId); !id.empty())
            return id;
        m_warnings.push_back(origin + ": the virtual network " + armId
                             + " is not among the inputs; it is added with what is known");
        return addVnet(armId, lastSegment(armId), location, nullptr);
    }

    std::string circuitNode(const std::string &armId, const std::string &origin)
    {
        if (armId.empty() || namesOtherKind(armId, NodeKind::Circuit, origin))
            return {};
        if (std::string id = nodeOf(armId); !id.empty())
            return id;
        m_warnings.push_back(origin + ": the circuit " + armId
                             + " is not among the inputs; it is added with what is known");
        Node circuit = makeNode(NodeKind::Circuit, freshId(lastSegment(armId)));
        circuit.name = lastSegment(armId);
        m_stubs.insert(circuit.id);
        return addNode(std::move(circuit), armId);
    }

    void addSubnet(std::size_t index)
    {
        const AzureResource &r = m_resources[index];
        if (lowered(r.name) != "gatewaysubnet") {
            m_consumed[index] = true;
            return; // a workload subnet is not part of the connectivity design
        }
        const std::string vnetId = vnetNode(parentId(r.id), r.location, r.origin);
        if (vnetId.empty())
            return; // kept as unmapped
        m_consumed[index] = true;
        Node vnet = copyOf(vnetId);
        vnet.virtualNetwork()->gatewaySubnetPrefix = subnetPrefix(r.properties);
        replace(vnet);
    }

    void addGateway(std::size_t index)
    {
        const AzureResource &r = m_resources[index];
        const Json &p = r.properties;
        std::string subnet;
        if (const Json *configurations = memberAt(p, {"ipConfigurations"});
            configurations && configurations->is_array() && !configurations->empty())
            subnet = stringAt(settingsOf((*configurations)[0]), {"subnet", "id"});
        if (subnet.empty()) {
            m_warnings.push_back(r.origin + ": the gateway '" + r.name
                                 + "' names no subnet, so its VNet is unknown; kept as unmapped");
            return;
        }
        const std::string vnetId = vnetNode(parentId(subnet), r.location, r.origin);
        if (vnetId.empty())
            return; // kept as unmapped
        m_consumed[index] = true;
        m_nodeByArmId[lowered(r.id)] = vnetId;
        Node vnet = copyOf(vnetId);
        VirtualNetworkFields &fields = *vnet.virtualNetwork();
        std::string sku = stringAt(p, {"sku", "name"});
        if (sku.empty())
            sku = stringAt(r.sku, {"name"});
        const std::string kind = lowered(stringAt(p, {"gatewayType"}));
        if (kind == "vpn") {
            VpnGateway gateway;
            if (!sku.empty())
                gateway.sku = vpnGatewaySkuName(m_catalogue, sku);
            gateway.activeActive = booleanOf(memberAt(p, {"activeActive"}));
            if (!gateway.activeActive)
                gateway.activeActive = booleanOf(memberAt(p, {"enableActiveActiveFeature"}));
            gateway.extra.emplace_back("azureId", Json(r.id).dump());
            fields.vpnGateway = gateway;
        } else {
            ExpressRouteGateway gateway;
            if (!sku.empty())
                gateway.sku = expressRouteGatewaySkuName(m_catalogue, sku);
            const auto min = integerOf(memberAt(p, {"autoScaleConfiguration", "bounds", "min"}));
            const auto max = integerOf(memberAt(p, {"autoScaleConfiguration", "bounds", "max"}));
            if (min || max)
                gateway.scaleUnits = ScaleUnits{min, max, {}};
            gateway.extra.emplace_back("azureId", Json(r.id).dump());
            fields.expressRouteGateway = gateway;
        }
        replace(vnet);
    }

    void addCircuitDetails(std::size_t index)
    {
        const AzureResource &r = m_resources[index];
        const Json &p = r.properties;
        const std::string circuitId = nodeOfKind(r.id, NodeKind::Circuit);
        if (circuitId.empty())
            return;
        Node circuit = copyOf(circuitId);
        CircuitFields &fields = *circuit.circuit();
        fields.serviceProviderName = stringOf(
            memberAt(p, {"serviceProviderProperties", "serviceProviderName"}));
        fields.bandwidthInMbps = integerOf(
            memberAt(p, {"serviceProviderProperties", "bandwidthInMbps"}));
        if (const auto location = stringOf(
                memberAt(p, {"serviceProviderProperties", "peeringLocation"})))
            fields.peeringLocation = peeringLocationName(m_catalogue, *location).value_or(*location);
        fields.skuTier = stringOf(memberAt(r.sku, {"tier"}));
        fields.skuFamily = stringOf(memberAt(r.sku, {"family"}));
        if (const auto name = stringOf(memberAt(r.sku, {"name"}))) {
            const std::size_t underscore = name->find('_');
            if (!fields.skuTier)
                fields.skuTier = name->substr(0, underscore);
            if (!fields.skuFamily && underscore != std::string::npos)
                fields.skuFamily = name->substr(underscore + 1);
        }
        if (const std::string portId = stringAt(p, {"expressRoutePort", "id"}); !portId.empty())
            addDirectPort(fields, portId, p, r.origin);
        if (const Json *peerings = memberAt(p, {"peerings"}); peerings && peerings->is_array()) {
            for (const Json &item : *peerings) {
                setPeering(fields, settingsOf(item));
                if (const Json *connections = memberAt(settingsOf(item), {"connections"});
                    connections && connections->is_array()) {
                    m_pendingGlobalReach.emplace_back(r.id, connections);
                }
            }
        }
        replace(circuit);
        for (const auto &[circuitArmId, connections] : m_pendingGlobalReach) {
            for (const Json &connection : *connections)
                addGlobalReach(circuitArmId, settingsOf(connection), std::nullopt);
        }
        m_pendingGlobalReach.clear();
    }

    void addDirectPort(CircuitFields &fields,
                       const std::string &portId,
                       const Json &p,
                       const std::string &origin)
    {
        ExpressRouteDirectPort direct;
        if (const auto gbps = numberOf(memberAt(p, {"bandwidthInGbps"})))
            fields.bandwidthInMbps = static_cast<std::int64_t>(*gbps * 1000);
        direct.extra.emplace_back("azureId", Json(portId).dump());
        if (const AzureResource *port = resource(portId)) {
            consume(portId);
            const Json &portProperties = port->properties;
            direct.portBandwidthInGbps = numberOf(memberAt(portProperties, {"bandwidthInGbps"}));
            direct.encapsulation = stringOf(memberAt(portProperties, {"encapsulation"}));
            if (const Json *links = memberAt(portProperties, {"links"});
                links && links->is_array()) {
                bool macsec = false;
                for (const Json &link : *links) {
                    macsec = macsec
                             || !stringAt(settingsOf(link), {"macSecConfig", "cipher"}).empty();
                }
                direct.macsec = macsec;
            }
            if (const auto location = stringOf(memberAt(portProperties, {"peeringLocation"}))) {
                const auto mapped = peeringLocationName(m_catalogue, *location);
                if (!mapped)
                    m_warnings.push_back(port->origin + ": the ExpressRoute Direct location '"
                                         + *location
                                         + "' matches no facility in the catalogue; kept as it is");
                fields.peeringLocation = mapped.value_or(*location);
            }
        } else {
            m_warnings.push_back(origin + ": the ExpressRoute Direct port " + portId
                                 + " is not among the inputs: its location, size and "
                                   "encapsulation are unknown");
        }
        fields.expressRouteDirect = direct;
    }

    void setPeering(CircuitFields &fields, const Json &p)
    {
        Peering peering;
        peering.peeringType = stringOf(memberAt(p, {"peeringType"}));
        peering.peerASN = integerOf(memberAt(p, {"peerASN"}));
        peering.primaryPeerAddressPrefix = stringOf(memberAt(p, {"primaryPeerAddressPrefix"}));
        peering.secondaryPeerAddressPrefix = stringOf(memberAt(p, {"secondaryPeerAddressPrefix"}));
        peering.vlanId = integerOf(memberAt(p, {"vlanId"}));
        if (const Json *config = memberAt(p, {"microsoftPeeringConfig"})) {
            peering.advertisedPrefixes = stringsOf(memberAt(*config, {"advertisedPublicPrefixes"}));
            peering.customerASN = integerOf(memberAt(*config, {"customerASN"}));
        }
        if (!stringAt(p, {"sharedKey"}).empty())
            peering.md5 = true; // the key itself was removed when the file was read
        if (const std::string filterId = stringAt(p, {"routeFilter", "id"}); !filterId.empty()) {
            if (const AzureResource *filter = resource(filterId)) {
                consume(filterId);
                StringList communities;
                if (const Json *rules = memberAt(filter->properties, {"rules"});
                    rules && rules->is_array()) {
                    for (const Json &rule : *rules) {
                        if (auto list = stringsOf(memberAt(settingsOf(rule), {"communities"})))
                            communities.insert(communities.end(), list->begin(), list->end());
                    }
                }
                peering.routeFilter = communities;
            }
            peering.extra.emplace_back("azureRouteFilterId", Json(filterId).dump());
        }
        if (!fields.peerings)
            fields.peerings.emplace();
        for (Peering &existing : *fields.peerings) {
            if (existing.peeringType == peering.peeringType) {
                existing = peering;
                return;
            }
        }
        fields.peerings->push_back(peering);
    }

    void addPeeringResource(std::size_t index)
    {
        const AzureResource &r = m_resources[index];
        const std::string circuitId = circuitNode(parentId(r.id), r.origin);
        if (circuitId.empty())
            return; // kept as unmapped
        m_consumed[index] = true;
        Node circuit = copyOf(circuitId);
        Json settings = r.properties;
        if (!memberAt(settings, {"peeringType"}))
            settings["peeringType"] = r.name;
        setPeering(*circuit.circuit(), settings);
        replace(circuit);
        if (const Json *connections = memberAt(r.properties, {"connections"});
            connections && connections->is_array()) {
            for (const Json &connection : *connections)
                addGlobalReach(parentId(r.id), settingsOf(connection), std::nullopt);
        }
    }

    void addGlobalReach(const std::string &circuitArmId,
                        const Json &p,
                        std::optional<std::size_t> index)
    {
        const std::string peer = stringAt(p, {"peerExpressRouteCircuitPeering", "id"});
        if (peer.empty() || circuitArmId.empty())
            return;
        const std::string from = circuitNode(circuitArmId, "Global Reach");
        const std::string to = circuitNode(parentId(peer), "Global Reach");
        if (from.empty() || to.empty() || from == to)
            return;
        if (index)
            m_consumed[*index] = true;
        const auto pair = std::minmax(from, to);
        if (!m_globalReachPairs.insert({pair.first, pair.second}).second)
            return;
        Link link;
        link.id = "gr-" + from + "-" + to;
        link.kind = LinkKind::GlobalReach;
        link.from = from;
        link.to = to;
        link.addressPrefix = stringOf(memberAt(p, {"addressPrefix"}));
        addLink(std::move(link));
    }

    // False when the peering names no VNet it can join.
    bool addVnetPeering(const std::string &vnetArmId, const Json &p)
    {
        const std::string remote = stringAt(p, {"remoteVirtualNetwork", "id"});
        if (remote.empty() || vnetArmId.empty())
            return false;
        const std::string local = vnetNode(vnetArmId, {}, "VNet peering");
        const std::string other = vnetNode(remote, {}, "VNet peering");
        if (local.empty() || other.empty() || local == other)
            return false;
        const bool useRemote = booleanOf(memberAt(p, {"useRemoteGateways"})).value_or(false);
        const auto pair = std::minmax(local, other);
        const auto found = m_vnetPeerings.find({pair.first, pair.second});
        if (found != m_vnetPeerings.end()) {
            // The other side of a peering already added: it tells which side is the spoke.
            if (useRemote) {
                Link link = *m_topology.link(found->second);
                link.from = local;
                link.to = other;
                link.useRemoteGateways = true;
                m_topology.removeLink(link.id);
                m_topology.addLink(link);
            }
            return true;
        }
        Link link;
        link.id = freshId("peering-" + local + "-" + other);
        link.kind = LinkKind::VnetPeering;
        link.from = local;
        link.to = other;
        link.useRemoteGateways = booleanOf(memberAt(p, {"useRemoteGateways"}));
        m_vnetPeerings[{pair.first, pair.second}] = link.id;
        m_topology.addLink(std::move(link));
        return true;
    }

    void addConnection(std::size_t index)
    {
        const AzureResource &r = m_resources[index];
        const Json &p = r.properties;
        const std::string type = lowered(stringAt(p, {"connectionType"}));
        const std::string gateway = stringAt(p, {"virtualNetworkGateway1", "id"});
        const std::string vnet = nodeOfKind(gateway, NodeKind::VirtualNetwork);
        if (gateway.empty() || vnet.empty()) {
            m_warnings.push_back(r.origin + ": the connection '" + r.name
                                 + "' ends at a gateway that is not among the inputs; kept as "
                                   "unmapped");
            return;
        }
        Link link;
        link.id = r.name;
        if (type == "expressroute") {
            const std::string peer = stringAt(p, {"peer", "id"});
            if (peer.empty())
                return;
            link.kind = LinkKind::Connection;
            link.from = circuitNode(peer, r.origin);
            if (link.from.empty())
                return;
            link.to = vnet;
            link.routingWeight = integerOf(memberAt(p, {"routingWeight"}));
            link.fastPath = booleanOf(memberAt(p, {"expressRouteGatewayBypass"}));
        } else if (type == "ipsec") {
            const std::string site = nodeOfKind(stringAt(p, {"localNetworkGateway2", "id"}),
                                                NodeKind::Site);
            if (site.empty()) {
                m_warnings.push_back(r.origin + ": the VPN connection '" + r.name
                                     + "' names a local network gateway that is not among the "
                                       "inputs; kept as unmapped");
                return;
            }
            link.kind = LinkKind::Vpn;
            link.from = site;
            link.to = vnet;
            link.bgp = booleanOf(memberAt(p, {"enableBgp"}));
        } else {
            return; // VNet-to-VNet and others: kept as unmapped
        }
        m_consumed[index] = true;
        link.extra.emplace_back("azureId", Json(r.id).dump());
        addLink(std::move(link));
    }

    void addPlaceholders(const Node &circuit)
    {
        const CircuitFields &fields = *circuit.circuit();
        const std::string label = circuit.label();
        Node site = makeNode(NodeKind::Site, freshId("site-for-" + circuit.id));
        site.name = "On-premises site for " + label;
        site.placeholder = true;
        m_topology.addNode(site);
        Node ce = makeNode(NodeKind::CustomerEdge, freshId("ce-for-" + circuit.id));
        ce.name = "Customer edge for " + label;
        ce.placeholder = true;
        m_topology.addNode(ce);
        addLink(makeLink("lan-" + circuit.id, LinkKind::Lan, site.id, ce.id));
        std::string portFrom = ce.id;
        if (!fields.isDirect()) {
            Node pe = makeNode(NodeKind::ProviderEdge, freshId("pe-for-" + circuit.id));
            pe.name = "Provider edge for " + label;
            pe.placeholder = true;
            pe.providerEdge()->provider = fields.serviceProviderName;
            pe.providerEdge()->peeringLocation = fields.peeringLocation;
            m_topology.addNode(pe);
            addLink(makeLink("access-" + circuit.id, LinkKind::Access, ce.id, pe.id));
            portFrom = pe.id;
        }
        for (const char *role : {"primary", "secondary"}) {
            Link port = makeLink("port-" + circuit.id + "-" + role, LinkKind::CircuitPort, portFrom,
                                 circuit.id);
            port.role = role;
            addLink(std::move(port));
        }
    }

    void keepUnmapped()
    {
        Json unmapped = Json::array();
        for (std::size_t i = 0; i < m_resources.size(); ++i) {
            if (m_consumed[i])
                continue;
            const AzureResource &r = m_resources[i];
            Json entry = Json::object();
            entry["id"] = r.id;
            entry["type"] = r.type;
            entry["name"] = r.name;
            if (!r.location.empty())
                entry["location"] = r.location;
            entry["source"] = r.origin;
            if (!r.sku.empty())
                entry["sku"] = r.sku;
            if (!r.properties.empty())
                entry["properties"] = r.properties;
            unmapped.push_back(std::move(entry));
        }
        if (!unmapped.empty()) {
            m_warnings.push_back(std::to_string(unmapped.size())
                                 + " resource(s) the design format cannot hold are kept in the "
                                   "design's \"unmapped\" list (finding IMPORT-002)");
            m_topology.extra.emplace_back(unmappedMember,
                                          withoutCredentials(unmapped.dump(), JsonPath(), nullptr));
        }
    }

    const Catalogue &m_catalogue;
    std::vector<std::string> &m_warnings;
    std::vector<AzureResource> m_resources;
    std::map<std::string, std::size_t> m_byId;
    std::vector<bool> m_consumed;
    Topology m_topology;
    std::map<std::string, std::string> m_nodeByArmId; // lowered ARM id -> node id
    std::set<std::string> m_stubs;                    // circuits known only by reference
    std::set<std::pair<std::string, std::string>> m_globalReachPairs;
    std::map<std::pair<std::string, std::string>, std::string> m_vnetPeerings;
    std::vector<std::pair<std::string, const Json *>> m_pendingGlobalReach;
};

} // namespace

Topology buildDesign(const std::vector<AzureResource> &resources,
                     const Catalogue &catalogue,
                     std::vector<std::string> &warnings)
{
    return Builder(resources, catalogue, warnings).build();
}

} // namespace Er::Import
