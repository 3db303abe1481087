#pragma once

#include "model/core/topology.h"

#include <QPointF>
#include <QString>

namespace Er {

class TopologyScene;

// Edits of the canvas selection. Each pushes ONE undo step (a command or a macro) on the
// document's stack; none touches the items, which follow the document.

// Adds a node of `kind` centred at `scenePos` (snapped when the scene snaps), selects it and
// returns its id. A VNet placed inside a region's frame lives in that region.
QString addNodeAt(TopologyScene *scene, NodeKind kind, QPointF scenePos);

// Deletes the selected nodes and links (with the links of deleted nodes and a deleted region's
// VNets). Returns false when nothing is selected.
bool deleteSelection(TopologyScene *scene);

// Moves the selection (nodes, notes and rectangles) by `delta`; consecutive nudges of the same
// nodes, or of the same notes, merge into one step.
bool nudgeSelection(TopologyScene *scene, QPointF delta);

enum class Alignment { Left, Right, Top, Bottom, HorizontalCentres, VerticalCentres };
// Lines up the centres of two or more selected nodes on the left-most, right-most, top-most,
// bottom-most or middle one. A region's VNets move with it.
bool alignSelection(TopologyScene *scene, Alignment alignment);
// Spaces three or more selected nodes evenly between the outermost two.
bool distributeSelection(TopologyScene *scene, Qt::Orientation orientation);

} // namespace Er
