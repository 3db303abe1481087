#include "views/report/diagramscene.h"

#include "model/document/topologydocument.h"
#include "views/topologyscene.h"

#include <QPainter>

#include <algorithm>

namespace Er {

namespace {

constexpr qreal diagramMargin = 24;

} // namespace

DiagramScene::DiagramScene(const Topology &topology, const std::vector<Finding> &findings)
    : m_document(std::make_unique<TopologyDocument>())
    , m_findings(findings)
{
    m_document->resetTopology(topology, QString());
    m_scene = std::make_unique<TopologyScene>(m_document.get());
    m_scene->showFindings(findings);
    m_scene->updateRegionFrames(); // frames otherwise follow on the next event loop turn
    m_rect = m_scene->itemsBoundingRect().adjusted(-diagramMargin, -diagramMargin, diagramMargin,
                                                   diagramMargin);
    if (m_rect.isEmpty())
        m_rect = QRectF(0, 0, 400, 300);
}

DiagramScene::~DiagramScene() = default;

const Topology &DiagramScene::topology() const
{
    return m_document->topology();
}

void DiagramScene::render(QPainter *painter, const QRectF &target, const QRectF &source) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    // QGraphicsScene::render keeps the aspect ratio top-left aligned; centre it instead.
    const qreal scale = std::min(target.width() / source.width(), target.height() / source.height());
    QRectF fitted(QPointF(0, 0), source.size() * scale);
    fitted.moveCenter(target.center());
    m_scene->render(painter, fitted, source, Qt::IgnoreAspectRatio);
    painter->restore();
}

} // namespace Er
