#include "model/analysis/globalreach.h"

#include "model/core/topologyindex.h"

#include <set>

namespace Er {

std::vector<SiteToSite> globalReachPairs(
    const TopologyIndex &index,
    const std::map<std::string, std::vector<std::string>> &sitesByCircuit)
{
    std::vector<SiteToSite> result;
    std::set<std::pair<std::string, std::string>> seen;
    const std::vector<std::string> none;
    const auto sitesOf = [&](const std::string &circuit) -> const std::vector<std::string> & {
        const auto it = sitesByCircuit.find(circuit);
        return it == sitesByCircuit.end() ? none : it->second;
    };
    for (const Link *link : index.linksOfKind(LinkKind::GlobalReach)) {
        const Node *a = index.from(*link);
        const Node *b = index.to(*link);
        if (!a || !b || !a->circuit() || !b->circuit()
            || !a->circuit()->peering("AzurePrivatePeering")
            || !b->circuit()->peering("AzurePrivatePeering")) {
            continue;
        }
        for (const std::string &siteA : sitesOf(a->id)) {
            for (const std::string &siteB : sitesOf(b->id)) {
                if (siteA == siteB)
                    continue;
                const auto key = siteA < siteB ? std::pair(siteA, siteB) : std::pair(siteB, siteA);
                if (!seen.insert(key).second)
                    continue;
                result.push_back({key.first, key.second, {a->id, b->id}});
            }
        }
    }
    return result;
}

} // namespace Er
