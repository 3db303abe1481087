#include "model/analysis/latency.h"

#include <algorithm>
#include <functional>
#include <queue>

namespace Er {

namespace {

bool isNodePassed(const GraphVertex &vertex)
{
    switch (vertex.kind) {
    case VertexKind::CustomerEdge:
    case VertexKind::ProviderEdge:
    case VertexKind::Circuit:
    case VertexKind::VirtualNetwork:
        return true;
    case VertexKind::Site:
    case VertexKind::ExpressRouteGateway:
    case VertexKind::VpnGateway:
    case VertexKind::Link:
        return false;
    }
    return false;
}

// One-way cost of entering a vertex (the target VNet itself is not "passed").
double oneWayMs(const SiteGraph &site, int v, int target, bool vpnPath)
{
    const GraphVertex &vertex = site.vertex(v);
    const FailureGraph &graph = *site.graph;
    if (vertex.kind == VertexKind::Link)
        return vertex.lengthKm.value_or(0.0) * graph.fibreMsPerKm;
    if (vpnPath || v == target || !isNodePassed(vertex))
        return 0.0;
    return graph.nodeLatencyMs;
}

} // namespace

// Dijkstra over the vertices towards the target; `allowed` filters them.
std::optional<double> shortestOneWay(const SiteGraph &site,
                                     const std::vector<char> &towards,
                                     int target,
                                     bool vpnPath,
                                     const std::function<bool(const GraphVertex &)> &allowed)
{
    using Entry = std::pair<double, int>;
    std::vector<double> distance(static_cast<std::size_t>(site.size()),
                                 std::numeric_limits<double>::infinity());
    std::priority_queue<Entry, std::vector<Entry>, std::greater<>> queue;
    distance[0] = 0;
    queue.emplace(0.0, 0);
    while (!queue.empty()) {
        const auto [d, at] = queue.top();
        queue.pop();
        if (d > distance[static_cast<std::size_t>(at)])
            continue;
        if (at == target)
            return d;
        for (int next : site.out[static_cast<std::size_t>(at)]) {
            if (!towards[static_cast<std::size_t>(next)] || !allowed(site.vertex(next)))
                continue;
            const double candidate = d + oneWayMs(site, next, target, vpnPath);
            if (candidate < distance[static_cast<std::size_t>(next)]) {
                distance[static_cast<std::size_t>(next)] = candidate;
                queue.emplace(candidate, next);
            }
        }
    }
    return std::nullopt;
}

namespace {

bool hasVpnLink(const SiteGraph &site, const std::vector<int> &path)
{
    return std::any_of(path.begin(), path.end(), [&](int v) {
        const GraphVertex &vertex = site.vertex(v);
        return vertex.kind == VertexKind::Link && vertex.linkKind == LinkKind::Vpn;
    });
}

} // namespace

PairMetrics pairMetrics(const SiteGraph &site, const std::vector<char> &towards, int target)
{
    PairMetrics metrics;
    if (target < 0 || !towards[static_cast<std::size_t>(target)])
        return metrics;
    const FailureGraph &graph = *site.graph;
    // Without a length for every link that may carry the pair (a site without a location, an
    // unknown peering location or region), a round trip would be a guess: none is given.
    bool lengthsKnown = true;
    for (int v = 0; v < site.size(); ++v) {
        const GraphVertex &vertex = site.vertex(v);
        if (towards[static_cast<std::size_t>(v)] && vertex.kind == VertexKind::Link
            && !vertex.lengthKm) {
            lengthsKnown = false;
        }
    }
    if (!lengthsKnown)
        return metrics;
    const auto expressRoute = shortestOneWay(site, towards, target, false,
                                             [](const GraphVertex &v) { return v.expressRoute; });
    if (expressRoute)
        metrics.expressRouteLatencyMs = 2 * *expressRoute;
    // A VPN path reaches the VNet through a VPN gateway, never through a circuit.
    const auto vpn = shortestOneWay(site, towards, target, true, [](const GraphVertex &v) {
        return v.kind != VertexKind::Circuit && v.kind != VertexKind::ExpressRouteGateway;
    });
    if (vpn)
        metrics.vpnLatencyMs = 2 * *vpn + graph.vpnOverheadMs;
    return metrics;
}

std::optional<double> pathLatencyMs(const SiteGraph &site, const std::vector<int> &path)
{
    if (path.empty())
        return std::nullopt;
    for (int v : path) {
        if (site.vertex(v).kind == VertexKind::Link && !site.vertex(v).lengthKm)
            return std::nullopt;
    }
    const bool vpnPath = hasVpnLink(site, path);
    double oneWay = 0;
    for (std::size_t i = 1; i < path.size(); ++i)
        oneWay += oneWayMs(site, path[i], path.back(), vpnPath);
    return 2 * oneWay + (vpnPath ? site.graph->vpnOverheadMs : 0.0);
}

double pathBottleneckMbps(const SiteGraph &site, const std::vector<int> &path)
{
    double narrowest = unlimitedMbps;
    for (int v : path)
        narrowest = std::min(narrowest, site.vertex(v).bandwidthMbps);
    return narrowest;
}

} // namespace Er
