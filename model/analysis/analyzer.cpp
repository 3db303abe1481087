#include "analyzer.h"

#include "assumptions.h"
#include "availability.h"
#include "catalogue/catalogue.h"
#include "core/parallelfor.h"
#include "core/topologyindex.h"
#include "globalreach.h"
#include "latency.h"
#include "pathgraph.h"
#include "recommendation.h"
#include "redundancy.h"
#include "resiliency.h"
#include "services.h"
#include "sitegraph.h"

#include <algorithm>
#include <map>
#include <memory>

namespace Er {

namespace {

// What losing one vertex or shared risk does, gathered over all sites.
struct FailureLedger
{
    explicit FailureLedger(const FailureGraph &graph)
        : vertices(graph.vertices.size())
        , risks(graph.risks.size())
    {}
    std::vector<FailureImpact> vertices;
    std::vector<FailureImpact> risks;
};

// One site's share of the result. Sites are analysed in parallel, each into its own outcome;
// the outcomes are merged in site order, so the result does not depend on the thread count.
struct SiteOutcome
{
    std::vector<PairAnalysis> pairs;
    std::vector<ServiceAccess> services;
    Recommendation recommendation;
    std::vector<std::string> circuitsReached;
    // What losing a vertex or a shared risk (by its index in the failure graph) costs this site.
    std::vector<std::pair<int, FailureImpact>> vertexImpacts;
    std::vector<std::pair<int, FailureImpact>> riskImpacts;
};

class SiteAnalyzer
{
public:
    SiteAnalyzer(const FailureGraph &graph,
                 int siteVertex,
                 const Catalogue &catalogue,
                 const Assumptions &assumptions,
                 const AnalysisOptions &options)
        : m_graph(graph)
        , m_site(*graph.vertices[static_cast<std::size_t>(siteVertex)].node)
        , m_siteGraph(buildSiteGraph(graph, siteVertex))
        , m_catalogue(catalogue)
        , m_assumptions(assumptions)
        , m_options(options)
    {}

    // The first phase: the needed VNets, their resiliency and the circuits the site reaches.
    void prepare();
    // How many pairs draw a Monte Carlo seed (the reachable ones).
    std::uint64_t seededPairs() const;
    // The second phase, with the first seed of this site's pairs.
    SiteOutcome run(std::uint64_t firstPairSeed);

private:
    void findTargets();
    PairAnalysis analyzePair(std::size_t i, Resiliency level);
    void recordFailures(SiteOutcome &outcome);
    void impact(FailureImpact &record,
                const std::string &element,
                const std::vector<Resiliency> &after,
                std::vector<PairAnalysis> &pairs);
    SiteEstimates estimates(const std::vector<PairAnalysis> &pairs) const;
    std::optional<double> referenceKm(std::size_t i) const;

