#include "model/analysis/failureview.h"

#include "model/core/kindrank.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string_view>
#include <vector>

namespace Er {

namespace {

// What fails together when `failure` fails: the element itself; for a peering location its
// provider edges and (non-Metro) circuits; for a risk group its links; for a VNet's gateway the
// VNet's connections (ExpressRoute) or VPN links. Links whose end fails go with it.
std::unordered_set<std::string> failedTogether(const Topology &topology, const std::string &failure)
{
    std::unordered_set<std::string> failed{failure};
    const std::string_view id(failure);
    if (id.starts_with("location:")) {
        const std::string_view location = id.substr(9);
        for (const Node &node : topology.nodes()) {
            const ProviderEdgeFields *pe = node.providerEdge();
            const CircuitFields *circuit = node.circuit();
            if ((pe && pe->peeringLocation == location)
                || (circuit && !circuit->isMetro() && circuit->peeringLocation == location))
                failed.insert(node.id);
        }
    } else if (id.starts_with("risk:internet-line+")) {
        // The site's internet line leaves the building with this access line: the access link
        // and the site's internet VPNs fail together (analysis-model.md "Failures").
        const std::string access(id.substr(19));
        failed.insert(access);
        std::unordered_set<std::string> ends;
        if (const Link *line = topology.link(access)) {
            for (const std::string &end : {line->from, line->to}) {
                const Node *node = topology.node(end);
                if (node && node->customerEdge())
                    ends.insert(end);
            }
        }
        for (const Link &link : topology.links()) { // the sites behind the customer edge
            if (link.kind == LinkKind::Lan && (ends.count(link.from) || ends.count(link.to))) {
                ends.insert(link.from);
                ends.insert(link.to);
            }
        }
        for (const Link &link : topology.links()) {
            if (link.kind == LinkKind::Vpn && (ends.count(link.from) || ends.count(link.to)))
                failed.insert(link.id);
        }
    } else if (id.starts_with("risk:")) {
        const std::string risk(id.substr(5));
        for (const Link &link : topology.links()) {
            const StringList &groups = link.riskGroups ? *link.riskGroups : StringList();
            if (std::find(groups.begin(), groups.end(), risk) != groups.end())
                failed.insert(link.id);
        }
    } else if (const std::size_t slash = id.rfind('/'); slash != std::string_view::npos) {
        const std::string vnet(id.substr(0, slash));
        const LinkKind kind = id.substr(slash + 1) == "vpnGateway" ? LinkKind::Vpn
                                                                   : LinkKind::Connection;
        for (const Link &link : topology.links()) {
            if (link.kind == kind && (link.from == vnet || link.to == vnet))
                failed.insert(link.id);
        }
    }
    return failed;
}

// With the links whose end fails.
std::unordered_set<std::string> withLinksOfFailedNodes(const Topology &topology,
                                                       std::unordered_set<std::string> failed)
{
    for (const Link &link : topology.links()) {
        if (failed.count(link.from) || failed.count(link.to))
            failed.insert(link.id);
    }
    return failed;
}

// The elements that still lie on a path from a site to a VNet of a pair that is not cut off,
// once `failed` fails. Paths run from the site towards Azure (site, customer edge, provider
// edge, circuit, VNet; VNet peering either way): an element is on one when it can be reached
// from the pair's site and the pair's VNet can be reached from it. A provider edge whose only
// circuit failed is reachable from the site but leads nowhere, so it is not on one.
std::unordered_set<std::string> stillOnAPath(
    const Topology &topology,
    const std::vector<PairAnalysis> &pairs,
    const std::unordered_set<std::string> &failed,
    const std::set<std::pair<std::string, std::string>> &lost)
{
    const auto rank = [](const Node &node) { return onPremisesToAzureRank(node.kind()); };
    const std::size_t nodeCount = topology.nodes().size();
    struct Step
    {
        std::size_t node;
        std::size_t link;
    };
    std::vector<std::vector<Step>> forward(nodeCount);
    std::vector<std::vector<Step>> backward(nodeCount);
    for (std::size_t i = 0; i < topology.links().size(); ++i) {
        const Link &link = topology.links()[i];
        const Node *from = topology.linkFrom(i);
        const Node *to = topology.linkTo(i);
        if (!from || !to || link.kind == LinkKind::GlobalReach || failed.count(link.id))
            continue;
        const std::size_t a = std::size_t(from - topology.nodes().data());
        const std::size_t b = std::size_t(to - topology.nodes().data());
        if (rank(*from) <= rank(*to)) {
            forward[a].push_back({b, i});
            backward[b].push_back({a, i});
        }
        if (rank(*to) <= rank(*from)) {
            forward[b].push_back({a, i});
            backward[a].push_back({b, i});
        }
    }
    // Nodes and links reached from a start, along `edges`.
    const auto reach = [&](std::size_t start, const std::vector<std::vector<Step>> &edges) {
        std::pair<std::vector<char>, std::unordered_set<std::size_t>> reached{
            std::vector<char>(nodeCount, 0), {}};
        std::vector<std::size_t> queue{start};
        reached.first[start] = 1;
        while (!queue.empty()) {
            const std::size_t node = queue.back();
            queue.pop_back();
            for (const Step &step : edges[node]) {
                reached.second.insert(step.link);
                if (!reached.first[step.node]) {
                    reached.first[step.node] = 1;
                    queue.push_back(step.node);
                }
            }
        }
        return reached;
    };
    // One walk per site and per VNet: on a very large design (thousands of sites, each walk
    // crossing the shared provider core) this would stall the window, and the analysis's own
    // paths are all there is to go by.
    std::set<std::string> ends;
    for (const PairAnalysis &pair : pairs) {
        ends.insert(pair.site);
        ends.insert(pair.vnet);
    }
    if (double(ends.size()) * double(nodeCount + topology.links().size()) > 2e7)
        return {};
    std::map<std::string, decltype(reach(0, forward))> fromSite;
    std::map<std::string, decltype(reach(0, forward))> toVnet;
    std::unordered_set<std::string> alive;
    for (const PairAnalysis &pair : pairs) {
        if (lost.count({pair.site, pair.vnet}) || failed.count(pair.site) || failed.count(pair.vnet))
            continue;
        const std::optional<std::size_t> site = topology.nodeIndex(pair.site);
        const std::optional<std::size_t> vnet = topology.nodeIndex(pair.vnet);
        if (!site || !vnet)
            continue;
        auto a = fromSite.find(pair.site);
        if (a == fromSite.end())
            a = fromSite.emplace(pair.site, reach(*site, forward)).first;
        auto b = toVnet.find(pair.vnet);
        if (b == toVnet.end())
            b = toVnet.emplace(pair.vnet, reach(*vnet, backward)).first;
        if (!a->second.first[*vnet])
            continue; // no path left
        for (std::size_t n = 0; n < nodeCount; ++n) {
            if (a->second.first[n] && b->second.first[n])
                alive.insert(topology.nodes()[n].id);
        }
        for (const std::size_t link : a->second.second) {
            if (b->second.second.count(link))
                alive.insert(topology.links()[link].id);
        }
    }
    return alive;
}

} // namespace

FailureView failureView(const Topology &topology,
                        const AnalysisResult &analysis,
                        const std::string &failure)
{
    FailureView view;
    view.failing = failedTogether(topology, failure);
    const std::unordered_set<std::string> failed = withLinksOfFailedNodes(topology, view.failing);
    // A path of the analysis fails when it passes what fails, or when its pair is lost.
    std::set<std::pair<std::string, std::string>> lost;
    const auto impact = std::find_if(analysis.failures.begin(), analysis.failures.end(),
                                     [&](const FailureImpact &f) { return f.element == failure; });
    if (impact != analysis.failures.end()) {
        for (const SitePair &pair : impact->lost)
            lost.emplace(pair.site, pair.vnet);
    }
    std::unordered_set<std::string> onFailedPaths;
    std::unordered_set<std::string> onSurvivingPaths;
    for (const PairAnalysis &pair : analysis.pairs) {
        const bool pairLost = lost.count({pair.site, pair.vnet}) > 0;
        for (const PathInfo &path : pair.paths) {
            const bool fails = pairLost
                               || std::any_of(path.elements.begin(), path.elements.end(),
                                              [&](const std::string &e) {
                                                  return failed.count(e) > 0;
                                              });
            auto &target = fails ? onFailedPaths : onSurvivingPaths;
            target.insert(path.elements.begin(), path.elements.end());
        }
    }
    onFailedPaths.insert(failed.begin(), failed.end());
    // Cut off: what lay on a failed path and lies on no path left of any pair. The analysis lists
    // a pair's disjoint paths, not every path: a customer edge whose circuit failed may still
    // reach another circuit over a second access link, so what is left is worked out here.
    const std::unordered_set<std::string> alive = stillOnAPath(topology, analysis.pairs, failed,
                                                               lost);
    for (const std::string &element : onFailedPaths) {
        if (!onSurvivingPaths.count(element) && !alive.count(element))
            view.cutOff.insert(element);
    }
    // Links that hang off what is cut off (a circuit's other port, a spare access) go with it,
    // unless a surviving path uses them.
    for (const Link &link : topology.links()) {
        if ((view.cutOff.count(link.from) || view.cutOff.count(link.to))
            && !onSurvivingPaths.count(link.id))
            view.cutOff.insert(link.id);
    }
    for (const std::string &element : view.failing)
        view.cutOff.erase(element);
    return view;
}

} // namespace Er
