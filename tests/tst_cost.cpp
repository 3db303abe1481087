// The cost model (docs/spec/price-list.md, analysis-model.md "Cost"): each meter's arithmetic
// against hand-computed figures with round test prices (fixtures/prices/hand-figures.json), the
// built-in list, saved Retail Prices API responses, the discount, and honest totals.

#include "model/analysis/analyzer.h"
#include "model/catalogue/catalogue.h"
#include "model/cost/designcost.h"
#include "model/cost/pricelist.h"
#include "tests/testsupport.h"

#include <QtTest>

#include <algorithm>

using namespace Er;
using namespace Er::Test;

namespace {

PriceList handFigures()
{
    PriceListLoad loaded = readPriceListFile(fixturePath("prices/hand-figures.json").toStdString());
    if (!loaded.ok())
        qFatal("hand-figures.json does not load: %s", loaded.error.toString().c_str());
    return std::move(*loaded.list);
}

DesignCost costOf(const Topology &topology, const PriceList &prices)
{
    AnalysisOptions options;
    options.prices = &prices;
    const AnalysisResult analysis = analyze(topology, Catalogue::builtIn(), options);
    return *analysis.cost;
}

const CostLine *lineFor(const DesignCost &cost, const std::string &element, Meter meter)
{
    for (const CostLine &line : cost.lines) {
        if (line.element == element && line.meter == meter)
            return &line;
    }
    return nullptr;
}

// Replaces a node with `edit` applied to a copy of it.
template<typename Edit>
void editNode(Topology &topology, const std::string &id, Edit edit)
{
    Node node = *topology.node(id);
    edit(node);
    QVERIFY(topology.replaceNode(node));
}

} // namespace

class TestCost : public QObject
{
    Q_OBJECT

private slots:
    void builtInListIsSourcedAndDated()
    {
        const PriceList &list = PriceList::builtIn();
        QVERIFY(list.items.size() > 100);
        QCOMPARE(list.currency, std::string("USD"));
        QCOMPARE(list.pricesAsOf.size(), std::size_t(10));
        QVERIFY(list.fileName.empty());
        for (const PriceItem &item : list.items)
            QVERIFY2(!item.source.empty(), std::string(toString(item.meter)).c_str());
        // A figure of the dataset (docs/spec/price-list.md): Standard metered 1 Gbps, zone 1.
        PriceQuery query(Meter::Circuit);
        query.tier = "Standard";
        query.family = "MeteredData";
        query.bandwidthMbps = 1000;
        query.zone = 1;
        const PriceMatch match = findPrice(list, query);
        QVERIFY(match.item);
        QCOMPARE(match.item->unitPrice, 436.0);
    }

    void singleCircuitByHand()
    {
        const DesignCost cost = costOf(loadDesign(examplePath("single-circuit.ertopo")),
                                       handFigures());
        // Circuit 100 a month; ErGw2AZ 0.5 an hour x 730 hours.
        QCOMPARE(cost.lines.size(), std::size_t(2));
        QCOMPARE(*lineFor(cost, "er-ldn", Meter::Circuit)->monthly, 100.0);
        const CostLine *gateway = lineFor(cost, "vnet-hub-uks", Meter::ErGateway);
        QCOMPARE(gateway->quantity, 730.0);
        QCOMPARE(*gateway->monthly, 365.0);
        QVERIFY(cost.complete());
        QCOMPARE(*cost.monthly, 465.0);
        QCOMPARE(cost.microsoftMonthly, 465.0);
        QCOMPARE(cost.currency, std::string("USD"));
        QCOMPARE(cost.pricesAsOf, std::string("2026-12-01"));
    }

    void discountHalvesMicrosoftsCharges()
    {
        Topology topology = loadDesign(examplePath("single-circuit.ertopo"));
        topology.pricing = Pricing{50.0, {}};
        editNode(topology, "pe-eqx-ldn", [](Node &node) { node.providerMonthlyCost = 1200; });
        const DesignCost cost = costOf(topology, handFigures());
        QCOMPARE(*lineFor(cost, "er-ldn", Meter::Circuit)->monthly, 50.0);
        QCOMPARE(*lineFor(cost, "vnet-hub-uks", Meter::ErGateway)->monthly, 182.5);
        QCOMPARE(cost.microsoftMonthly, 232.5);
        // What the provider bills is the design's own figure, never discounted by Microsoft's
        // agreement.
        QCOMPARE(cost.otherMonthly, 1200.0);
        QCOMPARE(*cost.monthly, 1432.5);
    }

