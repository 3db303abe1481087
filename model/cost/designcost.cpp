#include "model/cost/designcost.h"

#include "model/analysis/analysisresult.h"
#include "model/catalogue/catalogue.h"
#include "model/core/numbertext.h"
#include "model/core/textmatch.h"
#include "model/core/topology.h"
#include "model/validation/rules/circuitlookup.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>

namespace Er {

namespace {

// Site-to-site tunnels a VPN gateway includes before each further one is billed
// (docs/spec/price-list.md, UNCONFIRMED: Azure's VPN Gateway pricing page).
constexpr int includedSiteToSiteTunnels = 10;

std::string bandwidthText(double mbps)
{
    return mbps >= 1000 && std::fmod(mbps, 1000) == 0 ? trimmedNumber(mbps / 1000, 0) + " Gbps"
                                                      : trimmedNumber(mbps, 0) + " Mbps";
}

class CostBuilder
{
public:
    CostBuilder(const Topology &topology, const Catalogue &catalogue, const PriceList &prices)
        : m_topology(topology)
        , m_catalogue(catalogue)
        , m_prices(prices)
    {
        m_cost.currency = prices.currency;
        m_cost.pricesAsOf = prices.pricesAsOf;
        m_cost.priceSource = prices.source;
        m_cost.priceFile = prices.fileName;
        if (topology.pricing && topology.pricing->discountPercent) {
            const double discount = *topology.pricing->discountPercent;
            if (discount >= 0 && discount <= 100) {
                m_cost.discountPercent = discount;
            } else {
                m_cost.assumptions.push_back("The design's discount of " + trimmedNumber(discount, 2)
                                             + " % is not between 0 and 100 % and is not "
                                               "applied");
            }
        }
    }

    // A Microsoft charge priced by the list: `quantity` units a month of the item's unit.
    void charge(const std::string &element,
                std::string description,
                const PriceQuery &query,
                double quantity,
                std::string note = {})
    {
        CostLine line;
        line.element = element;
        line.description = std::move(description);
        line.meter = query.meter;
        line.quantity = quantity;
        line.note = std::move(note);
        const PriceMatch match = findPrice(m_prices, query);
        if (!match.item) {
            line.quantityUnit = quantityUnitOf(query.meter);
            if (line.quantityUnit == "hours")
                line.quantity = quantity * hoursPerMonth;
            line.unpricedBecause = "the price list has no " + std::string(toString(query.meter))
                                   + " price for " + queryText(query);
            add(std::move(line));
            return;
        }
        const PriceItem &item = *match.item;
        line.quantityUnit = item.unit == PriceUnit::Hour       ? "hours"
                            : item.unit == PriceUnit::Gigabyte ? "GB"
                                                               : "months";
        if (item.unit == PriceUnit::Hour)
            line.quantity = quantity * hoursPerMonth;
        line.unitPrice = item.unitPrice;
        line.monthly = line.quantity * item.unitPrice * (1 - m_cost.discountPercent / 100);
        line.source = item.source;
        if (item.zone && !query.zone) {
            appendNote(line, "priced at the zone " + std::to_string(*item.zone)
                                 + " rate: the list prices this meter by zone, and that "
                                   "the region bills in it is an assumption");
        }
        if (match.otherRegion) {
            appendNote(line, "priced at the " + item.region
                                 + " list price: the price list has "
                                   "none for "
                                 + query.region);
        }
        add(std::move(line));
    }

    // A Microsoft charge that cannot be priced for a reason of the design's own.
    void unpriced(const std::string &element,
                  std::string description,
                  Meter meter,
                  std::string because)
    {
        CostLine line;
        line.element = element;
        line.description = std::move(description);
        line.meter = meter;
        line.quantityUnit = quantityUnitOf(meter);
        line.unpricedBecause = std::move(because);
        add(std::move(line));
    }

    // A charge that costs nothing extra, shown so the bill of materials is whole.
    void included(const std::string &element, std::string description, Meter meter, std::string note)
    {
        CostLine line;
        line.element = element;
        line.description = std::move(description);
        line.meter = meter;
        line.quantity = 1;
        line.quantityUnit = "months";
        line.unitPrice = 0;
        line.monthly = 0;
        line.note = std::move(note);
        add(std::move(line));
    }

