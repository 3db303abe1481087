#include "model/analysis/resiliencyindex.h"

#include "model/analysis/gatewayzones.h"
#include "model/catalogue/catalogue.h"
#include "model/core/topology.h"
#include "model/core/topologyindex.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <iterator>
#include <set>

namespace Er {

namespace {

// Resiliency Insights weights and factors [RINS 03/31/2025; facts §5.5].
constexpr double routeMaximum = 20;          // route resiliency, 20 %
constexpr double twoLocationsPoints = 20;    // two distinct peering locations
constexpr double metroPoints = 10;           // ExpressRoute Metro
constexpr double singleLocationPoints = 5;   // a single peering location
constexpr double zoneMaximum = 10;           // zone-redundant gateway, 10 %
constexpr double recommendationMaximum = 10; // no Advisor recommendations, 10 %
// Validation multiplier on the route points, by the test's age in days [RINS; facts §5.5].
struct AgeStep
{
    int maxDays;
    double multiplier;
};
constexpr AgeStep validationSteps[] = {{30, 4}, {60, 3}, {90, 2}};
constexpr double untestedMultiplier = 1; // "over 90 days ago: 1"; none recorded: the same

const std::string_view privatePeering = "AzurePrivatePeering";

std::string number(double value)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.2f", value);
    std::string result = text;
    while (result.back() == '0')
        result.pop_back();
    if (result.back() == '.')
        result.pop_back();
    return result;
}

std::string quoted(const std::string &text)
{
    return "'" + text + "'";
}

std::string joined(const std::vector<std::string> &items)
{
    std::string text;
    for (const std::string &item : items)
        text += (text.empty() ? "" : ", ") + item;
    return text;
}

bool hasPrivatePeering(const CircuitFields &circuit)
{
    return circuit.peering(privatePeering) != nullptr;
}

RouteResiliencyPart routeResiliency(const TopologyIndex &index, const Node &vnet)
{
    RouteResiliencyPart route;
    route.maximum = routeMaximum;
    std::set<std::string> locations;
    std::set<std::string> circuits;
    std::set<std::string> withoutPrivatePeering;
    bool metro = false;
    for (const Link *connection : index.incoming(vnet, LinkKind::Connection)) {
        const Node *circuitNode = index.from(*connection);
        const CircuitFields *circuit = circuitNode ? circuitNode->circuit() : nullptr;
        if (!circuit)
            continue;
        if (!hasPrivatePeering(*circuit)) {
            withoutPrivatePeering.insert(circuitNode->id);
            continue;
        }
        circuits.insert(circuitNode->id);
        if (circuit->peeringLocation)
            locations.insert(*circuit->peeringLocation);
        metro = metro || circuit->isMetro();
    }
    route.circuits.assign(circuits.begin(), circuits.end());
    route.peeringLocations.assign(locations.begin(), locations.end());
    if (locations.size() >= 2) {
        route.level = "twoLocations";
        route.points = twoLocationsPoints;
        route.reason = "Routes are advertised through circuits at "
                       + std::to_string(locations.size()) + " distinct peering locations ("
                       + joined(route.peeringLocations) + "): maximum resiliency";
    } else if (locations.size() == 1 && metro) {
        route.level = "metro";
        route.points = metroPoints;
        route.reason = "Routes are advertised through the ExpressRoute Metro circuit at "
                       + route.peeringLocations.front()
                       + ": high resiliency; a second circuit at another peering location scores "
                       + number(twoLocationsPoints);
    } else if (locations.size() == 1) {
        route.level = "singleLocation";
        route.points = singleLocationPoints;
        route.reason = "Routes are advertised through a single peering location ("
                       + route.peeringLocations.front()
                       + "): standard resiliency; a second circuit at another peering location "
                         "scores "
                       + number(twoLocationsPoints);
    } else {
        route.level = "none";
        route.reason = circuits.empty()
                           ? "No circuit with private peering is connected to the gateway"
                           : "The connected circuits name no peering location";
    }
    if (!withoutPrivatePeering.empty()) {
        route.reason += "; not counted, without private peering: "
                        + joined({withoutPrivatePeering.begin(), withoutPrivatePeering.end()});
    }
    return route;
}

ValidationMultiplier validation(const ExpressRouteGateway &gateway,
                                const RouteResiliencyPart &route,
                                const std::optional<std::string> &referenceDate)
{
    ValidationMultiplier result;
    result.multiplier = untestedMultiplier;
    result.testedOn = gateway.resiliencyValidatedOn;
    result.referenceDate = referenceDate;
    if (!gateway.resiliencyValidatedOn) {
        result.reason = "Not yet tested: no Resiliency Validation test date recorded (×1)";
        if (route.level != "twoLocations")
            result.reason += "; the test needs circuits at two distinct peering locations";
        return result;
    }
    const std::string &testedOn = *gateway.resiliencyValidatedOn;
    if (route.level != "twoLocations") {
        result.reason = "The test recorded on " + testedOn
                        + " does not count (×1): Resiliency Validation needs circuits at two "
                          "distinct peering locations and is not offered for ExpressRoute Metro";
        return result;
    }
    const std::optional<long> tested = daysSinceEpoch(testedOn);
    if (!tested) {
        result.reason = "The test date '" + testedOn
                        + "' is not a date YYYY-MM-DD: counted as not yet tested (×1)";
        return result;
    }
    const std::optional<long> reference = referenceDate ? daysSinceEpoch(*referenceDate)
                                                        : std::nullopt;
    if (!reference) {
        result.reason = "Tested on " + testedOn
                        + ", but no reference date to age the test against: counted as not yet "
                          "tested (×1)";
        return result;
    }
    const long age = *reference - *tested;
    if (age < 0) {
        result.reason = "The test date " + testedOn + " is after the reference date "
                        + *referenceDate + ": counted as not yet tested (×1)";
        return result;
    }
    result.ageDays = int(age);
    result.tested = true;
    for (const AgeStep &step : validationSteps) {
        if (age <= step.maxDays) {
            result.multiplier = step.multiplier;
            break;
        }
    }
    result.reason = "Tested on " + testedOn + ", " + std::to_string(age) + " days before "
                    + *referenceDate + " (×" + number(result.multiplier) + ")";
    if (age > validationSteps[std::size(validationSteps) - 1].maxDays)
        result.reason += ": more than 90 days ago, retest to raise the multiplier";
    result.reason += "; taken as a test of both peering locations (one only halves it)";
    return result;
}

ResiliencyIndexPart zoneRedundancy(const Topology &topology,
                                   const Node &vnet,
                                   const Catalogue &catalogue)
{
    ResiliencyIndexPart part;
    part.maximum = zoneMaximum;
    const ExpressRouteGateway &gateway = *vnet.virtualNetwork()->expressRouteGateway;
    const GatewaySkuInfo *sku = gateway.sku ? catalogue.expressRouteGatewaySku(*gateway.sku)
                                            : nullptr;
    if (!sku) {
        part.reason = gateway.sku ? "Unknown gateway SKU " + quoted(*gateway.sku) + ": 0 points"
                                  : "No gateway SKU in the design: 0 points";
        return part;
    }
    const GatewayZones zones = expressRouteGatewayZones(topology, vnet, catalogue);
    const std::string regionName = zones.region ? zones.region->displayName : "its region";
    if (!sku->zoneRedundant) {
        part.points = sku->resiliencyIndexZonePoints;
        part.reason = sku->name + " is not an availability-zone SKU: " + number(part.points)
                      + " points";
        return part;
    }
    if (zones.deployedRegional()) {
        // Microsoft scores zonal and zone-redundant deployments; a regional one it does not
        // name: counted as the non-AZ SKUs (assumption).
        part.points = 0;
        part.assumed = true;
        part.reason = sku->name + " in " + regionName
                      + ", a region without availability zones, is deployed regional, not "
                        "zone-redundant: 0 points (assumption: Microsoft does not score a "
                        "regional deployment)";
        return part;
    }
    part.points = sku->resiliencyIndexZonePoints;
    if (sku->scalable && sku->resiliencyIndexSmallScaleUnits > 0) {
        const ScaleUnits units = gateway.scaleUnits.value_or(ScaleUnits{});
        const std::int64_t minimum = units.min.value_or(units.max.value_or(1));
        if (minimum <= sku->resiliencyIndexSmallScaleUnits) {
            part.points = sku->resiliencyIndexSmallPoints;
            part.reason = sku->name + " with a minimum of " + std::to_string(minimum)
                          + (minimum == 1 ? " scale unit" : " scale units") + " (up to "
                          + std::to_string(sku->resiliencyIndexSmallScaleUnits * 2)
                          + " instances): " + number(part.points) + " points; more than "
                          + std::to_string(sku->resiliencyIndexSmallScaleUnits)
                          + " scale units score " + number(sku->resiliencyIndexZonePoints);
            return part;
        }
        part.reason = sku->name + " with a minimum of " + std::to_string(minimum)
                      + " scale units (more than "
                      + std::to_string(sku->resiliencyIndexSmallScaleUnits * 2)
                      + " instances), zone-redundant: " + number(part.points) + " points";
        return part;
    }
    part.reason = sku->name + " deployed zone-redundant: " + number(part.points)
                  + " points (a zonal deployment, pinned to one zone, scores 8)";
    return part;
}

ResiliencyIndexPart recommendations()
{
    ResiliencyIndexPart part;
    part.maximum = recommendationMaximum;
    part.points = recommendationMaximum;
    part.assumed = true;
    part.reason = "Azure Advisor's resiliency recommendations exist only for a deployed gateway: "
                  "assumed none (10 points); lowestIndex counts them as 0";
    return part;
}

const std::string basis
    = "Microsoft's ExpressRoute Resiliency Insights index estimated from the design [RINS "
      "03/31/2025, "
      "facts §5.5]: route resiliency (20) × validation multiplier (1-4) + zone-redundant gateway "
      "(10) + resiliency recommendations (10), at most 100. Microsoft documents the weights and "
      "factors, not this sum: it is the combination that fits the documented 0-100 range "
      "(assumption). Not modelled: a failed MSEE-PE link (route score 0 for Metro and standard), "
      "validation of only one of the two locations (multiplier halved). Azure shows the index "
      "only for deployed gateways.";

} // namespace

