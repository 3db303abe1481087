#include "model/validation/rules/resiliencyanalysisrules.h"

#include "model/analysis/analysisresult.h"
#include "model/catalogue/catalogue.h"
#include "model/validation/ruleregistry.h"
#include "model/validation/rules/rulehelpers.h"

#include <algorithm>
#include <cctype>
#include <cstdio>

namespace Er {

namespace {

const std::string resiliencyReference = std::string(learnBase)
                                        + "design-architecture-for-resiliency";
const std::string highAvailabilityReference = std::string(learnBase)
                                              + "designing-for-high-availability-with-expressroute";
const std::string gatewayReference = std::string(learnBase)
                                     + "expressroute-about-virtual-network-gateways";
const std::string circuitReference = std::string(learnBase) + "expressroute-circuit-peerings";

// The shared risk of a site's internet line and one access line (analysis-model.md).
const std::string internetLinePrefix = "risk:internet-line+";

std::string number(double value, int decimals)
{
    char text[64];
    std::snprintf(text, sizeof text, "%.*f", decimals, value);
    return text;
}

// "site 'London DC'", falling back to the id for an element the design no longer has.
std::string name(const RuleContext &c, const std::string &id)
{
    const Node *node = c.topology.node(id);
    return node ? describe(*node) : quoted(id);
}

std::string pairText(const RuleContext &c, const PairAnalysis &pair)
{
    return name(c, pair.site) + " to " + name(c, pair.vnet);
}

const Requirements *requirementsOf(const RuleContext &c, const std::string &siteId)
{
    const Node *site = c.topology.node(siteId);
    if (!site || !site->site() || !site->site()->requirements)
        return nullptr;
    return &*site->site()->requirements;
}

// How a single point of failure reads: "location London", "risk group conduit-A",
// "the ExpressRoute gateway of VNet 'hub'", "customer edge 'CE 1'", "access link 'l2'".
std::string describeFailure(const RuleContext &c, const std::string &spof)
{
    if (spof.rfind("location:", 0) == 0)
        return "peering location " + quoted(spof.substr(9));
    if (spof.rfind(internetLinePrefix, 0) == 0)
        return "the building entry shared by the internet line and access link "
               + quoted(spof.substr(internetLinePrefix.size()));
    if (spof.rfind("risk:", 0) == 0)
        return "risk group " + quoted(spof.substr(5));
    if (const auto slash = spof.find('/'); slash != std::string::npos) {
        const std::string gateway = spof.substr(slash + 1) == "vpnGateway" ? "VPN" : "ExpressRoute";
        return "the " + gateway + " gateway of " + name(c, spof.substr(0, slash));
    }
    if (const Link *link = c.topology.link(spof)) {
        std::string kind(displayName(link->kind));
        kind[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(kind[0])));
        return kind + " link " + quoted(link->id);
    }
    return name(c, spof);
}

// The design elements a single point of failure names (a gateway: its VNet).
void addElements(const RuleContext &c, const std::string &spof, std::vector<std::string> &elements)
{
    std::string id = spof;
    if (spof.rfind("location:", 0) == 0)
        return;
    if (spof.rfind(internetLinePrefix, 0) == 0) {
        elements.push_back(spof.substr(internetLinePrefix.size()));
        return;
    }
    if (spof.rfind("risk:", 0) == 0) {
        const std::string tag = spof.substr(5);
        for (const Link &link : c.topology.links()) {
            if (link.riskGroups
                && std::find(link.riskGroups->begin(), link.riskGroups->end(), tag)
                       != link.riskGroups->end()) {
                elements.push_back(link.id);
            }
        }
        return;
    }
    if (const auto slash = spof.find('/'); slash != std::string::npos)
        id = spof.substr(0, slash);
    if (std::find(elements.begin(), elements.end(), id) == elements.end())
        elements.push_back(id);
}

// RES-001 [§5.1]
void checkResiliencyLevel(const RuleContext &c, FindingSink &sink)
{
    for (const PairAnalysis &pair : c.analysis->pairs) {
        if (pair.resiliency != Resiliency::Standard
            && pair.resiliency != Resiliency::StandardWithVpnBackup) {
            continue;
        }
        std::string locations;
        for (const std::string &spof : pair.singlePointsOfFailure) {
            if (spof.rfind("location:", 0) == 0)
                locations += (locations.empty() ? " (" : ", ") + spof.substr(9);
        }
        if (!locations.empty())
            locations += ")";
        std::string level(displayName(pair.resiliency)); // "Standard with VPN backup"
        level[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(level[0])));
        sink.report({pair.site, pair.vnet},
                    "The connection of " + pairText(c, pair) + " has " + level
                        + " resiliency: every ExpressRoute path passes one peering location"
                        + locations
                        + "; Microsoft recommends at least high resiliency for production",
                    "Add a second circuit at another peering location (maximum resiliency) or use "
                    "an ExpressRoute Metro circuit whose two links reach the metro's two sites "
                    "(high resiliency)");
    }
}

