#include "sitegraph.h"

namespace Er {

int SiteGraph::localOf(int globalVertex) const
{
    return localIndex[static_cast<std::size_t>(globalVertex)];
}

SiteGraph buildSiteGraph(const FailureGraph &graph, int siteVertex)
{
    SiteGraph site;
    site.graph = &graph;
    site.localIndex.assign(graph.vertices.size(), -1);
    const auto visit = [&](int v) {
        if (site.localIndex[static_cast<std::size_t>(v)] >= 0)
            return;
        site.localIndex[static_cast<std::size_t>(v)] = site.size();
        site.global.push_back(v);
    };
    visit(siteVertex);
    for (std::size_t head = 0; head < site.global.size(); ++head) {
        for (int next : graph.out[static_cast<std::size_t>(site.global[head])])
            visit(next);
    }
    site.out.resize(site.global.size());
    site.in.resize(site.global.size());
    std::vector<int> localRisk(graph.risks.size(), -1);
    for (int local = 0; local < site.size(); ++local) {
        const int v = site.global[static_cast<std::size_t>(local)];
        for (int next : graph.out[static_cast<std::size_t>(v)]) {
            const int to = site.localIndex[static_cast<std::size_t>(next)];
            site.out[static_cast<std::size_t>(local)].push_back(to);
            site.in[static_cast<std::size_t>(to)].push_back(local);
        }
        for (int risk : graph.vertices[static_cast<std::size_t>(v)].risks) {
            int &index = localRisk[static_cast<std::size_t>(risk)];
            if (index < 0) {
                index = static_cast<int>(site.riskGlobal.size());
                site.riskGlobal.push_back(risk);
                site.riskMembers.emplace_back();
            }
            site.riskMembers[static_cast<std::size_t>(index)].push_back(local);
        }
    }
    return site;
}

void reachFromSite(const SiteGraph &site,
                   const Removal &removal,
                   bool expressRouteOnly,
                   std::vector<char> &reached,
                   std::vector<int> &queue)
{
    reached.assign(static_cast<std::size_t>(site.size()), 0);
    queue.clear();
    if (site.size() == 0 || removal.removed(0))
        return;
    reached[0] = 1;
    queue.push_back(0);
    for (std::size_t head = 0; head < queue.size(); ++head) {
        for (int next : site.out[static_cast<std::size_t>(queue[head])]) {
            if (reached[static_cast<std::size_t>(next)] || removal.removed(next))
                continue;
            if (expressRouteOnly && !site.vertex(next).expressRoute)
                continue;
            reached[static_cast<std::size_t>(next)] = 1;
            queue.push_back(next);
        }
    }
}

std::vector<char> verticesTowards(const SiteGraph &site, const std::vector<int> &targets)
{
    std::vector<char> towards(static_cast<std::size_t>(site.size()), 0);
    std::vector<int> queue;
    for (int t : targets) {
        if (t >= 0 && !towards[static_cast<std::size_t>(t)]) {
            towards[static_cast<std::size_t>(t)] = 1;
            queue.push_back(t);
        }
    }
    for (std::size_t head = 0; head < queue.size(); ++head) {
        for (int previous : site.in[static_cast<std::size_t>(queue[head])]) {
            if (!towards[static_cast<std::size_t>(previous)]) {
                towards[static_cast<std::size_t>(previous)] = 1;
                queue.push_back(previous);
            }
        }
    }
    return towards; // every local vertex is reached from the site by construction
}

} // namespace Er
