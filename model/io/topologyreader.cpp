#include "model/io/topologyreader.h"

#include "model/core/nodereferences.h"

#include "model/core/linkrules.h"
#include "model/io/credentials.h"
#include "model/io/jsonparse.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <limits>
#include <set>
#include <sstream>
#include <system_error>
#include <thread>

namespace Er {

namespace {

using Json = nlohmann::ordered_json;

constexpr std::string_view formatName = "expressroute-designer-topology";

struct LoadFailure
{
    JsonPath path;
    std::string message;
};

// Where a value is: a chain of links on the stack up to the document, built for every object read
// but turned into a JsonPath (with its allocations) only for a message.
class Place
{
public:
    Place() = default; // the document

    Place key(std::string_view name) const { return Place(this, name, 0, false); }
    Place index(std::size_t i) const { return Place(this, {}, i, true); }

    JsonPath path() const
    {
        if (!m_parent)
            return JsonPath();
        const JsonPath parent = m_parent->path();
        return m_isIndex ? parent.index(m_index) : parent.key(std::string(m_key));
    }

private:
    Place(const Place *parent, std::string_view key, std::size_t index, bool isIndex)
        : m_parent(parent)
        , m_key(key)
        , m_index(index)
        , m_isIndex(isIndex)
    {}

    const Place *m_parent = nullptr;
    std::string_view m_key;
    std::size_t m_index = 0;
    bool m_isIndex = false;
};

std::string typeName(const Json &value)
{
    if (value.is_number_integer() || value.is_number_unsigned())
        return "an integer";
    if (value.is_number_float())
        return "a number";
    if (value.is_string())
        return "a string";
    if (value.is_boolean())
        return "a boolean";
    if (value.is_null())
        return "null";
    if (value.is_array())
        return "an array";
    return "an object";
}

[[noreturn]] void failType(const Place &place, std::string_view expected, const Json &value)
{
    throw LoadFailure{place.path(),
                      "expected " + std::string(expected) + ", found " + typeName(value)};
}

// Reads one JSON object's members by name and remembers which it asked for, so that the members
// it does not know are kept, in order, as extra fields. The strings it returns are moved out of
// the parsed document, which is read once and then dropped.
class ObjectReader
{
public:
    // Warnings (removed credentials) are added to `warnings`.
    ObjectReader(Json &object, Place place, std::vector<std::string> &warnings)
        : m_object(object)
        , m_place(place)
        , m_warnings(warnings)
    {
        if (!object.is_object())
            failType(m_place, "an object", object);
        if (object.size() > maxFlaggedMembers)
            m_knownBeyond.resize(object.size() - maxFlaggedMembers);
    }

    const Place &place() const { return m_place; }
    std::vector<std::string> &warnings() const { return m_warnings; }

    // Marks the member asked for by its position: a scan of the object's few members, with no
    // allocation, is what keeps loading 10,000 sites fast (docs/performance.md).
    Json *member(std::string_view key)
    {
        auto &members = m_object.get_ref<Json::object_t &>();
        std::size_t index = 0;
        for (auto it = members.begin(); it != members.end(); ++it, ++index) {
            if (it->first == key) {
                markKnown(index);
                return &it->second;
            }
        }
        return nullptr;
    }

    std::optional<std::string> string(std::string_view key)
    {
        Json *value = member(key);
        if (!value)
            return std::nullopt;
        if (!value->is_string())
            failType(m_place.key(key), "a string", *value);
        return std::move(value->get_ref<std::string &>());
    }

    std::optional<bool> boolean(std::string_view key)
    {
        const Json *value = member(key);
        if (!value)
            return std::nullopt;
        if (!value->is_boolean())
            failType(m_place.key(key), "true or false", *value);
        return value->get<bool>();
    }

    std::optional<std::int64_t> integer(std::string_view key)
    {
        const Json *value = member(key);
        if (!value)
            return std::nullopt;
        if (value->is_number_unsigned()) {
            const auto number = value->get<std::uint64_t>();
            if (number > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
                throw LoadFailure{m_place.key(key).path(),
                                  "integer " + value->dump() + " is out of range"};
            }
            return static_cast<std::int64_t>(number);
        }
        if (!value->is_number_integer())
            failType(m_place.key(key), "an integer", *value);
        return value->get<std::int64_t>();
    }

