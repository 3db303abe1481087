#include "model/validation/rules/gatewayrules.h"

#include "model/analysis/fastpathiplimits.h"
#include "model/analysis/fastpathspokes.h"
#include "model/analysis/gatewayzones.h"
#include "model/catalogue/catalogue.h"
#include "model/core/topologyindex.h"
#include "model/net/cidr.h"
#include "model/validation/ruleregistry.h"
#include "model/validation/rules/circuitlookup.h"
#include "model/validation/rules/rulehelpers.h"

#include <algorithm>
#include <map>
#include <unordered_set>

namespace Er {

namespace {

const std::string gatewayReference = std::string(learnBase)
                                     + "expressroute-about-virtual-network-gateways";
const std::string fastPathReference = std::string(learnBase) + "about-fastpath";
const std::string scalableReference = std::string(learnBase) + "scalable-gateway";
const std::string zoneGatewayReference
    = "https://learn.microsoft.com/azure/reliability/regions-list";
const std::string coexistReference = std::string(learnBase)
                                     + "expressroute-howto-coexist-resource-manager";

// GatewaySubnet sizes [§4.4; GW 08/19/2024, COEX 01/31/2025].
constexpr int recommendedGatewaySubnetV4 = 27;  // "/27 or larger" recommended; coexistence
constexpr int recommendedGatewaySubnetV6 = 64;  // dual stack: IPv6 /64 or larger
constexpr int sixteenCircuitGatewaySubnet = 26; // "must be /26 or larger to connect 16 circuits"
constexpr std::size_t circuitsNeedingLargeSubnet = 16; // "If you plan on connecting 16 circuits"
constexpr std::size_t circuitsPlanningLargeSubnet = 8; // above 8, the next step needs /26
constexpr int unsupportedGatewaySubnetV4 = 28;         // "/28 or smaller ... not supported for new
                                                       // deployments" [GWPORTAL 10/31/2023]

// A VNet's ExpressRoute gateway with its SKU from the catalogue and the scale units it runs with.
struct GatewayView
{
    const Node *vnet = nullptr;
    const ExpressRouteGateway *gateway = nullptr;
    const GatewaySkuInfo *sku = nullptr; // nullptr: unknown SKU (TOPO-007 names it)
    int minScaleUnits = 0;               // ErGwScale: the guaranteed size
    int maxScaleUnits = 0;               // ErGwScale: the size it may grow to
    bool fastPath = false;               // the gateway takes FastPath (fastpathiplimits.h)

