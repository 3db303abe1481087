#include "model/import/terraformstate.h"

namespace Er::Import {

namespace {

// The first object of a nested block ("sku": [{...}] in terraform's JSON), or the value itself.
const Json *block(const Json &values, const char *key)
{
    const Json *value = memberAt(values, {key});
    if (value && value->is_array())
        return value->empty() ? nullptr : &(*value)[0];
    return value && value->is_object() ? value : nullptr;
}

void copyIf(const Json &from, const char *fromKey, Json &to, const char *toKey)
{
    if (const Json *value = memberAt(from, {fromKey}); value && !value->is_null())
        to[toKey] = *value;
}

Json idObject(const Json &values, const char *key)
{
    const std::string id = stringAt(values, {key});
    return id.empty() ? Json() : Json{{"id", id}};
}

// ARM ids for resources a plan does not know the id of yet, from their names.
std::string armId(const Json &values, const std::string &type, const std::vector<std::string> &names)
{
    if (std::string id = stringAt(values, {"id"}); !id.empty())
        return id;
    std::string group = stringAt(values, {"resource_group_name"});
    std::string id = "/subscriptions/{subscription}/resourceGroups/"
                     + (group.empty() ? std::string("{resourceGroup}") : group) + "/providers/";
    std::size_t start = 0;
    std::size_t name = 0;
    for (;;) {
        const std::size_t slash = type.find('/', start);
        id += type.substr(start, slash - start);
        if (start > 0 && name < names.size())
            id += "/" + names[name++];
        if (slash == std::string::npos)
            return id;
        id += "/";
        start = slash + 1;
    }
}

struct Converted
{
    std::string type;
    std::vector<std::string> names;
    std::string fallbackId; // where the names do not make the id
    Json sku = Json::object();
    Json properties = Json::object();
};

bool convert(const std::string &tfType, const Json &v, Converted &out)
{
    Json &p = out.properties;
    const std::string name = stringAt(v, {"name"});
    if (tfType == "azurerm_express_route_circuit") {
        out.type = "Microsoft.Network/expressRouteCircuits";
        out.names = {name};
        Json provider = Json::object();
        copyIf(v, "service_provider_name", provider, "serviceProviderName");
        copyIf(v, "peering_location", provider, "peeringLocation");
        copyIf(v, "bandwidth_in_mbps", provider, "bandwidthInMbps");
        if (!provider.empty())
            p["serviceProviderProperties"] = provider;
        if (const Json *sku = block(v, "sku")) {
            copyIf(*sku, "tier", out.sku, "tier");
            copyIf(*sku, "family", out.sku, "family");
        }
        if (Json port = idObject(v, "express_route_port_id"); !port.is_null())
            p["expressRoutePort"] = port;
        copyIf(v, "bandwidth_in_gbps", p, "bandwidthInGbps");
        copyIf(v, "allow_classic_operations", p, "allowClassicOperations");
        return true;
    }
    if (tfType == "azurerm_express_route_circuit_peering") {
        out.type = "Microsoft.Network/expressRouteCircuits/peerings";
        out.names = {stringAt(v, {"express_route_circuit_name"}), stringAt(v, {"peering_type"})};
        copyIf(v, "peering_type", p, "peeringType");
        copyIf(v, "peer_asn", p, "peerASN");
        copyIf(v, "primary_peer_address_prefix", p, "primaryPeerAddressPrefix");
        copyIf(v, "secondary_peer_address_prefix", p, "secondaryPeerAddressPrefix");
        copyIf(v, "vlan_id", p, "vlanId");
        copyIf(v, "shared_key", p, "sharedKey"); // only its mark: the key was removed on reading
        if (const Json *config = block(v, "microsoft_peering_config")) {
            Json ms = Json::object();
            copyIf(*config, "advertised_public_prefixes", ms, "advertisedPublicPrefixes");
            copyIf(*config, "customer_asn", ms, "customerASN");
            copyIf(*config, "routing_registry_name", ms, "routingRegistryName");
            p["microsoftPeeringConfig"] = ms;
        }
        if (Json filter = idObject(v, "route_filter_id"); !filter.is_null())
            p["routeFilter"] = filter;
        return true;
    }
    if (tfType == "azurerm_express_route_circuit_connection") {
        out.type = "Microsoft.Network/expressRouteCircuits/peerings/connections";
        const std::string peering = stringAt(v, {"peering_id"});
        if (!peering.empty())
            out.fallbackId = peering + "/connections/" + name;
        if (Json peer = idObject(v, "peer_peering_id"); !peer.is_null())
            p["peerExpressRouteCircuitPeering"] = peer;
        copyIf(v, "address_prefix_ipv4", p, "addressPrefix");
        if (!peering.empty())
            p["expressRouteCircuitPeering"] = Json{{"id", peering}};
        return true;
    }
    if (tfType == "azurerm_express_route_port") {
        out.type = "Microsoft.Network/expressRoutePorts";
        out.names = {name};
        copyIf(v, "peering_location", p, "peeringLocation");
        copyIf(v, "bandwidth_in_gbps", p, "bandwidthInGbps");
        copyIf(v, "encapsulation", p, "encapsulation");
        Json links = Json::array();
        for (const char *key : {"link1", "link2"}) {
            if (const Json *link = block(v, key)) {
                Json macsec = Json::object();
                copyIf(*link, "macsec_cipher", macsec, "cipher");
                links.push_back(Json{{"properties", Json{{"macSecConfig", macsec}}}});
            }
        }
        if (!links.empty())
            p["links"] = links;
        return true;
    }
    if (tfType == "azurerm_virtual_network") {
        out.type = "Microsoft.Network/virtualNetworks";
        out.names = {name};
        if (const Json *space = memberAt(v, {"address_space"}))
            p["addressSpace"] = Json{{"addressPrefixes", *space}};
        if (const Json *subnets = memberAt(v, {"subnet"}); subnets && subnets->is_array()) {
            Json list = Json::array();
            for (const Json &subnet : *subnets) {
                Json properties = Json::object();
                copyIf(subnet, "address_prefixes", properties, "addressPrefixes");
                copyIf(subnet, "address_prefix", properties, "addressPrefix");
                list.push_back(
                    Json{{"name", stringAt(subnet, {"name"})}, {"properties", properties}});
            }
            p["subnets"] = list;
        }
        return true;
    }
    if (tfType == "azurerm_subnet") {
        out.type = "Microsoft.Network/virtualNetworks/subnets";
        out.names = {stringAt(v, {"virtual_network_name"}), name};
        copyIf(v, "address_prefixes", p, "addressPrefixes");
        return true;
    }
    if (tfType == "azurerm_virtual_network_peering") {
        out.type = "Microsoft.Network/virtualNetworks/virtualNetworkPeerings";
        out.names = {stringAt(v, {"virtual_network_name"}), name};
        if (Json remote = idObject(v, "remote_virtual_network_id"); !remote.is_null())
            p["remoteVirtualNetwork"] = remote;
        copyIf(v, "use_remote_gateways", p, "useRemoteGateways");
        copyIf(v, "allow_gateway_transit", p, "allowGatewayTransit");
        return true;
    }
    if (tfType == "azurerm_virtual_network_gateway") {
        out.type = "Microsoft.Network/virtualNetworkGateways";
        out.names = {name};
        copyIf(v, "type", p, "gatewayType");
        if (const Json *sku = memberAt(v, {"sku"}); sku && sku->is_string())
            p["sku"] = Json{{"name", *sku}};
        copyIf(v, "active_active", p, "activeActive");
        if (const Json *bgp = block(v, "bgp_settings")) {
            Json settings = Json::object();
            copyIf(*bgp, "asn", settings, "asn");
            p["bgpSettings"] = settings;
        }
        Json configurations = Json::array();
        if (const Json *list = memberAt(v, {"ip_configuration"}); list && list->is_array()) {
            for (const Json &configuration : *list) {
                if (Json subnet = idObject(configuration, "subnet_id"); !subnet.is_null())
                    configurations.push_back(Json{{"properties", Json{{"subnet", subnet}}}});
            }
        }
        p["ipConfigurations"] = configurations;
        return true;
    }
    if (tfType == "azurerm_virtual_network_gateway_connection") {
        out.type = "Microsoft.Network/connections";
        out.names = {name};
        copyIf(v, "type", p, "connectionType");
        if (Json gateway = idObject(v, "virtual_network_gateway_id"); !gateway.is_null())
            p["virtualNetworkGateway1"] = gateway;
        if (Json circuit = idObject(v, "express_route_circuit_id"); !circuit.is_null())
            p["peer"] = circuit;
        if (Json site = idObject(v, "local_network_gateway_id"); !site.is_null())
            p["localNetworkGateway2"] = site;
        copyIf(v, "routing_weight", p, "routingWeight");
        copyIf(v, "express_route_gateway_bypass", p, "expressRouteGatewayBypass");
        copyIf(v, "private_link_fast_path_enabled", p, "enablePrivateLinkFastPath");
        copyIf(v, "enable_bgp", p, "enableBgp");
        return true;
    }
    if (tfType == "azurerm_local_network_gateway") {
        out.type = "Microsoft.Network/localNetworkGateways";
        out.names = {name};
        copyIf(v, "gateway_address", p, "gatewayIpAddress");
        copyIf(v, "gateway_fqdn", p, "fqdn");
        if (const Json *space = memberAt(v, {"address_space"}))
            p["localNetworkAddressSpace"] = Json{{"addressPrefixes", *space}};
        if (const Json *bgp = block(v, "bgp_settings")) {
            Json settings = Json::object();
            copyIf(*bgp, "asn", settings, "asn");
            copyIf(*bgp, "bgp_peering_address", settings, "bgpPeeringAddress");
            p["bgpSettings"] = settings;
        }
        return true;
    }
    return false;
}

void readModule(const Json &module,
                const std::string &path,
                const std::string &fileName,
                Collected &collected)
{
    if (const Json *resources = memberAt(module, {"resources"});
        resources && resources->is_array()) {
        for (std::size_t i = 0; i < resources->size(); ++i) {
            const Json &resource = (*resources)[i];
            const std::string place = path + ".resources[" + std::to_string(i) + "]";
            const std::string tfType = stringAt(resource, {"type"});
            const Json *values = memberAt(resource, {"values"});
            if (tfType.empty() || !values || !values->is_object()) {
                collected.warnings.push_back(fileName + ": " + place
                                             + ": a resource without a type or values; skipped");
                continue;
            }
            const std::string address = stringAt(resource, {"address"});
            AzureResource azure;
            Converted converted;
            if (convert(tfType, *values, converted)) {
                azure.type = converted.type;
                azure.id = stringAt(*values, {"id"});
                if (azure.id.empty())
                    azure.id = converted.fallbackId;
                if (azure.id.empty())
                    azure.id = armId(*values, converted.type, converted.names);
                azure.sku = converted.sku;
                azure.properties = converted.properties;
            } else {
                // Kept whole as unmapped data: its terraform type and values.
                azure.type = tfType;
                azure.id = stringAt(*values, {"id"});
                if (azure.id.empty())
                    azure.id = address;
                azure.properties = *values;
            }
            azure.name = stringAt(*values, {"name"});
            if (azure.name.empty())
                azure.name = lastSegment(azure.id);
            azure.location = stringAt(*values, {"location"});
            azure.origin = fileName + ": " + place + (address.empty() ? "" : " (" + address + ")");
            collected.resources.push_back(std::move(azure));
        }
    }
    if (const Json *children = memberAt(module, {"child_modules"});
        children && children->is_array()) {
        for (std::size_t i = 0; i < children->size(); ++i)
            readModule((*children)[i], path + ".child_modules[" + std::to_string(i) + "]", fileName,
                       collected);
    }
}

} // namespace

bool isTerraformJson(const Json &document)
{
    return document.is_object() && memberAt(document, {"format_version"})
           && (memberAt(document, {"values"}) || memberAt(document, {"planned_values"})
               || memberAt(document, {"terraform_version"}));
}

Collected readTerraformJson(const Json &document, const std::string &fileName)
{
    Collected collected;
    for (const char *section : {"values", "planned_values"}) {
        if (const Json *root = memberAt(document, {section, "root_module"})) {
            readModule(*root, std::string(section) + ".root_module", fileName, collected);
            break; // a plan carries both; the planned values are what it will be
        }
    }
    return collected;
}

} // namespace Er::Import
