#include "views/canvasview.h"

#include "views/annotationedits.h"
#include "views/canvasaccess.h"
#include "views/canvasedits.h"
#include "views/canvasgrid.h"
#include "views/connectgesture.h"
#include "views/linkitem.h"
#include "views/nodeitem.h"
#include "views/nodemime.h"
#include "views/topologyscene.h"

#include <QGraphicsItem>
#include <QKeyEvent>
#include <QMimeData>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QRubberBand>
#include <QScrollBar>
#include <QStyle>
#include <QStyleOptionRubberBand>
#include <QWheelEvent>

#include <cmath>

namespace Er {

namespace {
constexpr qreal minimumZoom = 0.02;
constexpr qreal maximumZoom = 8.0;
} // namespace

CanvasView::CanvasView(QWidget *parent)
    : QGraphicsView(parent)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                   | QPainter::SmoothPixmapTransform);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    setViewportUpdateMode(SmartViewportUpdate);
    setCacheMode(CacheBackground);
    setOptimizationFlags(DontSavePainterState);
    setDragMode(RubberBandDrag);
    setAcceptDrops(true);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setToolTip(QString());
}

TopologyScene *CanvasView::topologyScene() const
{
    return qobject_cast<TopologyScene *>(scene());
}

QString CanvasView::usageHint()
{
    return tr("Drag a node to move it · drag from its blue handle (or press L for Connect mode) to "
              "link it · Ctrl+click or drag a frame to select · wheel zooms · middle button or "
              "Space+drag pans · arrows nudge");
}

QString CanvasView::zoomText(qreal zoom)
{
    const qreal percent = zoom * 100;
    if (percent >= 9.95)
        return tr("%1 %").arg(qRound(percent));
    if (percent >= 0.05)
        return tr("%1 %").arg(percent, 0, 'f', 1);
    return tr("< 0.1 %");
}

void CanvasView::zoomBy(qreal factor)
{
    zoomAbout(factor, QRectF(viewport()->rect()).center());
}

void CanvasView::zoomAbout(qreal factor, QPointF viewportPoint)
{
    const qreal target = std::clamp(zoom() * factor, minimumZoom, maximumZoom);
    const qreal applied = target / zoom();
    if (qFuzzyCompare(applied, 1.0))
        return;
    const QPointF anchor = mapToScene(viewportPoint.toPoint());
    const ViewportAnchor previous = transformationAnchor();
    setTransformationAnchor(NoAnchor);
    scale(applied, applied);
    setTransformationAnchor(previous);
    const QPointF drift = mapToScene(viewportPoint.toPoint()) - anchor;
    centerOn(visibleCentre() - drift);
    coverVisibleArea();
    emit visibleAreaChanged();
}

void CanvasView::coverVisibleArea()
{
    const QRectF visible = visibleSceneRect();
    // With room around it, as the scene leaves around its items: what lies just outside the
    // items (a region's frame, which is wider than its members) must stay reachable.
    if (scene() && !scene()->sceneRect().contains(visible))
        scene()->setSceneRect(scene()->sceneRect().united(visible.adjusted(-400, -300, 400, 300)));
}

void CanvasView::fitDesign()
{
    if (!scene())
        return;
    const TopologyScene *topology = topologyScene();
    const QRectF items = topology ? topology->unsortedItemsBoundingRect()
                                  : scene()->itemsBoundingRect();
    if (items.isNull()) {
        // An empty design (File > New) at 100 %: fitting nothing zoomed to the 150 % limit, so
        // the first nodes came out oversized.
        zoomBy(1.0 / zoom());
        centerOn(QPointF(0, 0));
        emit visibleAreaChanged();
        return;
    }
    const QRectF bounds = items.adjusted(-40, -40, 40, 40);
    fitInView(bounds, Qt::KeepAspectRatio);
    if (zoom() > 1.5)
        zoomBy(1.5 / zoom());
    emit visibleAreaChanged();
}

