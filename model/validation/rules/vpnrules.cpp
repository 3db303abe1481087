#include "model/validation/rules/vpnrules.h"

#include "model/analysis/coexistence.h"
#include "model/catalogue/catalogue.h"
#include "model/core/topologyindex.h"
#include "model/validation/ruleregistry.h"
#include "model/validation/rules/rulehelpers.h"
#include "model/validation/rules/sitecircuits.h"

#include <algorithm>
#include <cstdio>
#include <functional>

namespace Er {

namespace {

const std::string vpnSkuReference
    = "https://learn.microsoft.com/azure/vpn-gateway/about-gateway-skus";
const std::string vpnConsolidationReference
    = "https://learn.microsoft.com/azure/vpn-gateway/gateway-sku-consolidation";
const std::string vpnGatewayReference
    = "https://learn.microsoft.com/azure/vpn-gateway/vpn-gateway-about-vpngateways";
const std::string resiliencyReference = std::string(learnBase)
                                        + "design-architecture-for-resiliency";

// The tunnel count of every non-Basic SKU in the VPN SKU page's feature table [VPNSKU].
constexpr int disputedTunnelLimit = 100;

// rules.md VPN-003: a site that needs at least this availability is mission-critical.
constexpr double missionCriticalAvailabilityPercent = 99.99;

std::string perDocumentation(const Catalogue &catalogue)
{
    return "per Microsoft's documentation as of " + catalogue.factsAsOf();
}

// The sites a vpn link starts from: the site itself, or the sites of its customer edge.
std::vector<const Node *> vpnSites(const RuleContext &c, const Link &vpn)
{
    const Node *from = c.index.from(vpn);
    if (!from)
        return {};
    if (from->site())
        return {from};
    return sitesOfCustomerEdge(c.index, *from);
}

// 99.99 -> "99.99", 10 -> "10".
std::string formatNumber(double value)
{
    char text[32];
    std::snprintf(text, sizeof text, "%g", value);
    return text;
}

bool overInternet(const Link &vpn)
{
    return !vpn.overExpressRoute.value_or(false);
}

// VPN-001 [§10.1; VPNSKU 06/23/2025, VPNCONS 02/03/2026]
void checkVpnSku(const RuleContext &c, FindingSink &sink)
{
    const VpnSkuInfo *recommended = nullptr;
    for (const VpnSkuInfo &sku : c.catalogue.vpnSkus()) {
        if (sku.zoneRedundant && !sku.basic && !sku.retiring) {
            recommended = &sku;
            break;
        }
    }
    for (const Node *vnet : c.index.nodesOfKind(NodeKind::VirtualNetwork)) {
        const auto &gateway = vnet->virtualNetwork()->vpnGateway;
        const VpnSkuInfo *sku = gateway && gateway->sku ? c.catalogue.vpnSku(*gateway->sku)
                                                        : nullptr;
        if (!sku)
            continue; // no VPN gateway, or an unknown SKU (TOPO-007)
        if (sku->basic) {
            sink.report({vnet->id},
                        "The VPN gateway of VNet " + quoted(*vnet) + " is " + sku->name
                            + ": no BGP, no IPv6, " + std::to_string(sku->maxSiteToSiteTunnels)
                            + " tunnels, and not meant for production",
                        "Use " + (recommended ? recommended->name : std::string("an AZ SKU"))
                            + " or larger");
            continue;
        }
        if (!sku->retiring)
            continue;
        // The zone-redundant SKU with the same capacity: VpnGw2 -> VpnGw2AZ.
        const auto &skus = c.catalogue.vpnSkus();
        const auto successor = std::find_if(skus.begin(), skus.end(), [&](const VpnSkuInfo &s) {
            return s.zoneRedundant && !s.retiring
                   && s.maxSiteToSiteTunnels == sku->maxSiteToSiteTunnels
                   && s.aggregateThroughputMbps == sku->aggregateThroughputMbps;
        });
        sink.report({vnet->id},
                    "The VPN gateway of VNet " + quoted(*vnet) + " is " + sku->name
                        + ", a non-zone-redundant SKU that Microsoft is retiring: no new "
                          "non-AZ gateways, and deprecation scheduled for September 2026 ("
                        + perDocumentation(c.catalogue) + ")",
                    "Migrate the gateway to "
                        + (successor != skus.end() ? successor->name
                                                   : std::string("the matching AZ SKU"))
                        + " (zone-redundant, same tunnels and throughput)");
    }
}

// VPN-002 [§10.3; ARCHVPN, topology-format.md internetBreakout]
void checkVpnBreakout(const RuleContext &c, FindingSink &sink)
{
    for (const Link *vpn : c.index.linksOfKind(LinkKind::Vpn)) {
        if (!overInternet(*vpn))
            continue;
        const std::vector<const Node *> sites = vpnSites(c, *vpn);
        if (sites.empty() || std::any_of(sites.begin(), sites.end(), [](const Node *site) {
                return site->site()->hasInternetBreakout();
            })) {
            continue;
        }
        std::vector<std::string> elements{vpn->id};
        std::string names;
        for (const Node *site : sites) {
            elements.push_back(site->id);
            names += (names.empty() ? "" : " and ") + quoted(*site);
        }
        const Node *vnet = c.index.to(*vpn);
        sink.report(elements,
                    "VPN " + quoted(vpn->id) + " to " + (vnet ? describe(*vnet) : quoted(vpn->to))
                        + " runs over the internet, but site " + names + " has no internet breakout",
                    "Give the site internet access for the VPN, or run the VPN over ExpressRoute "
                    "private peering (overExpressRoute)");
    }
}

// VPN-003 [§5.3; RESARCH 04/18/2024]
void checkVpnBackupFit(const RuleContext &c, FindingSink &sink)
{
    const SiteCircuits &reach = c.siteCircuits();
    for (const Link *vpn : c.index.linksOfKind(LinkKind::Vpn)) {
        const Node *vnet = c.index.to(*vpn);
        if (!overInternet(*vpn) || !vnet)
            continue;
        const TopologyIndex::Links connections = c.index.incoming(*vnet, LinkKind::Connection);
        for (const Node *site : vpnSites(c, *vpn)) {
            const auto &requirements = site->site()->requirements;
            if (!requirements)
                continue;
            const bool latencySensitive = requirements->maxLatencyMs.has_value();
            const bool missionCritical = requirements->availabilityPercent.value_or(0)
                                         >= missionCriticalAvailabilityPercent;
            if (!latencySensitive && !missionCritical)
                continue;
            // A backup: the site also reaches this VNet over an ExpressRoute circuit.
            const std::vector<const Node *> &circuits = reach.circuitsOf(*site);
            const bool hasExpressRoute = std::any_of(
                connections.begin(), connections.end(), [&](const Link *link) {
                    const Node *circuit = c.index.from(*link);
                    return std::binary_search(circuits.begin(), circuits.end(), circuit,
                                              std::less<const Node *>());
                });
            if (!hasExpressRoute)
                continue;
            std::string why;
            if (latencySensitive) {
                why = "is latency-sensitive (at most " + formatNumber(*requirements->maxLatencyMs)
                      + " ms)";
            }
            if (missionCritical) {
                why += std::string(why.empty() ? "" : " and ") + "needs "
                       + formatNumber(*requirements->availabilityPercent) + " % availability";
            }
            sink.report({vpn->id, site->id, vnet->id},
                        "Site " + quoted(*site) + " " + why + ", yet VPN " + quoted(vpn->id)
                            + " over the internet backs up its ExpressRoute path to VNet "
                            + quoted(*vnet)
                            + ": Microsoft advises against VPN backup for such workloads",
                        "Add a second ExpressRoute circuit at another peering location instead "
                        "of relying on the VPN");
        }
    }
}

// VPN-004 [§10.1; VPNLIM, VPNSKU 06/23/2025: tunnel limits in CONFLICT, the lower one used]
void checkTunnelCount(const RuleContext &c, FindingSink &sink)
{
    for (const Node *vnet : c.index.nodesOfKind(NodeKind::VirtualNetwork)) {
        const auto &gateway = vnet->virtualNetwork()->vpnGateway;
        const VpnSkuInfo *sku = gateway && gateway->sku ? c.catalogue.vpnSku(*gateway->sku)
                                                        : nullptr;
        if (!sku)
            continue;
        const TopologyIndex::Links vpns = c.index.incoming(*vnet, LinkKind::Vpn);
        const int tunnels = int(vpns.size());
        if (tunnels <= sku->maxSiteToSiteTunnels)
            continue;
        const VpnSkuInfo *larger = nullptr;
        for (const VpnSkuInfo &other : c.catalogue.vpnSkus()) {
            if (other.zoneRedundant && !other.retiring && other.maxSiteToSiteTunnels >= tunnels) {
                larger = &other;
                break;
            }
        }
        std::vector<std::string> elements{vnet->id};
        for (const Link *vpn : vpns)
            elements.push_back(vpn->id);
        // CONFLICT (facts §10.1): the SKU page's feature table says "up to 100 tunnels" for every
        // non-Basic SKU, the limits table 30 for VpnGw1-3: a warning while Microsoft disagrees.
        const bool disputed = !sku->basic && tunnels <= disputedTunnelLimit;
        sink.report(disputed ? Severity::Warning : Severity::Error, elements,
                    std::to_string(tunnels) + " site-to-site VPNs end at the " + sku->name
                        + " gateway of VNet " + quoted(*vnet) + ", which takes at most "
                        + std::to_string(sku->maxSiteToSiteTunnels) + " tunnels ("
                        + perDocumentation(c.catalogue) + ")"
                        + (disputed ? "; Microsoft's SKU page says up to 100 for every SKU but "
                                      "Basic, so confirm the limit with Microsoft"
                                    : ""),
                    larger ? "Use " + larger->name + " (up to "
                                 + std::to_string(larger->maxSiteToSiteTunnels)
                                 + " tunnels), or spread the sites over more VPN gateways"
                           : "More tunnels than any VPN gateway SKU takes: use Azure Virtual WAN");
    }
}

// VPN-005 [§5.3; COEX]
void checkCoexistence(const RuleContext &c, FindingSink &sink)
{
    for (const Node *vnet : c.index.nodesOfKind(NodeKind::VirtualNetwork)) {
        if (vpnCanCoexist(*vnet->virtualNetwork(), c.catalogue))
            continue;
        sink.report({vnet->id},
                    "VNet " + quoted(*vnet) + " has an ExpressRoute gateway and a Basic VPN "
                        + "gateway: Microsoft does not support the Basic SKU for coexisting "
                          "ExpressRoute and site-to-site VPN connections, so the VPN is no "
                          "backup (the analysis counts no path over it)",
                    "Use a VpnGw1AZ or larger VPN SKU (route-based), in a GatewaySubnet of /27 "
                    "or larger");
    }
}

} // namespace

void registerVpnRules(RuleRegistry &registry)
{
    registry.add({"VPN-001", Severity::Warning, "Basic or retiring non-zone-redundant VPN SKU",
                  "§10.1", vpnConsolidationReference, false, checkVpnSku});
    registry.add({"VPN-002", Severity::Error, "Internet VPN from a site without internet breakout",
                  "§10.3", vpnGatewayReference, false, checkVpnBreakout});
    registry.add({"VPN-003", Severity::Warning,
                  "VPN backup for a latency-sensitive or mission-critical site", "§5.3",
                  resiliencyReference, false, checkVpnBackupFit});
    registry.add({"VPN-004", Severity::Error, "More site-to-site tunnels than the VPN SKU allows",
                  "§10.1", vpnSkuReference, false, checkTunnelCount});
    registry.add({"VPN-005", Severity::Error,
                  "Basic VPN gateway beside an ExpressRoute gateway (coexistence not supported)",
                  "§5.3", std::string(learnBase) + "expressroute-howto-coexist-resource-manager",
                  false, checkCoexistence});
}

} // namespace Er
