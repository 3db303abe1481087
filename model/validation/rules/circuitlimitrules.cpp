#include "model/validation/rules/circuitlimitrules.h"

#include "model/catalogue/catalogue.h"
#include "model/core/topologyindex.h"
#include "model/validation/rule.h"
#include "model/validation/rules/circuitlookup.h"
#include "model/validation/rules/rulehelpers.h"

#include <algorithm>

namespace Er {

namespace {

std::string tierOf(const CircuitFields &fields)
{
    return fields.skuTier.value_or("");
}

// What a peering advertises and where the number comes from, for CIRCUIT-005's messages.
struct RouteLimitCheck
{
    const Node &circuit;
    bool isPrivate = true;
    const std::string &tier;
    std::size_t sites = 0; // the prefixes are those of the sites that reach the circuit

    // "Private peering of circuit 'ER London' (Standard)"
    std::string peering() const
    {
        return std::string(isPrivate ? "Private" : "Microsoft") + " peering of circuit "
               + quoted(circuit) + " (" + tier + ")";
    }
    // " (the address prefixes of the 2 sites that reach it)" or empty
    std::string source() const
    {
        return sites == 0 ? std::string()
                          : " (the address prefixes of the " + std::to_string(sites)
                                + " sites that reach it)";
    }
};

// `fix` makes the advice only for a finding.
template<typename Fix>
void reportRouteLimit(FindingSink &sink,
                      const RouteLimitCheck &check,
                      const char *family,
                      std::int64_t count,
                      int limit,
                      Fix fix)
{
    if (limit <= 0 || count <= limit)
        return;
    sink.report({check.circuit.id},
                check.peering() + " advertises " + formatCount(count) + " " + family + " prefixes"
                    + check.source() + "; Microsoft accepts at most " + formatCount(limit)
                    + " and drops the BGP session above that",
                fix());
}

} // namespace

const std::string &vnetLinkLimitReference()
{
    static const std::string reference = "https://learn.microsoft.com/azure/azure-resource-manager/"
                                         "management/azure-subscription-service-limits";
    return reference;
}

// CIRCUIT-004 [§2.4 LIMITS; §6.1]: connections plus Global Reach links per tier and bandwidth.
void checkVnetLinkLimit(const RuleContext &c, FindingSink &sink)
{
    for (const Node *circuit : c.index.nodesOfKind(NodeKind::Circuit)) {
        const CircuitFields &fields = *circuit->circuit();
        const std::string tier = tierOf(fields);
        const std::int64_t mbps = fields.bandwidthInMbps.value_or(0);
        const int limit = c.catalogue.maxVnetLinks(tier, mbps);
        if (limit == 0)
            continue; // unknown tier or bandwidth: TOPO-007, CIRCUIT-001
        const std::size_t connections = c.index.outgoing(*circuit, LinkKind::Connection).size();
        const std::size_t globalReach = c.index.linksAt(*circuit, LinkKind::GlobalReach).size();
        if (connections + globalReach <= static_cast<std::size_t>(limit))
            continue;
        const auto &rows = c.catalogue.vnetLinkLimits();
        const auto row = std::find_if(rows.begin(), rows.end(), [mbps](const VnetLinkLimit &r) {
            return mbps <= r.bandwidthMbps;
        });
        const bool confirmed = row == rows.end() || row->confirmed;
        std::string message = "Circuit " + quoted(*circuit) + " has " + std::to_string(connections)
                              + " VNet connections";
        if (globalReach > 0)
            message += " and " + std::to_string(globalReach) + " Global Reach links, "
                       + std::to_string(connections + globalReach) + " VNet links in all";
        message += "; a " + tier + " circuit of " + formatBandwidth(mbps) + " allows "
                   + std::to_string(limit) + " VNet links";
        if (!confirmed)
            message += " (" + perDocumentation(c.catalogue)
                       + ", which gives no limit for this bandwidth: the 100 Gbps limit is used)";
        const int premium = c.catalogue.maxVnetLinks("Premium", mbps);
        std::string fix = "Spread the VNets over another circuit, or connect spokes through a hub "
                          "VNet with VNet peering (with \"Use remote gateways\")";
        if (tier != "Premium" && premium > limit)
            fix = "Make the circuit Premium (" + std::to_string(premium) + " links at "
                  + formatBandwidth(mbps) + "), or s" + fix.substr(1);
        sink.report(confirmed ? Severity::Error : Severity::Warning, {circuit->id}, message, fix);
    }
}

// CIRCUIT-005 [§2.5 LIMITS; ROUTE; PEER]
void checkRouteLimits(const RuleContext &c, FindingSink &sink)
{
    const auto summarize = [](const std::string &more = std::string()) {
        return "Summarize the advertised routes into fewer, larger prefixes" + more;
    };
    for (const Node *circuit : c.index.nodesOfKind(NodeKind::Circuit)) {
        const CircuitFields &fields = *circuit->circuit();
        if (!fields.peerings)
            continue;
        const std::string tier = tierOf(fields);
        for (const Peering &peering : *fields.peerings) {
            const bool isPrivate = peering.peeringType == "AzurePrivatePeering";
            if (!isPrivate && peering.peeringType != "MicrosoftPeering")
                continue;
            RouteLimitCheck check{*circuit, isPrivate, tier};
            PrefixCount count;
            if (peering.advertisedPrefixCount) {
                count.ipv4 = *peering.advertisedPrefixCount;
            } else if (isPrivate) {
                const AdvertisedPrefixes advertised = privatePeeringPrefixes(c.index, *circuit,
                                                                             peering);
                count = countByFamily(advertised.prefixes);
                check.sites = advertised.sites.size();
            } else if (peering.advertisedPrefixes) {
                count = countByFamily(*peering.advertisedPrefixes);
            }
            if (isPrivate) {
                const int limit = c.catalogue.maxPrivatePeeringPrefixes(tier);
                const int premium = c.catalogue.maxPrivatePeeringPrefixes("Premium");
                reportRouteLimit(sink, check, "IPv4", count.ipv4, limit, [&] {
                    return summarize(tier != "Premium" && premium > limit
                                         ? ", or make the circuit Premium (" + formatCount(premium)
                                               + " IPv4 routes)"
                                         : std::string());
                });
                reportRouteLimit(sink, check, "IPv6", count.ipv6,
                                 c.catalogue.maxPrivatePeeringIPv6Prefixes(), summarize);
            } else {
                reportRouteLimit(sink, check, "IPv4", count.ipv4,
                                 c.catalogue.maxMicrosoftPeeringPrefixes(), [&] {
                                     return summarize(" (the limit is per BGP session, in every "
                                                      "tier)");
                                 });
                reportRouteLimit(sink, check, "IPv6", count.ipv6,
                                 c.catalogue.maxMicrosoftPeeringIPv6Prefixes(), summarize);
            }
        }
    }
}

} // namespace Er
