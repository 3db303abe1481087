#pragma once

#include "model/analysis/sitegraph.h"

#include <optional>
#include <string>
#include <vector>

namespace Er {

// Which paths of a site-VNet pair carry traffic (docs/spec/analysis-model.md "Routing").
//
// A path enters Azure through one "entry": the connection of a circuit to a gateway, or a
// site-to-site VPN link. Azure chooses, for traffic to the site: the longest prefix; for equal
// prefixes ExpressRoute over VPN [COEX]; then the highest connection weight; then the shortest
// AS path (the customer's prepends); then ECMP over at most four circuits [FAQ; DR]. The
// on-premises routers choose, for traffic to Azure: the highest local preference (ExpressRoute
// above the VPN, as Microsoft asks [COEX]), then ECMP over at most four equal paths (an
// assumption: Azure advertises the VNet's prefixes alike over every circuit).

enum class Direction { ToAzure, FromAzure };

// Why the entries of a direction won over the others.
enum class RoutingDecision {
    Only,         // no alternative was available
    Prefix,       // longest prefix match
    ExpressRoute, // equal prefixes: ExpressRoute over VPN
    Weight,       // connection weight
    AsPath,       // AS-path length
    Ecmp,         // equal: balanced over them
    LocalPreference
};
std::string_view toString(RoutingDecision decision);

struct RouteEntry
{
    int vertex = -1;       // local vertex: a connection link or a vpn link
    bool vpn = false;      // an internet VPN
    int prefixLength = -1; // how specific the routes to the site are; -1 unknown, -2 none
    std::int64_t weight = 0;
    std::int64_t asPath = 0; // the customer's prepends
    std::int64_t localPreference = 100;
};

struct DirectionRouting
{
    std::vector<int> entries; // local vertices of the entries that carry traffic
    RoutingDecision decision = RoutingDecision::Only;
};

// A routing state: the entries that carry traffic in each direction, with the figures.
struct RoutingState
{
    DirectionRouting toAzure;
    DirectionRouting fromAzure;
    std::optional<double> latencyMs; // round trip over the worst carrying members; none: unknown
    bool latencyVariable = false;    // a carrying path is a VPN over the internet
    double capacityMbps = 0;         // the least of the two directions; unlimitedMbps: no limit
    bool reachable() const { return !toAzure.entries.empty() && !fromAzure.entries.empty(); }
    bool symmetric() const;
    // Every entry that carries traffic in either direction.
    std::vector<int> carrying() const;
};

class PairRouting
{
public:
    // The pair from the site (local vertex 0) to `target`; `towards` marks the vertices on some
    // path to it.
    PairRouting(const SiteGraph &site, const std::vector<char> &towards, int target);

    const std::vector<RouteEntry> &entries() const { return m_entries; }

    // The routing once the removed vertices have failed (entries removed too); the round trip
    // only when asked for.
    RoutingState route(const Removal &removal, bool withLatency = true) const;
    // The vertices on a path from the site to the target through one of `entries`.
    std::vector<char> verticesThrough(const std::vector<int> &entries, const Removal &removal) const
    {
        return allowedThrough(entries, removal);
    }
    // The entries' widest path: what traffic through this entry alone can carry.
    double entryCapacity(int entryVertex, const Removal &removal) const;

private:
    DirectionRouting choose(Direction direction, const std::vector<const RouteEntry *> &up) const;
    std::vector<char> allowedThrough(const std::vector<int> &entries, const Removal &removal) const;
    std::optional<double> oneWayMs(const std::vector<int> &entries,
                                   const Removal &removal,
                                   bool &variable) const;
    // Single entries' capacities already found in this routing state.
    using CapacityCache = std::vector<std::pair<int, double>>;
    double capacity(const std::vector<int> &entries,
                    const Removal &removal,
                    CapacityCache &cache) const;

    double flowThrough(const std::vector<char> &allowed,
                       bool several,
                       double narrowest,
                       const std::vector<double> &limit) const;

    // Flows already computed for this pair, by the vertices left open.
    struct FlowMemo
    {
        std::size_t hash = 0;
        bool several = false;
        double narrowest = 0;
        std::vector<char> open; // per member
        double flow = 0;
    };
    mutable std::vector<FlowMemo> m_flowMemo;

    const SiteGraph &m_site;
    const std::vector<char> &m_towards;
    int m_target;
    std::vector<RouteEntry> m_entries;
    std::vector<int> m_entryIndex; // local vertex -> index in m_entries, -1
    std::vector<int> m_members;    // the vertices towards the target, the only ones looked at
};

} // namespace Er