// RES-002 [§5.2 item 6]
void checkSinglePointsOfFailure(const RuleContext &c, FindingSink &sink)
{
    for (const PairAnalysis &pair : c.analysis->pairs) {
        if (!pair.reachable || pair.singlePointsOfFailure.empty())
            continue;
        std::vector<std::string> elements{pair.site, pair.vnet};
        std::string list;
        for (const std::string &spof : pair.singlePointsOfFailure) {
            addElements(c, spof, elements);
            list += (list.empty() ? "" : ", ") + describeFailure(c, spof);
        }
        sink.report(
            std::move(elements),
            "The connection of " + pairText(c, pair) + " is lost if any one of these fails: " + list,
            "Give each of them a redundant counterpart on a separate path (a second router, "
            "access line, provider edge or circuit at another location; a zone-redundant "
            "gateway SKU)");
    }
}

// RES-004 [§5.2 item 6]
void checkSharedRiskGroups(const RuleContext &c, FindingSink &sink)
{
    for (const PairAnalysis &pair : c.analysis->pairs) {
        for (const std::string &risk : pair.sharedRiskGroups) {
            std::vector<std::string> elements{pair.site, pair.vnet};
            addElements(c, risk, elements);
            sink.report(std::move(elements),
                        "The " + std::to_string(pair.disjointPaths) + " redundant paths of "
                            + pairText(c, pair) + " share " + describeFailure(c, risk)
                            + ": one incident there takes them down together",
                        "Route the redundant paths through separate trenches, buildings and "
                        "carriers, and tag each with its own risk group");
        }
    }
}

// RES-006 [analysis-model.md "Availability"]
void checkAvailability(const RuleContext &c, FindingSink &sink)
{
    for (const PairAnalysis &pair : c.analysis->pairs) {
        const Requirements *needs = requirementsOf(c, pair.site);
        if (!pair.reachable || !needs || !needs->availabilityPercent
            || pair.availabilityPercent >= *needs->availabilityPercent) {
            continue;
        }
        sink.report(
            {pair.site, pair.vnet},
            "Estimated availability of " + pairText(c, pair) + " is "
                + number(pair.availabilityPercent, 4) + " %"
                + (pair.availabilityExact ? "" : " (estimate)") + ", below the site's target "
                + number(*needs->availabilityPercent, 4)
                + " % (circuit SLA and element figures per Microsoft's documentation as of "
                + c.catalogue.factsAsOf() + " and the analysis assumptions)",
            // With redundant paths already, what caps the estimate is what every path
            // shares: the VNet's one gateway and its region.
            pair.singlePointsOfFailure.empty() && pair.disjointPaths >= 2
                ? "The paths are already redundant: what they all share (the VNet's "
                  "gateway, its region) caps the estimate. Add a second gateway in another "
                  "region for this site's workloads, or set the assumptions that match your "
                  "providers' SLAs"
                : "Add redundant paths (a second circuit at another peering location, "
                  "separate routers) or set the assumptions that match your providers' "
                  "SLAs");
    }
}

