#include "autolayout.h"

#include <algorithm>
#include <iterator>

namespace Er {

double layoutColumn(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Site:
        return 0;
    case NodeKind::CustomerEdge:
        return 220;
    case NodeKind::ProviderEdge:
        return 440;
    case NodeKind::Circuit:
        return 660;
    case NodeKind::VirtualNetwork:
        return 900;
    case NodeKind::AzureRegion:
        return 1120;
    }
    return 0;
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
