#include "model/analysis/fastpathiplimits.h"

#include "model/analysis/fastpathspokes.h"
#include "model/catalogue/catalogue.h"
#include "model/core/topologyindex.h"
#include "model/net/cidr.h"

#include <algorithm>
#include <unordered_map>

namespace Er {

namespace {

// The IPv4 addresses a VNet's address space holds: an upper bound of those in use.
std::uint64_t ipv4AddressSpace(const Node &vnet)
{
    std::uint64_t total = 0;
    for (const std::string &text : vnet.virtualNetwork()->addressPrefixes.value_or(StringList{})) {
        const auto cidr = Cidr::parse(text);
        if (cidr && cidr->isIpv4())
            total += cidr->addressCount();
    }
    return total;
}

std::uint64_t ipLimit(const CircuitFields &circuit, const Catalogue &catalogue)
{
    if (!circuit.isDirect())
        return std::uint64_t(std::max(catalogue.providerFastPathIpLimit(), 0));
    const auto gbps = circuit.expressRouteDirect->portBandwidthInGbps;
    return gbps ? std::uint64_t(std::max(catalogue.directFastPathIpLimit(*gbps), 0)) : 0;
}

} // namespace

bool gatewayTakesFastPath(const ExpressRouteGateway &gateway, const Catalogue &catalogue)
{
    const GatewaySkuInfo *sku = gateway.sku ? catalogue.expressRouteGatewaySku(*gateway.sku)
                                            : nullptr;
    if (!sku || !sku->fastPath)
        return false;
    if (!sku->scalable)
        return true;
    const std::int64_t minimum = gateway.scaleUnits && gateway.scaleUnits->min
                                     ? *gateway.scaleUnits->min
                                     : sku->minScaleUnits;
    return std::clamp<std::int64_t>(minimum, sku->minScaleUnits, sku->maxScaleUnits)
           >= sku->fastPathMinScaleUnits;
}

std::vector<FastPathIpBudget> fastPathIpBudgets(const Topology &topology,
                                                const TopologyIndex &index,
                                                const Catalogue &catalogue)
{
    std::vector<FastPathIpBudget> budgets;
    std::unordered_map<const Node *, std::size_t> slotOf;
    const auto carry = [&](const Node *circuit, const Node *vnet) {
        const auto [it, fresh] = slotOf.emplace(circuit, budgets.size());
        if (fresh)
            budgets.push_back({circuit, {}});
        std::vector<const Node *> &vnets = budgets[it->second].vnets;
        if (std::find(vnets.begin(), vnets.end(), vnet) == vnets.end())
            vnets.push_back(vnet);
    };
    for (const Node *hub : index.nodesOfKind(NodeKind::VirtualNetwork)) {
        const auto &gateway = hub->virtualNetwork()->expressRouteGateway;
        if (!gateway || !gatewayTakesFastPath(*gateway, catalogue))
            continue; // GATEWAY-003
        std::vector<const Node *> spokes;
        bool spokesFound = false;
        for (const Link *connection : index.incoming(*hub, LinkKind::Connection)) {
            const Node *circuit = index.from(*connection);
            if (!circuit || !circuit->circuit() || !connection->fastPath.value_or(false))
                continue;
            if (!spokesFound) {
                spokes = spokesUsingGateway(index, *hub);
                spokesFound = true;
            }
            carry(circuit, hub);
            for (const Node *spoke : spokes) {
                if (fastPathReachesSpoke(topology, *circuit, *hub, *spoke))
                    carry(circuit, spoke);
            }
        }
    }
    for (FastPathIpBudget &budget : budgets) {
        budget.limit = ipLimit(*budget.circuit->circuit(), catalogue);
        for (const Node *vnet : budget.vnets) {
            if (const auto count = vnet->virtualNetwork()->ipAddressesInUse) {
                const std::uint64_t inUse = std::uint64_t(std::max<std::int64_t>(*count, 0));
                budget.inUse += inUse;
                budget.upperBound += inUse;
            } else {
                budget.allKnown = false;
                budget.upperBound += ipv4AddressSpace(*vnet);
            }
        }
    }
    return budgets;
}

std::unordered_set<const Node *> circuitsPastFastPathIpLimit(const Topology &topology,
                                                             const TopologyIndex &index,
                                                             const Catalogue &catalogue)
{
    std::unordered_set<const Node *> circuits;
    for (const FastPathIpBudget &budget : fastPathIpBudgets(topology, index, catalogue)) {
        if (budget.exceeded())
            circuits.insert(budget.circuit);
    }
    return circuits;
}

} // namespace Er
