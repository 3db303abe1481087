#pragma once

#include "model/analysis/analysisresult.h"
#include "model/core/topology.h"

#include <set>
#include <string>
#include <vector>

namespace Er {

class Catalogue;
struct PeeringLocationInfo;

// The peering location nearest the site (a location of its own, not a Metro's second site), and
// how far it is; null where the site has no coordinates.
const PeeringLocationInfo *nearestPeeringLocation(const Catalogue &catalogue,
                                                  const Node &site,
                                                  double *km = nullptr);

// A concrete change to one site's part of a design, for the recommendation to weigh
// (docs/spec/analysis-model.md "Is ExpressRoute the best choice?").
struct DesignVariantTopology
{
    DesignVariant variant = DesignVariant::ThisDesign;
    ConnectivityOption option = ConnectivityOption::ExpressRoute;
    std::string label;
    Topology topology; // the site, what it reaches and what it needs; the change made
    bool encrypted = false;
};

// The site's part of the design: the site, the elements its paths pass (`reached`: node and link
// ids), the VNets it needs and their regions.
Topology sitePart(const Topology &topology,
                  const Node &site,
                  const std::vector<std::string> &reached);

// The variants of the site's part that apply to it: a second circuit at another peering
// location, a site-to-site VPN backup, ExpressRoute Direct, VPN only; where the design misses
// its round-trip limit, also its circuit moved to the peering location nearest the site with a
// second circuit at that metro's other site. `part` is sitePart(). `sharedGateways`: VNets whose
// ExpressRoute gateway also serves circuits of other sites (VPN only keeps those gateways).
std::vector<DesignVariantTopology> designVariants(const Topology &part,
                                                  const std::string &siteId,
                                                  const Catalogue &catalogue,
                                                  double neededMbps,
                                                  bool latencyMissed = false,
                                                  const std::set<std::string> &sharedGateways = {});

} // namespace Er
