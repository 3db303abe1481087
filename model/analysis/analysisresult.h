#pragma once

#include "model/analysis/resiliencyindex.h"
#include "model/cost/designcost.h"

#include <optional>
#include <string>
#include <vector>

namespace Er {

// What `analyze` computes (docs/spec/analysis-model.md, docs/spec/cli.md). Plain values with
// element ids: Boost.Graph stays inside the analysis .cpp files.

enum class Resiliency { None, VpnOnly, Standard, StandardWithVpnBackup, High, Maximum };
std::string_view toString(Resiliency level); // "standardWithVpnBackup", as files and JSON write it
std::string_view displayName(Resiliency level); // "Standard with VPN backup", as people read it

// What a path does while everything is up: carries traffic, takes over once the carrying
// paths fail, or stands by behind both (analysis-model.md "Routing").
enum class PathRole { Steady, Failover, Standby };
std::string_view toString(PathRole role);

// A path from a site to a VNet (or service), as the ids of the nodes and links it passes.
struct PathInfo
{
    std::vector<std::string> elements; // node and link ids from the site to the VNet, in order
    bool overExpressRoute = true;      // false: a site-to-site VPN over the internet
    std::optional<double> latencyMs;   // none: a length on the path is unknown
    double bottleneckMbps = 0;
    PathRole role = PathRole::Standby;
};

// The paths that carry a pair's traffic in one routing state, and what they give.
struct RoutedFigures
{
    // Entries into Azure that carry traffic: circuit ids, or vpn link ids for an internet VPN.
    std::vector<std::string> toAzure;   // chosen on-premises
    std::vector<std::string> fromAzure; // chosen by Azure
    std::string toAzureDecision;        // what decided: "localPreference", "ecmp", "only", ...
    std::string fromAzureDecision;      // "longestPrefix", "connectionWeight", "asPathLength", ...
    std::optional<double> latencyMs;    // round trip; none: unknown
    bool latencyVariable = false;       // over the internet
    std::optional<double> bottleneckMbps; // none: no element with a known limit
    bool symmetric = true;
    bool overVpn = false; // an internet VPN carries traffic in one direction or both
};

struct PairAnalysis
{
    std::string site;
    std::string vnet;
    bool reachable = false;
    Resiliency resiliency = Resiliency::None;
    int disjointPaths = 0;
    // Disjoint paths counting each shared risk (location, risk group) as one element: the
    // fewest of disjointPaths and 1 + the disjoint paths left after any one shared risk.
    int independentPaths = 0;
    // Element ids and shared risks ("location:London", "risk:conduit-A"); a VNet's gateway that
    // is not zone-redundant is "<vnet id>/expressRouteGateway" or "<vnet id>/vpnGateway".
    std::vector<std::string> singlePointsOfFailure;
    double availabilityPercent = 0;
    bool availabilityExact = true;
    double availabilityErrorBound = 0; // for an estimate: the half-width of its 99 % interval
    // Steady state: the paths that carry traffic while everything is up.
    std::optional<double> latencyMs;      // RTT over the carrying paths (ECMP: the worst member)
    bool latencyVariable = false;         // a carrying path is a VPN over the internet
    std::optional<double> bottleneckMbps; // what the carrying paths carry together
    RoutedFigures steady;
    std::optional<RoutedFigures> failover; // once the steady paths fail; none: nothing left
    // Every node and link on a path that carries traffic in steady state, and on a path that
    // takes over: more than the disjoint `paths` (a circuit's second access line, for one).
    std::vector<std::string> steadyElements;
    std::vector<std::string> failoverElements;
    // N-1: what is left after the single failure (element, location, shared risk) that hurts
    // this pair most, and that failure; 0 when one failure cuts the pair.
    std::optional<double> bandwidthAfterWorstFailureMbps;
    std::string worstFailure;
    // An internet VPN carries traffic from Azure because it announces more specific prefixes
    // than ExpressRoute does.
    bool vpnTakesTrafficByPrefix = false;
    std::optional<double> expressRouteLatencyMs; // best ExpressRoute path's RTT
    std::optional<double> vpnLatencyMs;          // best internet VPN path's RTT
    int availabilityElements = 0; // failable elements and shared risks in the availability
    // The disjoint paths found (at most 64), best latency first.
    std::vector<PathInfo> paths;
    // Risk groups shared by otherwise redundant paths (RES-004).
    std::vector<std::string> sharedRiskGroups;
};

enum class ServiceVia { MicrosoftPeering, Internet, None };
std::string_view toString(ServiceVia via);

struct ServiceAccess
{
    std::string site;
    std::string service;
    ServiceVia via = ServiceVia::None;
    std::vector<std::string> circuits; // circuits whose Microsoft peering admits it
    bool knownService = true;
    bool internetOnly = false; // the service is reachable only over the internet
};

struct SitePair
{
    std::string site;
    std::string vnet;
};

struct DegradedPair
{
    std::string site;
    std::string vnet;
    Resiliency resiliency = Resiliency::None;
};

// What losing one element or shared risk does.
struct FailureImpact
{
    std::string element; // element id, "location:London" or "risk:conduit-A"
    std::vector<SitePair> lost;
    std::vector<DegradedPair> degraded;
};

// Global Reach reachability between two sites (not transitive).
struct SiteToSite
{
    std::string siteA;
    std::string siteB;
    std::vector<std::string> circuits; // the Global Reach link's two circuits
};

enum class ConnectivityOption {
    Vpn,
    ExpressRoute,
    ExpressRouteWithVpnBackup,
    ExpressRouteMaximum,
    ExpressRouteDirect
};
std::string_view toString(ConnectivityOption option);

// The candidates for a site: the design as drawn, and concrete variants of it.
enum class DesignVariant {
    ThisDesign,
    SecondLocation,
    VpnBackup,
    Direct,
    VpnOnly,
    NearerLocations
};
std::string_view toString(DesignVariant variant);

// One candidate's figures: the site's worst needed pair, as the analysis computes it for the
// design with that change made.
struct OptionEstimate
{
    ConnectivityOption option = ConnectivityOption::Vpn; // the kind of connection it gives
    DesignVariant variant = DesignVariant::ThisDesign;
    std::string label; // "This design", "Add a second circuit at London2", ...
    double availabilityPercent = 0;
    std::optional<double> latencyMs;         // steady round trip; none: unknown
    std::optional<double> failoverLatencyMs; // once the steady paths fail; none: none or unknown
    double bottleneckMbps = 0;               // steady; 0: unknown or nothing
    std::optional<double> bandwidthAfterWorstFailureMbps;
    bool encrypted = false;
    bool meets = false;
    bool allowed = true;                 // Microsoft's guidance admits it for this site's needs
    std::string notAllowedBecause;       // why not, with the source
    std::vector<std::string> shortfalls; // which requirements it misses, or cannot be checked
    // The site's part of the design with this option (docs/spec/analysis-model.md "Cost"): the
    // total, none when something is unpriced; what is priced; and what is not.
    std::optional<double> monthlyCost;
    double pricedMonthlyCost = 0;
    std::vector<std::string> unpriced;
};

struct Recommendation
{
    std::string site;
    ConnectivityOption option = ConnectivityOption::ExpressRoute;
    DesignVariant variant = DesignVariant::ThisDesign;
    std::vector<OptionEstimate> options; // "This design" first
    std::vector<std::string> reasons;    // decisive reasons, each citing its fact
    // The design as it stands (worst needed pair), checked against the same requirements.
    std::optional<OptionEstimate> designed;
};

// An assumption the analysis used: its key, value, unit and where it comes from.
struct AssumptionUsed
{
    std::string key;
    double value = 0;
    std::string unit;
    std::string basis;       // "Microsoft's circuit SLA [LEARNMOD]" or "assumption"
    bool overridden = false; // the design's "assumptions" set it
};

struct AnalysisResult
{
    std::vector<PairAnalysis> pairs;
    std::vector<ServiceAccess> services;
    std::vector<FailureImpact> failures;
    std::vector<SiteToSite> globalReach;
    std::vector<Recommendation> recommendations;
    std::vector<AssumptionUsed> assumptions;

    const PairAnalysis *pair(const std::string &site, const std::string &vnet) const;

    // Microsoft's resiliency index of each VNet ExpressRoute gateway (resiliencyindex.h).
    std::vector<GatewayResiliencyIndex> resiliencyIndex;
    // What the design costs a month by the price list (designcost.h).
    std::optional<DesignCost> cost;
};

} // namespace Er
