#include "model/analysis/sitegraph.h"

#include <algorithm>
#include <unordered_map>

namespace Er {

int SiteGraph::localOf(int globalVertex) const
{
    const auto found = std::lower_bound(localIndex.begin(), localIndex.end(),
                                        std::pair<int, int>(globalVertex, -1));
    return found != localIndex.end() && found->first == globalVertex ? found->second : -1;
}

SiteGraph buildSiteGraph(const FailureGraph &graph, int siteVertex)
{
    SiteGraph site;
    site.graph = &graph;
    // Breadth-first from the site; a small hash map numbers what it reaches.
    std::unordered_map<int, int> local;
    const auto visit = [&](int v) {
        if (local.emplace(v, site.size()).second)
            site.global.push_back(v);
    };
    visit(siteVertex);
    for (std::size_t head = 0; head < site.global.size(); ++head) {
        for (int next : graph.out[static_cast<std::size_t>(site.global[head])])
            visit(next);
    }
    site.localIndex.assign(local.begin(), local.end());
    std::sort(site.localIndex.begin(), site.localIndex.end());
    site.out.resize(site.global.size());
    site.in.resize(site.global.size());
    std::unordered_map<int, int> localRisk;
    for (int at = 0; at < site.size(); ++at) {
        const int v = site.global[static_cast<std::size_t>(at)];
        for (int next : graph.out[static_cast<std::size_t>(v)]) {
            const int to = local.at(next);
            site.out[static_cast<std::size_t>(at)].push_back(to);
            site.in[static_cast<std::size_t>(to)].push_back(at);
        }
        for (int risk : graph.vertices[static_cast<std::size_t>(v)].risks) {
            const auto [entry, added] = localRisk.emplace(risk,
                                                          static_cast<int>(site.riskGlobal.size()));
            if (added) {
                site.riskGlobal.push_back(risk);
                site.riskMembers.emplace_back();
            }
            site.riskMembers[static_cast<std::size_t>(entry->second)].push_back(at);
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
