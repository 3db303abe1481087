#pragma once

#include <vector>

namespace Er {

// The most that can flow from `source` to `sink` when each vertex v carries at most
// capacity[v] (the source's and sink's own capacities are not limits) and edges are unlimited:
// a maximum flow on the vertex-split graph (Edmonds-Karp). Vertices whose capacity is 0 are
// closed. Capacities may be infinite; the result is then infinite too.
// `vertices`, when given, lists every vertex that may be open (the others are closed), so that
// the work follows them and not the whole graph.
double vertexMaxFlow(const std::vector<std::vector<int>> &out,
                     const std::vector<double> &capacity,
                     int source,
                     int sink,
                     const std::vector<int> *vertices = nullptr);

} // namespace Er