void CanvasView::zoomToSelection()
{
    if (!scene())
        return;
    QRectF bounds;
    for (const QGraphicsItem *item : scene()->selectedItems())
        bounds = bounds.united(item->sceneBoundingRect());
    if (bounds.isNull())
        return;
    fitInView(bounds.adjusted(-80, -80, 80, 80), Qt::KeepAspectRatio);
    if (zoom() > 1.5)
        zoomBy(1.5 / zoom());
    emit visibleAreaChanged();
}

void CanvasView::bringIntoView(const QRectF &sceneRect)
{
    if (sceneRect.isNull())
        return;
    const QRectF visible = visibleSceneRect();
    if (sceneRect.width() > visible.width() * 0.9 || sceneRect.height() > visible.height() * 0.9)
        fitInView(sceneRect.adjusted(-80, -80, 80, 80), Qt::KeepAspectRatio);
    else
        centerOn(sceneRect.center());
    emit visibleAreaChanged();
}

std::optional<QPointF> CanvasView::mouseScenePos() const
{
    if (!m_mouse || !viewport()->rect().contains(*m_mouse))
        return std::nullopt;
    return mapToScene(*m_mouse);
}

bool CanvasView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::Leave)
        m_mouse.reset();
    return QGraphicsView::viewportEvent(event);
}

QRectF CanvasView::visibleSceneRect() const
{
    return mapToScene(viewport()->rect()).boundingRect();
}

void CanvasView::wheelEvent(QWheelEvent *event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    zoomAbout(std::pow(1.0015, delta), event->position());
    event->accept();
}

void CanvasView::setSpacePanning(bool on)
{
    m_spaceHeld = on;
    if (on)
        viewport()->setCursor(Qt::OpenHandCursor);
    else if (!m_panning)
        viewport()->unsetCursor();
}

void CanvasView::mousePressEvent(QMouseEvent *event)
{
    m_mouse = event->position().toPoint();
    coverVisibleArea(); // before a drag starts: the view must not move under it
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld)) {
        m_panning = true;
        m_panStart = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void CanvasView::mouseMoveEvent(QMouseEvent *event)
{
    m_mouse = event->position().toPoint();
    if (m_panning) {
        const QPoint delta = event->position().toPoint() - m_panStart;
        m_panStart = event->position().toPoint();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void CanvasView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning && (event->button() == Qt::MiddleButton || event->button() == Qt::LeftButton)) {
        m_panning = false;
        if (m_spaceHeld)
            viewport()->setCursor(Qt::OpenHandCursor);
        else
            viewport()->unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void CanvasView::keyPressEvent(QKeyEvent *event)
{
    TopologyScene *topology = topologyScene();
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        setSpacePanning(true);
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Escape && topology) {
        if (topology->connectGesture()->isActive())
            topology->connectGesture()->cancel();
        else if (topology->isConnectMode())
            topology->setConnectMode(false);
        else
            topology->clearSelection();
        event->accept();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && event->modifiers() == Qt::NoModifier && topology
        && !topology->selectedItems().isEmpty()) {
        emit editSelectionRequested();
        event->accept();
        return;
    }
    QPointF direction;
    switch (event->key()) {
    case Qt::Key_Left:
        direction = QPointF(-1, 0);
        break;
    case Qt::Key_Right:
        direction = QPointF(1, 0);
        break;
    case Qt::Key_Up:
        direction = QPointF(0, -1);
        break;
    case Qt::Key_Down:
        direction = QPointF(0, 1);
        break;
    default:
        QGraphicsView::keyPressEvent(event);
        return;
    }
    const qreal step = (event->modifiers() & Qt::ShiftModifier) ? 1 : canvasGridSize;
    if (topology && nudgeSelection(topology, direction * step))
        event->accept();
    else
        QGraphicsView::keyPressEvent(event);
}

bool CanvasView::focusNextPrevChild(bool next)
{
    TopologyScene *topology = topologyScene();
    if (topology && hasFocus()) {
        const QStringList selected = topology->selectedIds();
        const QString target = nextInTabOrder(canvasTabOrder(*topology),
                                              selected.size() == 1 ? selected.first() : QString(),
                                              next);
        const QGraphicsItem *item = topology->nodeItem(target);
        if (!item)
            item = topology->linkItem(target);
        if (item) {
            topology->selectOnly({target});
            bringIntoView(item->sceneBoundingRect());
            return true;
        }
    }
    return QGraphicsView::focusNextPrevChild(next);
}

void CanvasView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        setSpacePanning(false);
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void CanvasView::focusOutEvent(QFocusEvent *event)
{
    if (m_spaceHeld)
        setSpacePanning(false);
    QGraphicsView::focusOutEvent(event);
}

void CanvasView::dragEnterEvent(QDragEnterEvent *event)
{
    if ((nodeKindFromMimeData(event->mimeData()) || annotationKindFromMimeData(event->mimeData()))
        && topologyScene())
        event->acceptProposedAction();
    else
        event->ignore();
}

void CanvasView::dragMoveEvent(QDragMoveEvent *event)
{
    if ((nodeKindFromMimeData(event->mimeData()) || annotationKindFromMimeData(event->mimeData()))
        && topologyScene())
        event->acceptProposedAction();
    else
        event->ignore();
}

void CanvasView::dropEvent(QDropEvent *event)
{
    const std::optional<NodeKind> kind = nodeKindFromMimeData(event->mimeData());
    TopologyScene *topology = topologyScene();
    if (const auto annotation = annotationKindFromMimeData(event->mimeData());
        annotation && topology) {
        addAnnotationAt(topology, *annotation, mapToScene(event->position().toPoint()));
        event->acceptProposedAction();
        emit topology->statusMessage(
            tr("Added %1.").arg(QString::fromUtf8(displayName(*annotation)).toLower()));
        setFocus();
        return;
    }
    if (!kind || !topology) {
        event->ignore();
        return;
    }
    const QString id = addNodeAt(topology, *kind, mapToScene(event->position().toPoint()));
    event->acceptProposedAction();
    emit topology->statusMessage(
        tr("Added %1 '%2'.").arg(QString::fromUtf8(displayName(*kind)).toLower(), id));
    setFocus();
}

void CanvasView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    emit visibleAreaChanged();
}

void CanvasView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    coverVisibleArea();
    emit visibleAreaChanged();
}

