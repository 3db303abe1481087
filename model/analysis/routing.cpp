#include "model/analysis/routing.h"

#include "model/analysis/flow.h"
#include "model/analysis/latency.h"
#include "model/net/cidr.h"

#include <algorithm>
#include <cmath>

namespace Er {

namespace {

// ECMP spreads over at most four circuits [FAQ] (facts §5.2 item 13).
constexpr std::size_t maxEcmpPaths = 4;
// An internet VPN's local preference on-premises: below every ExpressRoute path, as Microsoft
// asks of a VPN that backs ExpressRoute up [COEX] (facts §5.3).
constexpr std::int64_t vpnLocalPreference = -1;
// A prefix length for an entry whose listed prefixes hold no route to the site.
constexpr int noRoute = -2;

const Node *nodeOf(const FailureGraph &graph, const std::string &id)
{
    const int v = graph.vertexOf(id);
    return v < 0 ? nullptr : graph.vertices[static_cast<std::size_t>(v)].node;
}

const Peering *privatePeering(const Node *circuit)
{
    const CircuitFields *fields = circuit ? circuit->circuit() : nullptr;
    return fields ? fields->peering("AzurePrivatePeering") : nullptr;
}

// How specific the routes to the site are in `advertised`: the longest listed prefix that
// overlaps one of the site's own; -1 when none does; nullopt when it cannot be told (nothing
// listed, or the site's prefixes are unknown).
std::optional<int> specificity(const std::optional<StringList> &advertised,
                               const std::vector<Cidr> &sitePrefixes)
{
    if (!advertised || sitePrefixes.empty())
        return std::nullopt;
    int longest = -1;
    for (const std::string &text : *advertised) {
        const std::optional<Cidr> prefix = Cidr::parse(text);
        if (!prefix)
            continue;
        for (const Cidr &own : sitePrefixes) {
            if (prefix->normalized().overlaps(own.normalized()))
                longest = std::max(longest, prefix->prefixLength);
        }
    }
    return longest;
}

} // namespace

std::string_view toString(RoutingDecision decision)
{
    switch (decision) {
    case RoutingDecision::Only:
        return "only";
    case RoutingDecision::Prefix:
        return "longestPrefix";
    case RoutingDecision::ExpressRoute:
        return "expressRouteOverVpn";
    case RoutingDecision::Weight:
        return "connectionWeight";
    case RoutingDecision::AsPath:
        return "asPathLength";
    case RoutingDecision::Ecmp:
        return "ecmp";
    case RoutingDecision::LocalPreference:
        return "localPreference";
    }
    return "only";
}

bool RoutingState::symmetric() const
{
    std::vector<int> a = toAzure.entries;
    std::vector<int> b = fromAzure.entries;
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    return a == b;
}

std::vector<int> RoutingState::carrying() const
{
    std::vector<int> all = toAzure.entries;
    all.insert(all.end(), fromAzure.entries.begin(), fromAzure.entries.end());
    std::sort(all.begin(), all.end());
    all.erase(std::unique(all.begin(), all.end()), all.end());
    return all;
}

PairRouting::PairRouting(const SiteGraph &site, const std::vector<char> &towards, int target)
    : m_site(site)
    , m_towards(towards)
    , m_target(target)
    , m_entryIndex(static_cast<std::size_t>(site.size()), -1)
{
    const SiteFields *siteFields = site.vertex(0).node ? site.vertex(0).node->site() : nullptr;
    std::vector<Cidr> sitePrefixes;
    int siteLength = -1;
    if (siteFields && siteFields->addressPrefixes) {
        for (const std::string &text : *siteFields->addressPrefixes) {
            if (const std::optional<Cidr> prefix = Cidr::parse(text)) {
                sitePrefixes.push_back(*prefix);
                siteLength = std::max(siteLength, prefix->prefixLength);
            }
        }
    }
    for (int v = 0; v < site.size(); ++v) {
        if (towards[static_cast<std::size_t>(v)])
            m_members.push_back(v);
    }
    std::optional<int> bestExpressRoute;
    std::vector<std::optional<int>> listed;
    for (int v = 0; v < site.size(); ++v) {
        const GraphVertex &vertex = site.vertex(v);
        if (!towards[static_cast<std::size_t>(v)] || vertex.kind != VertexKind::Link)
            continue;
        RouteEntry entry;
        entry.vertex = v;
        std::optional<int> length;
        if (vertex.linkKind == LinkKind::Connection) {
            const Peering *peering = privatePeering(nodeOf(*site.graph, vertex.link->from));
            entry.weight = vertex.link->routingWeight.value_or(0);
            if (peering) {
                entry.asPath = std::max<std::int64_t>(0, peering->asPathPrepend.value_or(0));
                entry.localPreference = peering->localPreference.value_or(100);
                length = specificity(peering->advertisedPrefixes, sitePrefixes);
            }
            // Unlisted: the connected sites' own prefixes (topology-format.md).
            const int own = length.value_or(siteLength);
            bestExpressRoute = std::max(bestExpressRoute.value_or(own), own);
        } else if (vertex.linkKind == LinkKind::Vpn) {
            entry.vpn = true;
            entry.localPreference = vpnLocalPreference;
            length = specificity(vertex.link->advertisedPrefixes, sitePrefixes);
        } else {
            continue;
        }
        m_entryIndex[static_cast<std::size_t>(v)] = static_cast<int>(m_entries.size());
        m_entries.push_back(entry);
        listed.push_back(length);
    }
    // A VPN that lists nothing announces what ExpressRoute does (topology-format.md).
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        RouteEntry &entry = m_entries[i];
        if (listed[i])
            entry.prefixLength = *listed[i] >= 0 ? *listed[i] : noRoute;
        else if (entry.vpn)
            entry.prefixLength = bestExpressRoute.value_or(siteLength);
        else
            entry.prefixLength = siteLength;
    }
}

