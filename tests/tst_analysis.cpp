// The analysis (docs/spec/analysis-model.md) against answers computed by hand. Defaults used
// below (the table in model/analysis/assumptions.cpp): customer edge, provider edge and access
// link 99.9 %, circuit port 99.99 %, circuit 99.95 %, AZ ExpressRoute gateway 99.99 %, route
// factor 1.5, 0.005 ms/km of fibre, 0.05 ms per node passed.

#include "tests/testsupport.h"

#include "model/analysis/analysisjson.h"
#include "model/analysis/analyzer.h"
#include "model/analysis/failureview.h"
#include "model/catalogue/catalogue.h"
#include "model/validation/validator.h"

#include <algorithm>
#include <chrono>
#include <set>

using namespace Er;

namespace {

// Enums compared as their JSON names, so a failure prints them.
template<typename Enum>
QString text(Enum value)
{
    return QString::fromUtf8(Er::toString(value).data(), qsizetype(Er::toString(value).size()));
}

std::string join(const std::vector<std::string> &parts)
{
    std::string text;
    for (const std::string &part : parts)
        text += (text.empty() ? "" : ",") + part;
    return text;
}

std::string design(const std::vector<std::string> &nodes,
                   const std::vector<std::string> &links,
                   const std::string &top = "")
{
    return R"({"format":"expressroute-designer-topology","formatVersion":1,)" + top + R"("nodes":[)"
           + join(nodes) + R"(],"links":[)" + join(links) + "]}";
}

// A London site (51.51, -0.13) with `extra` members.
std::string site(const std::string &id, const std::string &extra = "")
{
    return R"({"id":")" + id
           + R"(","kind":"site","location":{"lat":51.51,"lon":-0.13,"city":"London"},)"
             R"("addressPrefixes":["10.1.0.0/16"])"
           + extra + "}";
}

std::string customerEdge(const std::string &id)
{
    return R"({"id":")" + id + R"(","kind":"customerEdge","bfd":true})";
}

std::string providerEdge(const std::string &id, const std::string &location)
{
    return R"({"id":")" + id + R"(","kind":"providerEdge","provider":"Equinix","peeringLocation":")"
           + location + R"(","connectivityModel":"cloudExchange","serviceLayer":"L2"})";
}

std::string circuit(const std::string &id,
                    const std::string &location,
                    const std::string &extra = "",
                    int mbps = 1000)
{
    return R"({"id":")" + id + R"(","kind":"circuit","peeringLocation":")" + location
           + R"(","serviceProviderName":"Equinix","bandwidthInMbps":)" + std::to_string(mbps)
           + R"(,"skuTier":"Premium","peerings":[{"peeringType":"AzurePrivatePeering","peerASN":65010}])"
           + extra + "}";
}

std::string region(const std::string &id = "uks", const std::string &name = "uksouth")
{
    return R"({"id":")" + id + R"(","kind":"azureRegion","region":")" + name + R"("})";
}

std::string vnet(const std::string &id,
                 const std::string &gatewaySku = "ErGw2AZ",
                 const std::string &extra = "",
                 const std::string &regionId = "uks")
{
    std::string gateway = gatewaySku.empty()
                              ? std::string()
                              : R"(,"expressRouteGateway":{"sku":")" + gatewaySku + R"("})";
    return R"({"id":")" + id + R"(","kind":"virtualNetwork","region":")" + regionId
           + R"(","addressPrefixes":["10.10.0.0/16"])" + gateway + extra + "}";
}

std::string link(const std::string &id,
                 const std::string &kind,
                 const std::string &from,
                 const std::string &to,
                 const std::string &extra = "")
{
    return R"({"id":")" + id + R"(","kind":")" + kind + R"(","from":")" + from + R"(","to":")" + to
           + "\"" + extra + "}";
}

// dc -> lan -> ce -> access -> pe -> one circuit port -> circuit -> connection -> vnet.
std::vector<std::string> chainLinks(const std::string &suffix,
                                    const std::string &circuitId,
                                    const std::string &vnetId,
                                    const std::string &accessExtra = "")
{
    return {link("lan" + suffix, "lan", "dc", "ce" + suffix),
            link("acc" + suffix, "access", "ce" + suffix, "pe" + suffix, accessExtra),
            link("port" + suffix, "circuitPort", "pe" + suffix, circuitId, R"(,"role":"primary")"),
            link("conn" + suffix, "connection", circuitId, vnetId)};
}

std::vector<std::string> concat(std::vector<std::string> a, const std::vector<std::string> &b)
{
    a.insert(a.end(), b.begin(), b.end());
    return a;
}

// Two sites' worth of chains to one hub: circuits er1 at `location1` and er2 at `location2`.
Topology twoCircuits(const std::string &location1,
                     const std::string &location2,
                     const std::string &accessExtra = "")
{
    return Test::parseDesign(
        design({site("dc"), customerEdge("ce1"), customerEdge("ce2"),
                providerEdge("pe1", location1), providerEdge("pe2", location2),
                circuit("er1", location1), circuit("er2", location2), region(), vnet("hub")},
               concat(chainLinks("1", "er1", "hub", accessExtra),
                      chainLinks("2", "er2", "hub", accessExtra))));
}

bool contains(const std::vector<std::string> &list, const std::string &item)
{
    return std::find(list.begin(), list.end(), item) != list.end();
}

const FailureImpact *failure(const AnalysisResult &result, const std::string &element)
{
    for (const FailureImpact &impact : result.failures) {
        if (impact.element == element)
            return &impact;
    }
    return nullptr;
}

} // namespace

class TestAnalysis : public QObject
{
    Q_OBJECT

private slots:
    void missionCriticalMaximumDesignIsKeptWithoutVpnBackup();
    void failureViewGreysWhatIsLeftWithoutAPath();
    void seriesChainAvailability();
    void assumptionOverrideChangesAvailability();
    void twoDisjointPaths();
    void monteCarloAgreesWithExact();
    void sharedTrenchMakesOnePath();
    void twoCircuitsAtOneLocationAreStandard();
    void londonAndLondon2AreMaximum();
    void metroCircuitIsHigh();
    void vpnBackup();
    void spokeThroughHub();
    void globalReachIsNotTransitive();
    void services();
    void latencyOrderingFromLondon();
    void bottleneckAtGateway();
    void fastPathPassesGatewayToSpokesOnlyOnDirect();
    void fastPathPastItsIpLimitGoesThroughTheGateway();
    void noLocationNoLatency();
    void failuresOfTheMaximumExample();
    void recommendationWeighsRequirements();
    void availabilityMatchesEnumeration_data();
    void availabilityMatchesEnumeration();
    void connectionWeightDecidesTheSteadyPath();
    void moreSpecificVpnPrefixTakesTraffic();
    void eightGbpsSiteIsNotAdvisedAVpn();
    void missionCriticalSiteIsNeverAdvisedAVpn();
    void unknownLatencyIsNeverMet();
    void latencyLimitBringsTheCircuitsNearer();
    void meetingDesignIsKept();
    void rulesReportFromAnalysis();
    void azGatewayInRegionWithoutZonesIsSinglePoint();
    void resiliencyIndexOfTheMaximumExample();
    void resiliencyIndexSingleLocationScoresLess();
    void resiliencyIndexMetro();
    void resiliencyIndexZoneRedundancy();
    void resiliencyIndexValidationMultiplier();
    void thousandSitesBenchmark();
};

// One path, every element in series: 0.999 (CE) x 0.999 (access) x 0.999 (PE) x 0.9999 (port)
// x 0.9995 (circuit) x 0.9999 (ErGw2AZ) x 0.9999 (the London location, assumed)
// = 0.996205576 -> 99.620558 %.
void TestAnalysis::seriesChainAvailability()
{
    const Topology topology = Test::parseDesign(
        design({site("dc"), customerEdge("ce1"), providerEdge("pe1", "London"),
                circuit("er1", "London"), region(), vnet("hub")},
               chainLinks("1", "er1", "hub")));
    const AnalysisResult result = analyze(topology);
    const PairAnalysis *pair = result.pair("dc", "hub");
    QVERIFY(pair);
    QVERIFY(pair->reachable);
    QVERIFY(pair->availabilityExact);
    QCOMPARE(qRound64(pair->availabilityPercent * 1e6), qint64(99620558));
    QCOMPARE(pair->disjointPaths, 1);
    QCOMPARE(text(pair->resiliency), text(Resiliency::Standard));
    // Every element in the chain is a single point of failure, and so is the location; the
    // zone-redundant gateway is not named.
    for (const char *spof : {"ce1", "acc1", "pe1", "port1", "er1", "location:London"})
        QVERIFY2(contains(pair->singlePointsOfFailure, spof), spof);
    QVERIFY(!contains(pair->singlePointsOfFailure, "hub/expressRouteGateway"));
}

