#pragma once

#include "model/document/elementdefaults.h"

#include <QPoint>
#include <QPointF>

#include <functional>
#include <optional>
#include <vector>

class QGraphicsLineItem;

namespace Er {

class NodeItem;
class TopologyScene;

// Drawing a link: a rubber line follows the pointer from the node the drag started on; releasing
// it on another node adds the link the two kinds allow (model/core/linkrules.h, both
// directions). Where several kinds fit, the user picks one from a small menu; where none fits,
// nothing is added and the status bar says why.
class ConnectGesture
{
public:
    // Picks one of several link choices; nullopt when the user cancels. Tests replace the menu.
    using Chooser = std::function<std::optional<LinkChoice>(const std::vector<LinkChoice> &choices,
                                                            const NodeItem *start,
                                                            const NodeItem *end,
                                                            QPoint screenPos)>;

    explicit ConnectGesture(TopologyScene *scene);
    ~ConnectGesture();

    bool isActive() const { return m_start != nullptr; }
    // The rubber line from the start node to the pointer while the gesture is active.
    QGraphicsLineItem *lineItem() const { return m_line; }
    void begin(NodeItem *start, QPointF scenePos);
    void update(QPointF scenePos);
    // Adds the link when the pointer is over another node it may join; ends the gesture.
    void finish(QPointF scenePos, QPoint screenPos);
    void cancel();

    void setChooser(Chooser chooser) { m_chooser = std::move(chooser); }
    // The menu the canvas shows where two kinds fit.
    static std::optional<LinkChoice> chooseFromMenu(const std::vector<LinkChoice> &choices,
                                                    const NodeItem *start,
                                                    const NodeItem *end,
                                                    QPoint screenPos);

private:
    NodeItem *nodeAt(QPointF scenePos) const;

    TopologyScene *m_scene;
    NodeItem *m_start = nullptr;
    QGraphicsLineItem *m_line = nullptr;
    Chooser m_chooser;
};

} // namespace Er
