#include "model/analysis/redundancy.h"

// GCC 12 at -O2 reports the boost::optional inside Boost.Graph's edge iterator as "maybe used
// uninitialized" once the max-flow is inlined here: a known false positive of that warning. The
// location it reports is in the Boost header, so the pragma comes before the includes.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/boykov_kolmogorov_max_flow.hpp>

namespace Er {

namespace {

using FlowTraits = boost::adjacency_list_traits<boost::vecS, boost::vecS, boost::directedS>;
using FlowGraph = boost::adjacency_list<
    boost::vecS,
    boost::vecS,
    boost::directedS,
    boost::property<
        boost::vertex_color_t,
        boost::default_color_type,
        boost::property<boost::vertex_distance_t,
                        long,
                        boost::property<boost::vertex_predecessor_t, FlowTraits::edge_descriptor>>>,
    boost::property<
        boost::edge_capacity_t,
        long,
        boost::property<boost::edge_residual_capacity_t,
                        long,
                        boost::property<boost::edge_reverse_t, FlowTraits::edge_descriptor>>>>;
using FlowEdge = FlowTraits::edge_descriptor;

constexpr long unlimited = 1L << 30;

class SplitGraph
{
public:
    explicit SplitGraph(int vertices)
        : m_graph(static_cast<std::size_t>(vertices) * 2)
    {}

    void addEdge(int from, int to, long capacity)
    {
        auto capacityMap = boost::get(boost::edge_capacity, m_graph);
        auto reverseMap = boost::get(boost::edge_reverse, m_graph);
        const FlowEdge forward = boost::add_edge(std::size_t(from), std::size_t(to), m_graph).first;
        const FlowEdge backward = boost::add_edge(std::size_t(to), std::size_t(from), m_graph).first;
        capacityMap[forward] = capacity;
        capacityMap[backward] = 0;
        reverseMap[forward] = backward;
        reverseMap[backward] = forward;
    }

    FlowGraph &graph() { return m_graph; }

private:
    FlowGraph m_graph;
};

} // namespace

DisjointPaths disjointPaths(const SiteGraph &site, const std::vector<char> &towards, int target)
{
    DisjointPaths result;
    if (target < 0 || !towards[static_cast<std::size_t>(target)])
        return result;
    // Compact numbering of the vertices that matter; vertex v becomes 2v (in) and 2v+1 (out).
    std::vector<int> compact(static_cast<std::size_t>(site.size()), -1);
    std::vector<int> local;
    for (int v = 0; v < site.size(); ++v) {
        if (towards[static_cast<std::size_t>(v)]) {
            compact[static_cast<std::size_t>(v)] = static_cast<int>(local.size());
            local.push_back(v);
        }
    }
    SplitGraph split(static_cast<int>(local.size()));
    for (std::size_t c = 0; c < local.size(); ++c) {
        const int v = local[c];
        const GraphVertex &vertex = site.vertex(v);
        const int in = static_cast<int>(c) * 2;
        split.addEdge(in, in + 1, vertex.countsForDisjoint && v != target ? 1 : unlimited);
        for (int next : site.out[static_cast<std::size_t>(v)]) {
            const int to = compact[static_cast<std::size_t>(next)];
            if (to >= 0)
                split.addEdge(in + 1, to * 2, unlimited);
        }
    }
    FlowGraph &graph = split.graph();
    const std::size_t source = 1; // the site's out half (the site is local vertex 0)
    const std::size_t sink = static_cast<std::size_t>(compact[static_cast<std::size_t>(target)])
                             * 2;
    const long flow = boost::boykov_kolmogorov_max_flow(graph, source, sink);
    result.count = static_cast<int>(std::min<long>(flow, 1L << 20));
    if (flow >= unlimited) // nothing failable between the endpoints: one path that cannot fail
        result.count = 1;

    // Decompose the flow into paths, following edges that carry flow.
    auto capacity = boost::get(boost::edge_capacity, graph);
    auto residual = boost::get(boost::edge_residual_capacity, graph);
    const int paths = std::min(result.count, 64);
    for (int p = 0; p < paths; ++p) {
        std::vector<int> path{0};
        std::size_t at = source;
        for (std::size_t steps = 0; at != sink && steps < 4 * local.size() + 4; ++steps) {
            bool moved = false;
            for (auto [e, end] = boost::out_edges(at, graph); e != end; ++e) {
                if (capacity[*e] <= 0 || capacity[*e] - residual[*e] <= 0)
                    continue;
                ++residual[*e]; // this unit of flow is taken by this path
                at = boost::target(*e, graph);
                const int v = local[at / 2];
                if (path.back() != v)
                    path.push_back(v);
                moved = true;
                break;
            }
            if (!moved)
                break;
        }
        if (at != sink)
            break;
        result.paths.push_back(std::move(path));
    }
    return result;
}

} // namespace Er