// The same chain with "circuitAvailabilityPercent": 99.0 and the customer edge at 99.99 %:
// 0.9999 (CE) x 0.999 (access) x 0.999 (PE) x 0.9999 (port) x 0.99 (circuit) x 0.9999 (gateway)
// x 0.9999 (location) = 0.9999^4 x 0.999^2 x 0.99 = 0.98762584 -> 98.762584 %.
void TestAnalysis::assumptionOverrideChangesAvailability()
{
    std::string ce = customerEdge("ce1");
    ce.insert(ce.size() - 1, R"(,"availabilityPercent":99.99)");
    const Topology topology = Test::parseDesign(
        design({site("dc"), ce, providerEdge("pe1", "London"), circuit("er1", "London"), region(),
                vnet("hub")},
               chainLinks("1", "er1", "hub"),
               R"("assumptions":{"circuitAvailabilityPercent":99.0},)"));
    const AnalysisResult result = analyze(topology);
    QCOMPARE(qRound64(result.pair("dc", "hub")->availabilityPercent * 1e6), qint64(98762584));
    const auto used = std::find_if(result.assumptions.begin(), result.assumptions.end(),
                                   [](const AssumptionUsed &a) {
                                       return a.key == "circuitAvailabilityPercent";
                                   });
    QVERIFY(used != result.assumptions.end());
    QVERIFY(used->overridden);
    QCOMPARE(used->value, 99.0);
}

// Two chains (CE, access, PE, port, circuit each) into one AZ gateway:
// c = 0.999^3 x 0.9999 x 0.9995 x 0.9999 (its location) = 0.99630438...,
// A = (1 - (1 - c)^2) x 0.9999 = 99.988635 %.
void TestAnalysis::twoDisjointPaths()
{
    const AnalysisResult result = analyze(twoCircuits("London", "London2"));
    const PairAnalysis *pair = result.pair("dc", "hub");
    QCOMPARE(pair->disjointPaths, 2);
    QCOMPARE(pair->independentPaths, 2);
    QCOMPARE(int(pair->paths.size()), 2);
    QVERIFY(pair->singlePointsOfFailure.empty());
    QCOMPARE(qRound64(pair->availabilityPercent * 1e6), qint64(99988635));
    QVERIFY(pair->availabilityExact);
}

// Forced to estimate, the seeded Monte Carlo result lies within its 99 % bound of the exact
// 99.988635 % and is the same on every run.
void TestAnalysis::monteCarloAgreesWithExact()
{
    AnalysisOptions options;
    options.exactElementLimit = 0;
    const Topology topology = twoCircuits("London", "London2");
    const AnalysisResult first = analyze(topology, Catalogue::builtIn(), options);
    const AnalysisResult second = analyze(topology, Catalogue::builtIn(), options);
    const PairAnalysis *pair = first.pair("dc", "hub");
    QVERIFY(!pair->availabilityExact);
    QVERIFY(pair->availabilityErrorBound > 0);
    QVERIFY(std::abs(pair->availabilityPercent - 99.988635) <= pair->availabilityErrorBound);
    QCOMPARE(second.pair("dc", "hub")->availabilityPercent, pair->availabilityPercent);
}

// Both access lines in one trench: the paths share no element (2 disjoint paths) but the trench
// is one shared risk, so only one independent path is left and the trench cuts the pair.
void TestAnalysis::sharedTrenchMakesOnePath()
{
    const AnalysisResult result = analyze(
        twoCircuits("London", "London2", R"(,"riskGroups":["conduit-A"])"));
    const PairAnalysis *pair = result.pair("dc", "hub");
    QCOMPARE(pair->disjointPaths, 2);
    QCOMPARE(pair->independentPaths, 1);
    QCOMPARE(pair->singlePointsOfFailure, std::vector<std::string>{"risk:conduit-A"});
    QCOMPARE(pair->sharedRiskGroups, std::vector<std::string>{"risk:conduit-A"});
    const FailureImpact *trench = failure(result, "risk:conduit-A");
    QVERIFY(trench);
    QCOMPARE(int(trench->lost.size()), 1);
}

// Two circuits, both at London: any one circuit may fail, but London takes both.
void TestAnalysis::twoCircuitsAtOneLocationAreStandard()
{
    const AnalysisResult result = analyze(twoCircuits("London", "London"));
    const PairAnalysis *pair = result.pair("dc", "hub");
    QCOMPARE(text(pair->resiliency), text(Resiliency::Standard));
    QCOMPARE(pair->disjointPaths, 2);
    QCOMPARE(pair->independentPaths, 1);
    QCOMPARE(pair->singlePointsOfFailure, std::vector<std::string>{"location:London"});
}

void TestAnalysis::londonAndLondon2AreMaximum()
{
    const AnalysisResult result = analyze(twoCircuits("London", "London2"));
    QCOMPARE(text(result.pair("dc", "hub")->resiliency), text(Resiliency::Maximum));
    // Losing er1 leaves one circuit at one location: standard.
    const FailureImpact *er1 = failure(result, "er1");
    QVERIFY(er1);
    QVERIFY(er1->lost.empty());
    QCOMPARE(int(er1->degraded.size()), 1);
    QCOMPARE(text(er1->degraded.front().resiliency), text(Resiliency::Standard));
}

// One Metro circuit whose links come from provider edges at Amsterdam and Amsterdam2: it
// survives either location, not the loss of the circuit itself.
void TestAnalysis::metroCircuitIsHigh()
{
    const Topology topology = Test::parseDesign(
        design({site("dc"), customerEdge("ce1"), customerEdge("ce2"),
                providerEdge("pe1", "Amsterdam"), providerEdge("pe2", "Amsterdam2"),
                circuit("metro", "Amsterdam Metro", R"(,"metro":true)"),
                region("weu", "westeurope"), vnet("hub", "ErGw2AZ", "", "weu")},
               {link("lan1", "lan", "dc", "ce1"), link("lan2", "lan", "dc", "ce2"),
                link("acc1", "access", "ce1", "pe1"), link("acc2", "access", "ce2", "pe2"),
                link("port1", "circuitPort", "pe1", "metro", R"(,"role":"primary")"),
                link("port2", "circuitPort", "pe2", "metro", R"(,"role":"secondary")"),
                link("conn", "connection", "metro", "hub")}));
    const AnalysisResult result = analyze(topology);
    const PairAnalysis *pair = result.pair("dc", "hub");
    QCOMPARE(text(pair->resiliency), text(Resiliency::High));
    QCOMPARE(pair->singlePointsOfFailure, std::vector<std::string>{"metro"});
    // The Metro circuit's default is 99.99 %: c = 0.999^3 x 0.9999 per side,
    // A = (1 - (1 - 0.99690329...)^2) x 0.9999 (circuit) x 0.9999 (gateway) = 99.979042 %.
    QCOMPARE(qRound64(pair->availabilityPercent * 1e6), qint64(99978980));
}

// One London circuit plus an internet VPN to the hub's VPN gateway: the VPN survives London.
// Without the site's internet breakout the VPN cannot run and the pair is standard.
void TestAnalysis::vpnBackup()
{
    const auto build = [](const std::string &siteExtra) {
        return Test::parseDesign(
            design({site("dc", siteExtra), customerEdge("ce1"), providerEdge("pe1", "London"),
                    circuit("er1", "London"), region(),
                    vnet("hub", "ErGw2AZ",
                         R"(,"vpnGateway":{"sku":"VpnGw2AZ","activeActive":true})")},
                   concat(chainLinks("1", "er1", "hub"), {link("vpn1", "vpn", "dc", "hub")})));
    };
    const AnalysisResult withBreakout = analyze(build(""));
    const PairAnalysis *pair = withBreakout.pair("dc", "hub");
    QCOMPARE(text(pair->resiliency), text(Resiliency::StandardWithVpnBackup));
    QCOMPARE(pair->disjointPaths, 2);
    // The internet line leaves the building with the access line unless the site says it is
    // diverse: one dig-up takes both.
    QCOMPARE(pair->singlePointsOfFailure, std::vector<std::string>{"risk:internet-line+acc1"});
    // ExpressRoute: 1.297 ms (see latencyOrderingFromLondon). VPN: the site and UK South share
    // coordinates, so 2 x 0 km x 2.0 x 0.005 + 1 ms overhead = 1.0 ms: faster, but the
    // ExpressRoute circuit is always the primary path [COEX]; the VPN is the failover.
    QVERIFY(std::abs(*pair->expressRouteLatencyMs - 1.297) < 0.01);
    QCOMPARE(*pair->vpnLatencyMs, 1.0);
    QVERIFY(std::abs(*pair->latencyMs - 1.297) < 0.01);
    QVERIFY(!pair->latencyVariable);
    QCOMPARE(pair->steady.toAzure, std::vector<std::string>{"er1"});
    QCOMPARE(pair->steady.fromAzure, std::vector<std::string>{"er1"});
    QVERIFY(pair->failover);
    QCOMPARE(pair->failover->fromAzure, std::vector<std::string>{"vpn1"});
    QCOMPARE(*pair->failover->latencyMs, 1.0);
    QVERIFY(pair->failover->latencyVariable);
    const FailureImpact *london = failure(withBreakout, "location:London");
    QVERIFY(london);
    QCOMPARE(text(london->degraded.front().resiliency), text(Resiliency::VpnOnly));

    // RES-001 names the level as people read it, not by its key in the file.
    const std::vector<Finding> findings = validate(build(""), &withBreakout);
    const auto res001 = std::find_if(findings.begin(), findings.end(),
                                     [](const Finding &f) { return f.rule == "RES-001"; });
    QVERIFY(res001 != findings.end());
    QVERIFY2(res001->message.find("has standard with VPN backup resiliency") != std::string::npos,
             res001->message.c_str());

    const AnalysisResult diverse = analyze(build(R"(,"internetLineDiverse":true)"));
    QVERIFY(diverse.pair("dc", "hub")->singlePointsOfFailure.empty());

    const AnalysisResult noBreakout = analyze(build(R"(,"internetBreakout":false)"));
    QCOMPARE(text(noBreakout.pair("dc", "hub")->resiliency), text(Resiliency::Standard));
}

