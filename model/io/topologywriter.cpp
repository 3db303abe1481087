#include "topologywriter.h"

#include "credentials.h"

#include <nlohmann/json.hpp>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Er {

namespace {

using Json = nlohmann::ordered_json;

template<typename T>
void put(Json &object, const char *key, const std::optional<T> &value)
{
    if (value)
        object[key] = *value;
}

// Unknown members after the known ones. Credentials are never written, whatever put them in the
// topology (the reader already drops them; this is the second line of defence).
void putExtras(Json &object, const ExtraFields &extra)
{
    for (const auto &[key, text] : extra) {
        if (object.contains(key) || isCredentialName(key))
            continue;
        object[key] = Json::parse(withoutCredentials(text, JsonPath(), nullptr));
    }
}

Json geoLocationJson(const GeoLocation &location)
{
    Json json = Json::object();
    put(json, "lat", location.lat);
    put(json, "lon", location.lon);
    put(json, "city", location.city);
    putExtras(json, location.extra);
    return json;
}

Json requirementsJson(const Requirements &requirements)
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

Json peeringJson(const Peering &peering)
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
    putExtras(json, peering.extra);
    return json;
}

void putKindFields(Json &json, const Node &node)
{
    if (const SiteFields *site = node.site()) {
        if (site->location)
            json["location"] = geoLocationJson(*site->location);
        put(json, "addressPrefixes", site->addressPrefixes);
        put(json, "internetBreakout", site->internetBreakout);
        put(json, "qosMarking", site->qosMarking);
        put(json, "internetBandwidthMbps", site->internetBandwidthMbps);
        put(json, "internetLineDiverse", site->internetLineDiverse);
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

Json nodeJson(const Node &node)
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

Json linkJson(const Link &link)
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

// The "annotations" array, written only when the design has annotations, so that a design
// without them is saved byte for byte as before they existed.
void putAnnotations(Json &document, const std::vector<Annotation> &annotations)
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

std::string errnoText(const std::string &what)
{
    return what + ": " + std::strerror(errno);
}

WriteFunction writeFunction = nullptr;

long writeSome(int fd, const void *data, std::size_t size)
{
    if (writeFunction)
        return writeFunction(fd, data, size);
    return static_cast<long>(::write(fd, data, size));
}

// Removes `.NAME.saving-XXXXXX` files left in `folder` by a killed save of the same target. A
// save of the same file running at this moment in another process then fails to rename, with a
// message, and loses nothing: the target holds this save's complete bytes.
void removeStaleTemporaries(const std::filesystem::path &folder, const std::string &fileName)
{
    namespace fs = std::filesystem;
    const std::string prefix = "." + fileName + ".saving-";
    std::error_code error;
    for (fs::directory_iterator it(folder, error), end; !error && it != end; it.increment(error)) {
        const std::string name = it->path().filename().string();
        if (name.size() == prefix.size() + 6 && name.starts_with(prefix))
            ::unlink(it->path().c_str());
    }
}

} // namespace

std::string writeTopology(const Topology &topology)
{
    Json document = Json::object();
    document["format"] = "expressroute-designer-topology";
    document["formatVersion"] = Topology::currentFormatVersion;
    put(document, "name", topology.name);
    put(document, "description", topology.description);
    if (!topology.assumptions.empty()) {
        Json assumptions = Json::object();
        putExtras(assumptions, topology.assumptions);
        document["assumptions"] = assumptions;
    }
    if (topology.pricing) {
        Json pricing = Json::object();
        put(pricing, "discountPercent", topology.pricing->discountPercent);
        putExtras(pricing, topology.pricing->extra);
        document["pricing"] = pricing;
    }
    Json nodes = Json::array();
    for (const Node &node : topology.nodes())
        nodes.push_back(nodeJson(node));
    document["nodes"] = std::move(nodes);
    Json links = Json::array();
    for (const Link &link : topology.links())
        links.push_back(linkJson(link));
    document["links"] = std::move(links);
    putAnnotations(document, topology.annotations());
    putExtras(document, topology.extra);
    return document.dump(2) + "\n";
}

std::string nodeJsonText(const Node &node)
{
    return nodeJson(node).dump();
}

std::string linkJsonText(const Link &link)
{
    return linkJson(link).dump();
}

std::optional<std::string> writeFileAtomically(const std::string &path, const std::string &bytes)
{
    namespace fs = std::filesystem;
    const fs::path target(path);
    std::error_code statusError;
    if (fs::is_directory(target, statusError))
        return path + " is a folder";
    if (!target.has_filename())
        return path + " names no file";
    const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
    std::string temporary = (folder / ("." + target.filename().string() + ".saving-XXXXXX")).string();

    const int fd = ::mkstemp(temporary.data());
    if (fd < 0)
        return errnoText("cannot create a file in " + folder.string());

    // Keep the permissions of the file being replaced; a new file gets the usual 0666 & ~umask.
    struct stat existing
    {};
    if (::stat(path.c_str(), &existing) == 0) {
        ::fchmod(fd, existing.st_mode & 07777);
    } else {
        const mode_t mask = ::umask(0);
        ::umask(mask);
        ::fchmod(fd, 0666 & ~mask);
    }

    std::optional<std::string> error;
    std::size_t written = 0;
    while (written < bytes.size() && !error) {
        const long n = writeSome(fd, bytes.data() + written, bytes.size() - written);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            error = errnoText("cannot write " + path);
        else if (n == 0)
            error = "cannot write " + path + ": the disk accepts no more bytes";
        else
            written += static_cast<std::size_t>(n);
    }
    if (!error && ::fsync(fd) != 0)
        error = errnoText("cannot flush " + path + " to disk");
    if (::close(fd) != 0 && !error)
        error = errnoText("cannot close " + path);
    if (!error && ::rename(temporary.c_str(), path.c_str()) != 0)
        error = errnoText("cannot replace " + path);
    if (error) {
        ::unlink(temporary.c_str());
        return error;
    }
    // Make the rename itself durable.
    const int dir = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    removeStaleTemporaries(folder, target.filename().string());
    return std::nullopt;
}

void setWriteFunctionForTesting(WriteFunction function)
{
    writeFunction = function;
}

std::optional<std::string> saveTopologyFile(const Topology &topology, const std::string &path)
{
    return writeFileAtomically(path, writeTopology(topology));
}

} // namespace Er
