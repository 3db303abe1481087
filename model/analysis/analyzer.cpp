#include "analyzer.h"

#include "assumptions.h"
#include "availability.h"
#include "catalogue/catalogue.h"
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

class SiteAnalyzer
{
public:
    SiteAnalyzer(const FailureGraph &graph,
                 int siteVertex,
                 const Catalogue &catalogue,
                 const Assumptions &assumptions,
                 const AnalysisOptions &options,
                 std::uint64_t &pairSeed)
        : m_graph(graph)
        , m_site(*graph.vertices[static_cast<std::size_t>(siteVertex)].node)
        , m_siteGraph(buildSiteGraph(graph, siteVertex))
        , m_catalogue(catalogue)
        , m_assumptions(assumptions)
        , m_options(options)
        , m_pairSeed(pairSeed)
    {}

    void run(AnalysisResult &result,
             FailureLedger &ledger,
             std::map<std::string, std::vector<std::string>> &sitesByCircuit);

private:
    void findTargets();
    PairAnalysis analyzePair(std::size_t i, Resiliency level);
    void recordFailures(std::vector<PairAnalysis> &pairs, FailureLedger &ledger);
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
    std::uint64_t &m_pairSeed;
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
    for (std::size_t r = 0; r < m_siteGraph.riskGlobal.size() && disjoint.count > 1; ++r) {
        std::vector<char> without = towards;
        bool touches = false;
        for (int member : m_siteGraph.riskMembers[r]) {
            touches = touches || towards[static_cast<std::size_t>(member)];
            without[static_cast<std::size_t>(member)] = 0;
        }
        if (!touches)
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
void SiteAnalyzer::recordFailures(std::vector<PairAnalysis> &pairs, FailureLedger &ledger)
{
    const std::vector<char> towards = verticesTowards(m_siteGraph, m_targets);
    ResiliencyEvaluator evaluator(m_siteGraph);
    Removal removal(m_siteGraph.size());
    for (int v = 0; v < m_siteGraph.size(); ++v) {
        const GraphVertex &vertex = m_siteGraph.vertex(v);
        if (!towards[static_cast<std::size_t>(v)] || !vertex.singleFailure)
            continue;
        removal.add(v);
        const std::vector<Resiliency> after = evaluator.levels(m_targets, removal);
        removal.remove(v);
        impact(ledger.vertices[static_cast<std::size_t>(
                   m_siteGraph.global[static_cast<std::size_t>(v)])],
               vertex.id, after, pairs);
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
        impact(ledger.risks[static_cast<std::size_t>(
                   m_siteGraph.riskGlobal[static_cast<std::size_t>(r)])],
               risk.id, after, pairs);
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

void SiteAnalyzer::run(AnalysisResult &result,
                       FailureLedger &ledger,
                       std::map<std::string, std::vector<std::string>> &sitesByCircuit)
{
    findTargets();
    {
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
                sitesByCircuit[m_siteGraph.vertex(v).id].push_back(m_site.id);
            }
        }
    }
    std::vector<PairAnalysis> pairs;
    for (std::size_t i = 0; i < m_targets.size(); ++i)
        pairs.push_back(analyzePair(i, m_base[i]));
    recordFailures(pairs, ledger);

    for (ServiceAccess &access : serviceAccess(m_site, m_circuits, m_catalogue))
        result.services.push_back(std::move(access));
    result.recommendations.push_back(
        recommend(m_site, estimates(pairs), m_assumptions, m_catalogue));
    for (PairAnalysis &pair : pairs)
        result.pairs.push_back(std::move(pair));
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
    FailureLedger ledger(graph);
    std::map<std::string, std::vector<std::string>> sitesByCircuit;
    std::uint64_t pairSeed = 0;
    for (int site : graph.sites) {
        SiteAnalyzer(graph, site, catalogue, assumptions, options, pairSeed)
            .run(result, ledger, sitesByCircuit);
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
    return result;
}

AnalysisResult analyze(const Topology &topology)
{
    return analyze(topology, Catalogue::builtIn());
}

} // namespace Er