// A spoke peered to the hub with useRemoteGateways is reached through the hub's gateway; one
// without it is not reached at all.
void TestAnalysis::spokeThroughHub()
{
    const auto build = [](bool useRemoteGateways) {
        return Test::parseDesign(
            design({site("dc"), customerEdge("ce1"), customerEdge("ce2"),
                    providerEdge("pe1", "London"), providerEdge("pe2", "London2"),
                    circuit("er1", "London"), circuit("er2", "London2"), region(), vnet("hub"),
                    vnet("spoke", "")},
                   concat(concat(chainLinks("1", "er1", "hub"), chainLinks("2", "er2", "hub")),
                          {link("peer", "vnetPeering", "spoke", "hub",
                                std::string(R"(,"useRemoteGateways":)")
                                    + (useRemoteGateways ? "true" : "false"))})));
    };
    const AnalysisResult result = analyze(build(true));
    const PairAnalysis *spoke = result.pair("dc", "spoke");
    QVERIFY(spoke->reachable);
    QCOMPARE(text(spoke->resiliency), text(Resiliency::Maximum));
    QCOMPARE(spoke->disjointPaths, 2);
    QCOMPARE(spoke->availabilityPercent, result.pair("dc", "hub")->availabilityPercent);
    QVERIFY(contains(spoke->paths.front().elements, "peer"));
    QVERIFY(contains(spoke->paths.front().elements, "hub"));

    const AnalysisResult unpeered = analyze(build(false));
    QVERIFY(!unpeered.pair("dc", "spoke")->reachable);
    QCOMPARE(text(unpeered.pair("dc", "spoke")->resiliency), text(Resiliency::None));
}

// Sites a, b, c on circuits x, y, z; Global Reach x-y and y-z joins a-b and b-c, never a-c.
void TestAnalysis::globalReachIsNotTransitive()
{
    std::vector<std::string> nodes{region(), vnet("hub")};
    std::vector<std::string> links;
    const std::vector<std::pair<std::string, std::string>> sites{{"a", "London"},
                                                                 {"b", "Amsterdam"},
                                                                 {"c", "Paris"}};
    for (const auto &[id, location] : sites) {
        nodes.push_back(site(id, R"(,"needsVnets":[])"));
        nodes.push_back(providerEdge("pe-" + id, location));
        nodes.push_back(circuit("er-" + id, location));
        links.push_back(link("acc-" + id, "access", id, "pe-" + id));
        links.push_back(
            link("port-" + id, "circuitPort", "pe-" + id, "er-" + id, R"(,"role":"primary")"));
    }
    links.push_back(link("gr-ab", "globalReach", "er-a", "er-b"));
    links.push_back(link("gr-bc", "globalReach", "er-b", "er-c"));
    const AnalysisResult result = analyze(Test::parseDesign(design(nodes, links)));
    QCOMPARE(int(result.globalReach.size()), 2);
    QCOMPARE(result.globalReach[0].siteA, std::string("a"));
    QCOMPARE(result.globalReach[0].siteB, std::string("b"));
    QCOMPARE(result.globalReach[1].siteA, std::string("b"));
    QCOMPARE(result.globalReach[1].siteB, std::string("c"));
    QVERIFY(result.pairs.empty()); // needsVnets: [] asks for no VNet
}

// dc reaches circuit er1 whose Microsoft peering's route filter lists Teams' community
// 12076:5030: Teams goes over Microsoft peering, SharePoint (not admitted) over the internet.
// A site without breakout and without a circuit reaches neither.
void TestAnalysis::services()
{
    const std::string microsoftPeering
        = R"(,"skuTier":"Premium","peerings":[{"peeringType":"MicrosoftPeering","peerASN":12,)"
          R"("routeFilter":["12076:5030"]}])";
    std::string er1 = R"({"id":"er1","kind":"circuit","peeringLocation":"London",)"
                      R"("bandwidthInMbps":1000)"
                      + microsoftPeering + "}";
    const Topology topology = Test::parseDesign(
        design({site("dc", R"(,"needsServices":["Teams","SharePointOnline","AzureCDN"])"),
                site("lonely", R"(,"internetBreakout":false,"needsServices":["Teams","AzureCDN"])"),
                customerEdge("ce1"), providerEdge("pe1", "London"), er1},
               {link("lan1", "lan", "dc", "ce1"), link("acc1", "access", "ce1", "pe1"),
                link("port1", "circuitPort", "pe1", "er1", R"(,"role":"primary")")}));
    const AnalysisResult result = analyze(topology);
    QCOMPARE(int(result.services.size()), 5);
    const auto via = [&](const std::string &siteId, const std::string &service) {
        for (const ServiceAccess &access : result.services) {
            if (access.site == siteId && access.service == service)
                return access;
        }
        return ServiceAccess{};
    };
    QCOMPARE(text(via("dc", "Teams").via), text(ServiceVia::MicrosoftPeering));
    QCOMPARE(via("dc", "Teams").circuits, std::vector<std::string>{"er1"});
    QCOMPARE(text(via("dc", "SharePointOnline").via), text(ServiceVia::Internet));
    QCOMPARE(text(via("dc", "AzureCDN").via), text(ServiceVia::Internet));
    QVERIFY(via("dc", "AzureCDN").internetOnly);
    QCOMPARE(text(via("lonely", "Teams").via), text(ServiceVia::None));
    QCOMPARE(text(via("lonely", "AzureCDN").via), text(ServiceVia::None));
}

// From the London site (51.51, -0.13) to a VNet in UK South (51.51, -0.13) through one circuit
// each: RTT = 2 x (2 x great-circle(site, location) x 1.5 x 0.005 + 3 nodes x 0.05).
// London (51.52, -0.61): 33.23 km -> 1.297 ms; Amsterdam (52.30, 4.94): 358.66 km -> 11.060 ms;
// New York (40.78, -74.07): 5569.51 km -> 167.385 ms.
void TestAnalysis::latencyOrderingFromLondon()
{
    std::vector<std::string> nodes{site("dc"), region()};
    std::vector<std::string> links;
    for (const char *location : {"London", "Amsterdam", "New York"}) {
        const std::string key = location == std::string("New York") ? "ny" : location;
        nodes.push_back(customerEdge("ce" + key));
        nodes.push_back(providerEdge("pe" + key, location));
        nodes.push_back(circuit("er" + key, location));
        nodes.push_back(vnet("vnet" + key));
        links = concat(links, chainLinks(key, "er" + key, "vnet" + key));
    }
    const AnalysisResult result = analyze(Test::parseDesign(design(nodes, links)));
    const double london = *result.pair("dc", "vnetLondon")->latencyMs;
    const double amsterdam = *result.pair("dc", "vnetAmsterdam")->latencyMs;
    const double newYork = *result.pair("dc", "vnetny")->latencyMs;
    QVERIFY(london < amsterdam);
    QVERIFY(amsterdam < newYork);
    QVERIFY(std::abs(london - 1.297) < 0.01);
    QVERIFY(std::abs(amsterdam - 11.060) < 0.01);
    QVERIFY(std::abs(newYork - 167.385) < 0.05);
    QVERIFY(!result.pair("dc", "vnetLondon")->latencyVariable);
}

// A 10 Gbps circuit and 10 Gbps access into an ErGw1AZ gateway: the gateway's 1000 Mbps is the
// bottleneck. FastPath on ErGw3AZ lifts the gateway limit: the 10 Gbps circuit is left.
void TestAnalysis::bottleneckAtGateway()
{
    const auto build = [](const std::string &sku, const std::string &connectionExtra) {
        std::vector<std::string> links = chainLinks("1", "er1", "hub",
                                                    R"(,"bandwidthInMbps":10000)");
        links.back() = link("conn1", "connection", "er1", "hub", connectionExtra);
        return Test::parseDesign(
            design({site("dc"), customerEdge("ce1"), providerEdge("pe1", "London"),
                    circuit("er1", "London", "", 10000), region(), vnet("hub", sku)},
                   links));
    };
    QCOMPARE(*analyze(build("ErGw1AZ", "")).pair("dc", "hub")->bottleneckMbps, 1000.0);
    QCOMPARE(*analyze(build("ErGw1AZ", R"(,"fastPath":true)")).pair("dc", "hub")->bottleneckMbps,
             1000.0); // ErGw1AZ has no FastPath
    QCOMPARE(*analyze(build("ErGw3AZ", R"(,"fastPath":true)")).pair("dc", "hub")->bottleneckMbps,
             10000.0);
}

