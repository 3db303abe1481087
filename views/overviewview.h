#pragma once

#include "views/farpainter.h"

#include <QGraphicsView>
#include <QPointer>
#include <QTimer>

namespace Er {

class CanvasView;

// A small second view of the canvas's scene that shows the whole design, with the canvas's
// visible area as a rectangle; clicking or dragging in it moves the canvas there.
class OverviewView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit OverviewView(CanvasView *canvas, QWidget *parent = nullptr);

    // The canvas's visible area, in this view's viewport coordinates.
    QRectF visibleAreaInViewport() const;
    QSize sizeHint() const override { return QSize(240, 170); }

public slots:
    // Fits the whole design into the view now; scheduleFit does it once the event loop is back.
    void fitScene();
    void scheduleFit();
    void updateVisibleArea();

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    void centreCanvasAt(QPoint viewportPoint);
    QRect visibleAreaRect() const;

    QPointer<CanvasView> m_canvas;
    QTimer m_fitTimer;
    QRectF m_fittedExtent; // the design extent the view was last fitted to, at this size
    QSize m_fittedSize;
    QRectF designExtent() const;
    bool m_dragging = false;
    QRect m_shownArea; // where the visible-area frame was last drawn, in viewport coordinates
    SceneFromAfar m_fromAfar;
    QTimer m_redrawFromAfar; // draws the design again once moves and removals have paused
};

} // namespace Er