    void providerFigure(const std::string &element, const std::string &label, double monthly)
    {
        CostLine line;
        line.element = element;
        line.description = "Provider, carrier and colocation charges of " + label
                           + " (the design's figure)";
        line.quantity = 1;
        line.quantityUnit = "months";
        line.unitPrice = monthly;
        line.monthly = monthly;
        line.billedByMicrosoft = false;
        add(std::move(line));
    }

    DesignCost &cost() { return m_cost; }
    const Topology &topology() const { return m_topology; }
    const Catalogue &catalogue() const { return m_catalogue; }
    const PriceList &prices() const { return m_prices; }

    DesignCost finish()
    {
        bool complete = true;
        for (const CostLine &line : m_cost.lines) {
            if (!line.monthly) {
                complete = false;
                const Node *node = m_topology.node(line.element);
                const Link *link = node ? nullptr : m_topology.link(line.element);
                const std::string label = node ? node->label() : link ? link->id : line.element;
                m_cost.unpriced.push_back(label + ": " + line.description + ": "
                                          + line.unpricedBecause);
                continue;
            }
            m_cost.pricedMonthly += *line.monthly;
            (line.billedByMicrosoft ? m_cost.microsoftMonthly : m_cost.otherMonthly) += *line.monthly;
        }
        if (complete)
            m_cost.monthly = m_cost.pricedMonthly;
        return std::move(m_cost);
    }

private:
    static std::string quantityUnitOf(Meter meter)
    {
        switch (meter) {
        case Meter::Egress:
        case Meter::VpnEgress:
        case Meter::GlobalReachTransfer:
            return "GB";
        case Meter::Circuit:
        case Meter::DirectPortPair:
        case Meter::DirectPremiumAddOn:
        case Meter::GlobalReachAddOn:
            return "months";
        default:
            return "hours";
        }
    }

    static std::string queryText(const PriceQuery &query)
    {
        std::string text;
        const auto part = [&](const std::string &value) {
            if (!value.empty())
                text += (text.empty() ? "" : " ") + value;
        };
        part(query.tier);
        part(query.family);
        part(query.sku);
        if (query.bandwidthMbps)
            part(bandwidthText(*query.bandwidthMbps));
        if (query.portGbps)
            part(trimmedNumber(*query.portGbps, 0) + " Gbps port pair");
        if (query.zone)
            part("in zone " + std::to_string(*query.zone));
        if (!query.region.empty())
            part("in " + query.region);
        return text.empty() ? std::string("this design") : text;
    }

    static void appendNote(CostLine &line, const std::string &note)
    {
        line.note += (line.note.empty() ? "" : "; ") + note;
    }

    void add(CostLine line) { m_cost.lines.push_back(std::move(line)); }