// Two 10 Gbps circuits with FastPath into an ErGw3AZ hub (10 Gbps): the hub gets both, 20 Gbps.
// A spoke that uses the hub's gateway gets them only over ExpressRoute Direct in the hub's region:
// VNet peering over FastPath is Direct only, and global VNet peering never [FP] (facts §4.5);
// otherwise the gateway's 10 Gbps caps the spoke's traffic.
void TestAnalysis::fastPathPassesGatewayToSpokesOnlyOnDirect()
{
    const auto bottlenecks = [](const std::string &circuitExtra, const std::string &spokeRegion) {
        const std::string fastPath = R"(,"fastPath":true)";
        std::vector<std::string> links = concat(chainLinks("1", "er1", "hub"),
                                                chainLinks("2", "er2", "hub"));
        links[3] = link("conn1", "connection", "er1", "hub", fastPath);
        links[7] = link("conn2", "connection", "er2", "hub", fastPath);
        links.push_back(link("peer", "vnetPeering", "spoke", "hub", R"(,"useRemoteGateways":true)"));
        const std::string spoke = R"({"id":"spoke","kind":"virtualNetwork","region":")"
                                  + spokeRegion + R"(","addressPrefixes":["10.20.0.0/16"]})";
        const AnalysisResult result = analyze(
            Test::parseDesign(design({site("dc"), customerEdge("ce1"), customerEdge("ce2"),
                                      providerEdge("pe1", "London"), providerEdge("pe2", "London2"),
                                      circuit("er1", "London", circuitExtra, 10000),
                                      circuit("er2", "London2", circuitExtra, 10000), region(),
                                      region("ukw", "ukwest"), vnet("hub", "ErGw3AZ"), spoke},
                                     links)));
        return std::make_pair(*result.pair("dc", "hub")->bottleneckMbps,
                              *result.pair("dc", "spoke")->bottleneckMbps);
    };
    const std::string direct = R"(,"expressRouteDirect":{"portBandwidthInGbps":10})";
    QCOMPARE(bottlenecks("", "uks"), std::make_pair(20000.0, 10000.0));
    QCOMPARE(bottlenecks(direct, "uks"), std::make_pair(20000.0, 20000.0));
    QCOMPARE(bottlenecks(direct, "ukw"), std::make_pair(20000.0, 10000.0));
}

// Two 10 Gbps circuits with FastPath into an ErGw3AZ hub (10 Gbps). FastPath programs 25,000
// addresses per provider circuit, 100,000 per 10 Gbps Direct port; "Traffic flows through the
// ExpressRoute gateway when these limits are reached" [FP] (facts §2.4, §4.5): past the limit
// the gateway's 10 Gbps carries both circuits. An unknown count (only the address space) keeps
// FastPath (GATEWAY-013 says so as info).
void TestAnalysis::fastPathPastItsIpLimitGoesThroughTheGateway()
{
    const auto bottleneck = [](const std::string &circuitExtra, const std::string &hubExtra) {
        const std::string fastPath = R"(,"fastPath":true)";
        std::vector<std::string> links = concat(chainLinks("1", "er1", "hub"),
                                                chainLinks("2", "er2", "hub"));
        links[3] = link("conn1", "connection", "er1", "hub", fastPath);
        links[7] = link("conn2", "connection", "er2", "hub", fastPath);
        const AnalysisResult result = analyze(
            Test::parseDesign(design({site("dc"), customerEdge("ce1"), customerEdge("ce2"),
                                      providerEdge("pe1", "London"), providerEdge("pe2", "London2"),
                                      circuit("er1", "London", circuitExtra, 10000),
                                      circuit("er2", "London2", circuitExtra, 10000), region(),
                                      vnet("hub", "ErGw3AZ", hubExtra)},
                                     links)));
        return *result.pair("dc", "hub")->bottleneckMbps;
    };
    const std::string direct = R"(,"expressRouteDirect":{"portBandwidthInGbps":10})";
    QCOMPARE(bottleneck("", R"(,"ipAddressesInUse":25000)"), 20000.0);
    QCOMPARE(bottleneck("", R"(,"ipAddressesInUse":25001)"), 10000.0);
    QCOMPARE(bottleneck("", ""), 20000.0); // a /16 could hold more, but the count is not known
    QCOMPARE(bottleneck(direct, R"(,"ipAddressesInUse":100000)"), 20000.0);
    QCOMPARE(bottleneck(direct, R"(,"ipAddressesInUse":100001)"), 10000.0);
}

// A site without a location: the lengths of its links are unknown, so no round trip is
// claimed (RES-007 cannot fire on a guess); the bottleneck is still the 1 Gbps circuit.
void TestAnalysis::noLocationNoLatency()
{
    const Topology topology = Test::parseDesign(
        design({R"({"id":"dc","kind":"site","addressPrefixes":["10.1.0.0/16"]})",
                customerEdge("ce1"), providerEdge("pe1", "London"), circuit("er1", "London"),
                region(), vnet("hub")},
               chainLinks("1", "er1", "hub")));
    const AnalysisResult result = analyze(topology);
    const PairAnalysis *pair = result.pair("dc", "hub");
    QVERIFY(pair);
    QVERIFY(pair->reachable);
    QVERIFY(!pair->latencyMs);
    QCOMPARE(*pair->bottleneckMbps, 1000.0);
}

// examples/maximum-resiliency.ertopo: every pair maximum; losing er-ldn leaves the London DC's
// hub at standard (London2 only), as in cli.md's example.
void TestAnalysis::failuresOfTheMaximumExample()
{
    const AnalysisResult result = analyze(
        Test::loadDesign(Test::examplePath(QStringLiteral("maximum-resiliency.ertopo"))));
    QCOMPARE(int(result.pairs.size()), 4);
    for (const PairAnalysis &pair : result.pairs) {
        QCOMPARE(text(pair.resiliency), text(Resiliency::Maximum));
        QVERIFY(pair.singlePointsOfFailure.empty());
    }
    const FailureImpact *erLdn = failure(result, "er-ldn");
    QVERIFY(erLdn);
    QCOMPARE(int(erLdn->degraded.size()), 4);
    QCOMPARE(erLdn->degraded.front().site, std::string("dc-ldn"));
    QCOMPARE(erLdn->degraded.front().vnet, std::string("vnet-hub-uks"));
    QCOMPARE(text(erLdn->degraded.front().resiliency), text(Resiliency::Standard));
    const FailureImpact *london2 = failure(result, "location:London2");
    QVERIFY(london2);
    QVERIFY(london2->lost.empty());
}

// The design as drawn comes first and is weighed like each variant of it. A single London
// circuit misses 99.95 %; a VPN backup is not advised for a latency-sensitive site [RESARCH];
// a second circuit at London2 (the metro's other site) reaches it and is chosen. A 20 Gbps
// need is met only by ExpressRoute Direct with a gateway that carries it (ErGwScale).
void TestAnalysis::recommendationWeighsRequirements()
{
    const auto build = [](const std::string &requirements) {
        return Test::parseDesign(
            design({site("dc", R"(,"requirements":)" + requirements), customerEdge("ce1"),
                    providerEdge("pe1", "London"), circuit("er1", "London"), region(), vnet("hub")},
                   chainLinks("1", "er1", "hub")));
    };
    const AnalysisResult result = analyze(
        build(R"({"availabilityPercent":99.95,"maxLatencyMs":10})"));
    QCOMPARE(int(result.recommendations.size()), 1);
    const Recommendation &recommendation = result.recommendations.front();
    QCOMPARE(text(recommendation.options.front().variant), text(DesignVariant::ThisDesign));
    QCOMPARE(qRound64(recommendation.options.front().availabilityPercent * 1e6),
             qint64(99620558)); // the series chain
    QVERIFY(!recommendation.options.front().meets);
    QCOMPARE(text(recommendation.variant), text(DesignVariant::SecondLocation));
    QCOMPARE(text(recommendation.option), text(ConnectivityOption::ExpressRouteMaximum));
    const auto chosen = std::find_if(recommendation.options.begin(), recommendation.options.end(),
                                     [](const OptionEstimate &o) {
                                         return o.variant == DesignVariant::SecondLocation;
                                     });
    QVERIFY(chosen != recommendation.options.end());
    QCOMPARE(chosen->label, std::string("Add a second circuit at London2"));
    QVERIFY(chosen->meets);
    for (const OptionEstimate &option : recommendation.options) {
        if (option.variant == DesignVariant::VpnBackup || option.variant == DesignVariant::VpnOnly)
            QVERIFY2(!option.allowed, option.label.c_str());
    }
    const bool citesResearch = std::any_of(recommendation.reasons.begin(),
                                           recommendation.reasons.end(), [](const std::string &r) {
                                               return r.find("[RESARCH]") != std::string::npos;
                                           });
    QVERIFY(citesResearch);

    const AnalysisResult direct = analyze(build(R"({"bandwidthMbps":20000})"));
    const Recommendation &large = direct.recommendations.front();
    QCOMPARE(text(large.variant), text(DesignVariant::Direct));
    QVERIFY(large
                .options[std::size_t(std::find_if(large.options.begin(), large.options.end(),
                                                  [](const OptionEstimate &o) {
                                                      return o.variant == DesignVariant::Direct;
                                                  })
                                     - large.options.begin())]
                .label.find("ErGwScale")
            != std::string::npos);
    // No internet VPN for 20 Gbps: it carries a few Gbps at most [VPNLIM].
    for (const OptionEstimate &option : large.options) {
        if (option.variant == DesignVariant::VpnOnly)
            QVERIFY(!option.allowed);
    }
}

