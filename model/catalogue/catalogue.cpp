#include "model/catalogue/catalogue.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <limits>
#include <optional>
#include <set>
#include <stdexcept>
#include <unordered_map>

namespace Er::Embedded {
extern const std::pair<std::string_view, std::string_view> catalogueFiles[];
extern const int catalogueFilesCount;
} // namespace Er::Embedded

namespace Er {

namespace {

using Json = nlohmann::json;

// Loaded in this order: later files refer to entries of earlier ones.
constexpr std::array<std::string_view, 7> fileNames = {"regions.json",
                                                       "peering-locations.json",
                                                       "metro-locations.json",
                                                       "circuits.json",
                                                       "gateways.json",
                                                       "services.json",
                                                       "asns.json"};

struct StringHash
{
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const
    {
        return std::hash<std::string_view>{}(text);
    }
};

// Name -> position in a vector of the catalogue.
using Index = std::unordered_map<std::string, std::size_t, StringHash, std::equal_to<>>;

struct AsnRange
{
    std::int64_t first = 0;
    std::int64_t last = 0;
};

struct DirectPort
{
    double portGbps = 0;
    std::vector<std::int64_t> circuitBandwidthsMbps;
    int fastPathIpLimit = 0; // 0: not known for this port size
};

struct Tier
{
    bool premiumLinks = false;
    int privatePeeringPrefixes = 0;
};

// A value in a catalogue document, with its place ("regions[3].coordinates.lat") for errors.
class Node
{
public:
    Node(const Json &json, const std::string &file, std::string path)
        : m_json(&json)
        , m_file(&file)
        , m_path(std::move(path))
    {}

    [[noreturn]] void fail(const std::string &what) const
    {
        throw std::runtime_error(*m_file + ": " + (m_path.empty() ? "top level" : m_path) + ": "
                                 + what);
    }

    std::optional<Node> find(std::string_view key) const
    {
        const auto it = expect(m_json->is_object(), "an object").find(std::string(key));
        if (it == m_json->end())
            return std::nullopt;
        return Node(*it, *m_file, (m_path.empty() ? "" : m_path + '.') + std::string(key));
    }

    Node operator[](std::string_view key) const
    {
        if (std::optional<Node> child = find(key))
            return *child;
        fail('"' + std::string(key) + "\" is missing");
    }

    std::vector<Node> elements() const
    {
        std::vector<Node> nodes;
        for (std::size_t i = 0; i < expect(m_json->is_array(), "an array").size(); ++i)
            nodes.emplace_back((*m_json)[i], *m_file, m_path + '[' + std::to_string(i) + ']');
        return nodes;
    }

    bool isNull() const { return m_json->is_null(); }
    std::string text() const { return expect(m_json->is_string(), "a string").get<std::string>(); }
    bool boolean() const { return expect(m_json->is_boolean(), "true or false").get<bool>(); }

    std::string name() const
    {
        std::string value = text();
        if (value.empty())
            fail("must not be empty");
        return value;
    }

    std::int64_t integer(std::int64_t min, std::int64_t max) const
    {
        expect(m_json->is_number_integer(), "an integer");
        const bool huge = m_json->is_number_unsigned()
                          && m_json->get<std::uint64_t>() > 0xFFFFFFFFu;
        const std::int64_t value = huge ? 0 : m_json->get<std::int64_t>();
        if (huge || value < min || value > max)
            fail("outside " + std::to_string(min) + ".." + std::to_string(max));
        return value;
    }

    int count(int min = 0, int max = std::numeric_limits<int>::max()) const
    {
        return static_cast<int>(integer(min, max));
    }

    double number(int min, int max) const
    {
        const double value = expect(m_json->is_number(), "a number").get<double>();
        if (!(value >= min && value <= max))
            fail("outside " + std::to_string(min) + ".." + std::to_string(max));
        return value;
    }