    const Topology &m_topology;
    const Catalogue &m_catalogue;
    const PriceList &m_prices;
    DesignCost m_cost;
};

std::string regionOf(const Topology &topology, const Node &vnet)
{
    const VirtualNetworkFields *fields = vnet.virtualNetwork();
    if (!fields || !fields->region)
        return "";
    const Node *region = topology.node(*fields->region);
    const AzureRegionFields *regionFields = region ? region->azureRegion() : nullptr;
    return regionFields && regionFields->region ? *regionFields->region : "";
}

// The zone a circuit is billed in, or why it is not known.
std::optional<int> zoneOf(const Catalogue &catalogue, const CircuitFields &circuit, std::string &why)
{
    const std::optional<CircuitPlace> place = circuitPlace(catalogue, circuit);
    if (!place) {
        why = circuit.peeringLocation
                  ? "the catalogue does not know the peering location " + *circuit.peeringLocation
                  : std::string("the circuit has no peering location");
        return std::nullopt;
    }
    if (place->pricingZone < 1 || !place->pricingZoneConfirmed) {
        why = "the pricing zone of " + place->name
              + " is not confirmed in Microsoft's locations "
                "list [LOC]";
        return std::nullopt;
    }
    return place->pricingZone;
}

// Metered egress GB a month per circuit or VPN link: each site's monthlyEgressGb split evenly
// over its reachable needed VNets, and each share over the entries Azure sends it through.
std::map<std::string, double> egressByEntry(const Topology &topology,
                                            const std::vector<PairAnalysis> &pairs)
{
    std::map<std::string, std::vector<const PairAnalysis *>> pairsBySite;
    for (const PairAnalysis &pair : pairs) {
        if (pair.reachable && !pair.steady.fromAzure.empty())
            pairsBySite[pair.site].push_back(&pair);
    }
    std::map<std::string, double> egress;
    for (const Node &node : topology.nodes()) {
        const SiteFields *site = node.site();
        if (!site || !site->requirements || !site->requirements->monthlyEgressGb)
            continue;
        const auto found = pairsBySite.find(node.id);
        if (found == pairsBySite.end())
            continue;
        const double perPair = *site->requirements->monthlyEgressGb
                               / static_cast<double>(found->second.size());
        for (const PairAnalysis *pair : found->second) {
            const double perEntry = perPair / static_cast<double>(pair->steady.fromAzure.size());
            for (const std::string &entry : pair->steady.fromAzure)
                egress[entry] += perEntry;
        }
    }
    return egress;
}

void costCircuit(CostBuilder &builder,
                 const Node &node,
                 const std::map<std::string, double> &egress,
                 const std::set<std::string> &globalReachCircuits)
{
    const CircuitFields &circuit = *node.circuit();
    const std::string &id = node.id;
    const std::string tier = circuit.skuTier.value_or("");
    const std::string family = circuit.skuFamily.value_or("");
    std::string why;
    const std::optional<int> zone = zoneOf(builder.catalogue(), circuit, why);
    const auto egressFound = egress.find(id);
    const double egressGb = egressFound == egress.end() ? 0.0 : egressFound->second;
    const bool local = equalsIgnoringCase(tier, "Local");
    const bool metered = equalsIgnoringCase(family, "MeteredData");

    if (circuit.isDirect()) {
        const ExpressRouteDirectPort &port = *circuit.expressRouteDirect;
        const std::string portText = port.portBandwidthInGbps
                                         ? trimmedNumber(*port.portBandwidthInGbps, 0) + " Gbps"
                                         : std::string("?");
        if (!port.portBandwidthInGbps || family.empty()) {
            builder.unpriced(id, "ExpressRoute Direct port pair " + portText, Meter::DirectPortPair,
                             port.portBandwidthInGbps ? "the circuit has no skuFamily (MeteredData "
                                                        "or UnlimitedData)"
                                                      : "the port has no portBandwidthInGbps");
        } else {
            PriceQuery query{Meter::DirectPortPair};
            query.family = family;
            query.portGbps = port.portBandwidthInGbps;
            builder.charge(id, "ExpressRoute Direct port pair " + portText + ", " + family, query,
                           1, "one port pair per Direct circuit as drawn");
        }
        if (equalsIgnoringCase(tier, "Premium")) {
            if (!circuit.bandwidthInMbps) {
                builder.unpriced(id, "Premium on ExpressRoute Direct", Meter::DirectPremiumAddOn,
                                 "the circuit has no bandwidthInMbps");
            } else {
                PriceQuery query{Meter::DirectPremiumAddOn};
                query.bandwidthMbps = static_cast<double>(*circuit.bandwidthInMbps);
                builder.charge(id,
                               "Premium add-on, " + bandwidthText(query.bandwidthMbps.value_or(0))
                                   + " circuit on ExpressRoute Direct",
                               query, 1);
            }
        } else {
            builder.included(id,
                             (tier.empty() ? std::string("Standard") : tier)
                                 + " circuit on ExpressRoute Direct",
                             Meter::Circuit, "included in the port pair [DIRECT] (facts §2.2)");
        }
    } else {
        const std::string description = "Circuit "
                                        + (tier.empty() ? std::string("(no tier)") : tier) + " "
                                        + (family.empty() ? std::string("(no billing)") : family)
                                        + " "
                                        + (circuit.bandwidthInMbps ? bandwidthText(
                                               static_cast<double>(*circuit.bandwidthInMbps))
                                                                   : std::string("(no bandwidth)"))
                                        + (zone ? ", zone " + std::to_string(*zone) : std::string());
        if (tier.empty() || family.empty() || !circuit.bandwidthInMbps) {
            builder.unpriced(id, description, Meter::Circuit,
                             "the circuit needs skuTier, skuFamily and bandwidthInMbps to be "
                             "priced");
        } else if (!zone) {
            builder.unpriced(id, description, Meter::Circuit, why);
        } else {
            PriceQuery query{Meter::Circuit};
            query.tier = tier;
            // A Local circuit is always billed with an unlimited data plan [ERMOD].
            query.family = local ? "UnlimitedData" : family;
            query.bandwidthMbps = static_cast<double>(*circuit.bandwidthInMbps);
            query.zone = zone;
            std::string note = circuit.isMetro() ? "an ExpressRoute Metro circuit is priced as a "
                                                   "standard one [RESARCH] (facts §5.1)"
                                                 : "";
            if (local && !equalsIgnoringCase(family, "UnlimitedData"))
                note = "a Local circuit is billed with unlimited data whatever its skuFamily "
                       "[ERMOD] (docs/facts-additions.md, Prices)";
            builder.charge(id, description, query, 1, note);
        }
    }

    // Outbound data: included in Local and unlimited circuits, per GB by zone on metered ones.
    if (metered && !local && egressGb > 0) {
        const std::string description = "Metered egress " + trimmedNumber(egressGb, 0) + " GB"
                                        + (zone ? ", zone " + std::to_string(*zone) : "");
        if (!zone) {
            builder.unpriced(id, description, Meter::Egress, why);
        } else {
            PriceQuery query{Meter::Egress};
            query.zone = zone;
            builder.charge(id, description, query, egressGb,
                           "the sites' monthlyEgressGb, split evenly over the circuits Azure "
                           "sends their traffic through (assumption)");
        }
    }

    if (globalReachCircuits.count(id)) {
        if (!circuit.bandwidthInMbps) {
            builder.unpriced(id, "Global Reach add-on", Meter::GlobalReachAddOn,
                             "the circuit has no bandwidthInMbps");
        } else {
            PriceQuery query{Meter::GlobalReachAddOn};
            query.bandwidthMbps = static_cast<double>(*circuit.bandwidthInMbps);
            builder.charge(id,
                           "Global Reach add-on, " + bandwidthText(*query.bandwidthMbps)
                               + " circuit",
                           query, 1,
                           "Global Reach data transfer is billed per GB on top and is not "
                           "estimated: the design states no traffic between sites");
        }
    }
}

void costGateways(CostBuilder &builder,
                  const Node &node,
                  int vpnConnections,
                  const std::map<std::string, double> &egress,
                  const std::vector<const Link *> &vpnLinks)
{
    const VirtualNetworkFields &vnet = *node.virtualNetwork();
    const std::string region = regionOf(builder.topology(), node);
    if (vnet.expressRouteGateway) {
        const ExpressRouteGateway &gateway = *vnet.expressRouteGateway;
        const std::string sku = gateway.sku.value_or("");
        const GatewaySkuInfo *info = builder.catalogue().expressRouteGatewaySku(sku);
        const std::string description = "ExpressRoute gateway " + (sku.empty() ? "(no SKU)" : sku)
                                        + (region.empty() ? "" : " in " + region);
        if (sku.empty()) {
            builder.unpriced(node.id, description, Meter::ErGateway, "the gateway has no SKU");
        } else if (info && info->scalable) {
            const auto units = gateway.scaleUnits ? gateway.scaleUnits->min : std::nullopt;
            if (!units) {
                builder.unpriced(node.id, description, Meter::ErGwScaleUnit,
                                 "the gateway's minimum scale units are not set");
            } else {
                PriceQuery query{Meter::ErGwScaleUnit};
                query.region = region;
                builder.charge(node.id,
                               description + ", " + std::to_string(*units) + " scale unit"
                                   + (*units == 1 ? "" : "s"),
                               query, static_cast<double>(*units),
                               "billed for the minimum scale units; autoscaling adds units "
                               "while traffic needs them (assumption: the minimum)");
            }
        } else {
            PriceQuery query{Meter::ErGateway};
            query.sku = sku;
            query.region = region;
            builder.charge(node.id, description, query, 1);
        }
    }
    if (vnet.vpnGateway) {
        const VpnGateway &gateway = *vnet.vpnGateway;
        const std::string sku = gateway.sku.value_or("");
        const std::string description = "VPN gateway " + (sku.empty() ? "(no SKU)" : sku)
                                        + (region.empty() ? "" : " in " + region);
        if (sku.empty()) {
            builder.unpriced(node.id, description, Meter::VpnGateway, "the gateway has no SKU");
        } else {
            PriceQuery query{Meter::VpnGateway};
            query.sku = sku;
            query.region = region;
            builder.charge(node.id, description, query, 1,
                           gateway.activeActive.value_or(false)
                               ? "active-active is one gateway resource, billed once "
                                 "(UNCONFIRMED, docs/spec/price-list.md)"
                               : "");
        }
        if (vpnConnections > includedSiteToSiteTunnels) {
            PriceQuery query{Meter::VpnTunnel};
            query.sku = sku;
            query.region = region;
            const int extra = vpnConnections - includedSiteToSiteTunnels;
            builder.charge(node.id,
                           std::to_string(extra) + " site-to-site tunnel" + (extra == 1 ? "" : "s")
                               + " beyond the " + std::to_string(includedSiteToSiteTunnels)
                               + " included",
                           query, extra);
        }
    }
    double vpnEgress = 0;
    for (const Link *link : vpnLinks) {
        if (const auto found = egress.find(link->id); found != egress.end())
            vpnEgress += found->second;
    }
    if (vpnEgress > 0) {
        PriceQuery query{Meter::VpnEgress};
        query.region = region;
        builder.charge(node.id, "Egress over the VPN " + trimmedNumber(vpnEgress, 0) + " GB", query,
                       vpnEgress,
                       "the sites' monthlyEgressGb that Azure sends over the VPN (assumption)");
    }
}

void adviseBilling(CostBuilder &builder,
                   const Node &node,
                   const std::map<std::string, double> &egress)
{
    const CircuitFields &circuit = *node.circuit();
    if (circuit.isDirect() || !circuit.bandwidthInMbps || !circuit.skuTier || !circuit.skuFamily
        || equalsIgnoringCase(*circuit.skuTier, "Local")) {
        return;
    }
    std::string why;
    const std::optional<int> zone = zoneOf(builder.catalogue(), circuit, why);
    if (!zone)
        return;
    const double discount = 1 - builder.cost().discountPercent / 100;
    PriceQuery query{Meter::Circuit};
    query.tier = *circuit.skuTier;
    query.bandwidthMbps = static_cast<double>(*circuit.bandwidthInMbps);
    query.zone = zone;
    query.family = "MeteredData";
    const PriceItem *metered = findPrice(builder.prices(), query).item;
    query.family = "UnlimitedData";
    const PriceItem *unlimited = findPrice(builder.prices(), query).item;
    PriceQuery egressQuery{Meter::Egress};
    egressQuery.zone = zone;
    const PriceItem *perGb = findPrice(builder.prices(), egressQuery).item;
    if (!metered || !unlimited || !perGb || perGb->unitPrice <= 0)
        return;
    CircuitBillingAdvice advice;
    advice.circuit = node.id;
    advice.family = *circuit.skuFamily;
    if (const auto found = egress.find(node.id); found != egress.end())
        advice.egressGb = found->second;
    advice.unlimitedMonthly = unlimited->unitPrice * discount;
    advice.breakEvenGb = std::max(0.0,
                                  (unlimited->unitPrice - metered->unitPrice) / perGb->unitPrice);
    const std::string currency = builder.cost().currency;
    if (!advice.egressGb) {
        advice.advice = "MeteredData costs less below " + trimmedNumber(*advice.breakEvenGb, 0)
                        + " GB of egress a month, UnlimitedData above; state the sites' "
                          "monthlyEgressGb to compare";
    } else {
        advice.meteredMonthly = (metered->unitPrice + *advice.egressGb * perGb->unitPrice)
                                * discount;
        const double difference = *advice.meteredMonthly - *advice.unlimitedMonthly;
        const bool isMetered = equalsIgnoringCase(advice.family, "MeteredData");
        if (isMetered && difference > 0) {
            advice.advice = "UnlimitedData would save " + formatMoney(difference, currency)
                            + " a month at " + trimmedNumber(*advice.egressGb, 0)
                            + " GB (break-even " + trimmedNumber(*advice.breakEvenGb, 0)
                            + " GB); a metered circuit can be changed to unlimited [FAQ] "
                              "(facts §2.3)";
        } else if (!isMetered && difference < 0) {
            advice.advice = "MeteredData would cost " + formatMoney(-difference, currency)
                            + " less a month at " + trimmedNumber(*advice.egressGb, 0)
                            + " GB (break-even " + trimmedNumber(*advice.breakEvenGb, 0)
                            + " GB), but an unlimited circuit cannot be changed to metered: it "
                              "takes a new circuit [FAQ] (facts §2.3)";
        } else {
            advice.advice = advice.family + " is the cheaper billing at "
                            + trimmedNumber(*advice.egressGb, 0) + " GB a month (break-even "
                            + trimmedNumber(*advice.breakEvenGb, 0) + " GB)";
        }
    }
    builder.cost().billing.push_back(std::move(advice));
}

} // namespace

std::optional<double> DesignCost::elementMonthly(const std::string &id) const
{
    double total = 0;
    bool any = false;
    for (const CostLine &line : lines) {
        if (line.element != id)
            continue;
        if (!line.monthly)
            return std::nullopt;
        total += *line.monthly;
        any = true;
    }
    return any ? std::optional(total) : std::nullopt;
}

bool DesignCost::hasLines(const std::string &id) const
{
    return std::any_of(lines.begin(), lines.end(),
                       [&](const CostLine &line) { return line.element == id; });
}

DesignCost designCost(const Topology &topology,
                      const std::vector<PairAnalysis> &pairs,
                      const Catalogue &catalogue,
                      const PriceList &prices)
{
    CostBuilder builder(topology, catalogue, prices);
    const std::map<std::string, double> egress = egressByEntry(topology, pairs);
    std::set<std::string> globalReachCircuits;
    std::map<std::string, int> vpnConnections;
    std::map<std::string, std::vector<const Link *>> vpnLinks;
    for (const Link &link : topology.links()) {
        if (link.kind == LinkKind::GlobalReach) {
            globalReachCircuits.insert(link.from);
            globalReachCircuits.insert(link.to);
        } else if (link.kind == LinkKind::Vpn) {
            ++vpnConnections[link.to];
            vpnLinks[link.to].push_back(&link);
        }
    }
    bool anyEgress = false;
    for (const Node &node : topology.nodes()) {
        if (node.circuit()) {
            costCircuit(builder, node, egress, globalReachCircuits);
            adviseBilling(builder, node, egress);
        } else if (node.virtualNetwork()) {
            const auto tunnels = vpnConnections.find(node.id);
            const auto links = vpnLinks.find(node.id);
            costGateways(builder, node, tunnels == vpnConnections.end() ? 0 : tunnels->second,
                         egress,
                         links == vpnLinks.end() ? std::vector<const Link *>{} : links->second);
        } else if (const SiteFields *site = node.site();
                   site && site->requirements && site->requirements->monthlyEgressGb) {
            anyEgress = true;
        }
        if (node.providerMonthlyCost)
            builder.providerFigure(node.id, node.label(), *node.providerMonthlyCost);
    }
    for (const Link &link : topology.links()) {
        if (link.providerMonthlyCost)
            builder.providerFigure(link.id, link.id, *link.providerMonthlyCost);
    }
    DesignCost &cost = builder.cost();
    cost.assumptions.push_back("Hourly charges for " + trimmedNumber(hoursPerMonth, 0)
                               + " hours a month");
    if (!anyEgress) {
        cost.assumptions.push_back("No site states monthlyEgressGb: metered egress is not "
                                   "counted (inbound data is free; unlimited and Local circuits "
                                   "include egress)");
    }
    if (cost.discountPercent > 0) {
        cost.assumptions.push_back("The design's discount of "
                                   + trimmedNumber(cost.discountPercent, 2)
                                   + " % is applied to Microsoft's charges");
    }
    cost.assumptions.push_back("Provider, carrier and cross-connect charges are the design's own "
                               "figures (providerMonthlyCost) where it gives them, in "
                               + cost.currency);
    return builder.finish();
}

std::string formatMoney(double amount, const std::string &currency)
{
    char text[64];
    std::snprintf(text, sizeof text, "%.2f", std::abs(amount));
    std::string digits = text;
    const std::size_t point = digits.find('.');
    std::string grouped;
    for (std::size_t i = 0; i < point; ++i) {
        if (i > 0 && (point - i) % 3 == 0)
            grouped += ',';
        grouped += digits[i];
    }
    return (amount < 0 ? "-" : "") + currency + " " + grouped + digits.substr(point);
}

} // namespace Er
