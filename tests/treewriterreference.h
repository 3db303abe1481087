#pragma once

// Tests only: the tree-based writer the program used until the text writer (io/jsontextwriter.h)
// replaced it, kept unchanged as the reference its bytes are compared with. It builds an
// nlohmann::ordered_json tree of the design and dumps it; slow, but its bytes are the format.
// When the format gains a section, it gains it here too.

#include "model/core/topology.h"
#include "model/io/credentials.h"

#include <nlohmann/json.hpp>

#include <string>

namespace Er::Reference {

namespace tree {

using Json = nlohmann::ordered_json;

template<typename T>
inline void put(Json &object, const char *key, const std::optional<T> &value)
{
    if (value)
        object[key] = *value;
}

// Unknown members after the known ones. Credentials are never written, whatever put them in the
// topology (the reader already drops them; this is the second line of defence).
inline void putExtras(Json &object, const ExtraFields &extra)
{
    for (const auto &[key, text] : extra) {
        if (object.contains(key) || isCredentialName(key))
            continue;
        object[key] = Json::parse(withoutCredentials(text, JsonPath(), nullptr));
    }
}

inline Json geoLocationJson(const GeoLocation &location)
{
    Json json = Json::object();
    put(json, "lat", location.lat);
    put(json, "lon", location.lon);
    put(json, "city", location.city);
    putExtras(json, location.extra);
    return json;
}

inline Json requirementsJson(const Requirements &requirements)
{
    Json json = Json::object();
    put(json, "availabilityPercent", requirements.availabilityPercent);
    put(json, "maxLatencyMs", requirements.maxLatencyMs);
    put(json, "bandwidthMbps", requirements.bandwidthMbps);
    put(json, "encryptionRequired", requirements.encryptionRequired);
    put(json, "monthlyEgressGb", requirements.monthlyEgressGb);
    putExtras(json, requirements.extra);
    return json;
}

inline Json peeringJson(const Peering &peering)
{
    Json json = Json::object();
    put(json, "peeringType", peering.peeringType);
    put(json, "peerASN", peering.peerASN);
    put(json, "primaryPeerAddressPrefix", peering.primaryPeerAddressPrefix);
    put(json, "secondaryPeerAddressPrefix", peering.secondaryPeerAddressPrefix);
    put(json, "vlanId", peering.vlanId);
    put(json, "advertisedPrefixes", peering.advertisedPrefixes);
    put(json, "advertisedPrefixCount", peering.advertisedPrefixCount);
    put(json, "routeFilter", peering.routeFilter);
    put(json, "customerASN", peering.customerASN);
    put(json, "md5", peering.md5);
    put(json, "asPathPrepend", peering.asPathPrepend);
    put(json, "localPreference", peering.localPreference);
    put(json, "advertisedPublicPrefixesState", peering.advertisedPublicPrefixesState);
    putExtras(json, peering.extra);
    return json;
}

inline void putKindFields(Json &json, const Node &node)
{
    if (const SiteFields *site = node.site()) {
        if (site->location)
            json["location"] = geoLocationJson(*site->location);
        put(json, "addressPrefixes", site->addressPrefixes);
        put(json, "internetBreakout", site->internetBreakout);
        put(json, "qosMarking", site->qosMarking);
        put(json, "internetBandwidthMbps", site->internetBandwidthMbps);
        put(json, "internetLineDiverse", site->internetLineDiverse);
        put(json, "internetAdvertisedPrefixes", site->internetAdvertisedPrefixes);
        put(json, "needsVnets", site->needsVnets);
        put(json, "needsServices", site->needsServices);
        if (site->requirements)
            json["requirements"] = requirementsJson(*site->requirements);
    } else if (const CustomerEdgeFields *ce = node.customerEdge()) {
        put(json, "bfd", ce->bfd);
        put(json, "asn", ce->asn);
    } else if (const ProviderEdgeFields *pe = node.providerEdge()) {
        put(json, "provider", pe->provider);
        put(json, "peeringLocation", pe->peeringLocation);
        put(json, "connectivityModel", pe->connectivityModel);
        put(json, "serviceLayer", pe->serviceLayer);
    } else if (const CircuitFields *circuit = node.circuit()) {
        put(json, "peeringLocation", circuit->peeringLocation);
        put(json, "serviceProviderName", circuit->serviceProviderName);
        put(json, "bandwidthInMbps", circuit->bandwidthInMbps);
        put(json, "skuTier", circuit->skuTier);
        put(json, "skuFamily", circuit->skuFamily);
        put(json, "metro", circuit->metro);
        if (const auto &direct = circuit->expressRouteDirect) {
            Json port = Json::object();
            put(port, "portBandwidthInGbps", direct->portBandwidthInGbps);
            put(port, "encapsulation", direct->encapsulation);
            put(port, "macsec", direct->macsec);
            putExtras(port, direct->extra);
            json["expressRouteDirect"] = port;
        }
        if (circuit->peerings) {
            Json peerings = Json::array();
            for (const Peering &peering : *circuit->peerings)
                peerings.push_back(peeringJson(peering));
            json["peerings"] = peerings;
        }
    } else if (const AzureRegionFields *region = node.azureRegion()) {
        put(json, "region", region->region);
    } else if (const VirtualNetworkFields *vnet = node.virtualNetwork()) {
        put(json, "region", vnet->region);
        put(json, "addressPrefixes", vnet->addressPrefixes);
        put(json, "gatewaySubnetPrefix", vnet->gatewaySubnetPrefix);
        put(json, "ipAddressesInUse", vnet->ipAddressesInUse);
        if (const auto &gateway = vnet->expressRouteGateway) {
            Json object = Json::object();
            put(object, "sku", gateway->sku);
            if (const auto &units = gateway->scaleUnits) {
                Json scale = Json::object();
                put(scale, "min", units->min);
                put(scale, "max", units->max);
                putExtras(scale, units->extra);
                object["scaleUnits"] = scale;
            }
            put(object, "resiliencyValidatedOn", gateway->resiliencyValidatedOn);
            putExtras(object, gateway->extra);
            json["expressRouteGateway"] = object;
        }
        if (const auto &gateway = vnet->vpnGateway) {
            Json object = Json::object();
            put(object, "sku", gateway->sku);
            put(object, "activeActive", gateway->activeActive);
            putExtras(object, gateway->extra);
            json["vpnGateway"] = object;
        }
    }
}

inline Json nodeJson(const Node &node)
{
    Json json = Json::object();
    json["id"] = node.id;
    json["kind"] = std::string(toString(node.kind()));
    put(json, "name", node.name);
    if (node.position)
        json["position"] = Json{{"x", node.position->x}, {"y", node.position->y}};
    putKindFields(json, node);
    put(json, "availabilityPercent", node.availabilityPercent);
    put(json, "notes", node.notes);
    put(json, "providerMonthlyCost", node.providerMonthlyCost);
    put(json, "placeholder", node.placeholder);
    put(json, "pinned", node.pinned);
    putExtras(json, node.extra);
    return json;
}

inline Json linkJson(const Link &link)
{
    Json json = Json::object();
    json["id"] = link.id;
    json["kind"] = std::string(toString(link.kind));
    json["from"] = link.from;
    json["to"] = link.to;
    put(json, "role", link.role);
    put(json, "bandwidthInMbps", link.bandwidthInMbps);
    put(json, "lengthKm", link.lengthKm);
    put(json, "riskGroups", link.riskGroups);
    put(json, "routingWeight", link.routingWeight);
    put(json, "fastPath", link.fastPath);
    put(json, "addressPrefix", link.addressPrefix);
    put(json, "overExpressRoute", link.overExpressRoute);
    put(json, "bgp", link.bgp);
    put(json, "advertisedPrefixes", link.advertisedPrefixes);
    put(json, "useRemoteGateways", link.useRemoteGateways);
    put(json, "availabilityPercent", link.availabilityPercent);
    put(json, "notes", link.notes);
    put(json, "providerMonthlyCost", link.providerMonthlyCost);
    putExtras(json, link.extra);
    return json;
}

// The "annotations" array, only when the design has annotations.
inline void putAnnotations(Json &document, const std::vector<Annotation> &annotations)
{
    if (annotations.empty())
        return;
    Json list = Json::array();
    for (const Annotation &annotation : annotations) {
        Json json = Json::object();
        json["id"] = annotation.id;
        json["kind"] = std::string(toString(annotation.kind));
        json["position"] = Json{{"x", annotation.position.x}, {"y", annotation.position.y}};
        json["size"] = Json{{"width", annotation.size.width}, {"height", annotation.size.height}};
        json["text"] = annotation.text;
        put(json, "color", annotation.color);
        putExtras(json, annotation.extra);
        list.push_back(std::move(json));
    }
    document["annotations"] = std::move(list);
}

} // namespace tree

inline std::string writeTopology(const Topology &topology)
{
    tree::Json document = tree::Json::object();
    document["format"] = "expressroute-designer-topology";
    document["formatVersion"] = Topology::currentFormatVersion;
    tree::put(document, "name", topology.name);
    tree::put(document, "description", topology.description);
    if (!topology.assumptions.empty()) {
        tree::Json assumptions = tree::Json::object();
        tree::putExtras(assumptions, topology.assumptions);
        document["assumptions"] = assumptions;
    }
    if (topology.pricing) {
        tree::Json pricing = tree::Json::object();
        tree::put(pricing, "discountPercent", topology.pricing->discountPercent);
        tree::putExtras(pricing, topology.pricing->extra);
        document["pricing"] = pricing;
    }
    tree::Json nodes = tree::Json::array();
    for (const Node &node : topology.nodes())
        nodes.push_back(tree::nodeJson(node));
    document["nodes"] = std::move(nodes);
    tree::Json links = tree::Json::array();
    for (const Link &link : topology.links())
        links.push_back(tree::linkJson(link));
    document["links"] = std::move(links);
    tree::putAnnotations(document, topology.annotations());
    tree::putExtras(document, topology.extra);
    return document.dump(2) + "\n";
}

inline std::string nodeJsonText(const Node &node)
{
    return tree::nodeJson(node).dump();
}

inline std::string linkJsonText(const Link &link)
{
    return tree::linkJson(link).dump();
}

} // namespace Er::Reference