    const FailureGraph &m_graph;
    const Node &m_site;
    SiteGraph m_siteGraph;
    const Catalogue &m_catalogue;
    const Assumptions &m_assumptions;
    const AnalysisOptions &m_options;
    std::uint64_t m_pairSeed = 0;
    std::vector<const Node *> m_vnets; // needed VNets
    std::vector<int> m_targets;        // their local vertices, -1 when not reached
    std::vector<Resiliency> m_base;
    std::vector<const Node *> m_circuits; // reached over ExpressRoute
};

void SiteAnalyzer::findTargets()
{
    const SiteFields &fields = *m_site.site();
    if (fields.needsVnets) {
        for (const std::string &id : *fields.needsVnets) {
            const int v = m_graph.vertexOf(id);
            if (v >= 0
                && m_graph.vertices[static_cast<std::size_t>(v)].kind == VertexKind::VirtualNetwork)
                m_vnets.push_back(m_graph.vertices[static_cast<std::size_t>(v)].node);
        }
    } else {
        for (int v : m_graph.vnets)
            m_vnets.push_back(m_graph.vertices[static_cast<std::size_t>(v)].node);
    }
    for (const Node *vnet : m_vnets)
        m_targets.push_back(m_siteGraph.localOf(m_graph.vertexOf(vnet->id)));
}

PairAnalysis SiteAnalyzer::analyzePair(std::size_t i, Resiliency level)
{
    PairAnalysis pair;
    pair.site = m_site.id;
    pair.vnet = m_vnets[i]->id;
    pair.resiliency = level;
    pair.reachable = level != Resiliency::None;
    const int target = m_targets[i];
    if (!pair.reachable)
        return pair;
    const std::vector<char> towards = verticesTowards(m_siteGraph, {target});

    const DisjointPaths disjoint = disjointPaths(m_siteGraph, towards, target);
    pair.disjointPaths = disjoint.count;
    pair.independentPaths = disjoint.count;
    // Which of the disjoint paths each vertex lies on (when the flow was fully decomposed).
    const bool decomposed = disjoint.paths.size() == static_cast<std::size_t>(disjoint.count);
    std::vector<std::vector<int>> onPaths(decomposed ? static_cast<std::size_t>(m_siteGraph.size())
                                                     : 0);
    for (std::size_t p = 0; decomposed && p < disjoint.paths.size(); ++p) {
        for (int v : disjoint.paths[p]) {
            std::vector<int> &paths = onPaths[static_cast<std::size_t>(v)];
            if (paths.empty() || paths.back() != static_cast<int>(p))
                paths.push_back(static_cast<int>(p));
        }
    }
    for (std::size_t r = 0; r < m_siteGraph.riskGlobal.size() && disjoint.count > 1; ++r) {
        std::vector<char> without = towards;
        bool touches = false;
        std::vector<int> pathsHit;
        for (int member : m_siteGraph.riskMembers[r]) {
            touches = touches || towards[static_cast<std::size_t>(member)];
            without[static_cast<std::size_t>(member)] = 0;
            if (decomposed) {
                for (int p : onPaths[static_cast<std::size_t>(member)])
                    pathsHit.push_back(p);
            }
        }
        if (!touches)
            continue;
        // Removing a risk that hits at most one of the disjoint paths leaves the others: at
        // least count - 1 remain, which changes neither figure below. No max-flow needed.
        std::sort(pathsHit.begin(), pathsHit.end());
        pathsHit.erase(std::unique(pathsHit.begin(), pathsHit.end()), pathsHit.end());
        if (decomposed && pathsHit.size() <= 1)
            continue;
        const int left = disjointPaths(m_siteGraph, without, target).count;
        pair.independentPaths = std::min(pair.independentPaths, 1 + left);
        // A risk group on two or more of the disjoint paths takes them down together (RES-004).
        const SharedRisk &risk = m_siteGraph.risk(static_cast<int>(r));
        if (!risk.location && disjoint.count - left >= 2)
            pair.sharedRiskGroups.push_back(risk.id);
    }
    for (const std::vector<int> &path : disjoint.paths) {
        PathInfo info;
        for (std::size_t step = 0; step < path.size(); ++step) {
            const GraphVertex &vertex = m_siteGraph.vertex(path[step]);
            if (vertex.kind == VertexKind::Link && vertex.linkKind == LinkKind::Vpn)
                info.overExpressRoute = false;
            const bool gateway = vertex.kind == VertexKind::ExpressRouteGateway
                                 || vertex.kind == VertexKind::VpnGateway;
            if (!gateway)
                info.elements.push_back(vertex.id);
            else if (step + 1 < path.size()
                     && m_siteGraph.vertex(path[step + 1]).node != vertex.node)
                info.elements.push_back(vertex.node->id); // a hub, on the way to its spoke
        }
        info.latencyMs = pathLatencyMs(m_siteGraph, path);
        const double narrowest = pathBottleneckMbps(m_siteGraph, path);
        info.bottleneckMbps = narrowest < unlimitedMbps ? narrowest : 0;
        pair.paths.push_back(std::move(info));
    }
    std::stable_sort(pair.paths.begin(), pair.paths.end(),
                     [](const PathInfo &a, const PathInfo &b) { return a.latencyMs < b.latencyMs; });

    AvailabilitySettings settings;
    settings.exactElementLimit = m_options.exactElementLimit;
    settings.monteCarloSamples = m_options.monteCarloSamples;
    settings.seed = m_options.seed + m_pairSeed++;
    const AvailabilityEstimate availability = pairAvailability(m_siteGraph, towards, target,
                                                               settings);
    pair.availabilityPercent = availability.probability * 100;
    pair.availabilityExact = availability.exact;
    pair.availabilityErrorBound = availability.errorBound * 100;
    pair.availabilityElements = availability.variables;

    const PairMetrics metrics = pairMetrics(m_siteGraph, towards, target);
    pair.latencyMs = metrics.latencyMs;
    pair.latencyVariable = metrics.latencyVariable;
    pair.expressRouteLatencyMs = metrics.expressRouteLatencyMs;
    pair.vpnLatencyMs = metrics.vpnLatencyMs;
    pair.bottleneckMbps = metrics.bottleneckMbps;
    return pair;
}

void SiteAnalyzer::impact(FailureImpact &record,
                          const std::string &element,
                          const std::vector<Resiliency> &after,
                          std::vector<PairAnalysis> &pairs)
{
    record.element = element;
    for (std::size_t i = 0; i < after.size(); ++i) {
        if (after[i] >= m_base[i])
            continue;
        if (after[i] == Resiliency::None) {
            record.lost.push_back({m_site.id, m_vnets[i]->id});
            pairs[i].singlePointsOfFailure.push_back(element);
        } else {
            record.degraded.push_back({m_site.id, m_vnets[i]->id, after[i]});
        }
    }
}

// Every single element and shared risk on a path to a needed VNet: what its loss costs.
void SiteAnalyzer::recordFailures(SiteOutcome &outcome)
{
    const std::vector<char> towards = verticesTowards(m_siteGraph, m_targets);
    ResiliencyEvaluator evaluator(m_siteGraph);
    Removal removal(m_siteGraph.size());
    const auto keep = [](std::vector<std::pair<int, FailureImpact>> &impacts, int global,
                         FailureImpact &record) {
        if (!record.lost.empty() || !record.degraded.empty())
            impacts.emplace_back(global, std::move(record));
    };
    for (int v = 0; v < m_siteGraph.size(); ++v) {
        const GraphVertex &vertex = m_siteGraph.vertex(v);
        if (!towards[static_cast<std::size_t>(v)] || !vertex.singleFailure)
            continue;
        removal.add(v);
        const std::vector<Resiliency> after = evaluator.levels(m_targets, removal);
        removal.remove(v);
        FailureImpact record;
        impact(record, vertex.id, after, outcome.pairs);
        keep(outcome.vertexImpacts, m_siteGraph.global[static_cast<std::size_t>(v)], record);
    }
    for (int r = 0; r < static_cast<int>(m_siteGraph.riskGlobal.size()); ++r) {
        const auto &members = m_siteGraph.riskMembers[static_cast<std::size_t>(r)];
        if (std::none_of(members.begin(), members.end(),
                         [&](int v) { return towards[static_cast<std::size_t>(v)]; })) {
            continue;
        }
        removal.add(members);
        const std::vector<Resiliency> after = evaluator.levels(m_targets, removal);
        removal.remove(members);
        const SharedRisk &risk = m_siteGraph.risk(r);
        FailureImpact record;
        impact(record, risk.id, after, outcome.pairs);
        keep(outcome.riskImpacts, m_siteGraph.riskGlobal[static_cast<std::size_t>(r)], record);
    }
}

std::optional<double> SiteAnalyzer::referenceKm(std::size_t i) const
{
    const auto &from = m_graph.vertices[static_cast<std::size_t>(m_graph.vertexOf(m_site.id))]
                           .position;
    const auto &to = m_graph.vertices[static_cast<std::size_t>(m_graph.vertexOf(m_vnets[i]->id))]
                         .position;
    if (!from || !to)
        return std::nullopt;
    return greatCircleKm(*from, *to);
}

SiteEstimates SiteAnalyzer::estimates(const std::vector<PairAnalysis> &pairs) const
{
    SiteEstimates result;
    const double fibre = m_graph.fibreMsPerKm;
    const double routeFactor = m_assumptions.value(AssumptionKey::routeFactor);
    const auto worst = [](std::optional<double> &slot, std::optional<double> value) {
        if (value)
            slot = std::max(slot.value_or(*value), *value);
    };
    OptionEstimate designed;
    designed.availabilityPercent = 100;
    designed.bottleneckMbps = unlimitedMbps;
    bool allVpn = !pairs.empty();
    for (std::size_t i = 0; i < pairs.size(); ++i) {
        const PairAnalysis &pair = pairs[i];
        const std::optional<double> km = referenceKm(i);
        // Reference: site -> customer edge -> provider edge -> circuit -> VNet, three nodes.
        std::optional<double> er = pair.expressRouteLatencyMs;
        if (!er && km)
            er = 2 * (*km * routeFactor * fibre + 3 * m_graph.nodeLatencyMs);
        std::optional<double> vpn = pair.vpnLatencyMs;
        if (!vpn && km)
            vpn = 2 * *km * m_graph.internetRouteFactor * fibre + m_graph.vpnOverheadMs;
        worst(result.expressRouteLatencyMs, er);
        worst(result.vpnLatencyMs, vpn);
        result.hasExpressRoute = result.hasExpressRoute || pair.expressRouteLatencyMs.has_value();
        allVpn = allVpn && pair.resiliency == Resiliency::VpnOnly;
        designed.availabilityPercent = std::min(designed.availabilityPercent,
                                                pair.availabilityPercent);
        designed.latencyMs = std::max(designed.latencyMs, pair.latencyMs.value_or(0));
        designed.bottleneckMbps = std::min(designed.bottleneckMbps,
                                           pair.bottleneckMbps.value_or(
                                               pair.reachable ? unlimitedMbps : 0));
    }
    if (pairs.empty())
        return result;
    bool macsec = !m_circuits.empty();
    for (const Node *circuit : m_circuits) {
        const auto &direct = circuit->circuit()->expressRouteDirect;
        macsec = macsec && direct && direct->macsec.value_or(false);
    }
    // IPsec over private peering from the site or one of its routers (facts §9, [S2SPP]).
    bool ipsecOverExpressRoute = false;
    for (int v : m_graph.ipsecOverExpressRoute) {
        const Link &link = *m_graph.vertices[static_cast<std::size_t>(v)].link;
        ipsecOverExpressRoute = ipsecOverExpressRoute
                                || m_siteGraph.localOf(m_graph.vertexOf(link.from)) >= 0;
    }
    designed.encrypted = allVpn || macsec || ipsecOverExpressRoute;
    if (designed.bottleneckMbps == unlimitedMbps)
        designed.bottleneckMbps = 0;
    result.designed = designed;
    return result;
}

void SiteAnalyzer::prepare()
{
    findTargets();
    ResiliencyEvaluator evaluator(m_siteGraph);
    Removal removal(m_siteGraph.size());
    m_base = evaluator.levels(m_targets, removal);
    std::vector<char> reached;
    std::vector<int> queue;
    reachFromSite(m_siteGraph, removal, true, reached, queue);
    for (int v = 0; v < m_siteGraph.size(); ++v) {
        if (reached[static_cast<std::size_t>(v)]
            && m_siteGraph.vertex(v).kind == VertexKind::Circuit) {
            m_circuits.push_back(m_siteGraph.vertex(v).node);
        }
    }
}

std::uint64_t SiteAnalyzer::seededPairs() const
{
    return static_cast<std::uint64_t>(
        std::count_if(m_base.begin(), m_base.end(),
                      [](Resiliency level) { return level != Resiliency::None; }));
}

SiteOutcome SiteAnalyzer::run(std::uint64_t firstPairSeed)
{
    m_pairSeed = firstPairSeed;
    SiteOutcome outcome;
    for (const Node *circuit : m_circuits)
        outcome.circuitsReached.push_back(circuit->id);
    for (std::size_t i = 0; i < m_targets.size(); ++i)
        outcome.pairs.push_back(analyzePair(i, m_base[i]));
    recordFailures(outcome);
    outcome.services = serviceAccess(m_site, m_circuits, m_catalogue);
    outcome.recommendation = recommend(m_site, estimates(outcome.pairs), m_assumptions, m_catalogue);
    return outcome;
}

} // namespace

AnalysisResult analyze(const Topology &topology,
                       const Catalogue &catalogue,
                       const AnalysisOptions &options)
{
    AnalysisResult result;
    const Assumptions assumptions(topology);
    const TopologyIndex index(topology);
    const FailureGraph graph = buildFailureGraph(topology, index, catalogue, assumptions);
    // Sites are independent: each is analysed on whichever core is free.
    std::vector<std::unique_ptr<SiteAnalyzer>> sites(graph.sites.size());
    parallelFor(sites.size(), [&](std::size_t s) {
        sites[s] = std::make_unique<SiteAnalyzer>(graph, graph.sites[s], catalogue, assumptions,
                                                  options);
        sites[s]->prepare();
    });
    // Each reachable pair draws the next Monte Carlo seed, in site order.
    std::vector<std::uint64_t> firstSeed(sites.size());
    std::uint64_t seeds = 0;
    for (std::size_t s = 0; s < sites.size(); ++s) {
        firstSeed[s] = seeds;
        seeds += sites[s]->seededPairs();
    }
    std::vector<SiteOutcome> outcomes(sites.size());
    parallelFor(sites.size(), [&](std::size_t s) {
        outcomes[s] = sites[s]->run(firstSeed[s]);
        sites[s].reset();
    });

    FailureLedger ledger(graph);
    std::map<std::string, std::vector<std::string>> sitesByCircuit;
    const auto merge = [](std::vector<FailureImpact> &ledgerRecords,
                          std::vector<std::pair<int, FailureImpact>> &impacts) {
        for (auto &[global, impact] : impacts) {
            FailureImpact &record = ledgerRecords[static_cast<std::size_t>(global)];
            record.element = std::move(impact.element);
            std::move(impact.lost.begin(), impact.lost.end(), std::back_inserter(record.lost));
            std::move(impact.degraded.begin(), impact.degraded.end(),
                      std::back_inserter(record.degraded));
        }
    };
    for (std::size_t s = 0; s < outcomes.size(); ++s) {
        SiteOutcome &outcome = outcomes[s];
        const std::string &siteId = graph.vertices[static_cast<std::size_t>(graph.sites[s])].node->id;
        for (const std::string &circuit : outcome.circuitsReached)
            sitesByCircuit[circuit].push_back(siteId);
        merge(ledger.vertices, outcome.vertexImpacts);
        merge(ledger.risks, outcome.riskImpacts);
        std::move(outcome.services.begin(), outcome.services.end(),
                  std::back_inserter(result.services));
        result.recommendations.push_back(std::move(outcome.recommendation));
        std::move(outcome.pairs.begin(), outcome.pairs.end(), std::back_inserter(result.pairs));
        outcome = SiteOutcome();
    }
    for (FailureImpact &impact : ledger.vertices) {
        if (!impact.lost.empty() || !impact.degraded.empty())
            result.failures.push_back(std::move(impact));
    }
    for (FailureImpact &impact : ledger.risks) {
        if (!impact.lost.empty() || !impact.degraded.empty())
            result.failures.push_back(std::move(impact));
    }
    result.globalReach = globalReachPairs(index, sitesByCircuit);
    result.assumptions = assumptions.used();
    result.resiliencyIndex = resiliencyIndex(topology, catalogue, options.referenceDate);
    return result;
}

AnalysisResult analyze(const Topology &topology)
{
    return analyze(topology, Catalogue::builtIn());
}

} // namespace Er
