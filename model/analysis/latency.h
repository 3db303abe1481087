#pragma once

#include "sitegraph.h"

#include <optional>
#include <vector>

namespace Er {

struct PairMetrics
{
    std::optional<double> expressRouteLatencyMs; // best ExpressRoute path's round trip
    std::optional<double> vpnLatencyMs;          // best internet VPN path's round trip
    std::optional<double> latencyMs;             // the better of the two
    bool latencyVariable = false;                // the best is a VPN over the internet
    std::optional<double> bottleneckMbps;        // widest path's narrowest element
};

// Latency and bandwidth of a site-VNet pair (shared/spec/analysis-model.md "Latency",
// "Bandwidth"). ExpressRoute RTT = 2 x (sum of link lengths x fibreMsPerKm + nodeLatencyMs per
// node passed); VPN RTT = 2 x length x fibreMsPerKm + vpnOverheadMs, the vpn link's length
// being the great-circle distance x internetRouteFactor.
PairMetrics pairMetrics(const SiteGraph &site, const std::vector<char> &towards, int target);

// Round trip of one path (local vertices from the site), by the same formulas.
double pathLatencyMs(const SiteGraph &site, const std::vector<int> &path);
// The narrowest element of one path, unlimitedMbps when none has a known limit.
double pathBottleneckMbps(const SiteGraph &site, const std::vector<int> &path);

} // namespace Er