namespace {

// What can fail in a small design, with the analysis's default availability: removed from a
// copy of the design when it fails.
struct Failable
{
    std::string id;
    double up = 1;
    enum Kind { Element, Gateway, Location } kind = Element;
};

std::vector<Failable> failables(const Topology &topology)
{
    std::vector<Failable> result;
    std::set<std::string> locations;
    for (const Node &node : topology.nodes()) {
        if (node.customerEdge() || node.providerEdge())
            result.push_back({node.id, 0.999});
        if (const CircuitFields *circuit = node.circuit())
            result.push_back({node.id, circuit->isMetro() ? 0.9999 : 0.9995});
        if (node.providerEdge() && node.providerEdge()->peeringLocation)
            locations.insert(*node.providerEdge()->peeringLocation);
        if (node.circuit() && !node.circuit()->isMetro() && node.circuit()->peeringLocation)
            locations.insert(*node.circuit()->peeringLocation);
        if (node.virtualNetwork() && node.virtualNetwork()->expressRouteGateway)
            result.push_back({node.id, 0.9999, Failable::Gateway}); // ErGw2AZ in UK South
    }
    for (const Link &link : topology.links()) {
        if (link.kind == LinkKind::Access)
            result.push_back({link.id, 0.999});
        if (link.kind == LinkKind::CircuitPort)
            result.push_back({link.id, 0.9999});
        if (link.kind == LinkKind::Vpn)
            result.push_back({link.id, 0.995});
    }
    for (const std::string &location : locations)
        result.push_back({location, 0.9999, Failable::Location});
    return result;
}

Topology without(const Topology &topology, const std::vector<const Failable *> &failed)
{
    Topology copy = topology;
    std::vector<std::string> nodes;
    for (const Failable *f : failed) {
        if (f->kind == Failable::Element && copy.link(f->id)) {
            copy.removeLink(f->id);
        } else if (f->kind == Failable::Element) {
            nodes.push_back(f->id);
        } else if (f->kind == Failable::Gateway) {
            Node vnet = *copy.node(f->id);
            vnet.virtualNetwork()->expressRouteGateway.reset();
            copy.replaceNode(vnet);
        } else {
            for (const Node &node : copy.nodes()) {
                const auto &at = node.providerEdge() ? node.providerEdge()->peeringLocation
                                 : node.circuit()    ? node.circuit()->peeringLocation
                                                     : std::nullopt;
                if (at == f->id && !(node.circuit() && node.circuit()->isMetro()))
                    nodes.push_back(node.id);
            }
        }
    }
    for (const std::string &id : nodes) {
        std::vector<std::string> links;
        for (const Link &link : copy.links()) {
            if (link.from == id || link.to == id)
                links.push_back(link.id);
        }
        for (const std::string &link : links)
            copy.removeLink(link);
        copy.removeNode(id);
    }
    return copy;
}

} // namespace

// The exact availability against brute force: every combination of failed elements and
// locations, each weighed by its probability, the pair counted up where it is still reachable.
void TestAnalysis::availabilityMatchesEnumeration_data()
{
    QTest::addColumn<QString>("json");
    QTest::newRow("two locations") << QString::fromStdString(
        design({site("dc"), customerEdge("ce1"), customerEdge("ce2"), providerEdge("pe1", "London"),
                providerEdge("pe2", "London2"), circuit("er1", "London"), circuit("er2", "London2"),
                region(), vnet("hub")},
               concat(chainLinks("1", "er1", "hub"), chainLinks("2", "er2", "hub"))));
    QTest::newRow("one location, two circuits") << QString::fromStdString(
        design({site("dc"), customerEdge("ce1"), customerEdge("ce2"), providerEdge("pe1", "London"),
                providerEdge("pe2", "London"), circuit("er1", "London"), circuit("er2", "London"),
                region(), vnet("hub")},
               concat(chainLinks("1", "er1", "hub"), chainLinks("2", "er2", "hub"))));
    QTest::newRow("circuit and VPN") << QString::fromStdString(
        design({site("dc", R"(,"internetLineDiverse":true)"), customerEdge("ce1"),
                providerEdge("pe1", "London"), circuit("er1", "London"), region(),
                vnet("hub", "ErGw2AZ", R"(,"vpnGateway":{"sku":"VpnGw2AZ"})")},
               concat(chainLinks("1", "er1", "hub"), {link("vpn1", "vpn", "dc", "hub")})));
}

void TestAnalysis::availabilityMatchesEnumeration()
{
    QFETCH(QString, json);
    const Topology topology = Test::parseDesign(json.toStdString());
    const PairAnalysis *analysed = nullptr;
    const AnalysisResult result = analyze(topology);
    analysed = result.pair("dc", "hub");
    QVERIFY(analysed && analysed->availabilityExact);
    std::vector<Failable> all = failables(topology);
    // A VPN gateway fails too where there is one.
    for (const Node &node : topology.nodes()) {
        if (node.virtualNetwork() && node.virtualNetwork()->vpnGateway)
            all.push_back({node.id + "/vpn", 0.9999, Failable::Element});
    }
    QVERIFY(all.size() <= 16);
    AnalysisOptions figuresOnly;
    figuresOnly.recommend = false;
    double up = 0;
    for (std::uint32_t state = 0; state < (1u << all.size()); ++state) {
        double probability = 1;
        std::vector<const Failable *> failed;
        bool vpnGatewayFailed = false;
        for (std::size_t i = 0; i < all.size(); ++i) {
            const bool down = state & (1u << i);
            probability *= down ? 1 - all[i].up : all[i].up;
            if (down && all[i].id.ends_with("/vpn"))
                vpnGatewayFailed = true;
            else if (down)
                failed.push_back(&all[i]);
        }
        if (probability < 1e-16)
            continue;
        Topology state_ = without(topology, failed);
        if (vpnGatewayFailed) {
            for (const Node &node : topology.nodes()) {
                if (node.virtualNetwork() && node.virtualNetwork()->vpnGateway) {
                    Node vnet = *state_.node(node.id);
                    vnet.virtualNetwork()->vpnGateway.reset();
                    state_.replaceNode(vnet);
                }
            }
        }
        const AnalysisResult after = analyze(state_, Catalogue::builtIn(), figuresOnly);
        const PairAnalysis *pair = after.pair("dc", "hub");
        if (pair && pair->reachable)
            up += probability;
    }
    QVERIFY2(std::abs(up * 100 - analysed->availabilityPercent) < 1e-7,
             qPrintable(QStringLiteral("enumerated %1 %, analysed %2 %")
                            .arg(up * 100, 0, 'f', 9)
                            .arg(analysed->availabilityPercent, 0, 'f', 9)));
}

// Azure prefers the connection with the higher weight [FAQ; DR]: the steady round trip is the
// Amsterdam circuit's even though London is nearer; the routers on-premises still balance over
// both (asymmetric, RES-011) until the Amsterdam circuit's local preference is raised.
void TestAnalysis::connectionWeightDecidesTheSteadyPath()
{
    const auto build = [](const std::string &peeringExtra) {
        std::string far = circuit("er2", "Amsterdam");
        if (!peeringExtra.empty())
            far.replace(far.find(R"("peerASN":65010)"), 15, R"("peerASN":65010)" + peeringExtra);
        return Test::parseDesign(
            design({site("dc"), customerEdge("ce1"), customerEdge("ce2"),
                    providerEdge("pe1", "London"), providerEdge("pe2", "Amsterdam"),
                    circuit("er1", "London"), far, region(), vnet("hub")},
                   {link("lan1", "lan", "dc", "ce1"), link("acc1", "access", "ce1", "pe1"),
                    link("port1", "circuitPort", "pe1", "er1", R"(,"role":"primary")"),
                    link("conn1", "connection", "er1", "hub"), link("lan2", "lan", "dc", "ce2"),
                    link("acc2", "access", "ce2", "pe2"),
                    link("port2", "circuitPort", "pe2", "er2", R"(,"role":"primary")"),
                    link("conn2", "connection", "er2", "hub", R"(,"routingWeight":100)")}));
    };
    const Topology weighted = build("");
    const AnalysisResult result = analyze(weighted);
    const PairAnalysis *pair = result.pair("dc", "hub");
    QCOMPARE(pair->steady.fromAzure, std::vector<std::string>{"er2"});
    QCOMPARE(pair->steady.fromAzureDecision, std::string("connectionWeight"));
    QCOMPARE(pair->steady.toAzure, (std::vector<std::string>{"er1", "er2"}));
    QVERIFY(!pair->steady.symmetric);
    // The round trip is over Amsterdam one way at least: above the London circuit's own.
    QVERIFY(*pair->latencyMs > *pair->expressRouteLatencyMs + 1);
    const std::vector<Finding> findings = validate(weighted, &result);
    QVERIFY(std::any_of(findings.begin(), findings.end(),
                        [](const Finding &f) { return f.rule == "RES-011"; }));

    const Topology preferred = build(R"(,"localPreference":200)");
    const AnalysisResult symmetric = analyze(preferred);
    const PairAnalysis *both = symmetric.pair("dc", "hub");
    QCOMPARE(both->steady.toAzure, std::vector<std::string>{"er2"});
    QVERIFY(both->steady.symmetric);
    QVERIFY(both->failover);
    QCOMPARE(both->failover->fromAzure, std::vector<std::string>{"er1"});
    const std::vector<Finding> clean = validate(preferred, &symmetric);
    QVERIFY(std::none_of(clean.begin(), clean.end(),
                         [](const Finding &f) { return f.rule == "RES-011"; }));
}