std::optional<long> daysSinceEpoch(std::string_view isoDate)
{
    if (isoDate.size() != 10 || isoDate[4] != '-' || isoDate[7] != '-')
        return std::nullopt;
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (isoDate[i] < '0' || isoDate[i] > '9')
            return std::nullopt;
    }
    const auto digits = [&](std::size_t from, std::size_t count) {
        int value = 0;
        for (std::size_t i = from; i < from + count; ++i)
            value = value * 10 + (isoDate[i] - '0');
        return value;
    };
    const std::chrono::year_month_day date{std::chrono::year(digits(0, 4)),
                                           std::chrono::month(unsigned(digits(5, 2))),
                                           std::chrono::day(unsigned(digits(8, 2)))};
    if (!date.ok())
        return std::nullopt;
    return long(std::chrono::sys_days(date).time_since_epoch().count());
}

std::string todayUtc()
{
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    char text[16];
    std::strftime(text, sizeof text, "%Y-%m-%d", &utc);
    return text;
}

std::vector<GatewayResiliencyIndex> resiliencyIndex(const Topology &topology,
                                                    const Catalogue &catalogue,
                                                    const std::optional<std::string> &referenceDate)
{
    std::vector<GatewayResiliencyIndex> result;
    const TopologyIndex index(topology);
    for (const Node *vnet : index.nodesOfKind(NodeKind::VirtualNetwork)) {
        const auto &gateway = vnet->virtualNetwork()->expressRouteGateway;
        if (!gateway)
            continue;
        GatewayResiliencyIndex entry;
        entry.vnet = vnet->id;
        entry.gateway = vnet->id + "/expressRouteGateway";
        entry.sku = gateway->sku.value_or(std::string());
        entry.route = routeResiliency(index, *vnet);
        if (vnet->virtualNetwork()->vpnGateway) {
            entry.route.reason += "; the VPN gateway does not count: Resiliency Insights covers "
                                  "ExpressRoute private peering only";
        }
        entry.validation = validation(*gateway, entry.route, referenceDate);
        entry.zoneRedundancy = zoneRedundancy(topology, *vnet, catalogue);
        entry.recommendations = recommendations();
        const double withoutRecommendations = entry.route.points * entry.validation.multiplier
                                              + entry.zoneRedundancy.points;
        entry.index = std::min(100.0, withoutRecommendations + entry.recommendations.points);
        entry.lowestIndex = std::min(100.0, withoutRecommendations);
        entry.basis = basis;
        result.push_back(std::move(entry));
    }
    std::sort(result.begin(), result.end(),
              [](const auto &a, const auto &b) { return a.vnet < b.vnet; });
    return result;
}

} // namespace Er
