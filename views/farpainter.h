#pragma once

#include <QImage>

#include <functional>

class QColor;
class QGraphicsView;
class QPaintEvent;
class QPainter;
class QRect;
class QRectF;
class QTransform;
class QWidget;

namespace Er {

class TopologyScene;

// Whether a view with this transform sees the scene from far away (detaillevels.h): every node a
// block, every link a hairline, no labels.
bool seesFromAfar(const QTransform &viewTransform);

// Whether a view with this transform draws the whole of `scene` itself from far away
// (SceneFromAfar): only a large design, from some 2,500 sites on, where Qt's pass over every
// item made opening and moving about slow (0.3-0.6 s a frame at 10,000 sites). A repaint of part
// of the view stays Qt's; where items move or go the view draws the whole again (Qt keeps where
// it drew an item only in its own pass), which would cost an edit's frame its 16 ms at 1,000
// sites.
bool drawsFromAfar(const QTransform &viewTransform, const TopologyScene &scene);
// The device pixels a node's block covers from afar, [floor, ceil) of `deviceRect`, at least
// one: the far pass and a node item drawing itself from afar set the same ones.
QRect blockPixels(const QRectF &deviceRect);

// From how many node and link items on a design is drawn from afar; tests lower it. Returns the
// number it replaces.
int setItemsDrawnFromAfarForTesting(int items);

// Draws a view of the scene from far away, as its items would draw themselves from there, in one
// pass: Qt's own pass sets up each of the 200,000 items of a 10,000-site design in turn (0.3 s,
// twice that the first time), and its hairlines cost some 25 ns a pixel, one call per pixel. Here
// the region frames, notes and a link being drawn paint themselves; the links and nodes are set
// straight into an image of the view, which is then drawn at once.
class SceneFromAfar
{
public:
    // The scene `view` draws whole from afar for this paint event; none where the paint is Qt's
    // (a small design, seen from nearby, or a repaint of only part of the view).
    static const TopologyScene *sceneToDraw(const QGraphicsView &view, const QPaintEvent &event);
    // Paints the whole of `view`'s viewport: the design from afar, then `overDesign` (the view's
    // drawForeground and what else it draws on top) with the painter in scene coordinates and
    // the scene area the view shows.
    void paintView(QGraphicsView &view,
                   const TopologyScene &scene,
                   const std::function<void(QPainter &painter, const QRectF &visible)> &overDesign);

    // Paints the whole viewport: `painter` is on it, untransformed; `viewportTransform` maps
    // the scene to it; the background is a plain `background` (a view's grid is not drawn from
    // afar). `widget` is the viewport.
    void paint(QPainter *painter,
               const TopologyScene &scene,
               const QTransform &viewportTransform,
               const QColor &background,
               QWidget *widget);

private:
    QImage m_layer; // the view's pixels, kept from one paint to the next
};

} // namespace Er