    void twoCircuitsCostMoreThanOne()
    {
        Topology topology = loadDesign(examplePath("single-circuit.ertopo"));
        const double one = *costOf(topology, handFigures()).monthly;
        Node second = *topology.node("er-ldn");
        second.id = "er-ldn-2";
        QVERIFY(topology.addNode(second));
        const double two = *costOf(topology, handFigures()).monthly;
        QCOMPARE(two, one + 100.0);
    }

    void anUnpricedItemMakesTheTotalIncomplete()
    {
        Topology topology = loadDesign(examplePath("single-circuit.ertopo"));
        editNode(topology, "vnet-hub-uks", [](Node &node) {
            node.virtualNetwork()->expressRouteGateway->sku = "ErGw3AZ"; // not in the list
        });
        const DesignCost cost = costOf(topology, handFigures());
        QVERIFY(!cost.complete());
        QVERIFY(!cost.monthly.has_value());
        QCOMPARE(cost.pricedMonthly, 100.0);
        QCOMPARE(cost.unpriced.size(), std::size_t(1));
        QVERIFY(QString::fromStdString(cost.unpriced.front()).contains("ErGw3AZ"));
        QVERIFY(!cost.elementMonthly("vnet-hub-uks").has_value());
        QCOMPARE(*cost.elementMonthly("er-ldn"), 100.0);
    }

    void unknownPricingZoneIsUnpriced()
    {
        Topology topology = loadDesign(examplePath("single-circuit.ertopo"));
        editNode(topology, "er-ldn",
                 [](Node &node) { node.circuit()->peeringLocation = "Nowhere Exchange"; });
        const DesignCost cost = costOf(topology, handFigures());
        const CostLine *circuit = lineFor(cost, "er-ldn", Meter::Circuit);
        QVERIFY(!circuit->monthly);
        QVERIFY(QString::fromStdString(circuit->unpricedBecause).contains("Nowhere Exchange"));
        QVERIFY(!cost.complete());
    }

    void meteredEgressAndBreakEven()
    {
        Topology topology = loadDesign(examplePath("single-circuit.ertopo"));
        editNode(topology, "dc-ldn", [](Node &node) {
            node.site()->requirements = Requirements{};
            node.site()->requirements->monthlyEgressGb = 5000;
        });
        const DesignCost metered = costOf(topology, handFigures());
        // 5,000 GB at 0.05 a GB.
        QCOMPARE(*lineFor(metered, "er-ldn", Meter::Egress)->monthly, 250.0);
        QCOMPARE(*metered.monthly, 100.0 + 250.0 + 365.0);
        // Unlimited 300 against metered 100 + 0.05 a GB: even at 4,000 GB.
        QCOMPARE(metered.billing.size(), std::size_t(1));
        const CircuitBillingAdvice &advice = metered.billing.front();
        QCOMPARE(*advice.breakEvenGb, 4000.0);
        QCOMPARE(*advice.meteredMonthly, 350.0);
        QCOMPARE(*advice.unlimitedMonthly, 300.0);
        QVERIFY(
            QString::fromStdString(advice.advice).startsWith("UnlimitedData would save USD 50.00"));

        editNode(topology, "er-ldn",
                 [](Node &node) { node.circuit()->skuFamily = "UnlimitedData"; });
        const DesignCost unlimited = costOf(topology, handFigures());
        QVERIFY(!lineFor(unlimited, "er-ldn", Meter::Egress)); // egress included
        QCOMPARE(*unlimited.monthly, 300.0 + 365.0);

        editNode(topology, "er-ldn", [](Node &node) { node.circuit()->skuTier = "Local"; });
        const DesignCost local = costOf(topology, handFigures());
        QVERIFY(!lineFor(local, "er-ldn", Meter::Egress));
        QCOMPARE(*lineFor(local, "er-ldn", Meter::Circuit)->monthly, 80.0);
    }

