#include "model/core/autolayout.h"

#include "model/core/kindrank.h"

#include <algorithm>
#include <iterator>

namespace Er {

double layoutColumn(NodeKind kind)
{
    constexpr double columns[] = {0, 220, 440, 660, 900, 1120}; // by onPremisesToAzureRank
    return columns[onPremisesToAzureRank(kind)];
}

std::unordered_map<std::string, Point> effectivePositions(const Topology &topology)
{
    std::unordered_map<std::string, Point> positions;
    positions.reserve(topology.nodes().size());
    // Free rows start below the lowest placed node of each column.
    double nextRow[std::size(allNodeKinds)];
    std::fill(std::begin(nextRow), std::end(nextRow), 0.0);
    bool anyPlaced = false;
    double lowest = 0;
    for (const Node &node : topology.nodes()) {
        if (node.position) {
            positions.emplace(node.id, *node.position);
            lowest = anyPlaced ? std::max(lowest, node.position->y) : node.position->y;
            anyPlaced = true;
        }
    }
    if (anyPlaced)
        std::fill(std::begin(nextRow), std::end(nextRow), lowest + layoutRowSpacing);
    for (const Node &node : topology.nodes()) {
        if (node.position)
            continue;
        double &row = nextRow[static_cast<std::size_t>(node.kind())];
        positions.emplace(node.id, Point{layoutColumn(node.kind()), row});
        row += layoutRowSpacing;
    }
    return positions;
}

} // namespace Er
