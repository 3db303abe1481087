#include "recommendation.h"

#include "assumptions.h"
#include "catalogue/catalogue.h"
#include "core/topology.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace Er {

namespace {

// Provider circuits end at 10 Gbps; ExpressRoute Direct ports offer 10 and 100 Gbps (facts §2.1).
constexpr double providerCircuitMaxMbps = 10000;
constexpr double directPortMbps = 100000;
constexpr double missionCriticalPercent = 99.99;

std::string number(double value, int decimals)
{
    char text[64];
    std::snprintf(text, sizeof text, "%.*f", decimals, value);
    std::string result = text;
    if (result.find('.') != std::string::npos) {
        while (result.back() == '0')
            result.pop_back();
        if (result.back() == '.')
            result.pop_back();
    }
    return result;
}

std::string percent(double value)
{
    return number(value, 4) + " %";
}

double largestVpnThroughput(const Catalogue &catalogue)
{
    double largest = 0;
    for (const VpnSkuInfo &sku : catalogue.vpnSkus()) {
        if (sku.zoneRedundant)
            largest = std::max(largest, double(sku.aggregateThroughputMbps));
    }
    return largest;
}

void checkAgainst(OptionEstimate &option, const Requirements &needs)
{
    option.shortfalls.clear();
    if (needs.availabilityPercent && option.availabilityPercent < *needs.availabilityPercent) {
        option.shortfalls.push_back("availability " + percent(option.availabilityPercent)
                                    + " is below the target " + percent(*needs.availabilityPercent));
    }
    if (needs.maxLatencyMs && option.latencyMs > *needs.maxLatencyMs) {
        option.shortfalls.push_back("round trip " + number(option.latencyMs, 2)
                                    + " ms is above the limit " + number(*needs.maxLatencyMs, 2)
                                    + " ms");
    }
    if (needs.bandwidthMbps && option.bottleneckMbps < *needs.bandwidthMbps) {
        option.shortfalls.push_back("bandwidth " + number(option.bottleneckMbps, 0)
                                    + " Mbps is below the " + number(*needs.bandwidthMbps, 0)
                                    + " Mbps needed");
    }
    if (needs.encryptionRequired.value_or(false) && !option.encrypted)
        option.shortfalls.push_back("not encrypted, and the site requires encryption");
    option.meets = option.shortfalls.empty();
}

} // namespace