    // Circuit connections the gateway takes at its guaranteed size [§4.2; GW].
    int maxCircuits() const { return sku->maxCircuitsAt(minScaleUnits); }
    // Throughput at its largest size (docs/spec/analysis-model.md, Bandwidth) [§4.2; LIMITS].
    std::int64_t throughputMbps() const
    {
        return std::int64_t(sku->throughputMbps) * (sku->scalable ? maxScaleUnits : 1);
    }
    // FastPath [§4.5; FP 03/20/2025]: ErGwScale only with a minimum of enough scale units.
    bool supportsFastPath() const { return fastPath; }
    std::string describeSku() const
    {
        std::string text = *gateway->sku;
        if (sku->scalable) {
            text += " (" + std::to_string(minScaleUnits);
            if (maxScaleUnits != minScaleUnits)
                text += "-" + std::to_string(maxScaleUnits);
            text += maxScaleUnits == 1 ? " scale unit)" : " scale units)";
        }
        return text;
    }
};

std::vector<GatewayView> expressRouteGateways(const RuleContext &c)
{
    std::vector<GatewayView> result;
    for (const Node *vnet : c.index.nodesOfKind(NodeKind::VirtualNetwork)) {
        const auto &gateway = vnet->virtualNetwork()->expressRouteGateway;
        if (!gateway || !gateway->sku)
            continue;
        GatewayView view{vnet, &*gateway, c.catalogue.expressRouteGatewaySku(*gateway->sku)};
        if (!view.sku)
            continue;
        view.fastPath = gatewayTakesFastPath(*gateway, c.catalogue);
        if (view.sku->scalable) {
            // Missing or out-of-range scale units (GATEWAY-007) count as the smallest valid size.
            const ScaleUnits units = gateway->scaleUnits.value_or(ScaleUnits{});
            const auto clamp = [&](std::int64_t value) {
                return int(std::clamp<std::int64_t>(value, view.sku->minScaleUnits,
                                                    view.sku->maxScaleUnits));
            };
            view.minScaleUnits = clamp(units.min.value_or(view.sku->minScaleUnits));
            view.maxScaleUnits = std::max(view.minScaleUnits,
                                          clamp(units.max.value_or(view.minScaleUnits)));
        }
        result.push_back(view);
    }
    return result;
}

// The circuits connected to the VNet, each once, in design order.
std::vector<const Node *> connectedCircuits(const RuleContext &c, const Node &vnet)
{
    std::vector<const Node *> circuits;
    std::unordered_set<const Node *> seen;
    for (const Link *connection : c.index.incoming(vnet, LinkKind::Connection)) {
        const Node *circuit = c.index.from(*connection);
        if (circuit && seen.insert(circuit).second)
            circuits.push_back(circuit);
    }
    return circuits;
}

std::vector<std::string> ids(const Node &first, const std::vector<const Node *> &others)
{
    std::vector<std::string> result{first.id};
    for (const Node *node : others)
        result.push_back(node->id);
    return result;
}

std::string nameList(const std::vector<const Node *> &nodes)
{
    std::string text;
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        if (i > 0)
            text += i + 1 == nodes.size() ? " and " : ", ";
        text += quoted(*nodes[i]);
    }
    return text;
}

// The subnet of the given size that holds `subnet`: "10.10.255.0/27" for 10.10.255.0/28.
std::string enlarged(const Cidr &subnet, int prefixLength)
{
    return Cidr{subnet.network, prefixLength}.normalized().toString();
}

// GATEWAY-001 [§4.4; GW 08/19/2024]
void checkGatewaySubnetSize(const RuleContext &c, FindingSink &sink)
{
    for (const GatewayView &gw : expressRouteGateways(c)) {
        const auto &prefix = gw.vnet->virtualNetwork()->gatewaySubnetPrefix;
        const std::optional<Cidr> subnet = prefix ? Cidr::parse(*prefix) : std::nullopt;
        if (!subnet)
            continue; // absent, or malformed: ADDR-003
        const std::size_t circuits = connectedCircuits(c, *gw.vnet).size();
        const std::string size = "GatewaySubnet " + *prefix + " of VNet " + quoted(*gw.vnet)
                                 + " is a /" + std::to_string(subnet->prefixLength);
        if (subnet->isIpv4() && subnet->prefixLength >= unsupportedGatewaySubnetV4) {
            sink.report(Severity::Error, {gw.vnet->id},
                        size
                            + ": Microsoft does not support /28 or smaller for new ExpressRoute "
                              "gateways (an existing gateway keeps working, but growing the "
                              "subnet means deleting and recreating the gateway)",
                        "Create the GatewaySubnet as a /27 or larger, e.g. "
                            + enlarged(*subnet, recommendedGatewaySubnetV4)
                            + " if that range is free in the VNet");
            continue;
        }
        if (subnet->isIpv4() && circuits > circuitsPlanningLargeSubnet
            && subnet->prefixLength > sixteenCircuitGatewaySubnet) {
            const bool atLimit = circuits >= circuitsNeedingLargeSubnet;
            sink.report(atLimit ? Severity::Error : Severity::Warning, {gw.vnet->id},
                        size + " and " + std::to_string(circuits)
                            + " circuits connect to its ExpressRoute gateway: "
                            + (atLimit ? "16 circuits need a /26 or larger"
                                       : "connecting up to 16 circuits will need a /26 or "
                                         "larger, and growing it later means recreating the "
                                         "gateway"),
                        "Create the GatewaySubnet as a /26 or larger, e.g. "
                            + enlarged(*subnet, sixteenCircuitGatewaySubnet)
                            + " if that range is free in the VNet");
            continue;
        }
        const int recommended = subnet->isIpv4() ? recommendedGatewaySubnetV4
                                                 : recommendedGatewaySubnetV6;
        if (subnet->prefixLength <= recommended)
            continue;
        sink.report({gw.vnet->id},
                    size + "; Microsoft recommends /" + std::to_string(recommended)
                        + " or larger for an ExpressRoute gateway",
                    "Recreate the GatewaySubnet as a /" + std::to_string(recommended)
                        + " or larger, e.g. " + enlarged(*subnet, recommended)
                        + " if that range is free in the VNet");
    }
}

// GATEWAY-002 [§4.2; GW 08/19/2024, LIMITS]
void checkCircuitCount(const RuleContext &c, FindingSink &sink)
{
    for (const GatewayView &gw : expressRouteGateways(c)) {
        const std::vector<const Node *> circuits = connectedCircuits(c, *gw.vnet);
        const int limit = gw.maxCircuits();
        if (int(circuits.size()) > limit) {
            std::string fix;
            if (gw.sku->scalable) {
                for (const ScaleUnitStep &step : gw.sku->maxCircuitsByScaleUnits) {
                    if (step.maxCircuits >= int(circuits.size())) {
                        fix = "Raise the gateway's minimum to " + std::to_string(step.minScaleUnits)
                              + " scale units (it then takes " + std::to_string(step.maxCircuits)
                              + " circuits), or ";
                        break;
                    }
                }
            } else {
                for (const GatewaySkuInfo &other : c.catalogue.expressRouteGatewaySkus()) {
                    if (!other.scalable && other.zoneRedundant
                        && other.maxCircuits >= int(circuits.size())) {
                        fix = "Use a larger SKU (" + other.name + " takes "
                              + std::to_string(other.maxCircuits) + " circuits), or ";
                        break;
                    }
                }
            }
            fix += "connect fewer circuits to this VNet";
            sink.report(ids(*gw.vnet, circuits),
                        std::to_string(circuits.size()) + " circuits connect to the "
                            + gw.describeSku() + " gateway of VNet " + quoted(*gw.vnet)
                            + ", which takes at most " + std::to_string(limit),
                        fix);
        }
        std::map<std::string, std::vector<const Node *>> byLocation;
        for (const Node *circuit : circuits) {
            const auto &location = circuit->circuit()->peeringLocation;
            if (location && !location->empty())
                byLocation[*location].push_back(circuit);
        }
        for (const auto &[location, atLocation] : byLocation) {
            if (int(atLocation.size()) <= gw.sku->maxCircuitsPerLocation)
                continue;
            sink.report(ids(*gw.vnet, atLocation),
                        std::to_string(atLocation.size()) + " circuits at peering location "
                            + quoted(location) + " (" + nameList(atLocation) + ") connect to VNet "
                            + quoted(*gw.vnet) + "; a gateway takes at most "
                            + std::to_string(gw.sku->maxCircuitsPerLocation)
                            + " from one peering location",
                        "Connect at most " + std::to_string(gw.sku->maxCircuitsPerLocation)
                            + " circuits from " + quoted(location)
                            + "; for more capacity use larger circuits, or circuits at other "
                              "peering locations");
        }
    }
}

std::string fastPathSkus(const Catalogue &catalogue)
{
    std::vector<std::string> names;
    for (const GatewaySkuInfo &sku : catalogue.expressRouteGatewaySkus()) {
        if (!sku.fastPath)
            continue;
        names.push_back(sku.scalable ? sku.name + " with a minimum of "
                                           + std::to_string(sku.fastPathMinScaleUnits)
                                           + " or more scale units"
                                     : sku.name);
    }
    std::string text;
    for (std::size_t i = 0; i < names.size(); ++i)
        text += (i == 0 ? "" : i + 1 == names.size() ? " or " : ", ") + names[i];
    return text;
}

// GATEWAY-003 [§4.5; FP 03/20/2025, GW]
void checkFastPathSku(const RuleContext &c, FindingSink &sink)
{
    for (const GatewayView &gw : expressRouteGateways(c)) {
        if (gw.supportsFastPath())
            continue;
        for (const Link *connection : c.index.incoming(*gw.vnet, LinkKind::Connection)) {
            if (!connection->fastPath.value_or(false))
                continue;
            const Node *circuit = c.index.from(*connection);
            sink.report({connection->id, gw.vnet->id},
                        "Connection " + quoted(connection->id) + " from "
                            + (circuit ? describe(*circuit) : quoted(connection->from))
                            + " enables FastPath, but the " + gw.describeSku() + " gateway of VNet "
                            + quoted(*gw.vnet) + " does not support it",
                        "Use " + fastPathSkus(c.catalogue)
                            + ", or turn FastPath off on the connection");
        }
    }
}

// GATEWAY-004 [§4.1, §4.7, §5.2 item 10; GW, RESARCH]
void checkZoneRedundancy(const RuleContext &c, FindingSink &sink)
{
    for (const GatewayView &gw : expressRouteGateways(c)) {
        if (gw.sku->zoneRedundant)
            continue;
        std::string fix = "Migrate to a zone-redundant SKU";
        for (const GatewaySkuInfo &other : c.catalogue.expressRouteGatewaySkus()) {
            if (other.zoneRedundant && !other.scalable && other.maxCircuits == gw.sku->maxCircuits
                && other.throughputMbps == gw.sku->throughputMbps) {
                fix += " such as " + other.name;
                break;
            }
        }
        fix += " with the gateway migration tool";
        sink.report({gw.vnet->id},
                    "The ExpressRoute gateway of VNet " + quoted(*gw.vnet) + " is "
                        + *gw.gateway->sku
                        + ", which is not zone-redundant: a zone failure takes it down",
                    fix);
    }
}

// GATEWAY-005 [§4.2, §4.5; LIMITS, FP 03/20/2025]
void checkGatewayThroughput(const RuleContext &c, FindingSink &sink)
{
    // Circuits whose FastPath VNets hold more IP addresses than FastPath programs: their
    // traffic goes through the gateway [FP] (GATEWAY-013, fastpathiplimits.h).
    const std::unordered_set<const Node *> pastIpLimit = circuitsPastFastPathIpLimit(c.topology,
                                                                                     c.index,
                                                                                     c.catalogue);
    for (const GatewayView &gw : expressRouteGateways(c)) {
        // FastPath lifts the gateway limit for its connection (docs/spec/analysis-model.md),
        // but not for traffic on to peered spokes over a provider circuit or global peering,
        // nor past its IP limit.
        const std::vector<const Node *> spokes = spokesUsingGateway(c.index, *gw.vnet);
        std::vector<const Node *> throughGateway;
        std::vector<const Node *> spokesPastFastPath;
        std::vector<const Node *> circuitsPastIpLimit;
        std::unordered_set<const Node *> seen;
        std::int64_t totalMbps = 0;
        for (const Link *connection : c.index.incoming(*gw.vnet, LinkKind::Connection)) {
            const Node *circuit = c.index.from(*connection);
            if (!circuit || !circuit->circuit() || !circuit->circuit()->bandwidthInMbps
                || seen.count(circuit)) {
                continue;
            }
            if (connection->fastPath.value_or(false) && gw.supportsFastPath()
                && pastIpLimit.count(circuit)) {
                circuitsPastIpLimit.push_back(circuit);
            } else if (connection->fastPath.value_or(false) && gw.supportsFastPath()) {
                bool spokeViaGateway = false;
                for (const Node *spoke : spokes) {
                    if (fastPathReachesSpoke(c.topology, *circuit, *gw.vnet, *spoke))
                        continue;
                    spokeViaGateway = true;
                    if (std::find(spokesPastFastPath.begin(), spokesPastFastPath.end(), spoke)
                        == spokesPastFastPath.end()) {
                        spokesPastFastPath.push_back(spoke);
                    }
                }
                if (!spokeViaGateway)
                    continue;
            }
            seen.insert(circuit);
            throughGateway.push_back(circuit);
            totalMbps += *circuit->circuit()->bandwidthInMbps;
        }
        const std::int64_t capacity = gw.throughputMbps();
        if (totalMbps <= capacity)
            continue;
        std::string fix;
        if (!circuitsPastIpLimit.empty()) {
            fix = "Keep the VNets FastPath carries within its IP limit (move workloads to VNets "
                  "behind another circuit, or use ExpressRoute Direct), or use a gateway with "
                  "more throughput";
            if (gw.sku->scalable)
                fix += " (raise the gateway's maximum scale units)";
        } else if (!spokesPastFastPath.empty()) {
            fix = "FastPath to peered VNets needs ExpressRoute Direct and VNets in the hub's "
                  "region: use a gateway with more throughput";
            if (gw.sku->scalable)
                fix += " (raise the gateway's maximum scale units)";
            fix += ", move the spokes' workloads into the hub, or connect them over ExpressRoute "
                   "Direct";
        } else if (gw.supportsFastPath()) {
            fix = "Enable FastPath on the connections";
            if (gw.sku->scalable)
                fix += ", or raise the gateway's maximum scale units";
        } else {
            fix = "Use a gateway SKU with more throughput, or one with FastPath ("
                  + fastPathSkus(c.catalogue) + ") and enable it on the connections";
        }
        std::string message = std::string(throughGateway.size() == 1 ? "Circuit " : "Circuits ")
                              + nameList(throughGateway)
                              + (throughGateway.size() == 1 ? " brings " : " bring ")
                              + formatBandwidth(totalMbps) + " to the " + gw.describeSku()
                              + " gateway of VNet " + quoted(*gw.vnet) + ", which forwards about "
                              + formatBandwidth(capacity) + " without FastPath";
        if (!spokesPastFastPath.empty()) {
            message += "; FastPath does not take traffic to the peered "
                       + std::string(spokesPastFastPath.size() == 1 ? "VNet " : "VNets ")
                       + nameList(spokesPastFastPath)
                       + " past the gateway (VNet peering over FastPath is ExpressRoute Direct "
                         "only, and never over global peering)";
        }
        if (!circuitsPastIpLimit.empty()) {
            const bool one = circuitsPastIpLimit.size() == 1;
            message += std::string("; FastPath over ") + (one ? "circuit " : "circuits ")
                       + nameList(circuitsPastIpLimit) + " does not bypass the gateway: the VNets "
                       + (one ? "it carries hold" : "each carries hold")
                       + " more IP addresses than FastPath programs (GATEWAY-013), and beyond "
                         "that limit traffic flows through the gateway";
        }
        std::vector<const Node *> involved = throughGateway;
        involved.insert(involved.end(), spokesPastFastPath.begin(), spokesPastFastPath.end());
        sink.report(ids(*gw.vnet, involved), message, fix);
    }
}

// GATEWAY-006 [§4.4; COEX 01/31/2025]
void checkCoexistenceSubnet(const RuleContext &c, FindingSink &sink)
{
    for (const Node *vnet : c.index.nodesOfKind(NodeKind::VirtualNetwork)) {
        const VirtualNetworkFields &fields = *vnet->virtualNetwork();
        if (!fields.expressRouteGateway || !fields.vpnGateway || !fields.gatewaySubnetPrefix)
            continue;
        const std::optional<Cidr> subnet = Cidr::parse(*fields.gatewaySubnetPrefix);
        if (!subnet || !subnet->isIpv4() || subnet->prefixLength <= recommendedGatewaySubnetV4)
            continue;
        sink.report({vnet->id},
                    "VNet " + quoted(*vnet)
                        + " has both an ExpressRoute and a VPN gateway, but its GatewaySubnet "
                        + *fields.gatewaySubnetPrefix + " is a /"
                        + std::to_string(subnet->prefixLength)
                        + ": coexisting gateways need a /27 or larger",
                    "Delete the gateways, recreate the GatewaySubnet as a /27 or larger (e.g. "
                        + enlarged(*subnet, recommendedGatewaySubnetV4)
                        + " if that range is free), and create the gateways again");
    }
}

// GATEWAY-007 [§4.3; SCALE 11/06/2025]
void checkScaleUnits(const RuleContext &c, FindingSink &sink)
{
    for (const Node *vnet : c.index.nodesOfKind(NodeKind::VirtualNetwork)) {
        const auto &gateway = vnet->virtualNetwork()->expressRouteGateway;
        if (!gateway || !gateway->sku || !gateway->scaleUnits)
            continue;
        const GatewaySkuInfo *sku = c.catalogue.expressRouteGatewaySku(*gateway->sku);
        if (!sku || !sku->scalable)
            continue;
        const auto &min = gateway->scaleUnits->min;
        const auto &max = gateway->scaleUnits->max;
        const std::string owner = "The " + sku->name + " gateway of VNet " + quoted(*vnet);
        const auto report = [&](const std::string &problem, const std::string &fix) {
            sink.report({vnet->id}, owner + " " + problem, fix);
        };
        const std::string range = std::to_string(sku->minScaleUnits) + " and "
                                  + std::to_string(sku->maxScaleUnits);
        if (min && *min < sku->minScaleUnits) {
            report("has a minimum of " + std::to_string(*min)
                       + " scale units; the minimum is at "
                         "least "
                       + std::to_string(sku->minScaleUnits),
                   "Set scale units between " + range);
        }
        if (max && *max > sku->maxScaleUnits) {
            report("has a maximum of " + std::to_string(*max)
                       + " scale units; the maximum is at "
                         "most "
                       + std::to_string(sku->maxScaleUnits),
                   "Set scale units between " + range);
        }
        if (min && max && *min > *max) {
            report("has a minimum of " + std::to_string(*min) + " scale units above its maximum of "
                       + std::to_string(*max),
                   "Set the minimum to the maximum for a fixed size, or below it to autoscale");
        } else if (min && max && *min < *max && *min >= sku->minScaleUnits
                   && *min < sku->autoscaleMinScaleUnits) {
            report("autoscales from " + std::to_string(*min) + " to " + std::to_string(*max)
                       + " scale units; autoscaling needs a minimum of at least "
                       + std::to_string(sku->autoscaleMinScaleUnits),
                   "Raise the minimum to " + std::to_string(sku->autoscaleMinScaleUnits)
                       + ", or set minimum and maximum equal for a fixed size");
        }
    }
}

// GATEWAY-008 [§4.1, §4.7; VPNCONS 09/26/2024, SCALE 11/06/2025; AZREG in
// docs/facts-additions.md]: an AZ SKU in a region without availability zones is deployed
// regional. Regions whose zones the catalogue has not confirmed are not reported.
void checkRegionalAzSku(const RuleContext &c, FindingSink &sink)
{
    for (const Node *vnet : c.index.nodesOfKind(NodeKind::VirtualNetwork)) {
        const VirtualNetworkFields &fields = *vnet->virtualNetwork();
        const auto report = [&](const GatewayZones &zones, const std::string &kind,
                                const std::string &sku) {
            if (!zones.deployedRegional())
                return;
            sink.report({vnet->id},
                        "The " + kind + " gateway of VNet " + quoted(*vnet) + " is " + sku
                            + ", an availability-zone SKU, in " + zones.region->displayName
                            + ", a region without availability zones: it is deployed regional, "
                              "not zone-redundant, and one datacenter failure can take it down",
                        "Place the gateway's VNet in a region with availability zones if the "
                        "design needs zone redundancy, or plan for a regional gateway (a second "
                        "gateway in another region for disaster recovery)");
        };
        if (fields.expressRouteGateway && fields.expressRouteGateway->sku) {
            report(expressRouteGatewayZones(c.topology, *vnet, c.catalogue), "ExpressRoute",
                   *fields.expressRouteGateway->sku);
        }
        if (fields.vpnGateway && fields.vpnGateway->sku)
            report(vpnGatewayZones(c.topology, *vnet, c.catalogue), "VPN", *fields.vpnGateway->sku);
    }
}

// GATEWAY-012 [§4.3; SCALE 11/06/2025]: ErGwScale in a region where it is not offered.
void checkScaleGatewayRegion(const RuleContext &c, FindingSink &sink)
{
    for (const GatewayView &gw : expressRouteGateways(c)) {
        if (!gw.sku->scalable)
            continue;
        const AzureRegionInfo *region = vnetRegion(c.topology, c.catalogue, *gw.vnet);
        if (!region || region->erGwScale.value_or(true))
            continue;
        sink.report({gw.vnet->id},
                    "The ExpressRoute gateway of VNet " + quoted(*gw.vnet) + " is "
                        + *gw.gateway->sku + " in " + region->displayName
                        + ", where Microsoft does not offer the scalable gateway ("
                        + perDocumentation(c.catalogue) + ")",
                    "Use ErGw1AZ, ErGw2AZ or ErGw3AZ in this region (they can be upgraded to "
                    "ErGwScale later without downtime), or check Microsoft's scalable gateway "
                    "page for the region's current availability");
    }
}

// "25,000"
std::string groupedNumber(std::uint64_t value)
{
    std::string digits = std::to_string(value);
    for (int at = int(digits.size()) - 3; at > 0; at -= 3)
        digits.insert(std::size_t(at), ",");
    return digits;
}

// GATEWAY-013 [§2.4, §4.5; FP 03/20/2025]: FastPath programs a limited number of IP addresses
// per provider circuit (per port for ExpressRoute Direct, counted here per circuit since the
// format does not say which circuits share a port); beyond it traffic goes through the gateway.
void checkFastPathIpLimit(const RuleContext &c, FindingSink &sink)
{
    for (const FastPathIpBudget &budget : fastPathIpBudgets(c.topology, c.index, c.catalogue)) {
        if (!budget.exceeded() && !budget.mayExceed())
            continue; // within the limit, or the catalogue gives none for this port size
        const Node *circuit = budget.circuit;
        const std::vector<const Node *> &vnets = budget.vnets;
        const CircuitFields &fields = *circuit->circuit();
        std::string scope = "a provider circuit";
        if (fields.isDirect()) {
            const auto gbps = fields.expressRouteDirect->portBandwidthInGbps;
            scope = "an ExpressRoute Direct port of "
                    + (gbps ? groupedNumber(std::uint64_t(*gbps)) : std::string("?"))
                    + " Gbps (the limit is per port, shared by the circuits on it)";
        }
        std::vector<std::string> ids{circuit->id};
        for (const Node *vnet : vnets)
            ids.push_back(vnet->id);
        const std::uint64_t inUse = budget.inUse;
        const std::uint64_t upperBound = budget.upperBound;
        const std::uint64_t cap = budget.limit;
        const std::string carries = "FastPath over circuit " + quoted(*circuit) + " carries VNet"
                                    + (vnets.size() == 1 ? " " : "s ") + nameList(vnets);
        if (budget.exceeded()) {
            sink.report(ids,
                        carries + " with " + groupedNumber(inUse)
                            + " IP addresses in use, more than the " + groupedNumber(cap)
                            + " FastPath programs for " + scope
                            + ": beyond the limit traffic goes through the gateway, at its "
                              "throughput",
                        "Move workloads to VNets behind another circuit, use ExpressRoute Direct "
                        "(100,000 addresses per 10 Gbps port, 200,000 per 100 Gbps port), or size "
                        "the gateway for the traffic FastPath cannot take");
        } else {
            sink.report(
                Severity::Info, ids,
                carries + " whose address space holds up to " + groupedNumber(upperBound)
                    + " IPv4 addresses, more than the " + groupedNumber(cap)
                    + " FastPath programs for " + scope
                    + ": if more addresses are in use, the rest goes through the gateway",
                "Give each VNet the number of IP addresses in use (VMs, private endpoints "
                "and other NICs) so the limit can be checked, and size the gateway for what "
                "FastPath may not take");
        }
    }
}

// GATEWAY-014 [§4.4; GW 08/19/2024]: a virtual network gateway is deployed into the VNet's
// subnet named GatewaySubnet; without one Azure refuses the gateway, and GATEWAY-001 and
// GATEWAY-006 have no size to check. A warning: the design may simply not give the subnet yet
// (unknown, not known to be missing).
void checkGatewaySubnetPresent(const RuleContext &c, FindingSink &sink)
{
    for (const Node *vnet : c.index.nodesOfKind(NodeKind::VirtualNetwork)) {
        const VirtualNetworkFields &fields = *vnet->virtualNetwork();
        if (fields.gatewaySubnetPrefix || (!fields.expressRouteGateway && !fields.vpnGateway))
            continue;
        const bool both = fields.expressRouteGateway && fields.vpnGateway;
        const std::string gateways = both ? "an ExpressRoute and a VPN gateway"
                                     : fields.expressRouteGateway ? "an ExpressRoute gateway"
                                                                  : "a VPN gateway";
        sink.report({vnet->id},
                    "VNet " + quoted(*vnet) + " has " + gateways
                        + " but no GatewaySubnet is given: Azure deploys a virtual network gateway "
                          "only into the VNet's subnet named GatewaySubnet and refuses "
                        + std::string(both ? "them" : "it")
                        + " without one, and the subnet's size cannot be checked (GATEWAY-001, "
                          "GATEWAY-006)",
                    "Give the VNet its GatewaySubnet: a /27 or larger inside its address space "
                    "and apart from its other subnets (a /26 or larger to connect 16 circuits)");
    }
}

} // namespace

