#pragma once

#include "analysisresult.h"

#include <optional>

namespace Er {

class Assumptions;
class Catalogue;
struct Node;

// What the design says about a site, for comparing the connectivity options.
struct SiteEstimates
{
    // Worst round trip over the site's needed VNets: the design's best ExpressRoute (or VPN)
    // path where it has one, else the reference estimate from the great-circle distance.
    std::optional<double> expressRouteLatencyMs;
    std::optional<double> vpnLatencyMs;
    bool hasExpressRoute = false; // the design gives the site an ExpressRoute path
    // The design as it stands: worst pair's availability, latency and bottleneck.
    std::optional<OptionEstimate> designed;
};

// "Is ExpressRoute the best choice?" (shared/spec/analysis-model.md): the five options side by
// side on the same estimates (the table of defaults), checked against the site's requirements,
// the simplest option that meets them all, and the decisive reasons with the facts cited.
Recommendation recommend(const Node &site,
                         const SiteEstimates &estimates,
                         const Assumptions &assumptions,
                         const Catalogue &catalogue);

} // namespace Er