DirectionRouting PairRouting::choose(Direction direction,
                                     const std::vector<const RouteEntry *> &up) const
{
    DirectionRouting result;
    std::vector<const RouteEntry *> left = up;
    const auto keepBest = [&](auto score, RoutingDecision decision) {
        if (left.size() <= 1)
            return;
        const auto best = score(**std::max_element(left.begin(), left.end(),
                                                   [&](const RouteEntry *a, const RouteEntry *b) {
                                                       return score(*a) < score(*b);
                                                   }));
        const auto before = left.size();
        std::erase_if(left, [&](const RouteEntry *e) { return score(*e) != best; });
        if (left.size() < before)
            result.decision = decision;
    };
    if (direction == Direction::FromAzure) {
        // Entries that carry no route to the site's prefixes take none of its traffic.
        std::erase_if(left, [](const RouteEntry *e) { return e->prefixLength == noRoute; });
        keepBest([](const RouteEntry &e) { return e.prefixLength; }, RoutingDecision::Prefix);
        keepBest([](const RouteEntry &e) { return e.vpn ? 0 : 1; }, RoutingDecision::ExpressRoute);
        keepBest([](const RouteEntry &e) { return e.weight; }, RoutingDecision::Weight);
        keepBest([](const RouteEntry &e) { return -e.asPath; }, RoutingDecision::AsPath);
    } else {
        keepBest([](const RouteEntry &e) { return e.localPreference; },
                 RoutingDecision::LocalPreference);
    }
    if (left.size() > 1 && result.decision == RoutingDecision::Only)
        result.decision = RoutingDecision::Ecmp;
    if (left.size() > maxEcmpPaths)
        left.resize(maxEcmpPaths);
    for (const RouteEntry *entry : left)
        result.entries.push_back(entry->vertex);
    return result;
}