// Longest prefix first [COEX]: a VPN announcing a /24 of the site's /16 takes Azure's traffic
// while ExpressRoute (announcing the /16) is up: RES-012.
void TestAnalysis::moreSpecificVpnPrefixTakesTraffic()
{
    const auto build = [](const std::string &prefix) {
        return Test::parseDesign(
            design({site("dc", R"(,"internetLineDiverse":true)"), customerEdge("ce1"),
                    providerEdge("pe1", "London"), circuit("er1", "London"), region(),
                    vnet("hub", "ErGw2AZ", R"(,"vpnGateway":{"sku":"VpnGw2AZ"})")},
                   concat(chainLinks("1", "er1", "hub"),
                          {link("vpn1", "vpn", "dc", "hub",
                                R"(,"advertisedPrefixes":[")" + prefix + R"("])")})));
    };
    const AnalysisResult specific = analyze(build("10.1.0.0/24"));
    const PairAnalysis *pair = specific.pair("dc", "hub");
    QCOMPARE(pair->steady.fromAzure, std::vector<std::string>{"vpn1"});
    QCOMPARE(pair->steady.fromAzureDecision, std::string("longestPrefix"));
    QVERIFY(pair->vpnTakesTrafficByPrefix);
    QVERIFY(pair->latencyVariable);

    const AnalysisResult same = analyze(build("10.1.0.0/16"));
    QCOMPARE(same.pair("dc", "hub")->steady.fromAzure, std::vector<std::string>{"er1"});
    QVERIFY(!same.pair("dc", "hub")->vpnTakesTrafficByPrefix);
}

// An 8 Gbps site on a 10 Gbps circuit: a VPN carries 1.25 Gbps a tunnel on VpnGw2AZ [VPNLIM]
// and 1.25 Gbps in all [VPNTBL], so neither VPN only nor a VPN backup is advised
// (bandwidth-intensive [RESARCH]); never the largest SKU's 10 Gbps aggregate.
void TestAnalysis::eightGbpsSiteIsNotAdvisedAVpn()
{
    const Topology topology = Test::parseDesign(
        design({site("dc", R"(,"requirements":{"bandwidthMbps":8000})"), customerEdge("ce1"),
                providerEdge("pe1", "London"), circuit("er1", "London", "", 10000), region(),
                vnet("hub", "ErGw3AZ")},
               chainLinks("1", "er1", "hub")));
    const AnalysisResult result = analyze(topology);
    const Recommendation &recommendation = result.recommendations.front();
    QVERIFY(recommendation.options.front().meets);
    QCOMPARE(text(recommendation.variant), text(DesignVariant::ThisDesign));
    for (const OptionEstimate &option : recommendation.options) {
        if (option.variant == DesignVariant::VpnOnly) {
            QVERIFY(!option.allowed);
            // Two 1.25 Gbps tunnels (active-active), capped by VpnGw2AZ's 1.25 Gbps aggregate.
            QCOMPARE(option.bottleneckMbps, 1250.0);
        }
        if (option.variant == DesignVariant::VpnBackup)
            QVERIFY(!option.allowed);
    }
}

// 99.99 %: mission-critical. No VPN option is advised [RESARCH]; the reasons never pick one.
void TestAnalysis::missionCriticalSiteIsNeverAdvisedAVpn()
{
    const Topology topology = Test::parseDesign(
        design({site("dc", R"(,"requirements":{"availabilityPercent":99.99})"), customerEdge("ce1"),
                providerEdge("pe1", "London"), circuit("er1", "London"), region(), vnet("hub")},
               chainLinks("1", "er1", "hub")));
    const AnalysisResult result = analyze(topology);
    const Recommendation &recommendation = result.recommendations.front();
    QVERIFY(recommendation.variant != DesignVariant::VpnBackup);
    QVERIFY(recommendation.variant != DesignVariant::VpnOnly);
    QVERIFY(recommendation.option != ConnectivityOption::Vpn);
    QVERIFY(recommendation.option != ConnectivityOption::ExpressRouteWithVpnBackup);
    for (const OptionEstimate &option : recommendation.options) {
        if (option.variant == DesignVariant::VpnBackup || option.variant == DesignVariant::VpnOnly)
            QVERIFY(!option.allowed);
    }
}

// A site without a location: no round trip, and a latency limit is "cannot be checked", never
// met; RES-007 does not fire on a guess.
void TestAnalysis::unknownLatencyIsNeverMet()
{
    const Topology topology = Test::parseDesign(
        design({R"({"id":"dc","kind":"site","addressPrefixes":["10.1.0.0/16"],)"
                R"("requirements":{"maxLatencyMs":5}})",
                customerEdge("ce1"), providerEdge("pe1", "London"), circuit("er1", "London"),
                region(), vnet("hub")},
               chainLinks("1", "er1", "hub")));
    const AnalysisResult result = analyze(topology);
    const Recommendation &recommendation = result.recommendations.front();
    const OptionEstimate &design = recommendation.options.front();
    QVERIFY(!design.latencyMs);
    QVERIFY(!design.meets);
    QVERIFY(
        std::any_of(design.shortfalls.begin(), design.shortfalls.end(), [](const std::string &s) {
            return s.find("cannot be checked") != std::string::npos;
        }));
    const std::string json = analysisToJson("x", result);
    QVERIFY(json.find(R"("latencyMs": 0)") == std::string::npos);
    const std::vector<Finding> findings = validate(topology, &result);
    QVERIFY(std::none_of(findings.begin(), findings.end(),
                         [](const Finding &f) { return f.rule == "RES-007"; }));
}

// A London site whose only circuit is at Amsterdam misses a 5 ms limit; a second circuit at
// Amsterdam2 would not help. The variant that moves the circuit to the location nearest the site
// and adds one at that metro's other site meets it, and is recommended.
void TestAnalysis::latencyLimitBringsTheCircuitsNearer()
{
    const Topology topology = Test::parseDesign(
        design({site("dc", R"(,"requirements":{"maxLatencyMs":5,"availabilityPercent":99.95})"),
                customerEdge("ce1"), providerEdge("pe1", "Amsterdam"), circuit("er1", "Amsterdam"),
                region(), vnet("hub")},
               chainLinks("1", "er1", "hub")));
    const AnalysisResult result = analyze(topology);
    const Recommendation &recommendation = result.recommendations.front();
    QVERIFY(*recommendation.options.front().latencyMs > 5);
    QCOMPARE(text(recommendation.variant), text(DesignVariant::NearerLocations));
    const auto chosen = std::find_if(recommendation.options.begin(), recommendation.options.end(),
                                     [](const OptionEstimate &o) {
                                         return o.variant == DesignVariant::NearerLocations;
                                     });
    QVERIFY(chosen->meets);
    QVERIFY(*chosen->latencyMs <= 5);
    QVERIFY2(chosen->label.find("London") != std::string::npos, chosen->label.c_str());
}

// A design that meets its requirements is kept; it is never downgraded to an internet VPN.
void TestAnalysis::meetingDesignIsKept()
{
    const AnalysisResult result = analyze(
        Test::loadDesign(Test::examplePath(QStringLiteral("maximum-resiliency.ertopo"))));
    for (const Recommendation &recommendation : result.recommendations) {
        QVERIFY(recommendation.options.front().meets);
        QCOMPARE(text(recommendation.variant), text(DesignVariant::ThisDesign));
    }
}

// validate with the analysis: the series chain has RES-001 (standard) and RES-002 naming its
// single points of failure; a site without a path to its VNet has RES-010.
void TestAnalysis::rulesReportFromAnalysis()
{
    const Topology topology = Test::parseDesign(
        design({site("dc"), customerEdge("ce1"), providerEdge("pe1", "London"),
                circuit("er1", "London"), region(), vnet("hub"), vnet("far", "")},
               chainLinks("1", "er1", "hub")));
    const AnalysisResult analysis = analyze(topology);
    const std::vector<Finding> findings = validate(topology, &analysis);
    const auto has = [&](const std::string &rule, const std::string &element) {
        return std::any_of(findings.begin(), findings.end(), [&](const Finding &f) {
            return f.rule == rule && contains(f.elements, element);
        });
    };
    QVERIFY(has("RES-001", "hub"));
    QVERIFY(has("RES-002", "er1"));
    QVERIFY(has("RES-010", "far"));
    QVERIFY(!has("RES-010", "hub"));
    // Without the analysis the rules that need it stay silent.
    const std::vector<Finding> plain = validate(topology);
    QVERIFY(std::none_of(plain.begin(), plain.end(),
                         [](const Finding &f) { return f.rule == "RES-010"; }));
}