    std::optional<double> number(std::string_view key)
    {
        const Json *value = member(key);
        if (!value)
            return std::nullopt;
        if (!value->is_number())
            failType(m_place.key(key), "a number", *value);
        return value->get<double>();
    }

    std::optional<StringList> stringList(std::string_view key)
    {
        Json *value = member(key);
        if (!value)
            return std::nullopt;
        const Place listPlace = m_place.key(key);
        if (!value->is_array())
            failType(listPlace, "an array of strings", *value);
        StringList list;
        list.reserve(value->size());
        for (std::size_t i = 0; i < value->size(); ++i) {
            Json &item = (*value)[i];
            if (!item.is_string())
                failType(listPlace.index(i), "a string", item);
            list.push_back(std::move(item.get_ref<std::string &>()));
        }
        return list;
    }

    // A nested object member, read by `read`, which receives an ObjectReader for it.
    template<typename T, typename ReadFunction>
    std::optional<T> object(std::string_view key, ReadFunction read)
    {
        Json *value = member(key);
        if (!value)
            return std::nullopt;
        ObjectReader nested(*value, m_place.key(key), m_warnings);
        return std::optional<T>(read(nested));
    }

    // The members not asked for, in order, without credentials (dropped with a warning).
    ExtraFields extras() const
    {
        ExtraFields fields;
        std::size_t index = 0;
        for (auto it = m_object.begin(); it != m_object.end(); ++it, ++index) {
            if (isKnown(index))
                continue;
            const Place memberPlace = m_place.key(it.key());
            if (isCredentialName(it.key())) {
                m_warnings.push_back(credentialRemovedWarning(memberPlace.path()));
                continue;
            }
            std::string text = it.value().dump();
            // Only objects hold credentials; a plain value needs no place (io/credentials.h).
            if (text.find('{') != std::string::npos)
                text = withoutCredentials(text, memberPlace.path(), &m_warnings);
            fields.emplace_back(it.key(), std::move(text));
        }
        return fields;
    }

private:
    static constexpr std::size_t maxFlaggedMembers = 64;

    void markKnown(std::size_t index)
    {
        if (index < maxFlaggedMembers)
            m_knownFlags |= std::uint64_t{1} << index;
        else
            m_knownBeyond[index - maxFlaggedMembers] = true;
    }

    bool isKnown(std::size_t index) const
    {
        return index < maxFlaggedMembers ? (m_knownFlags >> index) & 1
                                         : m_knownBeyond[index - maxFlaggedMembers];
    }