    std::vector<std::string> names() const
    {
        std::vector<std::string> values;
        for (const Node &element : elements())
            values.push_back(element.name());
        return values;
    }

    // Optional members: empty, or the fallback, when absent.
    std::string text(std::string_view key) const
    {
        const std::optional<Node> child = find(key);
        return child ? child->text() : std::string();
    }

    bool boolean(std::string_view key, bool fallback) const
    {
        const std::optional<Node> child = find(key);
        return child ? child->boolean() : fallback;
    }

    std::vector<std::string> names(std::string_view key) const
    {
        const std::optional<Node> child = find(key);
        return child ? child->names() : std::vector<std::string>();
    }

private:
    const Json &expect(bool ok, const char *what) const
    {
        if (!ok)
            fail(std::string("expected ") + what);
        return *m_json;
    }

    const Json *m_json;
    const std::string *m_file;
    std::string m_path;
};

// "12076:51024" -> {12076, 51024}; nullopt when it is not "<0-65535>:<0-65535>".
std::optional<std::pair<long, long>> parseCommunity(std::string_view text)
{
    const std::size_t colon = text.find(':');
    if (colon == std::string_view::npos || colon == 0 || colon + 1 == text.size())
        return std::nullopt;
    auto part = [](std::string_view digits) -> long {
        if (digits.size() > 5 || digits.find_first_not_of("0123456789") != std::string_view::npos)
            return -1;
        const long value = std::stol(std::string(digits));
        return value <= 65535 ? value : -1;
    };
    const long asn = part(text.substr(0, colon));
    const long value = part(text.substr(colon + 1));
    if (asn < 0 || value < 0)
        return std::nullopt;
    return std::make_pair(asn, value);
}

GeoPoint readCoordinates(const Node &entry)
{
    const Node point = entry["coordinates"];
    return {point["lat"].number(-90, 90), point["lon"].number(-180, 180)};
}

void addName(Index &index, const std::string &name, std::size_t position, const Node &where)
{
    if (!index.emplace(name, position).second)
        where.fail("duplicate name \"" + name + "\"");
}

template<typename Info>
const Info *lookUp(const Index &index, const std::vector<Info> &entries, std::string_view name)
{
    const auto it = index.find(name);
    return it == index.end() ? nullptr : &entries[it->second];
}

bool inRanges(const std::vector<AsnRange> &ranges, std::int64_t asn)
{
    return std::any_of(ranges.begin(), ranges.end(), [asn](const AsnRange &range) {
        return asn >= range.first && asn <= range.last;
    });
}

} // namespace

struct Catalogue::Data
{
    std::string factsAsOf;
    std::vector<AzureRegionInfo> regions;
    std::vector<PeeringLocationInfo> locations;
    std::vector<MetroLocationInfo> metros;
    std::vector<GatewaySkuInfo> gateways;
    std::vector<VpnSkuInfo> vpns;
    std::vector<ServiceInfo> services;
    std::vector<std::string> providers;
    std::vector<std::int64_t> providerBandwidths;
    std::vector<DirectPort> directPorts;
    std::vector<VnetLinkLimit> vnetLinkLimits;
    std::map<std::string, Tier, std::less<>> tiers;
    int microsoftPeeringPrefixes = 0;
    int privatePeeringIPv6Prefixes = 0;
    int microsoftPeeringIPv6Prefixes = 0;
    int gatewayAdvertisedIPv4Routes = 0;
    int gatewayAdvertisedIPv6Routes = 0;
    int gatewayTotalRoutes = 0;
    int providerFastPathIpLimit = 0; // 0: not in the catalogue
    std::vector<AsnRange> azureReservedAsns, otherReservedAsns, privateAsns;
    Index regionIndex, locationIndex, metroIndex, gatewayIndex, vpnIndex, serviceIndex;
    Index serviceByCommunity, regionByCommunity;