// An AZ SKU is zone-redundant only in a region with availability zones [AZREG; VPNCONS]: ErGw1AZ
// in UK West (no zones) is regional, a single point of failure with the non-AZ gateway's
// 99.95 %: 0.999^3 x 0.9999 x 0.9995 x 0.9995 x 0.9999 (location) = 99.580705 %; in UK South
// it is not named and keeps 99.99 % (99.620558 %, seriesChainAvailability).
void TestAnalysis::azGatewayInRegionWithoutZonesIsSinglePoint()
{
    const auto chain = [](const std::string &regionName) {
        return Test::parseDesign(design({site("dc"), customerEdge("ce1"),
                                         providerEdge("pe1", "London"), circuit("er1", "London"),
                                         region("r", regionName), vnet("hub", "ErGw1AZ", "", "r")},
                                        chainLinks("1", "er1", "hub")));
    };
    const Topology west = chain("ukwest");
    const AnalysisResult regional = analyze(west);
    const PairAnalysis *pair = regional.pair("dc", "hub");
    QVERIFY(pair);
    QVERIFY(contains(pair->singlePointsOfFailure, "hub/expressRouteGateway"));
    QCOMPARE(qRound64(pair->availabilityPercent * 1e6), qint64(99580705));
    const std::vector<Finding> findings = validate(west, &regional);
    QVERIFY(std::any_of(findings.begin(), findings.end(), [](const Finding &f) {
        return f.rule == "GATEWAY-008" && f.elements == std::vector<std::string>{"hub"};
    }));

    const Topology south = chain("uksouth");
    const AnalysisResult zoned = analyze(south);
    QVERIFY(!contains(zoned.pair("dc", "hub")->singlePointsOfFailure, "hub/expressRouteGateway"));
    QCOMPARE(qRound64(zoned.pair("dc", "hub")->availabilityPercent * 1e6), qint64(99620558));
    const std::vector<Finding> clean = validate(south, &zoned);
    QVERIFY(std::none_of(clean.begin(), clean.end(),
                         [](const Finding &f) { return f.rule == "GATEWAY-008"; }));

    // A region whose zones the catalogue has not confirmed: zone-redundant as before, no finding.
    const Topology unknown = chain("denmarkeast");
    const AnalysisResult unconfirmed = analyze(unknown);
    QVERIFY(
        !contains(unconfirmed.pair("dc", "hub")->singlePointsOfFailure, "hub/expressRouteGateway"));
    const std::vector<Finding> silent = validate(unknown, &unconfirmed);
    QVERIFY(std::none_of(silent.begin(), silent.end(),
                         [](const Finding &f) { return f.rule == "GATEWAY-008"; }));
}

namespace {

// A copy, so that it outlives a temporary result.
std::optional<GatewayResiliencyIndex> indexOf(const AnalysisResult &result, const std::string &vnet)
{
    for (const GatewayResiliencyIndex &entry : result.resiliencyIndex) {
        if (entry.vnet == vnet)
            return entry;
    }
    return std::nullopt;
}

AnalysisResult analyzeOn(const Topology &topology, const std::string &referenceDate)
{
    AnalysisOptions options;
    options.referenceDate = referenceDate;
    return analyze(topology, Catalogue::builtIn(), options);
}

} // namespace

// Resiliency Insights [RINS; facts §5.5]: route (20) x multiplier + zone (10) + recommendations
// (10, assumed met). The maximum example: London + London2 (20 points), ErGw3AZ in UK South (10),
// no test recorded (x1): 20 + 10 + 10 = 40, or 30 if Advisor had recommendations. The spoke has
// no ExpressRoute gateway and no index.
void TestAnalysis::resiliencyIndexOfTheMaximumExample()
{
    const AnalysisResult result = analyzeOn(Test::loadDesign(Test::examplePath(
                                                QStringLiteral("maximum-resiliency.ertopo"))),
                                            "2026-12-01");
    QCOMPARE(int(result.resiliencyIndex.size()), 1);
    const std::optional<GatewayResiliencyIndex> hub = indexOf(result, "vnet-hub-uks");
    QVERIFY(hub);
    QCOMPARE(hub->gateway, std::string("vnet-hub-uks/expressRouteGateway"));
    QCOMPARE(hub->route.level, std::string("twoLocations"));
    QCOMPARE(hub->route.points, 20.0);
    QCOMPARE(hub->route.maximum, 20.0);
    QCOMPARE(hub->route.peeringLocations, (std::vector<std::string>{"London", "London2"}));
    QCOMPARE(hub->validation.multiplier, 1.0);
    QVERIFY(!hub->validation.tested);
    QVERIFY(hub->validation.reason.find("Not yet tested") != std::string::npos);
    QCOMPARE(hub->zoneRedundancy.points, 10.0);
    QCOMPARE(hub->recommendations.points, 10.0);
    QVERIFY(hub->recommendations.assumed);
    QCOMPARE(hub->index, 40.0);
    QCOMPARE(hub->lowestIndex, 30.0);
    QVERIFY(!hub->basis.empty());
}

// One circuit at London: 5 route points, 5 + 10 + 10 = 25.
void TestAnalysis::resiliencyIndexSingleLocationScoresLess()
{
    const AnalysisResult result = analyzeOn(Test::loadDesign(Test::examplePath(
                                                QStringLiteral("single-circuit.ertopo"))),
                                            "2026-12-01");
    const std::optional<GatewayResiliencyIndex> hub = indexOf(result, "vnet-hub-uks");
    QVERIFY(hub);
    QCOMPARE(hub->route.level, std::string("singleLocation"));
    QCOMPARE(hub->route.points, 5.0);
    QCOMPARE(hub->index, 25.0);
    // Two circuits at one location are still one location.
    const AnalysisResult oneLocation = analyzeOn(twoCircuits("London", "London"), "2026-12-01");
    const std::optional<GatewayResiliencyIndex> same = indexOf(oneLocation, "hub");
    QVERIFY(same);
    QCOMPARE(same->route.level, std::string("singleLocation"));
    QCOMPARE(same->route.points, 5.0);
}

// An ExpressRoute Metro circuit: 10 route points; a recorded test does not count, since
// Resiliency Validation is not offered for Metro [RVAL].
void TestAnalysis::resiliencyIndexMetro()
{
    const auto metroDesign = [](const std::string &gatewayExtra) {
        return Test::parseDesign(design(
            {site("dc"), customerEdge("ce1"), providerEdge("pe1", "Amsterdam"),
             circuit("metro", "Amsterdam Metro", R"(,"metro":true)"), region("weu", "westeurope"),
             R"({"id":"hub","kind":"virtualNetwork","region":"weu","addressPrefixes":["10.10.0.0/16"],)"
             R"("expressRouteGateway":{"sku":"ErGw2AZ")"
                 + gatewayExtra + "}}"},
            {link("lan1", "lan", "dc", "ce1"), link("acc1", "access", "ce1", "pe1"),
             link("port1", "circuitPort", "pe1", "metro", R"(,"role":"primary")"),
             link("conn", "connection", "metro", "hub")}));
    };
    const std::optional<GatewayResiliencyIndex> hub = indexOf(analyzeOn(metroDesign(""),
                                                                        "2026-12-01"),
                                                              "hub");
    QVERIFY(hub);
    QCOMPARE(hub->route.level, std::string("metro"));
    QCOMPARE(hub->route.points, 10.0);
    QCOMPARE(hub->index, 30.0);
    const AnalysisResult tested = analyzeOn(metroDesign(R"(,"resiliencyValidatedOn":"2026-11-25")"),
                                            "2026-12-01");
    QCOMPARE(indexOf(tested, "hub")->validation.multiplier, 1.0);
    QCOMPARE(indexOf(tested, "hub")->index, 30.0);
}

// Zone redundancy [RINS]: Standard 0, UltraPerformance 2, ErGw1AZ zone-redundant 10, ErGwScale
// up to 2 scale units 8 and above 10; ErGw1AZ in UK West (no zones) deployed regional: 0.
void TestAnalysis::resiliencyIndexZoneRedundancy()
{
    const auto zonePoints = [](const std::string &gateway, const std::string &regionName) {
        const Topology topology = Test::parseDesign(
            design({site("dc"), customerEdge("ce1"), providerEdge("pe1", "London"),
                    circuit("er1", "London"), region("r", regionName),
                    R"({"id":"hub","kind":"virtualNetwork","region":"r",)"
                    R"("addressPrefixes":["10.10.0.0/16"],"expressRouteGateway":)"
                        + gateway + "}"},
                   chainLinks("1", "er1", "hub")));
        const std::optional<GatewayResiliencyIndex> hub = indexOf(analyzeOn(topology, "2026-12-01"),
                                                                  "hub");
        return hub ? hub->zoneRedundancy.points : -1.0;
    };
    QCOMPARE(zonePoints(R"({"sku":"ErGw1AZ"})", "uksouth"), 10.0);
    QCOMPARE(zonePoints(R"({"sku":"Standard"})", "uksouth"), 0.0);
    QCOMPARE(zonePoints(R"({"sku":"HighPerformance"})", "uksouth"), 0.0);
    QCOMPARE(zonePoints(R"({"sku":"UltraPerformance"})", "uksouth"), 2.0);
    QCOMPARE(zonePoints(R"({"sku":"ErGw1AZ"})", "ukwest"), 0.0);
    QCOMPARE(zonePoints(R"({"sku":"ErGwScale","scaleUnits":{"min":2,"max":2}})", "uksouth"), 8.0);
    QCOMPARE(zonePoints(R"({"sku":"ErGwScale","scaleUnits":{"min":3,"max":10}})", "uksouth"), 10.0);
}

