#include "model/validation/rules/gatewayrouterules.h"

#include "model/catalogue/catalogue.h"
#include "model/core/topologyindex.h"
#include "model/validation/ruleregistry.h"
#include "model/validation/rules/circuitlookup.h"
#include "model/validation/rules/rulehelpers.h"

#include <algorithm>
#include <unordered_set>

namespace Er {

namespace {

const std::string limitsReference
    = "https://learn.microsoft.com/azure/azure-resource-manager/management/"
      "azure-subscription-service-limits#expressroute-limits";

// The routes one ExpressRoute gateway handles [LIMITS; FAQ] (facts §2.5, §4.2).
struct GatewayRoutes
{
    const Node *vnet = nullptr;
    const GatewaySkuInfo *sku = nullptr;
    std::vector<const Node *> circuits; // connected, with private peering
    // Learned from the circuits' private peerings: each listed prefix once (the same prefix over
    // two circuits is one destination; whether the gateway counts it once per circuit is
    // UNCONFIRMED, so the smaller reading is taken), and of the peerings that give only a count,
    // the largest (redundant circuits carry the same routes).
    std::int64_t learned = 0;
    std::vector<const Node *> spokes; // peered VNets that use this gateway (gateway transit)
    PrefixCount advertised;           // the VNet's and its spokes' address prefixes
};

std::vector<GatewayRoutes> gatewayRoutes(const RuleContext &c)
{
    std::vector<GatewayRoutes> result;
    for (const Node *vnet : c.index.nodesOfKind(NodeKind::VirtualNetwork)) {
        const VirtualNetworkFields &fields = *vnet->virtualNetwork();
        if (!fields.expressRouteGateway || !fields.expressRouteGateway->sku)
            continue;
        GatewayRoutes routes;
        routes.vnet = vnet;
        routes.sku = c.catalogue.expressRouteGatewaySku(*fields.expressRouteGateway->sku);
        if (!routes.sku)
            continue; // TOPO-007 names an unknown SKU

        std::unordered_set<const Node *> seenCircuits;
        std::unordered_set<std::string> listed;
        std::int64_t largestCount = 0;
        for (const Link *connection : c.index.incoming(*vnet, LinkKind::Connection)) {
            const Node *circuit = c.index.from(*connection);
            if (!circuit || !circuit->circuit() || !seenCircuits.insert(circuit).second)
                continue;
            const Peering *peering = circuit->circuit()->peering("AzurePrivatePeering");
            if (!peering)
                continue;
            routes.circuits.push_back(circuit);
            if (peering->advertisedPrefixCount && !peering->advertisedPrefixes) {
                largestCount = std::max(largestCount, *peering->advertisedPrefixCount);
                continue;
            }
            const AdvertisedPrefixes prefixes = privatePeeringPrefixes(c.index, *circuit, *peering);
            for (const std::string *prefix : prefixes.prefixes)
                listed.insert(*prefix);
        }
        routes.learned = std::int64_t(listed.size()) + largestCount;

        std::vector<std::string> advertised = fields.addressPrefixes.value_or(StringList{});
        for (const Link *peering : c.index.incoming(*vnet, LinkKind::VnetPeering)) {
            const Node *spoke = c.index.from(*peering);
            if (!peering->useRemoteGateways.value_or(false) || !spoke || !spoke->virtualNetwork()
                || std::find(routes.spokes.begin(), routes.spokes.end(), spoke)
                       != routes.spokes.end()) {
                continue;
            }
            routes.spokes.push_back(spoke);
            const auto &prefixes = spoke->virtualNetwork()->addressPrefixes;
            if (prefixes)
                advertised.insert(advertised.end(), prefixes->begin(), prefixes->end());
        }
        routes.advertised = countByFamily(advertised);
        result.push_back(std::move(routes));
    }
    return result;
}

std::vector<std::string> ids(const Node &first, const std::vector<const Node *> &others)
{
    std::vector<std::string> result{first.id};
    for (const Node *node : others)
        result.push_back(node->id);
    return result;
}

std::string names(const std::vector<const Node *> &nodes)
{
    std::vector<std::string> quotedNames;
    for (const Node *node : nodes)
        quotedNames.push_back(quoted(*node));
    return joinList(quotedNames);
}

// GATEWAY-009 [§2.5, §4.2; LIMITS]: routes learned above the SKU's limit.
void checkLearnedRoutes(const RuleContext &c, FindingSink &sink)
{
    for (const GatewayRoutes &routes : gatewayRoutes(c)) {
        if (routes.learned <= routes.sku->maxLearnedRoutes)
            continue;
        std::string fix = "Summarize the on-premises prefixes advertised over private peering";
        for (const GatewaySkuInfo &other : c.catalogue.expressRouteGatewaySkus()) {
            if (other.zoneRedundant && !other.scalable && other.maxLearnedRoutes >= routes.learned
                && other.maxLearnedRoutes > routes.sku->maxLearnedRoutes) {
                fix += ", or use a larger SKU (" + other.name + " learns up to "
                       + formatCount(other.maxLearnedRoutes) + " routes)";
                break;
            }
        }
        sink.report(ids(*routes.vnet, routes.circuits),
                    "The " + *routes.vnet->virtualNetwork()->expressRouteGateway->sku
                        + " gateway of VNet " + quoted(*routes.vnet) + " learns at least "
                        + formatCount(routes.learned) + " routes from the private peering of "
                        + names(routes.circuits) + ", above the "
                        + formatCount(routes.sku->maxLearnedRoutes)
                        + " a gateway of its SKU takes: routes beyond the limit are dropped",
                    fix);
    }
}

// GATEWAY-010 [§2.5; LIMITS, FAQ]: the gateway advertises more than 1,000 IPv4 (100 IPv6) routes.
void checkAdvertisedRoutes(const RuleContext &c, FindingSink &sink)
{
    for (const GatewayRoutes &routes : gatewayRoutes(c)) {
        const auto report = [&](std::int64_t count, int limit, const char *family) {
            if (count <= limit)
                return;
            std::string source = "VNet " + quoted(*routes.vnet);
            if (!routes.spokes.empty())
                source += " and the peered VNets that use its gateway (" + names(routes.spokes)
                          + ")";
            sink.report(ids(*routes.vnet, routes.spokes),
                        source + (routes.spokes.empty() ? " has " : " have ") + formatCount(count)
                            + " " + family
                            + " address prefixes, which the ExpressRoute gateway advertises to "
                              "its circuits; above "
                            + formatCount(limit)
                            + " the connection between circuit and gateway goes down",
                        "Use fewer, larger address prefixes in these VNets, summarize the "
                        "gateway's advertised prefixes, or move spokes to another hub gateway");
        };
        report(routes.advertised.ipv4, c.catalogue.maxGatewayAdvertisedIPv4Routes(), "IPv4");
        report(routes.advertised.ipv6, c.catalogue.maxGatewayAdvertisedIPv6Routes(), "IPv6");
    }
}

// GATEWAY-011 [§2.5; LIMITS]: more than 11,000 routes in all.
void checkTotalRoutes(const RuleContext &c, FindingSink &sink)
{
    const int limit = c.catalogue.maxGatewayTotalRoutes();
    for (const GatewayRoutes &routes : gatewayRoutes(c)) {
        const std::int64_t total = routes.learned + routes.advertised.ipv4 + routes.advertised.ipv6;
        if (total <= limit)
            continue;
        std::vector<const Node *> involved = routes.circuits;
        involved.insert(involved.end(), routes.spokes.begin(), routes.spokes.end());
        sink.report(ids(*routes.vnet, involved),
                    "The ExpressRoute gateway of VNet " + quoted(*routes.vnet) + " handles "
                        + formatCount(total) + " routes (" + formatCount(routes.learned)
                        + " learned from its circuits, "
                        + formatCount(routes.advertised.ipv4 + routes.advertised.ipv6)
                        + " advertised from its VNets); Microsoft advises keeping the total of "
                          "VNet, on-premises and peering routes at or below "
                        + formatCount(limit),
                    "Summarize the on-premises and VNet prefixes");
    }
}

} // namespace

void registerGatewayRouteRules(RuleRegistry &registry)
{
    registry.add({"GATEWAY-009", Severity::Error,
                  "The gateway learns more routes from its circuits than its SKU takes",
                  "§2.5, §4.2", limitsReference, false, checkLearnedRoutes});
    registry.add({"GATEWAY-010", Severity::Error,
                  "The gateway advertises more than 1,000 IPv4 (100 IPv6) VNet prefixes", "§2.5",
                  limitsReference, false, checkAdvertisedRoutes});
    registry.add({"GATEWAY-011", Severity::Warning,
                  "The gateway handles more than 11,000 routes in all", "§2.5, §4.2",
                  limitsReference, false, checkTotalRoutes});
}

} // namespace Er
