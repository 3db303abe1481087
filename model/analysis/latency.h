#pragma once

#include "model/analysis/sitegraph.h"

#include <functional>
#include <optional>
#include <vector>

namespace Er {

// The fastest path of each kind, whether it carries traffic or not (routing.h says which do).
struct PairMetrics
{
    std::optional<double> expressRouteLatencyMs; // best ExpressRoute path's round trip
    std::optional<double> vpnLatencyMs;          // best internet VPN path's round trip
};

// The fastest paths of a site-VNet pair (docs/spec/analysis-model.md "Latency"). ExpressRoute RTT = 2 x (sum of link lengths x fibreMsPerKm + nodeLatencyMs per
// node passed); VPN RTT = 2 x length x fibreMsPerKm + vpnOverheadMs, the vpn link's length
// being the great-circle distance x internetRouteFactor.
PairMetrics pairMetrics(const SiteGraph &site, const std::vector<char> &towards, int target);

// The shortest one-way time from the site to the target over the vertices `towards` marks and
// `allowed` accepts: links by length x fibreMsPerKm, nodes passed by nodeLatencyMs (none on a VPN
// path); none when the target is not reached.
std::optional<double> shortestOneWay(const SiteGraph &site,
                                     const std::vector<char> &towards,
                                     int target,
                                     bool vpnPath,
                                     const std::function<bool(const GraphVertex &)> &allowed);

// Round trip of one path (local vertices from the site), by the same formulas; none when the
// length of a link on it is unknown.
std::optional<double> pathLatencyMs(const SiteGraph &site, const std::vector<int> &path);
// The narrowest element of one path, unlimitedMbps when none has a known limit.
double pathBottleneckMbps(const SiteGraph &site, const std::vector<int> &path);

} // namespace Er