Recommendation recommend(const Node &site,
                         const SiteEstimates &estimates,
                         const Assumptions &assumptions,
                         const Catalogue &catalogue)
{
    using namespace AssumptionKey;
    Recommendation result;
    result.site = site.id;
    const Requirements needs = site.site()->requirements.value_or(Requirements{});

    // The same estimates for every option: the table of defaults.
    const double chain = assumptions.probability(customerEdge) * assumptions.probability(accessLink)
                         * assumptions.probability(providerEdge)
                         * assumptions.probability(circuitPortLink)
                         * assumptions.probability(circuit);
    const double gateway = assumptions.probability(expressRouteGatewayAz);
    const double vpn = assumptions.probability(vpnLink) * assumptions.probability(vpnGateway);
    const double expressRoute = chain * gateway;
    const double withVpn = 1 - (1 - expressRoute) * (1 - vpn);
    const double maximum = (1 - (1 - chain) * (1 - chain)) * gateway;
    const double direct = assumptions.probability(customerEdge)
                          * assumptions.probability(circuitPortLink)
                          * assumptions.probability(circuit) * gateway;
    const double erLatency = estimates.expressRouteLatencyMs.value_or(0);
    const double vpnLatency = estimates.vpnLatencyMs.value_or(0);

    const auto option = [&](ConnectivityOption kind, double availability, double latency,
                            double bandwidth, bool encrypted) {
        OptionEstimate estimate;
        estimate.option = kind;
        estimate.availabilityPercent = availability * 100;
        estimate.latencyMs = latency;
        estimate.bottleneckMbps = bandwidth;
        estimate.encrypted = encrypted;
        checkAgainst(estimate, needs);
        return estimate;
    };
    // VPN: IPsec, up to the largest AZ SKU's aggregate [VPNTBL]; ExpressRoute is not encrypted
    // by default, MACsec needs Direct [ENC] (facts §9, §10.1).
    result.options = {
        option(ConnectivityOption::Vpn, vpn, vpnLatency, largestVpnThroughput(catalogue), true),
        option(ConnectivityOption::ExpressRoute, expressRoute, erLatency, providerCircuitMaxMbps,
               false),
        option(ConnectivityOption::ExpressRouteWithVpnBackup, withVpn, erLatency,
               providerCircuitMaxMbps, false),
        option(ConnectivityOption::ExpressRouteMaximum, maximum, erLatency, providerCircuitMaxMbps,
               false),
        option(ConnectivityOption::ExpressRouteDirect, direct, erLatency, directPortMbps, true),
    };
    if (estimates.designed) {
        OptionEstimate designed = *estimates.designed;
        checkAgainst(designed, needs);
        result.designed = designed;
    }

    const bool hasNeeds = needs.availabilityPercent || needs.maxLatencyMs || needs.bandwidthMbps
                          || needs.encryptionRequired.value_or(false);
    if (!hasNeeds) {
        result.option = estimates.hasExpressRoute ? ConnectivityOption::ExpressRoute
                                                  : ConnectivityOption::Vpn;
        result.reasons.push_back(
            "the site states no requirements (availability, latency, bandwidth, encryption): "
            "the design's choice is kept; Microsoft recommends at least high resiliency for "
            "production [FAQ] (facts §5.1)");
        return result;
    }

    const bool latencySensitive = needs.maxLatencyMs.has_value();
    const bool missionCritical = needs.availabilityPercent
                                 && *needs.availabilityPercent >= missionCriticalPercent;
    const OptionEstimate *chosen = nullptr;
    for (const OptionEstimate &candidate : result.options) {
        if (!candidate.meets)
            continue;
        if (candidate.option == ConnectivityOption::ExpressRouteWithVpnBackup
            && (latencySensitive || missionCritical)) {
            continue;
        }
        chosen = &candidate;
        break;
    }
    if (!chosen) {
        // Nothing meets every requirement: the option that misses fewest, then the most available.
        chosen = &*std::min_element(result.options.begin(), result.options.end(),
                                    [](const OptionEstimate &a, const OptionEstimate &b) {
                                        if (a.shortfalls.size() != b.shortfalls.size())
                                            return a.shortfalls.size() < b.shortfalls.size();
                                        return a.availabilityPercent > b.availabilityPercent;
                                    });
        result.reasons.push_back(
            "no option meets every requirement; " + std::string(toString(chosen->option))
            + " misses the fewest: "
            + (chosen->shortfalls.empty() ? std::string("none") : chosen->shortfalls.front()));
    }
    result.option = chosen->option;

    // The decisive reasons: why each simpler option was passed over, and the facts behind them.
    for (const OptionEstimate &candidate : result.options) {
        if (&candidate == chosen)
            break;
        if (!candidate.meets) {
            result.reasons.push_back(std::string(toString(candidate.option)) + ": "
                                     + candidate.shortfalls.front());
        } else if (candidate.option == ConnectivityOption::ExpressRouteWithVpnBackup) {
            result.reasons.push_back(
                std::string("expressRouteWithVpnBackup: Microsoft advises against VPN as the "
                            "backup of ")
                + (latencySensitive ? "latency-sensitive" : "mission-critical")
                + " workloads; use a second ExpressRoute circuit instead [RESARCH] (facts §5.3)");
        }
    }
    if (needs.availabilityPercent && chosen->option == ConnectivityOption::ExpressRouteMaximum) {
        result.reasons.push_back("availability target " + percent(*needs.availabilityPercent)
                                 + " needs two peering locations: maximum resiliency, two circuits "
                                   "at two locations [RESARCH] (facts §5.1)");
    }
    if (needs.encryptionRequired.value_or(false)) {
        result.reasons.push_back("encryption required: ExpressRoute is not encrypted by default; "
                                 "it needs MACsec on ExpressRoute Direct or IPsec over private "
                                 "peering [ENC] (facts §9)");
    }
    if (needs.bandwidthMbps && *needs.bandwidthMbps > providerCircuitMaxMbps) {
        result.reasons.push_back("bandwidth " + number(*needs.bandwidthMbps, 0)
                                 + " Mbps is beyond the 10 Gbps of a provider circuit: only "
                                   "ExpressRoute Direct offers more [DIRECT] (facts §2.1)");
    }
    if (chosen->meets) {
        result.reasons.push_back(
            std::string(toString(chosen->option))
            + " meets every requirement: " + percent(chosen->availabilityPercent) + ", "
            + number(chosen->latencyMs, 2) + " ms, " + number(chosen->bottleneckMbps, 0) + " Mbps");
    }
    return result;
}

} // namespace Er