    void anotherRegionsPriceIsSaidSo()
    {
        Topology topology = loadDesign(examplePath("single-circuit.ertopo"));
        editNode(topology, "vnet-hub-uks", [](Node &node) {
            node.virtualNetwork()->expressRouteGateway->sku = "ErGw1AZ"; // priced in eastus only
        });
        const DesignCost cost = costOf(topology, handFigures());
        const CostLine *gateway = lineFor(cost, "vnet-hub-uks", Meter::ErGateway);
        QCOMPARE(*gateway->monthly, 182.5);
        QVERIFY(QString::fromStdString(gateway->note).contains("eastus list price"));
        QVERIFY(QString::fromStdString(gateway->note).contains("uksouth"));
    }

    void directPortPairAndPremium()
    {
        Topology topology = loadDesign(examplePath("single-circuit.ertopo"));
        editNode(topology, "er-ldn", [](Node &node) {
            node.circuit()->expressRouteDirect = ExpressRouteDirectPort{10.0, "Dot1Q", true, {}};
        });
        DesignCost cost = costOf(topology, handFigures());
        QCOMPARE(*lineFor(cost, "er-ldn", Meter::DirectPortPair)->monthly, 5000.0);
        QCOMPARE(*lineFor(cost, "er-ldn", Meter::Circuit)->monthly, 0.0); // in the port pair
        QCOMPARE(*cost.monthly, 5000.0 + 365.0);

        editNode(topology, "er-ldn", [](Node &node) { node.circuit()->skuTier = "Premium"; });
        cost = costOf(topology, handFigures());
        QCOMPARE(*lineFor(cost, "er-ldn", Meter::DirectPremiumAddOn)->monthly, 150.0);
        QCOMPARE(*cost.monthly, 5000.0 + 150.0 + 365.0);
    }

    void globalReachAddOnPerCircuit()
    {
        Topology topology = loadDesign(examplePath("single-circuit.ertopo"));
        Node second = *topology.node("er-ldn");
        second.id = "er-ldn-2";
        QVERIFY(topology.addNode(second));
        Link reach;
        reach.id = "gr-1";
        reach.kind = LinkKind::GlobalReach;
        reach.from = "er-ldn";
        reach.to = "er-ldn-2";
        reach.addressPrefix = "192.168.50.0/29";
        QVERIFY(topology.addLink(reach));
        const DesignCost cost = costOf(topology, handFigures());
        QCOMPARE(*lineFor(cost, "er-ldn", Meter::GlobalReachAddOn)->monthly, 50.0);
        QCOMPARE(*lineFor(cost, "er-ldn-2", Meter::GlobalReachAddOn)->monthly, 50.0);
    }

    void tunnelsBeyondTenAreBilled()
    {
        Topology topology = loadDesign(examplePath("single-circuit.ertopo"));
        editNode(topology, "vnet-hub-uks", [](Node &node) {
            node.virtualNetwork()->vpnGateway = VpnGateway{"VpnGw1", false, {}};
        });
        for (int i = 0; i < 12; ++i) {
            Node site = makeNode(NodeKind::Site, "branch-" + std::to_string(i));
            QVERIFY(topology.addNode(site));
            Link vpn;
            vpn.id = "vpn-" + std::to_string(i);
            vpn.kind = LinkKind::Vpn;
            vpn.from = site.id;
            vpn.to = "vnet-hub-uks";
            QVERIFY(topology.addLink(vpn));
        }
        const DesignCost cost = costOf(topology, handFigures());
        QCOMPARE(*lineFor(cost, "vnet-hub-uks", Meter::VpnGateway)->monthly, 146.0);
        const CostLine *tunnels = lineFor(cost, "vnet-hub-uks", Meter::VpnTunnel);
        QVERIFY(tunnels);
        QCOMPARE(tunnels->quantity, 2 * 730.0);
        QCOMPARE(*tunnels->monthly, 2 * 730 * 0.015);
    }

