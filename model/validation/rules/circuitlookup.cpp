#include "model/validation/rules/circuitlookup.h"

#include "model/catalogue/catalogue.h"
#include "model/core/topologyindex.h"
#include "model/net/cidr.h"
#include "model/validation/rules/smallset.h"

#include <algorithm>
#include <cctype>
#include <cmath>

namespace Er {

namespace {

bool listed(const std::vector<std::string> &list, std::string_view item)
{
    return std::find(list.begin(), list.end(), item) != list.end();
}

void addCountry(CircuitPlace &place, const std::string &country)
{
    if (!listed(place.countries, country))
        place.countries.push_back(country);
}

} // namespace

std::optional<CircuitPlace> circuitPlace(const Catalogue &catalogue, const CircuitFields &circuit)
{
    if (!circuit.peeringLocation || circuit.peeringLocation->empty())
        return std::nullopt;
    CircuitPlace place;
    place.name = *circuit.peeringLocation;
    if (circuit.isMetro()) {
        // §12.2: the metro's own area and Local regions; Global Reach per its sites' countries.
        const MetroLocationInfo *metro = catalogue.metroLocation(place.name);
        if (!metro)
            return std::nullopt;
        place.geopoliticalArea = metro->geopoliticalArea;
        place.areaConfirmed = !listed(metro->unconfirmed, "geopoliticalArea");
        place.localRegions = metro->localRegions;
        place.localRegionsConfirmed = !listed(metro->unconfirmed, "localRegions");
        place.pricingZone = metro->pricingZone;
        place.pricingZoneConfirmed = !listed(metro->unconfirmed, "pricingZone");
        place.globalReach = true;
        for (const std::string &siteName : metro->locations) {
            const PeeringLocationInfo *site = catalogue.peeringLocation(siteName);
            if (!site) {
                place.globalReachConfirmed = false;
                continue;
            }
            place.globalReach = place.globalReach && site->globalReach;
            place.globalReachConfirmed = place.globalReachConfirmed
                                         && site->isConfirmed("globalReach");
            addCountry(place, site->country);
        }
        return place;
    }
    const PeeringLocationInfo *location = catalogue.peeringLocation(place.name);
    if (!location)
        return std::nullopt;
    place.geopoliticalArea = location->geopoliticalArea;
    place.areaConfirmed = location->isConfirmed("geopoliticalArea");
    place.localRegions = location->localRegions;
    place.localRegionsConfirmed = location->isConfirmed("localRegions");
    place.globalReach = location->globalReach;
    place.globalReachConfirmed = location->isConfirmed("globalReach");
    place.pricingZone = location->pricingZone;
    place.pricingZoneConfirmed = location->isConfirmed("pricingZone");
    addCountry(place, location->country);
    return place;
}

const AzureRegionInfo *vnetRegion(const Topology &topology,
                                  const Catalogue &catalogue,
                                  const Node &vnet)
{
    const VirtualNetworkFields *fields = vnet.virtualNetwork();
    if (!fields || !fields->region)
        return nullptr;
    const Node *regionNode = topology.node(*fields->region);
    if (!regionNode || !regionNode->azureRegion() || !regionNode->azureRegion()->region)
        return nullptr;
    return catalogue.region(*regionNode->azureRegion()->region);
}

std::string describeRegion(const AzureRegionInfo &region)
{
    return region.displayName + " (" + region.geopoliticalArea + ")";
}

std::string perDocumentation(const Catalogue &catalogue)
{
    return "per Microsoft's documentation as of " + catalogue.factsAsOf();
}

std::vector<const Node *> sitesReaching(const TopologyIndex &index, const Node &circuit)
{
    std::vector<const Node *> sites;
    SmallSet<const Node *> seen;
    const auto addSite = [&](const Node *site) {
        if (site && site->kind() == NodeKind::Site && seen.insert(site))
            sites.push_back(site);
    };
    const auto addSitesOfEdge = [&](const Node &edge) {
        for (const Link *lan : index.incoming(edge, LinkKind::Lan))
            addSite(index.from(*lan));
    };
    SmallSet<const Node *> visitedEdges;
    for (const Link *port : index.incoming(circuit, LinkKind::CircuitPort)) {
        const Node *end = index.from(*port);
        if (!end || !visitedEdges.insert(end))
            continue;
        if (end->kind() == NodeKind::CustomerEdge) {
            addSitesOfEdge(*end);
            continue;
        }
        for (const Link *access : index.incoming(*end, LinkKind::Access)) {
            const Node *from = index.from(*access);
            if (!from || !visitedEdges.insert(from))
                continue;
            if (from->kind() == NodeKind::Site)
                addSite(from);
            else
                addSitesOfEdge(*from);
        }
    }
    return sites;
}

bool isManagedLayer3(const TopologyIndex &index, const Node &circuit)
{
    if (!circuit.circuit() || circuit.circuit()->isDirect())
        return false;
    bool providerEdge = false;
    for (const Link *port : index.incoming(circuit, LinkKind::CircuitPort)) {
        const Node *end = index.from(*port);
        if (!end || !end->providerEdge())
            continue;
        const auto &layer = end->providerEdge()->serviceLayer;
        if (!layer || *layer != "L3")
            return false;
        providerEdge = true;
    }
    return providerEdge;
}

AdvertisedPrefixes privatePeeringPrefixes(const TopologyIndex &index,
                                          const Node &circuit,
                                          const Peering &peering)
{
    AdvertisedPrefixes result;
    if (peering.advertisedPrefixes) {
        for (const std::string &prefix : *peering.advertisedPrefixes)
            result.prefixes.push_back(&prefix);
        return result;
    }
    result.sites = sitesReaching(index, circuit);
    for (const Node *site : result.sites) {
        if (const auto &prefixes = site->site()->addressPrefixes) {
            for (const std::string &prefix : *prefixes)
                result.prefixes.push_back(&prefix);
        }
    }
    return result;
}

std::vector<std::string> microsoft365Entries(const Catalogue &catalogue, const Peering &peering)
{
    std::vector<std::string> entries;
    if (!peering.routeFilter)
        return entries;
    for (const std::string &entry : *peering.routeFilter) {
        const ServiceInfo *service = catalogue.service(entry);
        if (!service)
            service = catalogue.serviceByCommunity(entry);
        if (service && service->microsoft365)
            entries.push_back(entry);
    }
    return entries;
}

namespace {

void count(PrefixCount &count, const std::string &text)
{
    const auto cidr = Cidr::parse(text);
    if (cidr && cidr->isIpv6())
        ++count.ipv6;
    else if (cidr)
        ++count.ipv4;
}

} // namespace

PrefixCount countByFamily(const std::vector<std::string> &prefixes)
{
    PrefixCount result;
    for (const std::string &text : prefixes)
        count(result, text);
    return result;
}

PrefixCount countByFamily(const std::vector<const std::string *> &prefixes)
{
    PrefixCount result;
    for (const std::string *text : prefixes)
        count(result, *text);
    return result;
}

std::string formatGbps(double gbps)
{
    if (gbps == std::floor(gbps))
        return std::to_string(static_cast<long long>(gbps)) + " Gbps";
    std::string text = std::to_string(gbps);
    text.erase(text.find_last_not_of('0') + 1);
    return text + " Gbps";
}

std::string formatCount(std::int64_t value)
{
    const std::string digits = std::to_string(value);
    std::string text;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        const std::size_t left = digits.size() - i; // digits from here to the end
        if (i > 0 && digits[i - 1] != '-' && left % 3 == 0)
            text += ',';
        text += digits[i];
    }
    return text;
}

std::string capitalized(std::string text)
{
    if (!text.empty())
        text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
    return text;
}

std::string joinList(const std::vector<std::string> &items)
{
    std::string text;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0)
            text += i + 1 == items.size() ? " and " : ", ";
        text += items[i];
    }
    return text;
}

} // namespace Er
