#include "overviewview.h"

#include "canvasview.h"

#include <QMouseEvent>
#include <QPainter>

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
    if (scene()) {
        connect(scene(), &QGraphicsScene::sceneRectChanged, this, &OverviewView::fitScene);
    }
    fitScene();
}

void OverviewView::fitScene()
{
    if (!scene())
        return;
    const QRectF bounds = scene()->itemsBoundingRect().adjusted(-60, -60, 60, 60);
    if (!bounds.isEmpty())
        fitInView(bounds, Qt::KeepAspectRatio);
    m_shownArea = visibleAreaRect();
    viewport()->update();
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
