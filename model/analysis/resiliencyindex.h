#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace Er {

class Catalogue;
class Topology;

// Microsoft's ExpressRoute Resiliency Insights index (0-100) computed from the design, before
// deployment (docs/spec/analysis-model.md, "Resiliency index"; facts §5.5 [RINS], §5.6 [RVAL]).
// Azure shows it only for gateways already deployed; here it is an estimate from the design:
//
//   index = route points x validation multiplier + zone-redundancy points + recommendation points
//           (at most 20 x 4 + 10 + 10 = 100)
//
// Microsoft documents the weights and the factors, not this sum: it is the combination the
// documented maxima fit (assumption, stated in `basis`).

// One part of the index: the points it scored, the most it can score, and why.
struct ResiliencyIndexPart
{
    double points = 0;
    double maximum = 0;
    bool assumed = false; // rests on an assumption, not on the design
    std::string reason;
};

// Route resiliency [RINS]: routes through two distinct peering locations 20, through
// ExpressRoute Metro 10, through a single peering location 5.
struct RouteResiliencyPart : ResiliencyIndexPart
{
    std::string level; // "twoLocations" | "metro" | "singleLocation" | "none"
    std::vector<std::string> peeringLocations; // distinct, sorted
    std::vector<std::string> circuits;         // circuit ids with private peering, sorted
};

// The Resiliency Validation multiplier on the route points [RINS; RVAL]: a test within 30 days
// x4, 31-60 days x3, 61-90 days x2, older (or, here, none recorded) x1.
struct ValidationMultiplier
{
    double multiplier = 1;
    double maximum = 4;
    std::optional<std::string> testedOn;      // the design's resiliencyValidatedOn
    std::optional<std::string> referenceDate; // the day the test is aged against
    std::optional<int> ageDays;
    bool tested = false; // a recorded test that counts
    std::string reason;
};

struct GatewayResiliencyIndex
{
    std::string vnet;    // VNet id
    std::string gateway; // "<vnet id>/expressRouteGateway"
    std::string sku;     // as the design names it; empty when absent
    double index = 0;    // 0-100
    // The index if Azure Advisor had resiliency recommendations for the gateway (their 10 points
    // lost): the design cannot know them, so the index lies between lowestIndex and index.
    double lowestIndex = 0;
    RouteResiliencyPart route;
    ValidationMultiplier validation;
    ResiliencyIndexPart zoneRedundancy;
    ResiliencyIndexPart recommendations;
    std::string basis; // how it was computed and what is assumed
};

// The index of every VNet with an ExpressRoute gateway, in VNet id order. A pure function;
// referenceDate "YYYY-MM-DD" ages a recorded test (absent: a recorded test does not count).
std::vector<GatewayResiliencyIndex> resiliencyIndex(const Topology &topology,
                                                    const Catalogue &catalogue,
                                                    const std::optional<std::string> &referenceDate);

// Days since 1970-01-01 of a date "YYYY-MM-DD"; nullopt when it is not a valid date.
std::optional<long> daysSinceEpoch(std::string_view isoDate);

// Today's date in UTC, "YYYY-MM-DD": what the command line and the window pass as the reference
// date (the analysis itself never reads the clock).
std::string todayUtc();

} // namespace Er
