#include "model/analysis/analyzer.h"

#include "model/analysis/assumptions.h"
#include "model/analysis/availability.h"
#include "model/analysis/globalreach.h"
#include "model/analysis/ipsecprecedence.h"
#include "model/analysis/latency.h"
#include "model/analysis/pathgraph.h"
#include "model/analysis/recommendation.h"
#include "model/analysis/redundancy.h"
#include "model/analysis/resiliency.h"
#include "model/analysis/routing.h"
#include "model/analysis/services.h"
#include "model/analysis/sitegraph.h"
#include "model/catalogue/catalogue.h"
#include "model/core/parallelfor.h"
#include "model/core/topologyindex.h"

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
    SiteAnalyzer(const Topology &topology,
                 const TopologyIndex &index,
                 const FailureGraph &graph,
                 int siteVertex,
                 const Catalogue &catalogue,
                 const Assumptions &assumptions,
                 const AnalysisOptions &options)
        : m_topology(topology)
        , m_index(index)
        , m_graph(graph)
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
    void analyzeRouting(PairAnalysis &pair,
                        const std::vector<char> &towards,
                        int target,
                        const std::vector<std::vector<int>> &pathVertices);
    RoutedFigures figures(const RoutingState &state) const;
    std::string entryId(int entryVertex) const;
    void recordFailures(SiteOutcome &outcome);
    void impact(FailureImpact &record,
                const std::string &element,
                const std::vector<Resiliency> &after,
                std::vector<PairAnalysis> &pairs);
    bool encrypted(const std::vector<PairAnalysis> &pairs) const;
    std::vector<std::string> reachedElements() const;

    const Topology &m_topology;
    const TopologyIndex &m_index;
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
    // Independence and shared risk groups are findings about the design itself, not figures a
    // variant's analysis is asked for (recommendation.cpp).
    const bool sharedRisks = m_options.recommend && disjoint.count > 1;
    for (std::size_t r = 0; sharedRisks && r < m_siteGraph.riskGlobal.size(); ++r) {
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
    std::vector<std::vector<int>> pathVertices;
    for (const std::vector<int> &path : disjoint.paths) {
        pathVertices.push_back(path);
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
    analyzeRouting(pair, towards, target, pathVertices);
    // Steady paths first, then failover, then standby; the fastest first within each.
    std::stable_sort(pair.paths.begin(), pair.paths.end(), [](const PathInfo &a, const PathInfo &b) {
        if (a.role != b.role)
            return a.role < b.role;
        return a.latencyMs.value_or(1e300) < b.latencyMs.value_or(1e300);
    });

    AvailabilitySettings settings;
    settings.exactElementLimit = m_options.exactElementLimit;
    settings.monteCarloSamples = m_options.monteCarloSamples;
    settings.seed = m_options.seed + m_pairSeed++;
    // A path counts as up only if it carries what the site needs (analysis-model.md).
    if (const auto &needs = m_site.site()->requirements; needs && needs->bandwidthMbps)
        settings.requiredMbps = std::max(0.0, *needs->bandwidthMbps);
    const AvailabilityEstimate availability = pairAvailability(m_siteGraph, towards, target,
                                                               settings);
    pair.availabilityPercent = availability.probability * 100;
    pair.availabilityExact = availability.exact;
    pair.availabilityErrorBound = availability.errorBound * 100;
    pair.availabilityElements = availability.variables;

    if (m_options.recommend) {
        const PairMetrics metrics = pairMetrics(m_siteGraph, towards, target);
        pair.expressRouteLatencyMs = metrics.expressRouteLatencyMs;
        pair.vpnLatencyMs = metrics.vpnLatencyMs;
    }
    return pair;
}

std::string SiteAnalyzer::entryId(int entryVertex) const
{
    const GraphVertex &vertex = m_siteGraph.vertex(entryVertex);
    // An ExpressRoute entry reads as its circuit; a VPN as its link.
    return vertex.linkKind == LinkKind::Connection ? vertex.link->from : vertex.id;
}

RoutedFigures SiteAnalyzer::figures(const RoutingState &state) const
{
    RoutedFigures result;
    for (int v : state.toAzure.entries)
        result.toAzure.push_back(entryId(v));
    for (int v : state.fromAzure.entries)
        result.fromAzure.push_back(entryId(v));
    result.toAzureDecision = std::string(toString(state.toAzure.decision));
    result.fromAzureDecision = std::string(toString(state.fromAzure.decision));
    result.latencyMs = state.latencyMs;
    result.latencyVariable = state.latencyVariable;
    if (state.capacityMbps < unlimitedMbps)
        result.bottleneckMbps = state.capacityMbps;
    result.symmetric = state.symmetric();
    for (int v : state.carrying())
        result.overVpn = result.overVpn || m_siteGraph.vertex(v).linkKind == LinkKind::Vpn;
    return result;
}

// Which paths carry traffic, what they give, what takes over, and what is left after the
// worst single failure (analysis-model.md "Routing", "Capacity").
void SiteAnalyzer::analyzeRouting(PairAnalysis &pair,
                                  const std::vector<char> &towards,
                                  int target,
                                  const std::vector<std::vector<int>> &pathVertices)
{
    const PairRouting routing(m_siteGraph, towards, target);
    Removal removal(m_siteGraph.size());
    const RoutingState steady = routing.route(removal);
    pair.steady = figures(steady);
    pair.latencyMs = pair.steady.latencyMs;
    pair.latencyVariable = pair.steady.latencyVariable;
    pair.bottleneckMbps = pair.steady.bottleneckMbps;
    for (int v : steady.fromAzure.entries) {
        const auto entry = std::find_if(routing.entries().begin(), routing.entries().end(),
                                        [&](const RouteEntry &e) { return e.vertex == v; });
        if (entry == routing.entries().end() || !entry->vpn)
            continue;
        pair.vpnTakesTrafficByPrefix = std::any_of(routing.entries().begin(),
                                                   routing.entries().end(),
                                                   [&](const RouteEntry &e) {
                                                       return !e.vpn && e.prefixLength != -2
                                                              && e.prefixLength
                                                                     < entry->prefixLength;
                                                   });
    }

    const std::vector<int> carrying = steady.carrying();
    removal.add(carrying);
    const RoutingState failover = routing.route(removal);
    removal.remove(carrying);
    if (failover.reachable())
        pair.failover = figures(failover);
    const std::vector<int> takingOver = failover.carrying();
    const auto elementsOn = [&](const std::vector<int> &entries) {
        std::vector<std::string> ids;
        if (entries.empty())
            return ids;
        const std::vector<char> on = routing.verticesThrough(entries, removal);
        for (int v = 0; v < m_siteGraph.size(); ++v) {
            const GraphVertex &vertex = m_siteGraph.vertex(v);
            const bool gateway = vertex.kind == VertexKind::ExpressRouteGateway
                                 || vertex.kind == VertexKind::VpnGateway;
            if (on[static_cast<std::size_t>(v)] && !gateway)
                ids.push_back(vertex.id);
        }
        return ids;
    };
    pair.steadyElements = elementsOn(carrying);
    pair.failoverElements = elementsOn(takingOver);
    for (std::size_t p = 0; p < pathVertices.size() && p < pair.paths.size(); ++p) {
        PathInfo &info = pair.paths[p];
        for (int v : pathVertices[p]) {
            if (std::binary_search(carrying.begin(), carrying.end(), v))
                info.role = PathRole::Steady;
            else if (std::binary_search(takingOver.begin(), takingOver.end(), v))
                info.role = PathRole::Failover;
        }
    }

    // N-1: every single element and shared risk on the carrying paths (a failure elsewhere
    // changes neither the routing nor what it carries).
    const std::vector<char> carryingPaths = routing.verticesThrough(carrying, removal);
    double worst = steady.capacityMbps;
    std::string worstFailure;
    const auto consider = [&](const std::string &element) {
        const RoutingState after = routing.route(removal, false);
        const double left = after.reachable() ? after.capacityMbps : 0.0;
        if (left < worst) {
            worst = left;
            worstFailure = element;
        }
    };
    // Once one failure leaves nothing, no later one can leave less (the first such is named).
    for (int v = 0; v < m_siteGraph.size() && worst > 0; ++v) {
        const GraphVertex &vertex = m_siteGraph.vertex(v);
        if (!carryingPaths[static_cast<std::size_t>(v)] || !vertex.singleFailure)
            continue;
        removal.add(v);
        consider(vertex.id);
        removal.remove(v);
    }
    for (std::size_t r = 0; r < m_siteGraph.riskGlobal.size() && worst > 0; ++r) {
        const std::vector<int> &members = m_siteGraph.riskMembers[r];
        if (std::none_of(members.begin(), members.end(),
                         [&](int v) { return carryingPaths[static_cast<std::size_t>(v)]; })) {
            continue;
        }
        removal.add(members);
        consider(m_siteGraph.risk(static_cast<int>(r)).id);
        removal.remove(members);
    }
    if (worst < unlimitedMbps)
        pair.bandwidthAfterWorstFailureMbps = worst;
    pair.worstFailure = worstFailure;
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

// MACsec on every circuit it reaches, IPsec over private peering, or VPN only (facts §9).
bool SiteAnalyzer::encrypted(const std::vector<PairAnalysis> &pairs) const
{
    bool allVpn = !pairs.empty();
    for (const PairAnalysis &pair : pairs)
        allVpn = allVpn && pair.resiliency == Resiliency::VpnOnly;
    bool macsec = !m_circuits.empty();
    for (const Node *circuit : m_circuits) {
        const auto &direct = circuit->circuit()->expressRouteDirect;
        macsec = macsec && direct && direct->macsec.value_or(false);
    }
    // IPsec over private peering from the site or one of its routers, where it wins over the
    // ExpressRoute routes (facts §9, [S2SPP]).
    bool ipsecOverExpressRoute = false;
    const std::vector<std::string> announced = expressRoutePrefixes(m_site, m_circuits);
    for (int v : m_graph.ipsecOverExpressRoute) {
        const Link &link = *m_graph.vertices[static_cast<std::size_t>(v)].link;
        ipsecOverExpressRoute = ipsecOverExpressRoute
                                || (m_siteGraph.localOf(m_graph.vertexOf(link.from)) >= 0
                                    && ipsecTakesPrecedence(link, announced));
    }
    return allVpn || macsec || ipsecOverExpressRoute;
}

// The ids of the nodes and links the site's paths pass (a gateway: its VNet).
std::vector<std::string> SiteAnalyzer::reachedElements() const
{
    std::vector<std::string> ids;
    for (int v = 0; v < m_siteGraph.size(); ++v) {
        const GraphVertex &vertex = m_siteGraph.vertex(v);
        if (vertex.link)
            ids.push_back(vertex.link->id);
        else if (vertex.node)
            ids.push_back(vertex.node->id);
    }
    return ids;
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
    // A variant's analysis needs the pairs' figures only (recommendation.cpp).
    if (!m_options.recommend)
        return outcome;
    recordFailures(outcome);
    outcome.services = serviceAccess(m_site, m_circuits, m_catalogue);
    if (m_options.recommend) {
        outcome.recommendation = recommend(SiteDesign{m_topology, m_site, outcome.pairs,
                                                      reachedElements(), encrypted(outcome.pairs),
                                                      &m_index},
                                           m_catalogue, m_options);
    }
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
        sites[s] = std::make_unique<SiteAnalyzer>(topology, index, graph, graph.sites[s], catalogue,
                                                  assumptions, options);
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
        if (options.recommend)
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
    if (options.recommend)
        result.cost = designCost(topology, result.pairs, catalogue, options.priceList());
    result.assumptions = assumptions.used();
    if (options.recommend)
        result.resiliencyIndex = resiliencyIndex(topology, catalogue, options.referenceDate);
    return result;
}

AnalysisResult analyze(const Topology &topology)
{
    return analyze(topology, Catalogue::builtIn());
}

} // namespace Er
