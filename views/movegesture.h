#pragma once

#include <QGraphicsItem>
#include <QPointF>

#include <utility>
#include <vector>

namespace Er {

class AnnotationItem;
class NodeItem;
class TopologyScene;

// Moving the selection with the mouse: its nodes, notes and rectangles follow the pointer
// (snapped to the grid when the scene snaps), and on release ONE undo step records the whole
// drag. A region carries its VNets; a VNet dropped into another region's frame moves to that
// region in the same step (and becomes its hub when the region has none, vnetInRegion()).
class MoveGesture
{
public:
    explicit MoveGesture(TopologyScene *scene);

    bool isActive() const { return m_anchor != nullptr; }
    bool hasMoved() const { return m_moved; }
    // Starts on a press on `anchor` (a node, a note or a rectangle); what moves is the scene's
    // moving selection, its selected notes and rectangles, and `anchor`.
    void begin(QGraphicsItem *anchor, QPointF scenePos);
    void update(QPointF scenePos);
    // Pushes the move (if anything moved) and ends the gesture.
    void finish();
    // Puts the items back where the document has them and ends the gesture.
    void cancel();

private:
    void pushCommands();

    TopologyScene *m_scene;
    QGraphicsItem *m_anchor = nullptr;
    QPointF m_anchorStart;
    QPointF m_pressPos;
    bool m_moved = false;
    std::vector<std::pair<NodeItem *, QPointF>> m_items; // with their positions at the press
    std::vector<std::pair<AnnotationItem *, QPointF>> m_annotations;
};

} // namespace Er