// RES-007 [facts §11]
void checkLatency(const RuleContext &c, FindingSink &sink)
{
    for (const PairAnalysis &pair : c.analysis->pairs) {
        const Requirements *needs = requirementsOf(c, pair.site);
        if (!pair.latencyMs || !needs || !needs->maxLatencyMs
            || *pair.latencyMs <= *needs->maxLatencyMs) {
            continue;
        }
        sink.report({pair.site, pair.vnet},
                    "Estimated round trip of " + pairText(c, pair) + " is "
                        + number(*pair.latencyMs, 2) + " ms"
                        + (pair.latencyVariable ? " over the internet (variable)" : "")
                        + ", above the site's limit of " + number(*needs->maxLatencyMs, 2) + " ms",
                    "Use a circuit at a peering location nearer the site and a VNet in a nearer "
                    "region, or relax the limit");
    }
}

// RES-008 [facts §2.1, §4.2]
void checkBandwidth(const RuleContext &c, FindingSink &sink)
{
    for (const PairAnalysis &pair : c.analysis->pairs) {
        const Requirements *needs = requirementsOf(c, pair.site);
        if (!pair.bottleneckMbps || !needs || !needs->bandwidthMbps
            || *pair.bottleneckMbps >= *needs->bandwidthMbps) {
            continue;
        }
        sink.report({pair.site, pair.vnet},
                    "Bottleneck bandwidth of " + pairText(c, pair) + " is "
                        + formatBandwidth(static_cast<std::int64_t>(*pair.bottleneckMbps))
                        + ", below the " + number(*needs->bandwidthMbps, 0) + " Mbps the site needs",
                    "Raise the narrowest element: the circuit bandwidth, the gateway SKU (or "
                    "FastPath), or the access line");
    }
}

std::string entries(const RuleContext &c, const std::vector<std::string> &ids)
{
    std::string list;
    for (const std::string &id : ids)
        list += (list.empty() ? "" : " and ") + name(c, id);
    return list.empty() ? std::string("nothing") : list;
}

// RES-011 [§5.2 item 8; DR]
void checkAsymmetricRouting(const RuleContext &c, FindingSink &sink)
{
    for (const PairAnalysis &pair : c.analysis->pairs) {
        if (!pair.reachable || pair.steady.symmetric || pair.steady.toAzure.empty()
            || pair.steady.fromAzure.empty()) {
            continue;
        }
        std::vector<std::string> elements{pair.site, pair.vnet};
        for (const auto *side : {&pair.steady.toAzure, &pair.steady.fromAzure}) {
            for (const std::string &id : *side) {
                if (std::find(elements.begin(), elements.end(), id) == elements.end())
                    elements.push_back(id);
            }
        }
        sink.report(std::move(elements),
                    "Traffic from " + pairText(c, pair) + " goes over "
                        + entries(c, pair.steady.toAzure) + " but returns over "
                        + entries(c, pair.steady.fromAzure)
                        + ": asymmetric routing, which stateful firewalls and NAT drop",
                    "Make the on-premises routers prefer the path Azure prefers (a higher "
                    "localPreference on that circuit's private peering), or remove the "
                    "connection weight or AS-path prepend that sends Azure's traffic elsewhere");
    }
}

// RES-012 [§5.3; COEX]
void checkVpnTakesTraffic(const RuleContext &c, FindingSink &sink)
{
    for (const PairAnalysis &pair : c.analysis->pairs) {
        if (!pair.vpnTakesTrafficByPrefix)
            continue;
        std::vector<std::string> elements{pair.site, pair.vnet};
        for (const std::string &id : pair.steady.fromAzure)
            elements.push_back(id);
        sink.report(std::move(elements),
                    "Azure sends the traffic of " + pairText(c, pair) + " over the internet VPN "
                        + entries(c, pair.steady.fromAzure)
                        + ": it announces more specific prefixes than ExpressRoute does, and the "
                          "longest prefix wins over ExpressRoute's preference",
                    "Announce the same prefixes over the VPN as over ExpressRoute (or more "
                    "specific ones over ExpressRoute), so that the VPN only takes over when "
                    "ExpressRoute fails");
    }
}