    void load(const std::string &file, std::string_view text);
    void readRegions(const Node &root);
    void readLocations(const Node &root);
    void readMetros(const Node &root);
    void readCircuits(const Node &root);
    void readGateways(const Node &root);
    void readServices(const Node &root);
    void readAsns(const Node &root);
    void checkLocalRegions(const Node &list,
                           const std::vector<std::string> &regionNames,
                           const std::string &area) const;
};

void Catalogue::Data::load(const std::string &file, std::string_view text)
{
    Json json;
    try {
        json = Json::parse(text);
    } catch (const Json::parse_error &error) {
        throw std::runtime_error(file + ": not valid JSON: " + error.what());
    }
    const Node root(json, file, {});
    if (!json.is_object())
        root.fail("expected an object");
    if (root["source"].names().empty())
        root["source"].fail("must name the facts source keys");
    const std::string asOf = root["factsAsOf"].name();
    if (asOf.size() != 10 || asOf[4] != '-' || asOf[7] != '-'
        || asOf.find_first_not_of("0123456789-") != std::string::npos) {
        root["factsAsOf"].fail("expected a date YYYY-MM-DD");
    }
    factsAsOf = std::max(factsAsOf, asOf);

    using Reader = void (Data::*)(const Node &);
    static constexpr std::array<Reader, fileNames.size()> readers = {&Data::readRegions,
                                                                     &Data::readLocations,
                                                                     &Data::readMetros,
                                                                     &Data::readCircuits,
                                                                     &Data::readGateways,
                                                                     &Data::readServices,
                                                                     &Data::readAsns};
    const auto it = std::find(fileNames.begin(), fileNames.end(), file);
    (this->*readers[static_cast<std::size_t>(it - fileNames.begin())])(root);
}

void Catalogue::Data::readRegions(const Node &root)
{
    for (const Node &entry : root["regions"].elements()) {
        AzureRegionInfo region;
        region.name = entry["name"].name();
        region.displayName = entry["displayName"].name();
        region.geopoliticalArea = entry["geopoliticalArea"].name();
        region.geopoliticalAreaConfirmed = entry.boolean("geopoliticalAreaConfirmed", true);
        region.coordinates = readCoordinates(entry);
        region.city = entry.text("city");
        region.microsoftPeeringCommunity = entry.text("microsoftPeeringCommunity");
        if (!region.microsoftPeeringCommunity.empty()) {
            const auto community = parseCommunity(region.microsoftPeeringCommunity);
            if (!community || community->first != 12076 || community->second / 1000 != 51)
                entry["microsoftPeeringCommunity"].fail("expected \"12076:51nnn\"");
        }
        if (const std::optional<Node> zones = entry.find("availabilityZones"))
            region.availabilityZones = zones->boolean();
        if (const std::optional<Node> scale = entry.find("erGwScale"))
            region.erGwScale = scale->boolean();
        region.source = entry["source"].name();
        addName(regionIndex, region.name, regions.size(), entry["name"]);
        addName(regionIndex, region.displayName, regions.size(), entry["displayName"]);
        regions.push_back(std::move(region));
    }
}

void Catalogue::Data::checkLocalRegions(const Node &list,
                                        const std::vector<std::string> &regionNames,
                                        const std::string &area) const
{
    for (std::size_t i = 0; i < regionNames.size(); ++i) {
        const AzureRegionInfo *region = lookUp(regionIndex, regions, regionNames[i]);
        if (!region || region->name != regionNames[i])
            list.elements()[i].fail("unknown region (ARM name) \"" + regionNames[i] + "\"");
        if (region->geopoliticalArea != area) {
            list.elements()[i].fail("region \"" + region->name + "\" is in "
                                    + region->geopoliticalArea + ", not " + area);
        }
    }
}

void Catalogue::Data::readLocations(const Node &root)
{
    std::set<std::string> providerNames;
    for (const Node &entry : root["peeringLocations"].elements()) {
        PeeringLocationInfo location;
        location.name = entry["name"].name();
        location.metro = entry["metro"].name();
        location.facility = entry["facility"].text();
        location.country = entry["country"].name();
        location.pricingZone = entry["pricingZone"].count(0, 4);
        location.geopoliticalArea = entry["geopoliticalArea"].name();
        location.coordinates = readCoordinates(entry);
        location.localRegions = entry["localRegions"].names();
        checkLocalRegions(entry["localRegions"], location.localRegions, location.geopoliticalArea);
        location.expressRouteDirect = entry["expressRouteDirect"].boolean();
        location.globalReach = entry["globalReach"].boolean();
        location.metroSiteOnly = entry.boolean("metroSiteOnly", false);
        location.providers = entry.names("providers");
        location.unconfirmed = entry.names("unconfirmed");
        location.notes = entry.text("notes");
        location.source = entry["source"].name();
        providerNames.insert(location.providers.begin(), location.providers.end());
        addName(locationIndex, location.name, locations.size(), entry["name"]);
        locations.push_back(std::move(location));
    }
    providers.assign(providerNames.begin(), providerNames.end());
}

void Catalogue::Data::readMetros(const Node &root)
{
    const Node list = root["metroLocations"];
    std::set<std::string> sites;
    for (const Node &entry : list.elements()) {
        MetroLocationInfo metro;
        metro.name = entry["name"].name();
        metro.geopoliticalArea = entry["geopoliticalArea"].name();
        metro.locations = entry["locations"].names();
        if (metro.locations.size() != 2 || metro.locations[0] == metro.locations[1])
            entry["locations"].fail("expected two different peering locations");
        for (std::size_t i = 0; i < metro.locations.size(); ++i) {
            const Node where = entry["locations"].elements()[i];
            const PeeringLocationInfo *site = lookUp(locationIndex, locations, metro.locations[i]);
            if (!site)
                where.fail("unknown peering location \"" + metro.locations[i] + "\"");
            if (site->geopoliticalArea != metro.geopoliticalArea)
                where.fail("\"" + site->name + "\" is in " + site->geopoliticalArea);
            sites.insert(site->name);
        }
        metro.localRegions = entry["localRegions"].names();
        checkLocalRegions(entry["localRegions"], metro.localRegions, metro.geopoliticalArea);
        metro.expressRouteDirect = entry["expressRouteDirect"].boolean();
        metro.pricingZone = entry["pricingZone"].count(0, 4);
        metro.unconfirmed = entry.names("unconfirmed");
        metro.notes = entry.text("notes");
        metro.source = entry["source"].name();
        addName(metroIndex, metro.name, metros.size(), entry["name"]);
        metros.push_back(std::move(metro));
    }
    for (const PeeringLocationInfo &location : locations) {
        if (location.metroSiteOnly && !sites.count(location.name))
            list.fail("no metro has the metroSiteOnly location \"" + location.name + "\"");
    }
}

void Catalogue::Data::readCircuits(const Node &root)
{
    const auto ascending = [](const Node &list, std::int64_t max) {
        std::vector<std::int64_t> values;
        for (const Node &element : list.elements()) {
            values.push_back(element.integer(1, max));
            if (values.size() > 1 && values.back() <= values[values.size() - 2])
                element.fail("values must ascend");
        }
        if (values.empty())
            list.fail("must not be empty");
        return values;
    };
    constexpr std::int64_t maxMbps = 10'000'000;
    for (const Node &entry : root["tiers"].elements()) {
        const std::string column = entry["vnetLinkColumn"].text();
        if (column != "premium" && column != "standardOrLocal")
            entry["vnetLinkColumn"].fail("expected \"premium\" or \"standardOrLocal\"");
        const std::string name = entry["name"].name();
        const int prefixes = root["routeLimits"]["privatePeeringIPv4"][name].count(1);
        if (!tiers.emplace(name, Tier{column == "premium", prefixes}).second)
            entry["name"].fail("duplicate tier \"" + name + "\"");
        entry["source"].name();
    }
    microsoftPeeringPrefixes = root["routeLimits"]["microsoftPeeringIPv4"].count(1);
    privatePeeringIPv6Prefixes = root["routeLimits"]["privatePeeringIPv6"].count(1);
    microsoftPeeringIPv6Prefixes = root["routeLimits"]["microsoftPeeringIPv6"].count(1);
    gatewayAdvertisedIPv4Routes = root["routeLimits"]["gatewayAdvertisedIPv4"].count(1);
    gatewayAdvertisedIPv6Routes = root["routeLimits"]["gatewayAdvertisedIPv6"].count(1);
    gatewayTotalRoutes = root["routeLimits"]["gatewayTotal"].count(1);
    if (const auto limits = root.find("fastPathIpLimits")) {
        providerFastPathIpLimit = (*limits)["providerCircuit"].count(1);
        (*limits)["source"].name();
    }
    providerBandwidths = ascending(root["providerBandwidthsMbps"], maxMbps);
    for (const Node &entry : root["directPorts"].elements()) {
        DirectPort port{entry["portGbps"].number(1, 10'000),
                        ascending(entry["circuitBandwidthsMbps"], maxMbps)};
        if (const auto limit = entry.find("fastPathIpLimit"))
            port.fastPathIpLimit = limit->count(1);
        for (const DirectPort &other : directPorts) {
            if (std::abs(other.portGbps - port.portGbps) < 1e-9)
                entry["portGbps"].fail("duplicate port size");
        }
        directPorts.push_back(std::move(port));
    }
    for (const Node &entry : root["vnetLinkLimits"].elements()) {
        VnetLinkLimit limit;
        limit.bandwidthMbps = entry["bandwidthMbps"].integer(1, maxMbps);
        limit.standardOrLocal = entry["standardOrLocal"].count(1);
        limit.premium = entry["premium"].count(1);
        limit.confirmed = entry.boolean("confirmed", true);
        if (!vnetLinkLimits.empty() && limit.bandwidthMbps <= vnetLinkLimits.back().bandwidthMbps)
            entry["bandwidthMbps"].fail("rows must ascend by bandwidth");
        vnetLinkLimits.push_back(limit);
    }
}

void Catalogue::Data::readGateways(const Node &root)
{
    for (const Node &entry : root["expressRouteGateways"].elements()) {
        GatewaySkuInfo sku;
        sku.name = entry["name"].name();
        sku.maxCircuits = entry["maxCircuits"].count(1);
        sku.maxCircuitsPerLocation = entry["maxCircuitsPerLocation"].count(1);
        sku.throughputMbps = entry["throughputMbps"].count(1);
        sku.maxLearnedRoutes = entry["maxLearnedRoutes"].count(1);
        sku.fastPath = entry["fastPath"].boolean();
        sku.zoneRedundant = entry["zoneRedundant"].boolean();
        sku.scalable = entry.boolean("scalable", false);
        sku.ipsecOverExpressRoute = entry.boolean("ipsecOverExpressRoute", true);
        if (const std::optional<Node> points = entry.find("resiliencyIndexZonePoints"))
            sku.resiliencyIndexZonePoints = points->count(0, 10);
        if (const std::optional<Node> units = entry.find("resiliencyIndexSmallScaleUnits")) {
            sku.resiliencyIndexSmallScaleUnits = units->count(1);
            sku.resiliencyIndexSmallPoints = entry["resiliencyIndexSmallPoints"].count(0, 10);
        }
        if (sku.scalable) {
            sku.minScaleUnits = entry["minScaleUnits"].count(1);
            sku.maxScaleUnits = entry["maxScaleUnits"].count(sku.minScaleUnits);
            sku.autoscaleMinScaleUnits = entry["autoscaleMinScaleUnits"].count(1);
            if (sku.fastPath)
                sku.fastPathMinScaleUnits = entry["fastPathMinScaleUnits"].count(1);
            for (const Node &step : entry["maxCircuitsByScaleUnits"].elements()) {
                const ScaleUnitStep next{step["minScaleUnits"].count(1),
                                         step["maxCircuits"].count(1, sku.maxCircuits)};
                if (!sku.maxCircuitsByScaleUnits.empty()
                    && next.minScaleUnits <= sku.maxCircuitsByScaleUnits.back().minScaleUnits) {
                    step.fail("steps must ascend by scale units");
                }
                sku.maxCircuitsByScaleUnits.push_back(next);
            }
        }
        sku.defaultAvailabilityPercent = entry["defaultAvailabilityPercent"].number(0, 100);
        sku.source = entry["source"].name();
        addName(gatewayIndex, sku.name, gateways.size(), entry["name"]);
        gateways.push_back(std::move(sku));
    }
    for (const Node &entry : root["vpnGateways"].elements()) {
        VpnSkuInfo sku;
        sku.name = entry["name"].name();
        sku.maxSiteToSiteTunnels = entry["maxSiteToSiteTunnels"].count(1);
        sku.aggregateThroughputMbps = entry["aggregateThroughputMbps"].count(1);
        if (const std::optional<Node> gen1 = entry.find("generation1ThroughputMbps"))
            sku.generation1ThroughputMbps = gen1->count(1);
        if (const std::optional<Node> perTunnel = entry.find("perTunnelThroughputMbps"))
            sku.perTunnelThroughputMbps = perTunnel->count(1);
        sku.bgp = entry["bgp"].boolean();
        sku.zoneRedundant = entry["zoneRedundant"].boolean();
        sku.basic = entry["basic"].boolean();
        sku.retiring = entry["retiring"].boolean();
        sku.defaultAvailabilityPercent = entry["defaultAvailabilityPercent"].number(0, 100);
        sku.source = entry["source"].name();
        addName(vpnIndex, sku.name, vpns.size(), entry["name"]);
        vpns.push_back(std::move(sku));
    }
}

void Catalogue::Data::readServices(const Node &root)
{
    for (const Node &entry : root["services"].elements()) {
        ServiceInfo service;
        service.name = entry["name"].name();
        service.displayName = entry["displayName"].name();
        service.communities = entry["communities"].names();
        for (std::size_t i = 0; i < service.communities.size(); ++i) {
            const Node where = entry["communities"].elements()[i];
            if (!parseCommunity(service.communities[i]))
                where.fail("expected a BGP community \"asn:value\"");
            addName(serviceByCommunity, service.communities[i], services.size(), where);
        }
        service.microsoft365 = entry["microsoft365"].boolean();
        service.internetOnly = entry["internetOnly"].boolean();
        service.regionalCommunities = entry["regionalCommunities"].boolean();
        if (const std::optional<Node> legacy = entry.find("legacyCommunities")) {
            service.legacyCommunities = legacy->names();
            for (const std::string &community : service.legacyCommunities) {
                if (std::find(service.communities.begin(), service.communities.end(), community)
                    == service.communities.end()) {
                    legacy->fail("a legacy community must be one of the service's communities");
                }
            }
        }
        service.notes = entry.text("notes");
        service.source = entry["source"].name();
        addName(serviceIndex, service.name, services.size(), entry["name"]);
        services.push_back(std::move(service));
    }
    // 12076:<thousands><nnn>, nnn being the region's code in its Microsoft peering community.
    const Node regional = root["regionalCommunities"];
    regional["source"].name();
    for (const Node &kind : regional["kinds"].elements()) {
        const long thousands = static_cast<long>(kind["thousands"].integer(50, 59));
        const Node serviceName = kind["service"];
        std::optional<std::size_t> service;
        if (!serviceName.isNull()) {
            const auto it = serviceIndex.find(serviceName.name());
            if (it == serviceIndex.end())
                serviceName.fail("unknown service \"" + serviceName.text() + "\"");
            service = it->second;
        }
        for (std::size_t i = 0; i < regions.size(); ++i) {
            const auto code = parseCommunity(regions[i].microsoftPeeringCommunity);
            if (!code)
                continue;
            const std::string community = "12076:"
                                          + std::to_string(thousands * 1000 + code->second % 1000);
            addName(regionByCommunity, community, i, kind);
            if (service)
                addName(serviceByCommunity, community, *service, kind);
        }
    }
}

void Catalogue::Data::readAsns(const Node &root)
{
    const auto ranges = [](const Node &list) {
        std::vector<AsnRange> result;
        for (const Node &entry : list.elements()) {
            const AsnRange range{entry["first"].integer(0, 4294967295),
                                 entry["last"].integer(0, 4294967295)};
            if (range.last < range.first)
                entry["last"].fail("last is below first");
            entry["source"].name();
            result.push_back(range);
        }
        return result;
    };
    azureReservedAsns = ranges(root["azureReserved"]);
    otherReservedAsns = ranges(root["otherReserved"]);
    privateAsns = ranges(root["private"]);
}

Catalogue::Catalogue()
    : d(std::make_unique<Data>())
{}

Catalogue::~Catalogue() = default;
Catalogue::Catalogue(Catalogue &&) noexcept = default;
Catalogue &Catalogue::operator=(Catalogue &&) noexcept = default;

Catalogue Catalogue::fromJsonDocuments(const std::map<std::string, std::string> &documentsByName)
{
    for (const auto &document : documentsByName) {
        if (std::find(fileNames.begin(), fileNames.end(), document.first) == fileNames.end())
            throw std::runtime_error(document.first + ": not a catalogue file name");
    }
    Catalogue catalogue;
    for (std::string_view name : fileNames) {
        const auto it = documentsByName.find(std::string(name));
        if (it != documentsByName.end())
            catalogue.d->load(it->first, it->second);
    }
    return catalogue;
}

const Catalogue &Catalogue::builtIn()
{
    static const Catalogue catalogue = [] {
        std::map<std::string, std::string> documents;
        for (int i = 0; i < Embedded::catalogueFilesCount; ++i) {
            const auto &[name, text] = Embedded::catalogueFiles[i];
            documents.emplace(std::string(name), std::string(text));
        }
        for (std::string_view name : fileNames) {
            if (!documents.count(std::string(name)))
                throw std::runtime_error(std::string(name) + ": not in the built-in catalogue");
        }
        return fromJsonDocuments(documents);
    }();
    return catalogue;
}

const std::string &Catalogue::factsAsOf() const
{
    return d->factsAsOf;
}

const std::vector<AzureRegionInfo> &Catalogue::regions() const
{
    return d->regions;
}

const std::vector<PeeringLocationInfo> &Catalogue::peeringLocations() const
{
    return d->locations;
}

const std::vector<MetroLocationInfo> &Catalogue::metroLocations() const
{
    return d->metros;
}

const std::vector<GatewaySkuInfo> &Catalogue::expressRouteGatewaySkus() const
{
    return d->gateways;
}

const std::vector<VpnSkuInfo> &Catalogue::vpnSkus() const
{
    return d->vpns;
}

const std::vector<ServiceInfo> &Catalogue::services() const
{
    return d->services;
}

std::vector<std::string> Catalogue::providers() const
{
    return d->providers;
}

const AzureRegionInfo *Catalogue::region(std::string_view name) const
{
    return lookUp(d->regionIndex, d->regions, name);
}

const PeeringLocationInfo *Catalogue::peeringLocation(std::string_view name) const
{
    return lookUp(d->locationIndex, d->locations, name);
}

const MetroLocationInfo *Catalogue::metroLocation(std::string_view name) const
{
    return lookUp(d->metroIndex, d->metros, name);
}

const GatewaySkuInfo *Catalogue::expressRouteGatewaySku(std::string_view name) const
{
    return lookUp(d->gatewayIndex, d->gateways, name);
}

const VpnSkuInfo *Catalogue::vpnSku(std::string_view name) const
{
    return lookUp(d->vpnIndex, d->vpns, name);
}

const ServiceInfo *Catalogue::service(std::string_view name) const
{
    return lookUp(d->serviceIndex, d->services, name);
}

const ServiceInfo *Catalogue::serviceByCommunity(std::string_view community) const
{
    return lookUp(d->serviceByCommunity, d->services, community);
}

const AzureRegionInfo *Catalogue::regionByCommunity(std::string_view community) const
{
    return lookUp(d->regionByCommunity, d->regions, community);
}

const std::vector<std::int64_t> &Catalogue::providerCircuitBandwidthsMbps() const
{
    return d->providerBandwidths;
}

std::vector<std::int64_t> Catalogue::directCircuitBandwidthsMbps(double portGbps) const
{
    for (const DirectPort &port : d->directPorts) {
        if (std::abs(port.portGbps - portGbps) < 1e-9)
            return port.circuitBandwidthsMbps;
    }
    return {};
}

std::vector<double> Catalogue::directPortSizesGbps() const
{
    std::vector<double> sizes;
    for (const DirectPort &port : d->directPorts)
        sizes.push_back(port.portGbps);
    return sizes;
}

int Catalogue::maxVnetLinks(std::string_view skuTier, std::int64_t bandwidthMbps) const
{
    const auto tier = d->tiers.find(skuTier);
    if (tier == d->tiers.end() || bandwidthMbps <= 0)
        return 0;
    for (const VnetLinkLimit &limit : d->vnetLinkLimits) {
        if (bandwidthMbps <= limit.bandwidthMbps)
            return tier->second.premiumLinks ? limit.premium : limit.standardOrLocal;
    }
    return 0;
}

const std::vector<VnetLinkLimit> &Catalogue::vnetLinkLimits() const
{
    return d->vnetLinkLimits;
}

int Catalogue::maxPrivatePeeringPrefixes(std::string_view skuTier) const
{
    const auto tier = d->tiers.find(skuTier);
    return tier == d->tiers.end() ? 0 : tier->second.privatePeeringPrefixes;
}

int Catalogue::maxMicrosoftPeeringPrefixes() const
{
    return d->microsoftPeeringPrefixes;
}

int Catalogue::maxPrivatePeeringIPv6Prefixes() const
{
    return d->privatePeeringIPv6Prefixes;
}

int Catalogue::maxGatewayAdvertisedIPv4Routes() const
{
    return d->gatewayAdvertisedIPv4Routes;
}

int Catalogue::maxGatewayAdvertisedIPv6Routes() const
{
    return d->gatewayAdvertisedIPv6Routes;
}

int Catalogue::maxGatewayTotalRoutes() const
{
    return d->gatewayTotalRoutes;
}

int Catalogue::providerFastPathIpLimit() const
{
    return d->providerFastPathIpLimit;
}

int Catalogue::directFastPathIpLimit(double portGbps) const
{
    for (const DirectPort &port : d->directPorts) {
        if (std::abs(port.portGbps - portGbps) < 1e-9)
            return port.fastPathIpLimit;
    }
    return 0;
}

int Catalogue::maxMicrosoftPeeringIPv6Prefixes() const
{
    return d->microsoftPeeringIPv6Prefixes;
}

bool Catalogue::isAzureReservedAsn(std::int64_t asn) const
{
    return inRanges(d->azureReservedAsns, asn);
}

bool Catalogue::isOtherReservedAsn(std::int64_t asn) const
{
    return inRanges(d->otherReservedAsns, asn);
}

bool Catalogue::isPrivateAsn(std::int64_t asn) const
{
    return inRanges(d->privateAsns, asn);
}

} // namespace Er