void registerGatewayRules(RuleRegistry &registry)
{
    registry.add({"GATEWAY-001", Severity::Warning,
                  "GatewaySubnet smaller than /27, or smaller than /26 with more than 8 circuits",
                  "§4.4", gatewayReference, false, checkGatewaySubnetSize});
    registry.add(
        {"GATEWAY-002", Severity::Error,
         "More circuits on a gateway than its SKU allows, or more than 4 from one location", "§4.2",
         gatewayReference, false, checkCircuitCount});
    registry.add({"GATEWAY-003", Severity::Error, "FastPath on a gateway SKU without it", "§4.5",
                  fastPathReference, false, checkFastPathSku});
    registry.add({"GATEWAY-004", Severity::Warning, "A gateway SKU that is not zone-redundant",
                  "§4.1, §4.7", gatewayReference, false, checkZoneRedundancy});
    registry.add({"GATEWAY-005", Severity::Warning,
                  "Connected circuits exceed the gateway's throughput without FastPath",
                  "§4.2, §4.5", gatewayReference, false, checkGatewayThroughput});
    registry.add({"GATEWAY-006", Severity::Error,
                  "Coexisting ExpressRoute and VPN gateways in a GatewaySubnet smaller than /27",
                  "§4.4", coexistReference, false, checkCoexistenceSubnet});
    registry.add({"GATEWAY-007", Severity::Error, "ErGwScale scale units invalid", "§4.3",
                  scalableReference, false, checkScaleUnits});
    registry.add({"GATEWAY-008", Severity::Warning,
                  "An AZ gateway SKU in a region without availability zones is deployed regional",
                  "§4.1, §4.7; AZREG, VPNCONS (docs/facts-additions.md)", zoneGatewayReference,
                  false, checkRegionalAzSku});
    registry.add({"GATEWAY-012", Severity::Warning,
                  "An ErGwScale gateway in a region where it is not offered", "§4.3",
                  scalableReference, false, checkScaleGatewayRegion});
    registry.add({"GATEWAY-013", Severity::Warning,
                  "The VNets behind FastPath hold more IP addresses than FastPath programs",
                  "§2.4, §4.5", fastPathReference, false, checkFastPathIpLimit});
    registry.add({"GATEWAY-014", Severity::Warning,
                  "A VNet with an ExpressRoute or VPN gateway but no GatewaySubnet", "§4.4",
                  gatewayReference, false, checkGatewaySubnetPresent});
}

} // namespace Er