// RES-013 [§2.1, §4.2; analysis-model.md "Capacity"]
void checkBandwidthAfterFailure(const RuleContext &c, FindingSink &sink)
{
    for (const PairAnalysis &pair : c.analysis->pairs) {
        const Requirements *needs = requirementsOf(c, pair.site);
        if (!pair.reachable || !needs || !needs->bandwidthMbps
            || !pair.bandwidthAfterWorstFailureMbps
            || *pair.bandwidthAfterWorstFailureMbps >= *needs->bandwidthMbps
            || (pair.bottleneckMbps && *pair.bottleneckMbps < *needs->bandwidthMbps)) {
            continue; // RES-008 already says the steady state falls short
        }
        std::vector<std::string> elements{pair.site, pair.vnet};
        if (!pair.worstFailure.empty())
            addElements(c, pair.worstFailure, elements);
        const double left = *pair.bandwidthAfterWorstFailureMbps;
        sink.report(std::move(elements),
                    "After the loss of " + describeFailure(c, pair.worstFailure) + ", "
                        + pairText(c, pair) + " is left with "
                        + (left > 0 ? formatBandwidth(static_cast<std::int64_t>(left))
                                    : std::string("no path"))
                        + ", below the " + number(*needs->bandwidthMbps, 0) + " Mbps the site needs",
                    "Size each redundant path for the whole need (each circuit, access line and "
                    "the VPN), so that one failure still carries it");
    }
}

// RES-010
void checkReachable(const RuleContext &c, FindingSink &sink)
{
    for (const PairAnalysis &pair : c.analysis->pairs) {
        if (pair.reachable)
            continue;
        sink.report({pair.site, pair.vnet},
                    name(c, pair.site) + " cannot reach " + name(c, pair.vnet)
                        + ", which it needs: no ExpressRoute path (circuit with private peering, "
                          "connection, ExpressRoute gateway) and no site-to-site VPN",
                    "Connect the site through a circuit with private peering to the VNet (or its "
                    "hub, with \"Use remote gateways\"), or add a VPN to a VPN gateway");
    }
}

} // namespace

void registerResiliencyAnalysisRules(RuleRegistry &registry)
{
    registry.add({"RES-001", Severity::Warning, "A site-VNet pair has standard resiliency", "§5.1",
                  resiliencyReference, true, checkResiliencyLevel});
    registry.add({"RES-002", Severity::Warning, "A site-VNet pair has a single point of failure",
                  "§5.2", highAvailabilityReference, true, checkSinglePointsOfFailure});
    registry.add({"RES-004", Severity::Warning, "Redundant paths share a risk group", "§5.2",
                  highAvailabilityReference, true, checkSharedRiskGroups});
    registry.add({"RES-006", Severity::Warning, "Estimated availability below the requirement",
                  "analysis-model.md", resiliencyReference, true, checkAvailability});
    registry.add({"RES-007", Severity::Warning, "Estimated latency above the requirement", "§11",
                  circuitReference, true, checkLatency});
    registry.add({"RES-008", Severity::Warning, "Bottleneck bandwidth below the requirement",
                  "§2.1, §4.2", gatewayReference, true, checkBandwidth});
    registry.add({"RES-010", Severity::Error, "A site cannot reach a VNet it needs", "",
                  circuitReference, true, checkReachable});
    registry.add(
        {"RES-011", Severity::Warning, "Routing is asymmetric between the two directions", "§5.2",
         std::string(learnBase) + "designing-for-disaster-recovery-with-expressroute-privatepeering",
         true, checkAsymmetricRouting});
    registry.add({"RES-012", Severity::Warning,
                  "A VPN's more specific prefixes take traffic off ExpressRoute", "§5.3",
                  std::string(learnBase) + "expressroute-howto-coexist-resource-manager", true,
                  checkVpnTakesTraffic});
    registry.add({"RES-013", Severity::Warning,
                  "Bandwidth after the worst single failure below the requirement", "§2.1, §4.2",
                  gatewayReference, true, checkBandwidthAfterFailure});
}

} // namespace Er