    void cheapestOptionThatMeetsWins()
    {
        // A site that needs 99 % and nothing else: an ExpressRoute circuit and gateway
        // (465 a month) against a VPN gateway (146 a month) that meets it too. Microsoft's
        // guidance admits a VPN for such a site, so the cheaper one is recommended.
        Topology topology = loadDesign(examplePath("single-circuit.ertopo"));
        editNode(topology, "dc-ldn", [](Node &node) {
            node.site()->requirements = Requirements{};
            node.site()->requirements->availabilityPercent = 99.0;
        });
        const PriceList prices = handFigures();
        AnalysisOptions options;
        options.prices = &prices;
        const AnalysisResult analysis = analyze(topology, Catalogue::builtIn(), options);
        const Recommendation &recommendation = analysis.recommendations.front();
        const OptionEstimate &design = recommendation.options.front();
        QCOMPARE(*design.monthlyCost, 465.0);
        const auto vpn = std::find_if(recommendation.options.begin(), recommendation.options.end(),
                                      [](const OptionEstimate &option) {
                                          return option.variant == DesignVariant::VpnOnly;
                                      });
        QVERIFY(vpn != recommendation.options.end());
        QVERIFY(vpn->monthlyCost.has_value());
        QVERIFY(*vpn->monthlyCost < *design.monthlyCost);
        if (vpn->meets && vpn->allowed) {
            QVERIFY(recommendation.variant == DesignVariant::VpnOnly);
            const std::string reasons = [&] {
                std::string all;
                for (const std::string &reason : recommendation.reasons)
                    all += reason + "\n";
                return all;
            }();
            QVERIFY2(QString::fromStdString(reasons).contains("less than this design"),
                     reasons.c_str());
        } else {
            QFAIL("the VPN-only variant should meet a 99 % target");
        }

        // A mission-critical site: the VPN is not advised, whatever it costs.
        editNode(topology, "dc-ldn",
                 [](Node &node) { node.site()->requirements->availabilityPercent = 99.99; });
        const AnalysisResult critical = analyze(topology, Catalogue::builtIn(), options);
        QVERIFY(critical.recommendations.front().variant != DesignVariant::VpnOnly);
    }