// The vertices on a path from the site to the target through one of `entries`, none removed.
std::vector<char> PairRouting::allowedThrough(const std::vector<int> &entries,
                                              const Removal &removal) const
{
    const auto n = static_cast<std::size_t>(m_site.size());
    std::vector<char> open(n, 0);
    for (int vertex : m_members) {
        const auto v = static_cast<std::size_t>(vertex);
        open[v] = !removal.removed(vertex)
                  && (m_entryIndex[v] < 0
                      || std::find(entries.begin(), entries.end(), vertex) != entries.end());
    }
    // Scratch kept per thread: the analysis asks this tens of thousands of times per design,
    // and allocating the marks each time cost more than the sweeps. Only members are ever
    // marked, so only they are cleared again.
    thread_local std::vector<char> forward;
    thread_local std::vector<char> backward;
    thread_local std::vector<int> queue;
    const auto sweep = [&](const std::vector<std::vector<int>> &edges, int start,
                           std::vector<char> &seen) {
        if (seen.size() < n)
            seen.resize(n, 0);
        if (!open[static_cast<std::size_t>(start)])
            return;
        queue.assign(1, start);
        seen[static_cast<std::size_t>(start)] = 1;
        for (std::size_t head = 0; head < queue.size(); ++head) {
            for (int next : edges[static_cast<std::size_t>(queue[head])]) {
                if (open[static_cast<std::size_t>(next)] && !seen[static_cast<std::size_t>(next)]) {
                    seen[static_cast<std::size_t>(next)] = 1;
                    queue.push_back(next);
                }
            }
        }
    };
    sweep(m_site.out, 0, forward);
    sweep(m_site.in, m_target, backward);
    for (int vertex : m_members) {
        const auto v = static_cast<std::size_t>(vertex);
        open[v] = forward[v] && backward[v];
        forward[v] = 0;
        backward[v] = 0;
    }
    return open;
}

std::optional<double> PairRouting::oneWayMs(const std::vector<int> &entries,
                                            const Removal &removal,
                                            bool &variable) const
{
    // The worst member: each entry's own shortest path, the slowest of them.
    const FailureGraph &graph = *m_site.graph;
    double worst = 0;
    for (int entry : entries) {
        const std::vector<char> allowed = allowedThrough({entry}, removal);
        const bool vpn = m_entries[static_cast<std::size_t>(m_entryIndex[std::size_t(entry)])].vpn;
        variable = variable || vpn;
        for (int v : m_members) {
            const GraphVertex &vertex = m_site.vertex(v);
            if (allowed[static_cast<std::size_t>(v)] && vertex.kind == VertexKind::Link
                && !vertex.lengthKm) {
                return std::nullopt; // a length is unknown: so is the round trip
            }
        }
        const std::optional<double> reached = shortestOneWay(m_site, allowed, m_target, vpn,
                                                             [](const GraphVertex &) {
                                                                 return true;
                                                             });
        if (reached)
            worst = std::max(worst, *reached + (vpn ? graph.vpnOverheadMs / 2 : 0.0));
    }
    return worst;
}

double PairRouting::entryCapacity(int entryVertex, const Removal &removal) const
{
    CapacityCache cache;
    return capacity({entryVertex}, removal, cache);
}