    Json &m_object;
    Place m_place;
    std::vector<std::string> &m_warnings;
    std::uint64_t m_knownFlags = 0;  // by member position, the first 64
    std::vector<bool> m_knownBeyond; // and any after them
};

GeoLocation readGeoLocation(ObjectReader &r)
{
    GeoLocation location;
    location.lat = r.number("lat");
    location.lon = r.number("lon");
    location.city = r.string("city");
    location.extra = r.extras();
    return location;
}

Requirements readRequirements(ObjectReader &r)
{
    Requirements requirements;
    requirements.availabilityPercent = r.number("availabilityPercent");
    requirements.maxLatencyMs = r.number("maxLatencyMs");
    requirements.bandwidthMbps = r.number("bandwidthMbps");
    requirements.encryptionRequired = r.boolean("encryptionRequired");
    requirements.monthlyEgressGb = r.number("monthlyEgressGb");
    requirements.extra = r.extras();
    return requirements;
}

Peering readPeering(ObjectReader &r)
{
    Peering peering;
    peering.peeringType = r.string("peeringType");
    peering.peerASN = r.integer("peerASN");
    peering.primaryPeerAddressPrefix = r.string("primaryPeerAddressPrefix");
    peering.secondaryPeerAddressPrefix = r.string("secondaryPeerAddressPrefix");
    peering.vlanId = r.integer("vlanId");
    peering.advertisedPrefixes = r.stringList("advertisedPrefixes");
    peering.advertisedPrefixCount = r.integer("advertisedPrefixCount");
    peering.routeFilter = r.stringList("routeFilter");
    peering.customerASN = r.integer("customerASN");
    peering.md5 = r.boolean("md5");
    peering.asPathPrepend = r.integer("asPathPrepend");
    peering.localPreference = r.integer("localPreference");
    peering.advertisedPublicPrefixesState = r.string("advertisedPublicPrefixesState");
    peering.extra = r.extras();
    return peering;
}

ExpressRouteDirectPort readDirect(ObjectReader &r)
{
    ExpressRouteDirectPort direct;
    direct.portBandwidthInGbps = r.number("portBandwidthInGbps");
    direct.encapsulation = r.string("encapsulation");
    direct.macsec = r.boolean("macsec");
    direct.extra = r.extras();
    return direct;
}

ExpressRouteGateway readErGateway(ObjectReader &r)
{
    ExpressRouteGateway gateway;
    gateway.sku = r.string("sku");
    gateway.scaleUnits = r.object<ScaleUnits>("scaleUnits", [](ObjectReader &s) {
        ScaleUnits units;
        units.min = s.integer("min");
        units.max = s.integer("max");
        units.extra = s.extras();
        return units;
    });
    gateway.resiliencyValidatedOn = r.string("resiliencyValidatedOn");
    gateway.extra = r.extras();
    return gateway;
}

VpnGateway readVpnGateway(ObjectReader &r)
{
    VpnGateway gateway;
    gateway.sku = r.string("sku");
    gateway.activeActive = r.boolean("activeActive");
    gateway.extra = r.extras();
    return gateway;
}

void readKindFields(ObjectReader &r, Node &node)
{
    if (SiteFields *site = node.site()) {
        site->location = r.object<GeoLocation>("location", readGeoLocation);
        site->addressPrefixes = r.stringList("addressPrefixes");
        site->internetBreakout = r.boolean("internetBreakout");
        site->qosMarking = r.boolean("qosMarking");
        site->internetBandwidthMbps = r.number("internetBandwidthMbps");
        site->internetLineDiverse = r.boolean("internetLineDiverse");
        site->internetAdvertisedPrefixes = r.stringList("internetAdvertisedPrefixes");
        site->needsVnets = r.stringList("needsVnets");
        site->needsServices = r.stringList("needsServices");
        site->requirements = r.object<Requirements>("requirements", readRequirements);
    } else if (CustomerEdgeFields *ce = node.customerEdge()) {
        ce->bfd = r.boolean("bfd");
        ce->asn = r.integer("asn");
    } else if (ProviderEdgeFields *pe = node.providerEdge()) {
        pe->provider = r.string("provider");
        pe->peeringLocation = r.string("peeringLocation");
        pe->connectivityModel = r.string("connectivityModel");
        pe->serviceLayer = r.string("serviceLayer");
    } else if (CircuitFields *circuit = node.circuit()) {
        circuit->peeringLocation = r.string("peeringLocation");
        circuit->serviceProviderName = r.string("serviceProviderName");
        circuit->bandwidthInMbps = r.integer("bandwidthInMbps");
        circuit->skuTier = r.string("skuTier");
        circuit->skuFamily = r.string("skuFamily");
        circuit->metro = r.boolean("metro");
        circuit->expressRouteDirect = r.object<ExpressRouteDirectPort>("expressRouteDirect",
                                                                       readDirect);
        if (Json *peerings = r.member("peerings")) {
            const Place place = r.place().key("peerings");
            if (!peerings->is_array())
                failType(place, "an array of peerings", *peerings);
            circuit->peerings.emplace();
            circuit->peerings->reserve(peerings->size());
            for (std::size_t i = 0; i < peerings->size(); ++i) {
                ObjectReader peering((*peerings)[i], place.index(i), r.warnings());
                circuit->peerings->push_back(readPeering(peering));
            }
        }
    } else if (AzureRegionFields *region = node.azureRegion()) {
        region->region = r.string("region");
    } else if (VirtualNetworkFields *vnet = node.virtualNetwork()) {
        vnet->region = r.string("region");
        vnet->addressPrefixes = r.stringList("addressPrefixes");
        vnet->gatewaySubnetPrefix = r.string("gatewaySubnetPrefix");
        vnet->ipAddressesInUse = r.integer("ipAddressesInUse");
        vnet->expressRouteGateway = r.object<ExpressRouteGateway>("expressRouteGateway",
                                                                  readErGateway);
        vnet->vpnGateway = r.object<VpnGateway>("vpnGateway", readVpnGateway);
    }
}

std::string requiredId(ObjectReader &r)
{
    const auto id = r.string("id");
    if (!id)
        throw LoadFailure{r.place().path(), "missing \"id\""};
    if (id->empty())
        throw LoadFailure{r.place().key("id").path(), "an id must not be empty"};
    return *id;
}

Node readNode(ObjectReader &r)
{
    const std::string id = requiredId(r);
    const auto kindText = r.string("kind");
    if (!kindText)
        throw LoadFailure{r.place().path(), "node \"" + id + "\" has no \"kind\""};
    const auto kind = nodeKindFromString(*kindText);
    if (!kind) {
        throw LoadFailure{r.place().key("kind").path(),
                          "unknown node kind \"" + *kindText
                              + "\" (expected site, customerEdge, providerEdge, circuit, "
                                "azureRegion or virtualNetwork)"};
    }
    Node node = makeNode(*kind, id);
    node.name = r.string("name");
    node.position = r.object<Point>("position", [](ObjectReader &p) {
        const auto x = p.number("x");
        const auto y = p.number("y");
        if (!x || !y)
            throw LoadFailure{p.place().path(), "a position needs both \"x\" and \"y\""};
        return Point{*x, *y};
    });
    readKindFields(r, node);
    node.availabilityPercent = r.number("availabilityPercent");
    node.notes = r.string("notes");
    node.providerMonthlyCost = r.number("providerMonthlyCost");
    node.placeholder = r.boolean("placeholder");
    node.pinned = r.boolean("pinned");
    node.extra = r.extras();
    return node;
}

Link readLink(ObjectReader &r)
{
    Link link;
    link.id = requiredId(r);
    const auto kindText = r.string("kind");
    if (!kindText)
        throw LoadFailure{r.place().path(), "link \"" + link.id + "\" has no \"kind\""};
    const auto kind = linkKindFromString(*kindText);
    if (!kind) {
        throw LoadFailure{r.place().key("kind").path(),
                          "unknown link kind \"" + *kindText
                              + "\" (expected lan, access, circuitPort, connection, globalReach, "
                                "vpn or vnetPeering)"};
    }
    link.kind = *kind;
    const auto from = r.string("from");
    const auto to = r.string("to");
    if (!from)
        throw LoadFailure{r.place().path(), "link \"" + link.id + "\" has no \"from\""};
    if (!to)
        throw LoadFailure{r.place().path(), "link \"" + link.id + "\" has no \"to\""};
    link.from = *from;
    link.to = *to;
    link.role = r.string("role");
    link.bandwidthInMbps = r.integer("bandwidthInMbps");
    link.lengthKm = r.number("lengthKm");
    link.riskGroups = r.stringList("riskGroups");
    link.routingWeight = r.integer("routingWeight");
    link.fastPath = r.boolean("fastPath");
    link.addressPrefix = r.string("addressPrefix");
    link.overExpressRoute = r.boolean("overExpressRoute");
    link.bgp = r.boolean("bgp");
    link.advertisedPrefixes = r.stringList("advertisedPrefixes");
    link.useRemoteGateways = r.boolean("useRemoteGateways");
    link.availabilityPercent = r.number("availabilityPercent");
    link.notes = r.string("notes");
    link.providerMonthlyCost = r.number("providerMonthlyCost");
    link.extra = r.extras();
    return link;
}

Annotation readAnnotation(ObjectReader &r)
{
    Annotation annotation;
    annotation.id = requiredId(r);
    const auto kindText = r.string("kind");
    if (!kindText)
        throw LoadFailure{r.place().path(), "annotation \"" + annotation.id + "\" has no \"kind\""};
    const auto kind = annotationKindFromString(*kindText);
    if (!kind) {
        throw LoadFailure{r.place().key("kind").path(), "unknown annotation kind \"" + *kindText
                                                            + "\" (expected note or rectangle)"};
    }
    annotation.kind = *kind;
    const auto position = r.object<Point>("position", [](ObjectReader &p) {
        const auto x = p.number("x");
        const auto y = p.number("y");
        if (!x || !y)
            throw LoadFailure{p.place().path(), "a position needs both \"x\" and \"y\""};
        return Point{*x, *y};
    });
    if (!position)
        throw LoadFailure{r.place().path(),
                          "annotation \"" + annotation.id + "\" has no \"position\""};
    annotation.position = *position;
    const auto size = r.object<Size>("size", [](ObjectReader &p) {
        const auto width = p.number("width");
        const auto height = p.number("height");
        if (!width || !height)
            throw LoadFailure{p.place().path(), "a size needs both \"width\" and \"height\""};
        if (!(*width > 0))
            throw LoadFailure{p.place().key("width").path(), "a width must be greater than 0"};
        if (!(*height > 0))
            throw LoadFailure{p.place().key("height").path(), "a height must be greater than 0"};
        return Size{*width, *height};
    });
    if (!size)
        throw LoadFailure{r.place().path(), "annotation \"" + annotation.id + "\" has no \"size\""};
    annotation.size = *size;
    annotation.text = r.string("text").value_or("");
    annotation.color = r.string("color");
    if (annotation.color && !isAnnotationColor(*annotation.color)) {
        throw LoadFailure{r.place().key("color").path(),
                          "\"" + *annotation.color + "\" is not a colour like \"#ffcc00\""};
    }
    annotation.extra = r.extras();
    return annotation;
}

// The optional "annotations" array (added December 2026): notes and rectangles.
void readAnnotations(ObjectReader &top, Topology &topology)
{
    Json *annotations = top.member("annotations");
    if (!annotations)
        return;
    const Place listPlace = top.place().key("annotations");
    if (!annotations->is_array())
        failType(listPlace, "an array", *annotations);
    for (std::size_t i = 0; i < annotations->size(); ++i) {
        ObjectReader reader((*annotations)[i], listPlace.index(i), top.warnings());
        Annotation annotation = readAnnotation(reader);
        const std::string id = annotation.id;
        if (!topology.addAnnotation(std::move(annotation)))
            throw LoadFailure{reader.place().key("id").path(), "duplicate id \"" + id + "\""};
    }
}

Json &requiredArray(ObjectReader &top, const std::string &key)
{
    Json *value = top.member(key);
    if (!value)
        throw LoadFailure{JsonPath(), "missing \"" + key + "\" (an array, possibly empty)"};
    if (!value->is_array())
        failType(top.place().key(key), "an array", *value);
    return *value;
}

// The cross-references: link ends, VNet regions, needed VNets.
void checkReferences(const Topology &topology)
{
    const Place root;
    const Place nodesPlace = root.key("nodes");
    const auto &nodes = topology.nodes();
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        const Node &node = nodes[i];
        const Place place = nodesPlace.index(i);
        forEachReference(node, [&](const NodeReference &reference, const std::string &id,
                                   std::optional<std::size_t> index) {
            const Node *target = topology.node(id);
            if (!target || target->kind() != reference.target) {
                const Place field = place.key(reference.key);
                throw LoadFailure{(index ? field.index(*index) : field).path(),
                                  "no " + std::string(toString(reference.target))
                                      + " node with id \"" + id + "\""};
            }
        });
    }
    const auto &links = topology.links();
    for (std::size_t i = 0; i < links.size(); ++i) {
        const Link &link = links[i];
        // The ends as the topology resolved them when the link was added, after every node.
        const Node *from = topology.linkFrom(i);
        const Node *to = topology.linkTo(i);
        const auto path = [i] { return JsonPath().key("links").index(i); };
        if (!from)
            throw LoadFailure{path().key("from"), "no node with id \"" + link.from + "\""};
        if (!to)
            throw LoadFailure{path().key("to"), "no node with id \"" + link.to + "\""};
        if (!canJoin(link.kind, from->kind(), to->kind())) {
            const LinkEndRule &rule = linkEndRule(link.kind);
            throw LoadFailure{path(), "a " + std::string(toString(link.kind)) + " link joins "
                                          + describeKinds(rule.from) + " to "
                                          + describeKinds(rule.to) + ", not "
                                          + std::string(toString(from->kind())) + " \"" + from->id
                                          + "\" to " + std::string(toString(to->kind())) + " \""
                                          + to->id + "\""};
        }
    }
}

Topology readDocument(Json &document, std::vector<std::string> &warnings)
{
    const Place root;
    ObjectReader top(document, root, warnings);
    const auto format = top.string("format");
    if (!format)
        throw LoadFailure{JsonPath(), "missing \"format\": not an ExpressRoute Designer topology"};
    if (*format != formatName) {
        throw LoadFailure{JsonPath().key("format"),
                          "\"" + *format + "\" is not \"" + std::string(formatName) + "\""};
    }
    const auto version = top.integer("formatVersion");
    if (!version)
        throw LoadFailure{JsonPath(), "missing \"formatVersion\""};
    if (*version > Topology::currentFormatVersion) {
        throw LoadFailure{JsonPath().key("formatVersion"),
                          "format version " + std::to_string(*version)
                              + " is newer than this program reads (version "
                              + std::to_string(Topology::currentFormatVersion)
                              + "); open it with a newer ExpressRoute Designer"};
    }
    if (*version < 1) {
        throw LoadFailure{JsonPath().key("formatVersion"),
                          "format version " + std::to_string(*version) + " does not exist"};
    }

    Topology topology;
    topology.name = top.string("name");
    topology.description = top.string("description");
    if (Json *assumptions = top.member("assumptions")) {
        ObjectReader reader(*assumptions, root.key("assumptions"), warnings);
        topology.assumptions = reader.extras();
    }
    topology.pricing = top.object<Pricing>("pricing", [](ObjectReader &p) {
        Pricing pricing;
        pricing.discountPercent = p.number("discountPercent");
        pricing.extra = p.extras();
        return pricing;
    });
    Json &nodes = requiredArray(top, "nodes");
    Json &links = requiredArray(top, "links");

    topology.reserve(nodes.size(), links.size());
    const Place nodesPlace = root.key("nodes");
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        ObjectReader reader(nodes[i], nodesPlace.index(i), warnings);
        Node node = readNode(reader);
        const std::string id = node.id;
        if (!topology.addNode(std::move(node)))
            throw LoadFailure{reader.place().key("id").path(), "duplicate id \"" + id + "\""};
    }
    const Place linksPlace = root.key("links");
    for (std::size_t i = 0; i < links.size(); ++i) {
        ObjectReader reader(links[i], linksPlace.index(i), warnings);
        Link link = readLink(reader);
        const std::string id = link.id;
        if (!topology.addLink(std::move(link)))
            throw LoadFailure{reader.place().key("id").path(), "duplicate id \"" + id + "\""};
    }
    readAnnotations(top, topology);
    topology.extra = top.extras();
    checkReferences(topology);
    return topology;
}

} // namespace

