#pragma once

#include "model/validation/finding.h"

#include <QRectF>

#include <memory>
#include <vector>

class QPainter;

namespace Er {

class Topology;
class TopologyDocument;
class TopologyScene;

// The canvas of a design, built for printing and export: the same items the window draws (icons,
// labels, link styles, finding rings), with nothing selected.
class DiagramScene
{
public:
    explicit DiagramScene(const Topology &topology, const std::vector<Finding> &findings = {});
    ~DiagramScene();

    TopologyScene *scene() const { return m_scene.get(); }
    const Topology &topology() const;
    // The findings the diagram marks.
    const std::vector<Finding> &findings() const { return m_findings; }
    // What is drawn: every item with a small margin, in scene coordinates.
    QRectF diagramRect() const { return m_rect; }
    // Draws `source` (scene coordinates) into `target` (painter coordinates), aspect kept.
    void render(QPainter *painter, const QRectF &target, const QRectF &source) const;

private:
    std::unique_ptr<TopologyDocument> m_document;
    std::unique_ptr<TopologyScene> m_scene;
    std::vector<Finding> m_findings;
    QRectF m_rect;
};

} // namespace Er
