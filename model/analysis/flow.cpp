#include "flow.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace Er {

namespace {

// Capacities above this count as unlimited; the largest real figure is a 400 Gbps port.
constexpr double unlimited = 1e15;

struct Edge
{
    int to;
    double residual;
};

class FlowNetwork
{
public:
    explicit FlowNetwork(std::size_t vertices)
        : m_adjacent(vertices)
    {}

    void add(int from, int to, double capacity)
    {
        m_adjacent[static_cast<std::size_t>(from)].push_back(static_cast<int>(m_edges.size()));
        m_edges.push_back({to, capacity});
        m_adjacent[static_cast<std::size_t>(to)].push_back(static_cast<int>(m_edges.size()));
        m_edges.push_back({from, 0});
    }

    double maxFlow(int source, int sink)
    {
        double total = 0;
        std::vector<int> via(m_adjacent.size());
        std::vector<int> queue;
        for (;;) {
            std::fill(via.begin(), via.end(), -1);
            queue.assign(1, source);
            via[static_cast<std::size_t>(source)] = -2;
            for (std::size_t head = 0; head < queue.size() && via[std::size_t(sink)] == -1; ++head) {
                const int at = queue[head];
                for (int e : m_adjacent[static_cast<std::size_t>(at)]) {
                    const Edge &edge = m_edges[static_cast<std::size_t>(e)];
                    if (edge.residual <= 0 || via[static_cast<std::size_t>(edge.to)] != -1)
                        continue;
                    via[static_cast<std::size_t>(edge.to)] = e;
                    queue.push_back(edge.to);
                }
            }
            if (via[static_cast<std::size_t>(sink)] == -1)
                return total;
            double push = std::numeric_limits<double>::infinity();
            for (int v = sink; v != source;) {
                const int e = via[static_cast<std::size_t>(v)];
                push = std::min(push, m_edges[static_cast<std::size_t>(e)].residual);
                v = m_edges[static_cast<std::size_t>(e ^ 1)].to;
            }
            if (push >= unlimited)
                return std::numeric_limits<double>::infinity();
            for (int v = sink; v != source;) {
                const int e = via[static_cast<std::size_t>(v)];
                m_edges[static_cast<std::size_t>(e)].residual -= push;
                m_edges[static_cast<std::size_t>(e ^ 1)].residual += push;
                v = m_edges[static_cast<std::size_t>(e ^ 1)].to;
            }
            total += push;
            if (total >= unlimited)
                return std::numeric_limits<double>::infinity();
        }
    }

private:
    std::vector<std::vector<int>> m_adjacent;
    std::vector<Edge> m_edges;
};

} // namespace

double vertexMaxFlow(const std::vector<std::vector<int>> &out,
                     const std::vector<double> &capacity,
                     int source,
                     int sink)
{
    if (source < 0 || sink < 0)
        return 0;
    const auto n = out.size();
    FlowNetwork network(2 * n);
    const auto in = [](int v) { return 2 * v; };
    const auto outOf = [](int v) { return 2 * v + 1; };
    // Closed vertices get no arcs at all: the network is only as large as what is open.
    const auto open = [&](int v) {
        return v == source || v == sink || capacity[static_cast<std::size_t>(v)] > 0;
    };
    for (std::size_t v = 0; v < n; ++v) {
        const int vertex = static_cast<int>(v);
        if (!open(vertex))
            continue;
        const bool endpoint = vertex == source || vertex == sink;
        network.add(in(vertex), outOf(vertex),
                    endpoint ? unlimited * 2 : std::min(capacity[v], unlimited * 2));
        for (int next : out[v]) {
            if (open(next))
                network.add(outOf(vertex), in(next), unlimited * 2);
        }
    }
    return network.maxFlow(outOf(source), in(sink));
}

} // namespace Er
