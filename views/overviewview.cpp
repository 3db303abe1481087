#include "views/overviewview.h"

#include "model/document/topologydocument.h"
#include "views/canvasview.h"
#include "views/topologyscene.h"

#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>

#include <algorithm>

namespace Er {

OverviewView::OverviewView(CanvasView *canvas, QWidget *parent)
    : QGraphicsView(canvas->scene(), parent)
    , m_canvas(canvas)
{
    setInteractive(false);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setRenderHints(QPainter::Antialiasing);
    setOptimizationFlags(DontSavePainterState | DontAdjustForAntialiasing);
    setViewportUpdateMode(BoundingRectViewportUpdate);
    setFrameShape(QFrame::NoFrame);
    setAcceptDrops(false);
    setToolTip(tr("Overview: click or drag to move the canvas"));
    setMinimumSize(120, 90);
    connect(canvas, &CanvasView::visibleAreaChanged, this, &OverviewView::updateVisibleArea);
    // The design's extent changes with every edit, undo and redo, and the scene's rect only ever
    // grows (and not at all while items stay inside it): the overview fits again once the
    // changes of an event have settled.
    m_fitTimer.setSingleShot(true);
    // A burst of edits (typing a name) fits once; walking the items of a 10,000-site design to
    // find their bounds costs tens of milliseconds.
    m_fitTimer.setInterval(100);
    connect(&m_fitTimer, &QTimer::timeout, this, &OverviewView::fitScene);
    m_redrawFromAfar.setSingleShot(true);
    m_redrawFromAfar.setInterval(200);
    connect(&m_redrawFromAfar, &QTimer::timeout, viewport(), qOverload<>(&QWidget::update));
    if (scene()) {
        connect(scene(), &QGraphicsScene::sceneRectChanged, this, &OverviewView::scheduleFit);
        if (auto *topologyScene = qobject_cast<TopologyScene *>(scene())) {
            connect(topologyScene, &TopologyScene::itemGeometryChanged, this, [this, topologyScene] {
                if (drawsFromAfar(transform(), *topologyScene))
                    m_redrawFromAfar.start();
            });
            connect(topologyScene->document(), &TopologyDocument::changed, this,
                    &OverviewView::scheduleFit);
            // A design just opened is fitted before it is first drawn (else the first paint
            // shows, and indexes, the scene at the scale of the design before).
            connect(topologyScene->document(), &TopologyDocument::topologyReset, this, [this] {
                if (isVisible())
                    fitScene();
            });
        }
    }
    fitScene();
}

void OverviewView::scheduleFit()
{
    // A hidden overview fits when it is shown again.
    if (isVisible())
        m_fitTimer.start();
}

void OverviewView::showEvent(QShowEvent *event)
{
    QGraphicsView::showEvent(event);
    fitScene();
}

void OverviewView::fitScene()
{
    m_fitTimer.stop();
    if (!scene())
        return;
    const QRectF items = designExtent();
    // Most edits leave the extent as it was: then the overview stays as it is, without redrawing
    // every item of the design (40 ms at 1,000 sites after each edit).
    if (items == m_fittedExtent && viewport()->size() == m_fittedSize && !items.isEmpty())
        return;
    m_fittedExtent = items;
    m_fittedSize = viewport()->size();
    if (items.isEmpty()) {
        // Nothing to show: the natural scale, not a close-up of an empty spot.
        resetTransform();
        centerOn(0, 0);
    } else {
        // A margin of a tenth of the design (at least 60 units) on every side.
        const qreal margin = std::max<qreal>(60, 0.1 * std::max(items.width(), items.height()));
        fitInView(items.adjusted(-margin, -margin, margin, margin), Qt::KeepAspectRatio);
    }
    m_shownArea = visibleAreaRect();
    viewport()->update();
}

// Where the design's items are: the nodes' places in the document (a node's item stays within
// the margin fitScene() adds), or the scene's items for another scene. Walking the plain
// positions costs a fraction of asking every item for its bounds.
QRectF OverviewView::designExtent() const
{
    const auto *topologyScene = qobject_cast<const TopologyScene *>(scene());
    if (!topologyScene)
        return scene()->itemsBoundingRect();
    qreal left = 0, top = 0, right = 0, bottom = 0;
    bool first = true;
    for (const Node &node : topologyScene->document()->topology().nodes()) {
        if (!node.position)
            continue;
        const qreal x = node.position->x;
        const qreal y = node.position->y;
        left = first ? x : std::min(left, x);
        right = first ? x : std::max(right, x);
        top = first ? y : std::min(top, y);
        bottom = first ? y : std::max(bottom, y);
        first = false;
    }
    if (first)
        return scene()->itemsBoundingRect(); // nothing placed yet: what the scene shows
    // A node's item reaches about half its size beyond its centre; region frames (padding and
    // title) and notes reach further.
    return QRectF(QPointF(left, top), QPointF(right, bottom)).adjusted(-40, -40, 40, 40)
           | topologyScene->framesAndAnnotationsRect();
}

// Only where the frame was and where it is now is drawn again: repainting the whole overview
// for each step of a scroll redrew every item of the design (50 ms at 1,000 sites, 0.5 s at
// 10,000).
void OverviewView::updateVisibleArea()
{
    const QRect now = visibleAreaRect();
    viewport()->update(QRegion(m_shownArea).united(now));
    m_shownArea = now;
}

QRect OverviewView::visibleAreaRect() const
{
    return visibleAreaInViewport().toAlignedRect().adjusted(-2, -2, 2, 2);
}

QRectF OverviewView::visibleAreaInViewport() const
{
    if (!m_canvas)
        return {};
    return mapFromScene(m_canvas->visibleSceneRect()).boundingRect();
}

void OverviewView::centreCanvasAt(QPoint viewportPoint)
{
    if (m_canvas)
        m_canvas->centerOn(mapToScene(viewportPoint));
}

void OverviewView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_dragging = true;
    centreCanvasAt(event->position().toPoint());
    event->accept();
}

void OverviewView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragging)
        centreCanvasAt(event->position().toPoint());
    event->accept();
}

void OverviewView::mouseReleaseEvent(QMouseEvent *event)
{
    m_dragging = false;
    event->accept();
}

void OverviewView::wheelEvent(QWheelEvent *event)
{
    event->accept(); // the overview always shows the whole design
}

void OverviewView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    fitScene();
}

// The overview sees a large design from far away and draws it whole in one pass
// (farpainter.h), 0.1 s at 10,000 sites; a repaint of part of it (what changed, the canvas's
// frame moving) is Qt's. Where items moved or went, Qt does not know what that pass drew: the
// overview draws the whole design again once such changes have paused for a fifth of a second
// (a node dragged: not on every step).
void OverviewView::paintEvent(QPaintEvent *event)
{
    const TopologyScene *topology = SceneFromAfar::sceneToDraw(*this, *event);
    if (!topology) {
        QGraphicsView::paintEvent(event);
        return;
    }
    m_fromAfar.paintView(*this, *topology, [this](QPainter &painter, const QRectF &visible) {
        drawForeground(&painter, visible);
    });
}

void OverviewView::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, palette().color(QPalette::Base)); // follows a theme change
}

void OverviewView::drawForeground(QPainter *painter, const QRectF &rect)
{
    Q_UNUSED(rect)
    if (!m_canvas)
        return;
    const QRectF visible = m_canvas->visibleSceneRect();
    QColor highlight = palette().color(QPalette::Highlight);
    QColor fill = highlight;
    fill.setAlpha(40);
    painter->setPen(QPen(highlight, 0));
    painter->setBrush(fill);
    painter->drawRect(visible);
}

} // namespace Er
