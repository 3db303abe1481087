#pragma once

#include "views/farpainter.h"

#include <QGraphicsView>
#include <QPointer>

#include <optional>

namespace Er {

class TopologyScene;

// The canvas view: antialiased; the wheel zooms about the mouse (so do Ctrl+plus/minus about the
// centre); the middle button or Space+drag pans; nodes dragged from the palette are dropped here;
// the arrow keys nudge the selection (Shift: by one unit instead of one grid step); Esc leaves
// connect mode. Keyboard-only use: Tab and Shift+Tab select the next and previous element
// (canvasaccess.h), leaving the canvas past the last; Enter asks to edit the selection.
class CanvasView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit CanvasView(QWidget *parent = nullptr);

    TopologyScene *topologyScene() const;
    qreal zoom() const { return transform().m11(); }
    // A zoom as the status bar shows it: "150 %", "4.2 %" below ten, "< 0.1 %" for a 10,000-site
    // design whole.
    static QString zoomText(qreal zoom);
    void zoomBy(qreal factor);
    // Zooms keeping the scene point under `viewportPoint` where it is.
    void zoomAbout(qreal factor, QPointF viewportPoint);
    // Shows the whole design, no further in than 150 %; an empty design at 100 %.
    void fitDesign();
    // Zooms to show the selected nodes and links (no further in than fitDesign goes).
    void zoomToSelection();
    // Shows `sceneRect` whole: zooms out when it does not fit, otherwise only centres on it.
    void bringIntoView(const QRectF &sceneRect);
    // The scene area the view shows.
    QRectF visibleSceneRect() const;
    QPointF visibleCentre() const { return visibleSceneRect().center(); }
    // Where the mouse is on the canvas, in scene coordinates; empty while it is elsewhere.
    std::optional<QPointF> mouseScenePos() const;

    // What the status bar says about using the canvas.
    static QString usageHint();

signals:
    // The visible area moved or was zoomed (the overview follows it).
    void visibleAreaChanged();
    // Enter on a selection: edit it (the window shows and focuses the inspector).
    void editSelectionRequested();

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    bool viewportEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;

private:
    void setSpacePanning(bool on);
    // Grows the scene to cover at least what the view shows. A scene smaller than the view is
    // centred in it, so each growth of the scene (a node dragged outwards on a small design)
    // would shift the view under the mouse and throw the node far off.
    void coverVisibleArea();

    bool m_panning = false;
    bool m_spaceHeld = false;
    QPoint m_panStart;
    std::optional<QPoint> m_mouse; // in the viewport, while the mouse is over it
    SceneFromAfar m_fromAfar;
    // The scene whose moved or removed items make this view draw it whole again from afar.
    QPointer<const TopologyScene> m_sceneDrawnFromAfar;
};

} // namespace Er