void CanvasView::paintEvent(QPaintEvent *event)
{
    // A large design seen from afar is drawn whole in one pass (farpainter.h); a repaint of part
    // of the view, what changed, is Qt's, which finds the items there in its index. Where items
    // moved or went, Qt does not know what this pass drew: the whole view is drawn again.
    const TopologyScene *topology = SceneFromAfar::sceneToDraw(*this, *event);
    if (!topology) {
        QGraphicsView::paintEvent(event);
        return;
    }
    if (m_sceneDrawnFromAfar != topology) {
        m_sceneDrawnFromAfar = topology;
        connect(topology, &TopologyScene::itemGeometryChanged, this, [this] {
            const TopologyScene *scene = topologyScene();
            if (scene && scene == m_sceneDrawnFromAfar && drawsFromAfar(transform(), *scene))
                viewport()->update();
        });
    }
    m_fromAfar.paintView(*this, *topology, [this](QPainter &painter, const QRectF &visible) {
        drawForeground(&painter, visible);
        if (const QRect band = rubberBandRect(); !band.isEmpty()) {
            painter.resetTransform();
            QStyleOptionRubberBand option;
            option.initFrom(viewport());
            option.rect = band;
            option.shape = QRubberBand::Rectangle;
            style()->drawControl(QStyle::CE_RubberBand, &option, &painter, viewport());
        }
    });
}

void CanvasView::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, palette().color(QPalette::Base));
    if (zoom() < 0.4)
        return;
    QColor dot = palette().color(QPalette::Text);
    dot.setAlpha(45);
    painter->setPen(QPen(dot, 0));
    const qreal left = std::floor(rect.left() / canvasGridSize) * canvasGridSize;
    const qreal top = std::floor(rect.top() / canvasGridSize) * canvasGridSize;
    QVector<QPointF> points;
    for (qreal x = left; x < rect.right(); x += canvasGridSize) {
        for (qreal y = top; y < rect.bottom(); y += canvasGridSize)
            points.append(QPointF(x, y));
    }
    painter->drawPoints(points.data(), int(points.size()));
}

} // namespace Er
