#pragma once

#include <QPointF>

#include <utility>
#include <vector>

namespace Er {

class NodeItem;
class TopologyScene;

// Moving nodes with the mouse: the items follow the pointer (snapped to the grid when the scene
// snaps), and on release ONE undo step records the whole drag. A region carries its VNets; a
// VNet dropped into another region's frame moves to that region in the same step.
class MoveGesture
{
public:
    explicit MoveGesture(TopologyScene *scene);

    bool isActive() const { return m_anchor != nullptr; }
    bool hasMoved() const { return m_moved; }
    // Starts on a press on `anchor`; what moves is the scene's moving selection plus `anchor`.
    void begin(NodeItem *anchor, QPointF scenePos);
    void update(QPointF scenePos);
    // Pushes the move (if anything moved) and ends the gesture.
    void finish();
    // Puts the items back where the document has them and ends the gesture.
    void cancel();

private:
    void pushCommands();

    TopologyScene *m_scene;
    NodeItem *m_anchor = nullptr;
    QPointF m_pressPos;
    bool m_moved = false;
    std::vector<std::pair<NodeItem *, QPointF>> m_items; // with their positions at the press
};

} // namespace Er
