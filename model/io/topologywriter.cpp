#include "model/io/topologywriter.h"

#include "model/io/jsontextwriter.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <functional>
#include <string_view>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Er {

namespace {

using Layout = JsonTextWriter::Layout;

// One function per object of the format (docs/spec/topology-format.md), each writing its members
// in the spec's order and its unknown members last. A new section of the format is one more such
// function and one more line in writeDocument.

void writeGeoLocation(JsonTextWriter &w, const GeoLocation &location)
{
    w.beginObject();
    w.member("lat", location.lat);
    w.member("lon", location.lon);
    w.member("city", location.city);
    w.extras(location.extra);
    w.endObject();
}

void writeRequirements(JsonTextWriter &w, const Requirements &requirements)
{
    w.beginObject();
    w.member("availabilityPercent", requirements.availabilityPercent);
    w.member("maxLatencyMs", requirements.maxLatencyMs);
    w.member("bandwidthMbps", requirements.bandwidthMbps);
    w.member("encryptionRequired", requirements.encryptionRequired);
    w.member("monthlyEgressGb", requirements.monthlyEgressGb);
    w.extras(requirements.extra);
    w.endObject();
}

void writePeering(JsonTextWriter &w, const Peering &peering)
{
    w.beginObject();
    w.member("peeringType", peering.peeringType);
    w.member("peerASN", peering.peerASN);
    w.member("primaryPeerAddressPrefix", peering.primaryPeerAddressPrefix);
    w.member("secondaryPeerAddressPrefix", peering.secondaryPeerAddressPrefix);
    w.member("vlanId", peering.vlanId);
    w.member("advertisedPrefixes", peering.advertisedPrefixes);
    w.member("advertisedPrefixCount", peering.advertisedPrefixCount);
    w.member("routeFilter", peering.routeFilter);
    w.member("customerASN", peering.customerASN);
    w.member("md5", peering.md5);
    w.member("asPathPrepend", peering.asPathPrepend);
    w.member("localPreference", peering.localPreference);
    w.member("advertisedPublicPrefixesState", peering.advertisedPublicPrefixesState);
    w.extras(peering.extra);
    w.endObject();
}

void writeDirectPort(JsonTextWriter &w, const ExpressRouteDirectPort &port)
{
    w.beginObject();
    w.member("portBandwidthInGbps", port.portBandwidthInGbps);
    w.member("encapsulation", port.encapsulation);
    w.member("macsec", port.macsec);
    w.extras(port.extra);
    w.endObject();
}

void writePeerings(JsonTextWriter &w, const std::vector<Peering> &peerings)
{
    w.beginArray();
    for (const Peering &peering : peerings)
        writePeering(w, peering);
    w.endArray();
}

void writeScaleUnits(JsonTextWriter &w, const ScaleUnits &units)
{
    w.beginObject();
    w.member("min", units.min);
    w.member("max", units.max);
    w.extras(units.extra);
    w.endObject();
}

void writeErGateway(JsonTextWriter &w, const ExpressRouteGateway &gateway)
{
    w.beginObject();
    w.member("sku", gateway.sku);
    w.member("scaleUnits", gateway.scaleUnits, writeScaleUnits);
    w.member("resiliencyValidatedOn", gateway.resiliencyValidatedOn);
    w.extras(gateway.extra);
    w.endObject();
}

void writeVpnGateway(JsonTextWriter &w, const VpnGateway &gateway)
{
    w.beginObject();
    w.member("sku", gateway.sku);
    w.member("activeActive", gateway.activeActive);
    w.extras(gateway.extra);
    w.endObject();
}

void writePosition(JsonTextWriter &w, const Point &position)
{
    w.beginObject();
    w.member("x", position.x);
    w.member("y", position.y);
    w.endObject();
}

void writeKindFields(JsonTextWriter &w, const Node &node)
{
    if (const SiteFields *site = node.site()) {
        w.member("location", site->location, writeGeoLocation);
        w.member("addressPrefixes", site->addressPrefixes);
        w.member("internetBreakout", site->internetBreakout);
        w.member("qosMarking", site->qosMarking);
        w.member("internetBandwidthMbps", site->internetBandwidthMbps);
        w.member("internetLineDiverse", site->internetLineDiverse);
        w.member("internetAdvertisedPrefixes", site->internetAdvertisedPrefixes);
        w.member("needsVnets", site->needsVnets);
        w.member("needsServices", site->needsServices);
        w.member("requirements", site->requirements, writeRequirements);
    } else if (const CustomerEdgeFields *ce = node.customerEdge()) {
        w.member("bfd", ce->bfd);
        w.member("asn", ce->asn);
    } else if (const ProviderEdgeFields *pe = node.providerEdge()) {
        w.member("provider", pe->provider);
        w.member("peeringLocation", pe->peeringLocation);
        w.member("connectivityModel", pe->connectivityModel);
        w.member("serviceLayer", pe->serviceLayer);
    } else if (const CircuitFields *circuit = node.circuit()) {
        w.member("peeringLocation", circuit->peeringLocation);
        w.member("serviceProviderName", circuit->serviceProviderName);
        w.member("bandwidthInMbps", circuit->bandwidthInMbps);
        w.member("skuTier", circuit->skuTier);
        w.member("skuFamily", circuit->skuFamily);
        w.member("metro", circuit->metro);
        w.member("expressRouteDirect", circuit->expressRouteDirect, writeDirectPort);
        w.member("peerings", circuit->peerings, writePeerings);
    } else if (const AzureRegionFields *region = node.azureRegion()) {
        w.member("region", region->region);
    } else if (const VirtualNetworkFields *vnet = node.virtualNetwork()) {
        w.member("region", vnet->region);
        w.member("addressPrefixes", vnet->addressPrefixes);
        w.member("gatewaySubnetPrefix", vnet->gatewaySubnetPrefix);
        w.member("ipAddressesInUse", vnet->ipAddressesInUse);
        w.member("expressRouteGateway", vnet->expressRouteGateway, writeErGateway);
        w.member("vpnGateway", vnet->vpnGateway, writeVpnGateway);
    }
}

void writeNode(JsonTextWriter &w, const Node &node)
{
    w.beginObject();
    w.member("id", node.id);
    w.member("kind", toString(node.kind()));
    w.member("name", node.name);
    w.member("position", node.position, writePosition);
    writeKindFields(w, node);
    w.member("availabilityPercent", node.availabilityPercent);
    w.member("notes", node.notes);
    w.member("providerMonthlyCost", node.providerMonthlyCost);
    w.member("placeholder", node.placeholder);
    w.member("pinned", node.pinned);
    w.extras(node.extra);
    w.endObject();
}

void writeLink(JsonTextWriter &w, const Link &link)
{
    w.beginObject();
    w.member("id", link.id);
    w.member("kind", toString(link.kind));
    w.member("from", link.from);
    w.member("to", link.to);
    w.member("role", link.role);
    w.member("bandwidthInMbps", link.bandwidthInMbps);
    w.member("lengthKm", link.lengthKm);
    w.member("riskGroups", link.riskGroups);
    w.member("routingWeight", link.routingWeight);
    w.member("fastPath", link.fastPath);
    w.member("addressPrefix", link.addressPrefix);
    w.member("overExpressRoute", link.overExpressRoute);
    w.member("bgp", link.bgp);
    w.member("advertisedPrefixes", link.advertisedPrefixes);
    w.member("useRemoteGateways", link.useRemoteGateways);
    w.member("availabilityPercent", link.availabilityPercent);
    w.member("notes", link.notes);
    w.member("providerMonthlyCost", link.providerMonthlyCost);
    w.extras(link.extra);
    w.endObject();
}

void writePricing(JsonTextWriter &w, const Pricing &pricing)
{
    w.beginObject();
    w.member("discountPercent", pricing.discountPercent);
    w.extras(pricing.extra);
    w.endObject();
}

void writeSize(JsonTextWriter &w, const Size &size)
{
    w.beginObject();
    w.member("width", size.width);
    w.member("height", size.height);
    w.endObject();
}

void writeAnnotation(JsonTextWriter &w, const Annotation &annotation)
{
    w.beginObject();
    w.member("id", annotation.id);
    w.member("kind", toString(annotation.kind));
    w.key("position");
    writePosition(w, annotation.position);
    w.key("size");
    writeSize(w, annotation.size);
    w.member("text", annotation.text);
    w.member("color", annotation.color);
    w.extras(annotation.extra);
    w.endObject();
}

void writeDocument(JsonTextWriter &w, const Topology &topology)
{
    w.beginObject();
    w.member("format", "expressroute-designer-topology");
    w.member("formatVersion", std::int64_t{Topology::currentFormatVersion});
    w.member("name", topology.name);
    w.member("description", topology.description);
    if (!topology.assumptions.empty()) {
        w.key("assumptions");
        w.beginObject();
        w.extras(topology.assumptions);
        w.endObject();
    }
    w.member("pricing", topology.pricing, writePricing);
    w.arrayMember("nodes", topology.nodes(), writeNode);
    w.arrayMember("links", topology.links(), writeLink);
    // Written only when there are some, so that a design without them is saved byte for byte
    // as before they existed.
    if (!topology.annotations().empty())
        w.arrayMember("annotations", topology.annotations(), writeAnnotation);
    w.extras(topology.extra);
    w.endObject();
}

// Room for the whole text, so that it is written once without growing: more than a node or a link
// of the generated designs takes (about 420 and 250 bytes); reserving more than is used costs
// only address space.
std::size_t expectedSize(const Topology &topology)
{
    return 4096 + 640 * topology.nodes().size() + 384 * topology.links().size();
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
    JsonTextWriter writer(Layout::Indented, expectedSize(topology));
    writeDocument(writer, topology);
    writer.finalNewline();
    return writer.takeText();
}

std::string nodeJsonText(const Node &node)
{
    JsonTextWriter writer(Layout::Compact, 1024);
    writeNode(writer, node);
    return writer.takeText();
}

std::string linkJsonText(const Link &link)
{
    JsonTextWriter writer(Layout::Compact, 1024);
    writeLink(writer, link);
    return writer.takeText();
}

namespace {

// Hands the bytes of a file over piece by piece, in order, to the function it receives.
using ByteSource = std::function<void(const std::function<void(std::string_view)> &emit)>;

// Thrown out of a ByteSource once a piece could not be written: the rest is not worth producing.
struct WritingStopped
{};

// writeFileAtomically with the bytes produced while writing, so that a large file never has to be
// held whole in memory.
std::optional<std::string> writeFileAtomicallyFrom(const std::string &path, const ByteSource &source)
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
    const auto emit = [&](std::string_view bytes) {
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
        if (error)
            throw WritingStopped{};
    };
    try {
        source(emit);
    } catch (const WritingStopped &) {
    } catch (...) { // the design cannot be written (text that is not UTF-8): no file is left
        ::close(fd);
        ::unlink(temporary.c_str());
        throw;
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

} // namespace

std::optional<std::string> writeFileAtomically(const std::string &path, const std::string &bytes)
{
    return writeFileAtomicallyFrom(path, [&bytes](const auto &emit) { emit(bytes); });
}

void setWriteFunctionForTesting(WriteFunction function)
{
    writeFunction = function;
}

std::optional<std::string> saveTopologyFile(const Topology &topology, const std::string &path)
{
    // Written to the file a megabyte at a time, from one buffer: no text of the whole design is
    // built, nor its pages faulted in and handed back to the system on each save.
    constexpr std::size_t pieceBytes = 1 << 20;
    return writeFileAtomicallyFrom(path, [&topology](const auto &emit) {
        JsonTextWriter writer(Layout::Indented, pieceBytes + pieceBytes / 4);
        writer.handOverEvery(pieceBytes, emit);
        writeDocument(writer, topology);
        writer.finalNewline();
        emit(writer.text());
    });
}

} // namespace Er