LoadResult readTopology(const std::string &bytes,
                        const std::string &fileName,
                        const ReadLimits &limits)
{
    LoadResult result;
    ParsedJson parsed = parseJsonDocument(bytes, fileName, limits, "design", "links");
    if (!parsed.document) {
        result.error = std::move(parsed.error);
        return result;
    }
    Json &document = *parsed.document;
    try {
        result.topology = readDocument(document, result.warnings);
    } catch (const LoadFailure &failure) {
        result.error = errorAtJsonPath(fileName, bytes, failure.path, failure.message);
    } catch (const nlohmann::json::exception &error) {
        result.error = LoadError{fileName, 0, 0, {}, error.what()};
    }
    // Freeing the tree of a large file is a tenth of reading it (a million small blocks at
    // 10,000 sites): another thread does that while the caller goes on with the design.
    if (bytes.size() >= largeJsonBytes) {
        try {
            std::thread([](Json) {}, std::move(document)).detach();
        } catch (const std::system_error &) { // no thread to be had: freed here after all
        }
    }
    return result;
}

LoadResult readTopologyFile(const std::string &path, const ReadLimits &limits)
{
    FileBytes file = readFileBytes(path, limits, "design");
    if (!file.bytes) {
        LoadResult result;
        result.error = std::move(file.error);
        return result;
    }
    return readTopology(*file.bytes, path, limits);
}

} // namespace Er
