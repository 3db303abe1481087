#pragma once

#include <QGraphicsView>

namespace Er {

// The canvas view: antialiased, zooms about the mouse with Ctrl+wheel or Ctrl+plus/minus, pans
// with the scroll bars or the middle button, fits the design.
class CanvasView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit CanvasView(QWidget *parent = nullptr);

    qreal zoom() const { return transform().m11(); }
    void zoomBy(qreal factor);
    void fitDesign();

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;

private:
    bool m_panning = false;
    QPoint m_panStart;
};

} // namespace Er
