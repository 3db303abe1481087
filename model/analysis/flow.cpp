#include "model/analysis/flow.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace Er {

namespace {

// Capacities above this count as unlimited; the largest real figure is a 400 Gbps port.
constexpr double unlimited = 1e15;

// A flow network in flat arrays (arcs chained per vertex), kept per thread and reused: the
// analysis asks for many small flows, and allocating for each cost more than the flow itself.
class FlowNetwork
{
public:
    void reset(std::size_t vertices)
    {
        m_head.assign(vertices, -1);
        m_to.clear();
        m_next.clear();
        m_residual.clear();
    }

    void add(int from, int to, double capacity)
    {
        push(from, to, capacity);
        push(to, from, 0);
    }

    double maxFlow(int source, int sink)
    {
        double total = 0;
        m_via.resize(m_head.size());
        for (;;) {
            std::fill(m_via.begin(), m_via.end(), -1);
            m_queue.assign(1, source);
            m_via[static_cast<std::size_t>(source)] = -2;
            for (std::size_t head = 0; head < m_queue.size() && m_via[std::size_t(sink)] == -1;
                 ++head) {
                for (int e = m_head[static_cast<std::size_t>(m_queue[head])]; e >= 0;
                     e = m_next[static_cast<std::size_t>(e)]) {
                    const auto to = static_cast<std::size_t>(m_to[static_cast<std::size_t>(e)]);
                    if (m_residual[static_cast<std::size_t>(e)] <= 0 || m_via[to] != -1)
                        continue;
                    m_via[to] = e;
                    m_queue.push_back(static_cast<int>(to));
                }
            }
            if (m_via[static_cast<std::size_t>(sink)] == -1)
                return total;
            double push = std::numeric_limits<double>::infinity();
            for (int v = sink; v != source;) {
                const auto e = static_cast<std::size_t>(m_via[static_cast<std::size_t>(v)]);
                push = std::min(push, m_residual[e]);
                v = m_to[e ^ 1];
            }
            if (push >= unlimited)
                return std::numeric_limits<double>::infinity();
            for (int v = sink; v != source;) {
                const auto e = static_cast<std::size_t>(m_via[static_cast<std::size_t>(v)]);
                m_residual[e] -= push;
                m_residual[e ^ 1] += push;
                v = m_to[e ^ 1];
            }
            total += push;
            if (total >= unlimited)
                return std::numeric_limits<double>::infinity();
        }
    }

private:
    void push(int from, int to, double capacity)
    {
        m_to.push_back(to);
        m_residual.push_back(capacity);
        m_next.push_back(m_head[static_cast<std::size_t>(from)]);
        m_head[static_cast<std::size_t>(from)] = static_cast<int>(m_to.size()) - 1;
    }

    std::vector<int> m_head;
    std::vector<int> m_to;
    std::vector<int> m_next;
    std::vector<double> m_residual;
    std::vector<int> m_via;
    std::vector<int> m_queue;
};

} // namespace

double vertexMaxFlow(const std::vector<std::vector<int>> &out,
                     const std::vector<double> &capacity,
                     int source,
                     int sink,
                     const std::vector<int> *vertices)
{
    if (source < 0 || sink < 0)
        return 0;
    thread_local FlowNetwork network;
    thread_local std::vector<int> compact; // graph vertex -> network vertex, -1 when closed
    const auto n = out.size();
    if (compact.size() < n)
        compact.resize(n, -1);
    // Only open vertices are numbered: the network is only as large as what is open.
    thread_local std::vector<int> opened;
    opened.clear();
    const auto open = [&](int v) {
        if (v != source && v != sink && !(capacity[static_cast<std::size_t>(v)] > 0))
            return;
        compact[static_cast<std::size_t>(v)] = static_cast<int>(opened.size());
        opened.push_back(v);
    };
    if (vertices) {
        for (int v : *vertices)
            open(v);
    } else {
        for (std::size_t v = 0; v < n; ++v)
            open(static_cast<int>(v));
    }
    const auto in = [&](int v) { return 2 * compact[static_cast<std::size_t>(v)]; };
    const auto outOf = [&](int v) { return 2 * compact[static_cast<std::size_t>(v)] + 1; };
    double flow = 0;
    if (compact[static_cast<std::size_t>(source)] >= 0
        && compact[static_cast<std::size_t>(sink)] >= 0) {
        network.reset(2 * opened.size());
        for (int vertex : opened) {
            const auto v = static_cast<std::size_t>(vertex);
            const bool endpoint = vertex == source || vertex == sink;
            network.add(in(vertex), outOf(vertex),
                        endpoint ? unlimited * 2 : std::min(capacity[v], unlimited * 2));
            for (int next : out[v]) {
                if (compact[static_cast<std::size_t>(next)] >= 0)
                    network.add(outOf(vertex), in(next), unlimited * 2);
            }
        }
        flow = network.maxFlow(outOf(source), in(sink));
    }
    for (int v : opened)
        compact[static_cast<std::size_t>(v)] = -1;
    return flow;
}

} // namespace Er
