#include "model/analysis/recommendation.h"

#include "model/analysis/analyzer.h"
#include "model/analysis/designvariants.h"
#include "model/analysis/variantcache.h"
#include "model/catalogue/catalogue.h"
#include "model/core/numbertext.h"
#include "model/core/topology.h"
#include "model/core/topologyindex.h"
#include "model/cost/designcost.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iterator>
#include <limits>
#include <set>

namespace Er {

namespace {

// Microsoft calls workloads at 99.99 % and above mission-critical in its resiliency guidance
// [RESARCH] (facts §5.1, §5.3).
constexpr double missionCriticalPercent = 99.99;

std::string percent(double value)
{
    return trimmedNumber(value, 4) + " %";
}

std::string figures(const OptionEstimate &option)
{
    return percent(option.availabilityPercent) + " (estimate), round trip "
           + (option.latencyMs ? trimmedNumber(*option.latencyMs, 2) + " ms"
                               : std::string("unknown"))
           + ", "
           + (option.bottleneckMbps > 0 ? trimmedNumber(option.bottleneckMbps, 0) + " Mbps"
                                        : std::string("bandwidth unknown"));
}

// The site's worst needed pair, in the figures the options are compared on.
OptionEstimate summarize(const std::vector<PairAnalysis> &pairs)
{
    OptionEstimate option;
    option.availabilityPercent = pairs.empty() ? 0 : 100;
    double bandwidth = std::numeric_limits<double>::infinity();
    bool latencyKnown = !pairs.empty();
    bool failoverKnown = !pairs.empty();
    double latency = 0;
    double failover = 0;
    std::optional<double> afterFailure;
    for (const PairAnalysis &pair : pairs) {
        option.availabilityPercent = std::min(option.availabilityPercent, pair.availabilityPercent);
        latencyKnown = latencyKnown && pair.latencyMs.has_value();
        latency = std::max(latency, pair.latencyMs.value_or(0));
        const auto failoverLatency = pair.failover ? pair.failover->latencyMs : std::nullopt;
        failoverKnown = failoverKnown && failoverLatency.has_value();
        failover = std::max(failover, failoverLatency.value_or(0));
        bandwidth = std::min(bandwidth, pair.reachable ? pair.bottleneckMbps.value_or(0) : 0);
        if (pair.bandwidthAfterWorstFailureMbps || !pair.reachable) {
            const double left = pair.bandwidthAfterWorstFailureMbps.value_or(0);
            afterFailure = std::min(afterFailure.value_or(left), left);
        }
    }
    if (latencyKnown)
        option.latencyMs = latency;
    if (failoverKnown)
        option.failoverLatencyMs = failover;
    option.bottleneckMbps = std::isfinite(bandwidth) ? bandwidth : 0;
    option.bandwidthAfterWorstFailureMbps = afterFailure;
    return option;
}

Resiliency worstLevel(const std::vector<PairAnalysis> &pairs)
{
    Resiliency worst = Resiliency::Maximum;
    for (const PairAnalysis &pair : pairs)
        worst = std::min(worst, pair.resiliency);
    return pairs.empty() ? Resiliency::None : worst;
}

ConnectivityOption kindOf(const std::vector<PairAnalysis> &pairs,
                          const Topology &topology,
                          const std::vector<std::string> &reached)
{
    switch (worstLevel(pairs)) {
    case Resiliency::None:
    case Resiliency::VpnOnly:
        return ConnectivityOption::Vpn;
    case Resiliency::StandardWithVpnBackup:
        return ConnectivityOption::ExpressRouteWithVpnBackup;
    case Resiliency::Maximum:
        return ConnectivityOption::ExpressRouteMaximum;
    default:
        break;
    }
    bool direct = false;
    for (const std::string &id : reached) {
        const Node *node = topology.node(id);
        if (node && node->circuit()) {
            if (!node->circuit()->isDirect())
                return ConnectivityOption::ExpressRoute;
            direct = true;
        }
    }
    return direct ? ConnectivityOption::ExpressRouteDirect : ConnectivityOption::ExpressRoute;
}

void checkAgainst(OptionEstimate &option, const Requirements &needs)
{
    option.shortfalls.clear();
    if (needs.availabilityPercent && option.availabilityPercent < *needs.availabilityPercent) {
        option.shortfalls.push_back("availability " + percent(option.availabilityPercent)
                                    + " is below the target " + percent(*needs.availabilityPercent));
    }
    if (needs.maxLatencyMs && !option.latencyMs) {
        option.shortfalls.push_back("the round trip is unknown (a location or a length is "
                                    "missing), so the limit of "
                                    + trimmedNumber(*needs.maxLatencyMs, 2)
                                    + " ms cannot be checked");
    } else if (needs.maxLatencyMs && *option.latencyMs > *needs.maxLatencyMs) {
        option.shortfalls.push_back("round trip " + trimmedNumber(*option.latencyMs, 2)
                                    + " ms is above the limit "
                                    + trimmedNumber(*needs.maxLatencyMs, 2) + " ms");
    }
    if (needs.bandwidthMbps && option.bottleneckMbps <= 0) {
        option.shortfalls.push_back("the bandwidth is unknown (no element gives a figure), so the "
                                    + trimmedNumber(*needs.bandwidthMbps, 0)
                                    + " Mbps needed cannot be checked");
    } else if (needs.bandwidthMbps && option.bottleneckMbps < *needs.bandwidthMbps) {
        option.shortfalls.push_back("bandwidth " + trimmedNumber(option.bottleneckMbps, 0)
                                    + " Mbps is below the " + trimmedNumber(*needs.bandwidthMbps, 0)
                                    + " Mbps needed");
    }
    if (needs.encryptionRequired.value_or(false) && !option.encrypted)
        option.shortfalls.push_back("not encrypted, and the site requires encryption");
    option.meets = option.shortfalls.empty();
}

// Microsoft's guidance: no VPN, and no VPN as the backup, for mission-critical or
// latency-sensitive workloads [RESARCH] (facts §5.3).
void checkGuidance(OptionEstimate &option, Resiliency level, const Requirements &needs)
{
    // A design that fails over to a VPN, or a variant that adds one as a backup (whatever the
    // ExpressRoute paths it backs up).
    const bool reliesOnVpn = level == Resiliency::VpnOnly
                             || level == Resiliency::StandardWithVpnBackup
                             || option.variant == DesignVariant::VpnBackup;
    if (!reliesOnVpn)
        return;
    const bool missionCritical = needs.availabilityPercent
                                 && *needs.availabilityPercent >= missionCriticalPercent;
    const bool latencySensitive = needs.maxLatencyMs.has_value();
    // Bandwidth-intensive: more than the VPN carries once it has to.
    const double vpnCarries = level == Resiliency::VpnOnly
                                  ? option.bottleneckMbps
                                  : option.bandwidthAfterWorstFailureMbps.value_or(0);
    const bool bandwidthIntensive = needs.bandwidthMbps && vpnCarries < *needs.bandwidthMbps;
    if (!missionCritical && !latencySensitive && !bandwidthIntensive)
        return;
    option.allowed = false;
    option.notAllowedBecause
        = std::string("Microsoft advises against a site-to-site VPN, also as the backup of "
                      "ExpressRoute, for ")
          + (missionCritical    ? "mission-critical (" + percent(*needs.availabilityPercent) + ")"
             : latencySensitive ? std::string("latency-sensitive")
                                : "bandwidth-intensive (" + trimmedNumber(*needs.bandwidthMbps, 0)
                                      + " Mbps, more than the VPN carries)")
          + " workloads; it recommends ExpressRoute circuits at more than one peering location "
            "[RESARCH] (facts §5.3)";
}

// The peering location nearest the site, as "London (260 km away)"; empty when unknown.
std::string nearestLocation(const Node &site, const Catalogue &catalogue)
{
    double km = 0;
    const PeeringLocationInfo *nearest = nearestPeeringLocation(catalogue, site, &km);
    return nearest ? nearest->name + " (" + trimmedNumber(km, 0) + " km away)" : std::string();
}

// What would reach a requirement nothing reaches.
std::string remedy(const std::string &shortfall, const std::string &nearest)
{
    if (shortfall.rfind("availability", 0) == 0)
        return "circuits at further peering locations, or a second gateway in another region "
               "(Microsoft's disaster-recovery design [DR], facts §5.2 item 7)";
    if (shortfall.find("round trip") != std::string::npos)
        return "a peering location and an Azure region nearer the site"
               + (nearest.empty() ? std::string() : ", the nearest location being " + nearest)
               + " (the estimate uses the fibre and route-factor assumptions)";
    if (shortfall.find("bandwidth") != std::string::npos)
        return "a larger circuit or ExpressRoute Direct, with a gateway that carries it (ErGw3AZ, "
               "ErGwScale or FastPath) [DIRECT; LIMITS] (facts §2.1, §4.2)";
    if (shortfall.find("encrypted") != std::string::npos)
        return "MACsec on ExpressRoute Direct or IPsec over private peering [ENC] (facts §9)";
    return "";
}

// The option's monthly cost: its part of the design priced as a whole design.
void price(OptionEstimate &option,
           const Topology &part,
           const std::vector<PairAnalysis> &pairs,
           const Catalogue &catalogue,
           const AnalysisOptions &options)
{
    const DesignCost cost = designCost(part, pairs, catalogue, options.priceList());
    option.monthlyCost = cost.monthly;
    option.pricedMonthlyCost = cost.pricedMonthly;
    option.unpriced = cost.unpriced;
    std::sort(option.unpriced.begin(), option.unpriced.end());
}

// Two options' costs can be compared when both are whole, or when they leave the same items
// unpriced (the difference is then known, the totals not).
bool comparableCost(const OptionEstimate &a, const OptionEstimate &b)
{
    return a.unpriced == b.unpriced;
}

// "USD 436.00 a month" or "at least USD 436.00 a month (2 items unpriced)".
std::string costText(const OptionEstimate &option, const std::string &currency)
{
    if (option.monthlyCost)
        return formatMoney(*option.monthlyCost, currency) + " a month";
    return "at least " + formatMoney(option.pricedMonthlyCost, currency) + " a month ("
           + std::to_string(option.unpriced.size()) + " item"
           + (option.unpriced.size() == 1 ? "" : "s") + " unpriced)";
}

// "USD 436.00 a month more than this design" / "less" / "the same as".
std::string againstDesign(const OptionEstimate &option,
                          const OptionEstimate &design,
                          const std::string &currency)
{
    if (!comparableCost(option, design))
        return "its cost cannot be compared with this design's: they leave different items "
               "unpriced";
    const double difference = option.pricedMonthlyCost - design.pricedMonthlyCost;
    if (std::abs(difference) < 0.005)
        return "the same monthly cost as this design";
    return formatMoney(std::abs(difference), currency) + " a month "
           + (difference > 0 ? "more" : "less") + " than this design";
}

int preference(DesignVariant variant)
{
    // The smallest change first: a backup VPN, a second circuit, then a different kind of
    // connection.
    switch (variant) {
    case DesignVariant::ThisDesign:
        return 0;
    case DesignVariant::VpnBackup:
        return 1;
    case DesignVariant::SecondLocation:
        return 2;
    case DesignVariant::Direct:
        return 4;
    case DesignVariant::NearerLocations:
        return 3;
    case DesignVariant::VpnOnly:
        return 5;
    }
    return 5;
}

} // namespace

Recommendation recommend(const SiteDesign &design,
                         const Catalogue &catalogue,
                         const AnalysisOptions &options)
{
    Recommendation result;
    result.site = design.site.id;
    const std::optional<Requirements> &stated = design.site.site()->requirements;
    const Requirements needs = stated.value_or(Requirements{});

    OptionEstimate thisDesign = summarize(design.pairs);
    thisDesign.variant = DesignVariant::ThisDesign;
    thisDesign.option = kindOf(design.pairs, design.topology, design.reached);
    thisDesign.label = "This design";
    thisDesign.encrypted = design.encrypted;
    checkAgainst(thisDesign, needs);
    checkGuidance(thisDesign, worstLevel(design.pairs), needs);
    // The site's part of the design: what "This design" costs, and what each variant changes.
    const Topology part = sitePart(design.topology, design.site, design.reached);
    price(thisDesign, part, design.pairs, catalogue, options);
    result.designed = thisDesign;
    result.options.push_back(thisDesign);
    const std::string currency = options.priceList().currency;

    const bool hasNeeds = needs.availabilityPercent || needs.maxLatencyMs || needs.bandwidthMbps
                          || needs.encryptionRequired.value_or(false);
    if (!hasNeeds) {
        result.option = thisDesign.option;
        result.reasons.push_back(
            "The site states no requirements (availability, round trip, bandwidth, encryption): "
            "the design is kept. State them to compare it with variants; Microsoft recommends at "
            "least high resiliency for production [FAQ] (facts §5.1)");
        return result;
    }

    const bool latencyMissed = needs.maxLatencyMs
                               && (!thisDesign.latencyMs
                                   || *thisDesign.latencyMs > *needs.maxLatencyMs);
    // Each variant analysed as the design is, on the site's part of it.
    AnalysisOptions variantOptions = options;
    variantOptions.recommend = false;
    // ExpressRoute gateways of the site's VNets that circuits of other sites also connect to.
    std::set<std::string> sharedGateways;
    const auto consider = [&](const Link &link) {
        if (link.kind == LinkKind::Connection && part.node(link.to) && !part.node(link.from))
            sharedGateways.insert(link.to);
    };
    if (design.index) {
        // Only the connections to the site's own VNets: scanning every link of the design for
        // every site made the analysis quadratic.
        for (const Node &node : part.nodes()) {
            const Node *vnet = node.virtualNetwork() ? design.topology.node(node.id) : nullptr;
            if (!vnet)
                continue;
            for (const Link *link : design.index->incoming(*vnet, LinkKind::Connection))
                consider(*link);
        }
    } else {
        for (const Link &link : design.topology.links())
            consider(link);
    }
    // The variants are a pure function of the site's part and these flags: an unchanged site
    // reuses them from the previous check (variantcache.h).
    std::string flags = "site " + design.site.id + " latencyMissed " + (latencyMissed ? "1" : "0")
                        + " encrypted " + (design.encrypted ? "1" : "0") + " shared";
    for (const std::string &vnet : sharedGateways)
        flags += " " + vnet;
    const std::string cacheKey = options.rememberVariants ? VariantCache::key(part, flags, options)
                                                          : std::string();
    std::optional<std::vector<OptionEstimate>> cached;
    if (options.rememberVariants)
        cached = VariantCache::find(cacheKey);
    if (cached) {
        std::move(cached->begin(), cached->end(), std::back_inserter(result.options));
    } else {
        std::vector<OptionEstimate> variants;
        for (DesignVariantTopology &variant :
             designVariants(part, design.site.id, catalogue, needs.bandwidthMbps.value_or(0),
                            latencyMissed, sharedGateways)) {
            const AnalysisResult analysed = analyze(variant.topology, catalogue, variantOptions);
            std::vector<PairAnalysis> pairs;
            for (const PairAnalysis &pair : analysed.pairs) {
                if (pair.site == design.site.id)
                    pairs.push_back(pair);
            }
            OptionEstimate estimate = summarize(pairs);
            estimate.variant = variant.variant;
            estimate.option = variant.option;
            estimate.label = variant.label;
            estimate.encrypted = variant.encrypted
                                 || (design.encrypted && variant.variant != DesignVariant::Direct);
            checkAgainst(estimate, needs);
            checkGuidance(estimate, worstLevel(pairs), needs);
            price(estimate, variant.topology, pairs, catalogue, options);
            variants.push_back(std::move(estimate));
        }
        if (options.rememberVariants)
            VariantCache::store(cacheKey, variants);
        std::move(variants.begin(), variants.end(), std::back_inserter(result.options));
    }

    // After Microsoft's guidance and the site's requirements, the cheapest option that meets
    // them wins, where the costs can be compared; otherwise the smallest change.
    std::vector<const OptionEstimate *> candidates;
    for (const OptionEstimate &option : result.options) {
        if (option.meets && option.allowed)
            candidates.push_back(&option);
    }
    const bool costsComparable = !candidates.empty()
                                 && std::all_of(candidates.begin(), candidates.end(),
                                                [&](const OptionEstimate *option) {
                                                    return comparableCost(*option,
                                                                          *candidates.front());
                                                });
    const OptionEstimate *chosen = nullptr;
    for (const OptionEstimate *option : candidates) {
        const bool better = !chosen
                            || (costsComparable
                                    ? option->pricedMonthlyCost < chosen->pricedMonthlyCost - 0.005
                                          || (std::abs(option->pricedMonthlyCost
                                                       - chosen->pricedMonthlyCost)
                                                  < 0.005
                                              && preference(option->variant)
                                                     < preference(chosen->variant))
                                    : preference(option->variant) < preference(chosen->variant));
        if (better)
            chosen = option;
    }
    if (thisDesign.meets && thisDesign.allowed) {
        if (chosen == &result.options.front()) {
            result.reasons.push_back("This design meets every requirement: " + figures(thisDesign)
                                     + ", " + costText(thisDesign, currency) + "; it is kept"
                                     + (candidates.size() > 1 && costsComparable
                                            ? ": no other option that meets them costs less"
                                            : ""));
        } else {
            result.reasons.push_back("This design meets every requirement: " + figures(thisDesign)
                                     + ", " + costText(thisDesign, currency));
        }
    } else {
        if (!thisDesign.allowed)
            result.reasons.push_back("This design relies on a VPN: " + thisDesign.notAllowedBecause);
        for (const std::string &shortfall : thisDesign.shortfalls)
            result.reasons.push_back("This design: " + shortfall);
    }
    for (const OptionEstimate &option : result.options) {
        if (option.variant != DesignVariant::ThisDesign && !option.allowed)
            result.reasons.push_back(option.label + ": not advised: " + option.notAllowedBecause);
    }
    if (!chosen) {
        // Nothing meets: the allowed option that misses least, and what would reach the rest.
        // The design as drawn comes first; a variant that misses as much replaces it only when it
        // at least halves the expected downtime, not for a few thousandths of a percent that a
        // costlier build would buy.
        const auto downtime = [](const OptionEstimate &option) {
            return 100.0 - option.availabilityPercent;
        };
        for (const OptionEstimate &option : result.options) {
            if (!option.allowed)
                continue;
            if (!chosen || option.shortfalls.size() < chosen->shortfalls.size()
                || (option.shortfalls.size() == chosen->shortfalls.size()
                    && downtime(option) <= downtime(*chosen) / 2)) {
                chosen = &option;
            }
        }
        if (!chosen)
            chosen = &result.options.front();
        std::string missing;
        for (const std::string &shortfall : chosen->shortfalls) {
            missing += (missing.empty() ? "" : "; ") + shortfall;
            if (const std::string fix = remedy(shortfall, nearestLocation(design.site, catalogue));
                !fix.empty())
                missing += " (would need " + fix + ")";
        }
        result.reasons.push_back("No option the designer compared meets every requirement. "
                                 + chosen->label + " comes closest: " + missing);
    } else if (chosen->variant != DesignVariant::ThisDesign) {
        result.reasons.push_back(
            chosen->label + " meets every requirement: " + figures(*chosen) + ", "
            + costText(*chosen, currency) + ", " + againstDesign(*chosen, thisDesign, currency)
            + (candidates.size() > 1
                   ? (costsComparable ? "; the cheapest option that meets them"
                                      : "; costs not compared (the options leave "
                                        "different items unpriced), so the smallest "
                                        "change is taken")
                   : ""));
    }
    if (!candidates.empty() && !chosen->unpriced.empty()) {
        result.reasons.push_back(
            "Costs are incomplete: " + chosen->unpriced.front()
            + (chosen->unpriced.size() > 1
                   ? " (and " + std::to_string(chosen->unpriced.size() - 1) + " more)"
                   : std::string())
            + "; load a price list that has them (File ▸ Price List…, "
              "--prices)");
    }
    if (needs.availabilityPercent) {
        result.reasons.push_back("Availability figures are estimates from the element figures "
                                 "listed under Assumptions (most of them assumptions, not "
                                 "Microsoft SLAs)");
    }
    result.option = chosen->option;
    result.variant = chosen->variant;
    return result;
}

} // namespace Er