// What the entries carry together: ECMP spreads flows evenly, so each member is counted at the
// narrowest member's own capacity; elements they share (a gateway, an access line) cap the sum.
double PairRouting::capacity(const std::vector<int> &entries,
                             const Removal &removal,
                             CapacityCache &cache) const
{
    if (entries.empty())
        return 0;
    if (entries.size() == 1) {
        for (const auto &[entry, found] : cache) {
            if (entry == entries.front())
                return found;
        }
    }
    // Each member's own capacity first: the recursion must be over before the scratch below
    // is filled.
    double narrowest = unlimitedMbps;
    if (entries.size() > 1) {
        for (int entry : entries)
            narrowest = std::min(narrowest, capacity({entry}, removal, cache));
    }
    const std::vector<char> allowed = allowedThrough(entries, removal);
    thread_local std::vector<double> limit;
    limit.assign(static_cast<std::size_t>(m_site.size()), 0.0);
    for (int v : m_members) {
        if (allowed[static_cast<std::size_t>(v)])
            limit[static_cast<std::size_t>(v)] = m_site.vertex(v).bandwidthMbps;
    }
    if (entries.size() > 1) {
        for (int entry : entries)
            limit[static_cast<std::size_t>(entry)] = std::min(limit[std::size_t(entry)], narrowest);
    }
    // One path through them (no open vertex leads on to two): its narrowest element, with no
    // flow to compute. Most routing states after a single failure are such a chain.
    bool branches = false;
    double narrowestOnPath = unlimitedMbps;
    for (int v : m_members) {
        if (!allowed[static_cast<std::size_t>(v)])
            continue;
        if (v != 0 && v != m_target)
            narrowestOnPath = std::min(narrowestOnPath, limit[static_cast<std::size_t>(v)]);
        int next = 0;
        for (int w : m_site.out[static_cast<std::size_t>(v)])
            next += allowed[static_cast<std::size_t>(w)] ? 1 : 0;
        branches = branches || next > 1;
    }
    const double found = branches ? flowThrough(allowed, entries.size() > 1, narrowest, limit)
                                  : narrowestOnPath;
    if (entries.size() == 1)
        cache.emplace_back(entries.front(), found);
    return found;
}

// The flow through the open vertices, remembered for the pair: the failures of the elements of
// one chain (an access line, its router, its port) leave the same vertices open, so the N-1
// pass asks the same flow many times.
double PairRouting::flowThrough(const std::vector<char> &allowed,
                                bool several,
                                double narrowest,
                                const std::vector<double> &limit) const
{
    FlowMemo key;
    key.several = several;
    key.narrowest = several ? narrowest : 0.0;
    key.open.reserve(m_members.size());
    std::size_t hash = several ? 1 : 0;
    for (int v : m_members) {
        const char open = allowed[static_cast<std::size_t>(v)] ? 1 : 0;
        key.open.push_back(open);
        hash = hash * 31 + static_cast<std::size_t>(open);
    }
    key.hash = hash;
    for (const FlowMemo &known : m_flowMemo) {
        if (known.hash == key.hash && known.several == key.several
            && known.narrowest == key.narrowest && known.open == key.open) {
            return known.flow;
        }
    }
    key.flow = vertexMaxFlow(m_site.out, limit, 0, m_target, &m_members);
    const double flow = key.flow;
    m_flowMemo.push_back(std::move(key));
    return flow;
}

RoutingState PairRouting::route(const Removal &removal, bool withLatency) const
{
    RoutingState state;
    std::vector<int> present;
    for (const RouteEntry &entry : m_entries)
        present.push_back(entry.vertex);
    const std::vector<char> reachable = allowedThrough(present, removal);
    std::vector<const RouteEntry *> up;
    for (const RouteEntry &entry : m_entries) {
        if (reachable[static_cast<std::size_t>(entry.vertex)])
            up.push_back(&entry);
    }
    if (up.empty())
        return state;
    state.toAzure = choose(Direction::ToAzure, up);
    state.fromAzure = choose(Direction::FromAzure, up);
    if (!state.reachable())
        return state;
    bool variable = false;
    for (int v : state.carrying())
        variable = variable || m_entries[std::size_t(m_entryIndex[std::size_t(v)])].vpn;
    state.latencyVariable = variable;
    CapacityCache cache;
    const double toAzure = capacity(state.toAzure.entries, removal, cache);
    state.capacityMbps = state.symmetric()
                             ? toAzure
                             : std::min(toAzure, capacity(state.fromAzure.entries, removal, cache));
    if (!withLatency)
        return state;
    const std::optional<double> there = oneWayMs(state.toAzure.entries, removal, variable);
    const std::optional<double> back = oneWayMs(state.fromAzure.entries, removal, variable);
    if (there && back)
        state.latencyMs = *there + *back;
    return state;
}

} // namespace Er
