#pragma once

#include "model/core/topology.h"

#include <string>
#include <unordered_map>

namespace Er {

// Where each node is drawn: its saved position, or — where the file has none — a column by kind
// (sites left, Azure right) and the next free row in that column. Deterministic for a design.
std::unordered_map<std::string, Point> effectivePositions(const Topology &topology);

// The column a kind is laid out in, as an x coordinate.
double layoutColumn(NodeKind kind);
inline constexpr double layoutRowSpacing = 140;

} // namespace Er