// The validation multiplier on the route points [RINS]: a test 10 days before the reference date
// x4 (20 x 4 + 10 + 10 = 100); 45 days x3; 75 days x2; 100 days x1; without a reference date the
// test cannot be aged and counts x1.
void TestAnalysis::resiliencyIndexValidationMultiplier()
{
    const auto withTest = [](const std::string &date) {
        return Test::parseDesign(
            design({site("dc"), customerEdge("ce1"), customerEdge("ce2"),
                    providerEdge("pe1", "London"), providerEdge("pe2", "London2"),
                    circuit("er1", "London"), circuit("er2", "London2"), region(),
                    vnet("hub", "",
                         R"(,"expressRouteGateway":{"sku":"ErGw2AZ",)"
                         R"("resiliencyValidatedOn":")"
                             + date + "\"}")},
                   concat(chainLinks("1", "er1", "hub"), chainLinks("2", "er2", "hub"))));
    };
    const std::optional<GatewayResiliencyIndex> recent = indexOf(analyzeOn(withTest("2026-11-20"),
                                                                           "2026-11-30"),
                                                                 "hub");
    QVERIFY(recent);
    QCOMPARE(recent->validation.multiplier, 4.0);
    QCOMPARE(*recent->validation.ageDays, 10);
    QVERIFY(recent->validation.tested);
    QCOMPARE(recent->index, 100.0);
    QCOMPARE(recent->lowestIndex, 90.0);
    QCOMPARE(indexOf(analyzeOn(withTest("2026-10-16"), "2026-11-30"), "hub")->validation.multiplier,
             3.0);
    QCOMPARE(indexOf(analyzeOn(withTest("2026-09-16"), "2026-11-30"), "hub")->validation.multiplier,
             2.0);
    const std::optional<GatewayResiliencyIndex> old = indexOf(analyzeOn(withTest("2026-08-22"),
                                                                        "2026-11-30"),
                                                              "hub");
    QCOMPARE(old->validation.multiplier, 1.0);
    QCOMPARE(old->index, 40.0);
    const AnalysisResult noReference = analyze(withTest("2026-11-20"));
    QCOMPARE(indexOf(noReference, "hub")->validation.multiplier, 1.0);
    QVERIFY(!indexOf(noReference, "hub")->validation.tested);
}

// Speed (a benchmark, not a pass/fail of the spec): 1,000 sites, each with two routers into
// provider edges at London and London2, 4 circuits, 10 hubs each with a spoke; every site
// needs two VNets. Printed for the record; fails only beyond 10x the 3 s target.
void TestAnalysis::thousandSitesBenchmark()
{
    std::vector<std::string> nodes{region()};
    std::vector<std::string> links;
    const std::vector<std::string> locations{"London", "London2"};
    for (int p = 0; p < 4; ++p) {
        const std::string location = locations[std::size_t(p % 2)];
        nodes.push_back(providerEdge("pe" + std::to_string(p), location));
        nodes.push_back(circuit("er" + std::to_string(p), location, "", 10000));
        links.push_back(link("portp" + std::to_string(p), "circuitPort", "pe" + std::to_string(p),
                             "er" + std::to_string(p), R"(,"role":"primary")"));
        links.push_back(link("ports" + std::to_string(p), "circuitPort", "pe" + std::to_string(p),
                             "er" + std::to_string(p), R"(,"role":"secondary")"));
    }
    for (int h = 0; h < 10; ++h) {
        const std::string hub = "hub" + std::to_string(h);
        nodes.push_back(vnet(hub, "ErGw3AZ"));
        nodes.push_back(vnet("spoke" + std::to_string(h), ""));
        links.push_back(link("peer" + std::to_string(h), "vnetPeering", "spoke" + std::to_string(h),
                             hub, R"(,"useRemoteGateways":true)"));
        for (int p = 0; p < 4; ++p)
            links.push_back(link("conn" + std::to_string(h) + "-" + std::to_string(p), "connection",
                                 "er" + std::to_string(p), hub));
    }
    for (int s = 0; s < 1000; ++s) {
        const std::string id = "site" + std::to_string(s);
        const int h = s % 10;
        nodes.push_back(site(id, R"(,"needsVnets":["hub)" + std::to_string(h) + R"(","spoke)"
                                     + std::to_string(h) + R"("])"));
        for (int r = 0; r < 2; ++r) {
            const std::string ce = id + "-ce" + std::to_string(r);
            nodes.push_back(customerEdge(ce));
            links.push_back(link(ce + "-lan", "lan", id, ce));
            links.push_back(link(ce + "-a", "access", ce, "pe" + std::to_string(r + 2 * (s % 2))));
        }
    }
    const Topology topology = Test::parseDesign(design(nodes, links));
    const auto start = std::chrono::steady_clock::now();
    const AnalysisResult result = analyze(topology);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
                               .count();
    qInfo("analyze: %zu nodes, %zu links, %zu pairs in %.3f s", topology.nodes().size(),
          topology.links().size(), result.pairs.size(), seconds);
    QCOMPARE(int(result.pairs.size()), 2000);
    QCOMPARE(text(result.pairs.front().resiliency), text(Resiliency::Maximum));
    QVERIFY(seconds < 30);
}

// Maximum resiliency at 99.99 %: one gateway in series caps the estimate just below. No variant
// meets; adding a VPN backup would, but Microsoft advises against VPN backup for mission-critical
// workloads, and Direct buys a few thousandths of a percent: the design is kept, and the reason
// names what would reach the target (a second gateway in another region).
void TestAnalysis::missionCriticalMaximumDesignIsKeptWithoutVpnBackup()
{
    Topology design = Test::loadDesign(Test::examplePath("maximum-resiliency.ertopo"));
    std::vector<Node> sites;
    for (const Node &node : design.nodes()) {
        if (node.site())
            sites.push_back(node);
    }
    for (Node &site : sites) {
        Requirements needs;
        needs.availabilityPercent = 99.99;
        site.site()->requirements = needs;
        QVERIFY(design.replaceNode(site));
    }
    const AnalysisResult result = analyze(design);
    const auto recommendation = std::find_if(result.recommendations.begin(),
                                             result.recommendations.end(),
                                             [](const Recommendation &r) {
                                                 return r.site == "dc-ldn";
                                             });
    QVERIFY(recommendation != result.recommendations.end());
    QCOMPARE(int(recommendation->variant), int(DesignVariant::ThisDesign));
    const auto vpnBackup = std::find_if(recommendation->options.begin(),
                                        recommendation->options.end(), [](const OptionEstimate &o) {
                                            return o.variant == DesignVariant::VpnBackup;
                                        });
    QVERIFY(vpnBackup != recommendation->options.end());
    QVERIFY(vpnBackup->meets);
    QVERIFY(!vpnBackup->allowed);
    QVERIFY(vpnBackup->notAllowedBecause.find("mission-critical") != std::string::npos);
    const bool namesTheRemedy = std::any_of(recommendation->reasons.begin(),
                                            recommendation->reasons.end(),
                                            [](const std::string &reason) {
                                                return reason.find("This design comes closest")
                                                           != std::string::npos
                                                       && reason.find("second gateway in another "
                                                                      "region")
                                                              != std::string::npos;
                                            });
    QVERIFY(namesTheRemedy);
}

// The window's failure view: what fails with an element and what it leaves with no path.
void TestAnalysis::failureViewGreysWhatIsLeftWithoutAPath()
{
    const Topology single = Test::loadDesign(Test::examplePath("single-circuit.ertopo"));
    const AnalysisResult oneCircuit = analyze(single);
    // The only circuit's location fails: its provider edge and circuit fail with it, and the
    // sites, their routers and the VNets are left with no path.
    const FailureView london = failureView(single, oneCircuit, "location:London");
    QVERIFY(london.failing.count("pe-eqx-ldn") && london.failing.count("er-ldn"));
    QVERIFY(london.cutOff.count("vnet-hub-uks"));
    QVERIFY(london.cutOff.count("ce-ldn-1"));
    QVERIFY(!london.cutOff.count("er-ldn")); // failing, not cut off

    // With two circuits at two locations, losing one circuit leaves every customer edge a path.
    const Topology maximum = Test::loadDesign(Test::examplePath("maximum-resiliency.ertopo"));
    const AnalysisResult twoLocations = analyze(maximum);
    const FailureView oneDown = failureView(maximum, twoLocations, "er-ldn");
    QCOMPARE(oneDown.failing, std::unordered_set<std::string>{"er-ldn"});
    for (const Node &node : maximum.nodes()) {
        if (node.customerEdge() || node.virtualNetwork() || node.site())
            QVERIFY2(!oneDown.cutOff.count(node.id), node.id.c_str());
    }
}

QTEST_GUILESS_MAIN(TestAnalysis)
#include "tst_analysis.moc"
