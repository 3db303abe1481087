#pragma once

#include "model/analysis/analysisresult.h"

#include <vector>

namespace Er {

class Catalogue;
struct Node;
struct ServiceInfo;

// How a site reaches each Microsoft service it needs (docs/spec/analysis-model.md "Site to a
// Microsoft service"): through a circuit it reaches whose Microsoft peering has a route filter
// that admits the service (by name or BGP community), else the internet if the site has a
// breakout, else not at all.
std::vector<ServiceAccess> serviceAccess(const Node &site,
                                         const std::vector<const Node *> &reachedCircuits,
                                         const Catalogue &catalogue);

// Whether one route filter entry (a service name or a community) admits the service.
bool routeFilterAdmits(const std::string &entry,
                       const ServiceInfo &service,
                       const Catalogue &catalogue);

} // namespace Er