    void unknownMetersAreSkippedAndListed()
    {
        const std::string text = R"({"format": "expressroute-designer-prices", "version": 1,
            "currency": "USD", "pricesAsOf": "2026-12-01",
            "items": [{"meter": "quantumTunnel", "unitPrice": 1, "unit": "1 Hour"},
                      {"meter": "egress", "zone": 1, "unitPrice": 0.05, "unit": "1 GB"}]})";
        const PriceListLoad loaded = readPriceList(text, "newer.json");
        QVERIFY2(loaded.ok(), loaded.error.toString().c_str());
        QCOMPARE(loaded.list->items.size(), std::size_t(1));
        QCOMPARE(loaded.warnings.size(), std::size_t(1));
        QVERIFY(QString::fromStdString(loaded.warnings.front())
                    .startsWith("items[0]: unknown meter \"quantumTunnel\" skipped"));
    }

    void unpricedHourlyChargesCountTheirHours()
    {
        Topology topology = loadDesign(examplePath("single-circuit.ertopo"));
        editNode(topology, "vnet-hub-uks", [](Node &node) {
            node.virtualNetwork()->expressRouteGateway->sku = "ErGw3AZ"; // not in the list
        });
        const DesignCost cost = costOf(topology, handFigures());
        const CostLine *gateway = lineFor(cost, "vnet-hub-uks", Meter::ErGateway);
        QVERIFY(!gateway->monthly);
        QCOMPARE(gateway->quantity, 730.0);
        QCOMPARE(gateway->quantityUnit, std::string("hours"));
    }

    void rememberedVariantsEqualFreshOnes()
    {
        // The window remembers each site's variants between checks (variantcache.h): a hit must
        // give exactly what a fresh analysis gives, and another price list must not hit.
        const Topology topology = loadDesign(examplePath("vpn-backup.ertopo"));
        const auto optionsOf = [&](bool remember, const PriceList *prices) {
            AnalysisOptions options;
            options.rememberVariants = remember;
            options.prices = prices;
            return analyze(topology, Catalogue::builtIn(), options).recommendations.front().options;
        };
        const auto same = [](const std::vector<OptionEstimate> &a,
                             const std::vector<OptionEstimate> &b) {
            if (a.size() != b.size())
                return false;
            for (std::size_t i = 0; i < a.size(); ++i) {
                if (a[i].label != b[i].label || a[i].availabilityPercent != b[i].availabilityPercent
                    || a[i].latencyMs != b[i].latencyMs || a[i].meets != b[i].meets
                    || a[i].allowed != b[i].allowed || a[i].monthlyCost != b[i].monthlyCost
                    || a[i].pricedMonthlyCost != b[i].pricedMonthlyCost
                    || a[i].unpriced != b[i].unpriced) {
                    return false;
                }
            }
            return true;
        };
        const PriceList prices = handFigures();
        const auto fresh = optionsOf(false, nullptr);
        QVERIFY(fresh.size() > 1);
        QVERIFY(same(optionsOf(true, nullptr), fresh)); // computed and remembered
        QVERIFY(same(optionsOf(true, nullptr), fresh)); // remembered
        const auto freshHand = optionsOf(false, &prices);
        QVERIFY(!same(freshHand, fresh)); // the hand figures price differently
        QVERIFY(same(optionsOf(true, &prices), freshHand));
    }

    void retailPricesResponse()
    {
        PriceListLoad loaded = readPriceListFile(
            fixturePath("prices/retail-api-expressroute.json").toStdString());
        QVERIFY2(loaded.ok(), loaded.error.toString().c_str());
        const PriceList &list = *loaded.list;
        QCOMPARE(list.currency, std::string("USD"));
        QCOMPARE(list.items.size(), std::size_t(15)); // as scripts/refresh-prices.sh maps it
        const auto count = [&](Meter meter) {
            return std::count_if(list.items.begin(), list.items.end(),
                                 [&](const PriceItem &item) { return item.meter == meter; });
        };
        QCOMPARE(count(Meter::Circuit), 4);
        QCOMPARE(count(Meter::Egress), 2);
        QCOMPARE(count(Meter::ErGateway), 2);
        QCOMPARE(count(Meter::VpnGateway), 2);
        QCOMPARE(count(Meter::VpnTunnel), 1);
        // The dev/test item, other services and the unmapped P2S meter are reported, not used.
        std::string warnings;
        for (const std::string &warning : loaded.warnings)
            warnings += warning + "\n";
        QVERIFY2(QString::fromStdString(warnings).contains("P2S Connection"), warnings.c_str());
        QVERIFY2(QString::fromStdString(warnings).contains("other services"), warnings.c_str());
    }

    void badPriceListsSayWhereAndWhat_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("not JSON") << "bad-not-json.json"
                                  << "not valid JSON";
        QTest::newRow("items not an array") << "bad-items-not-array.json"
                                            << "items: expected an array";
        QTest::newRow("negative price") << "bad-negative-price.json"
                                        << "items[0].unitPrice: a price is zero or more";
        QTest::newRow("wrong types") << "bad-wrong-types.json"
                                     << "version: expected a number";
        QTest::newRow("API negative price") << "bad-api-negative-price.json"
                                            << "Items[0].retailPrice: a price is zero or more";
        QTest::newRow("API wrong type") << "bad-api-items-wrong-type.json"
                                        << "Items: expected an array of prices";
    }

    void badPriceListsSayWhereAndWhat()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        const PriceListLoad loaded = readPriceListFile(fixturePath("prices/" + file).toStdString());
        QVERIFY(!loaded.ok());
        const QString error = QString::fromStdString(loaded.error.toString());
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY2(error.contains(file + ":"), qPrintable(error)); // names the file and the line
    }

    void commandLinePrices()
    {
        const CliResult priced = runDesigner({"analyze", examplePath("single-circuit.ertopo"),
                                              "--json", "--prices",
                                              fixturePath("prices/hand-figures.json")});
        QCOMPARE(priced.exitCode, 0);
        const QJsonObject cost = QJsonDocument::fromJson(priced.out).object()["cost"].toObject();
        QCOMPARE(cost["monthly"].toDouble(), 465.0);
        QCOMPARE(cost["yearly"].toDouble(), 5580.0);
        QCOMPARE(cost["currency"].toString(), QString("USD"));
        QCOMPARE(cost["unpriced"].toArray().size(), 0);

        // The built-in list leaves the gateway unpriced: null total, never a lower one.
        const CliResult builtIn = runDesigner(
            {"analyze", examplePath("single-circuit.ertopo"), "--json"});
        const QJsonObject floor = QJsonDocument::fromJson(builtIn.out).object()["cost"].toObject();
        QVERIFY(floor["monthly"].isNull());
        QCOMPARE(floor["pricedMonthly"].toDouble(), 436.0);
        QCOMPARE(floor["unpriced"].toArray().size(), 1);

        const CliResult bad = runDesigner({"analyze", examplePath("single-circuit.ertopo"),
                                           "--prices",
                                           fixturePath("prices/bad-negative-price.json")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains("bad-negative-price.json:4:"));
        QVERIFY(bad.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCost)
#include "tst_cost.moc"
