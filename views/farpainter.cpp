#include "views/farpainter.h"

#include "views/annotationitem.h"
#include "views/connectgesture.h"
#include "views/detaillevels.h"
#include "views/linkitem.h"
#include "views/nodeitem.h"
#include "views/regionframeitem.h"
#include "views/topologyscene.h"

#include <QGraphicsLineItem>
#include <QGraphicsView>
#include <QPaintEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QWidget>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <utility>
#include <vector>

namespace Er {

namespace {

// One of the few items drawn by its own paint(), as the scene would: at its place, with its
// selected state, the whole item exposed.
void paintItem(QPainter *painter, QGraphicsItem *item, QWidget *widget)
{
    QStyleOptionGraphicsItem option;
    option.state = QStyle::State_None;
    if (item->isEnabled())
        option.state |= QStyle::State_Enabled;
    if (item->isSelected())
        option.state |= QStyle::State_Selected;
    option.exposedRect = item->boundingRect();
    option.rect = option.exposedRect.toAlignedRect();
    if (widget)
        option.palette = widget->palette();
    const QTransform view = painter->worldTransform();
    painter->save();
    painter->setWorldTransform(item->sceneTransform() * view);
    item->paint(painter, &option, widget);
    painter->restore();
}

void paintByStackingOrder(QPainter *painter,
                          std::vector<QGraphicsItem *> items,
                          const QRectF &visible,
                          QWidget *widget)
{
    std::stable_sort(items.begin(), items.end(), [](const QGraphicsItem *a, const QGraphicsItem *b) {
        return a->zValue() < b->zValue();
    });
    for (QGraphicsItem *item : items) {
        if (item->isVisible() && item->sceneBoundingRect().intersects(visible))
            paintItem(painter, item, widget);
    }
}

// The pixels of an ARGB32 premultiplied image, set one by one.
class Pixels
{
public:
    explicit Pixels(QImage &image)
        : m_bits(reinterpret_cast<std::uint32_t *>(image.bits()))
        , m_stride(image.bytesPerLine() / 4)
        , m_width(image.width())
        , m_height(image.height())
    {}

    QRectF area() const { return QRectF(0, 0, m_width - 1, m_height - 1); }

    // An aliased hairline (Bresenham) from a to b, both inside area(): one store and a few
    // additions a pixel, the step along the major axis kept as a pointer increment.
    void line(QPointF a, QPointF b, QRgb colour)
    {
        const int x0 = clampX(a.x()), y0 = clampY(a.y());
        const int x1 = clampX(b.x()), y1 = clampY(b.y());
        const int dx = std::abs(x1 - x0), dy = std::abs(y1 - y0);
        const std::ptrdiff_t stepX = x0 < x1 ? 1 : -1;
        const std::ptrdiff_t stepY = y0 < y1 ? m_stride : -m_stride;
        const bool xMajor = dx >= dy;
        const int major = xMajor ? dx : dy, minor = xMajor ? dy : dx;
        const std::ptrdiff_t majorStep = xMajor ? stepX : stepY, minorStep = xMajor ? stepY : stepX;
        std::uint32_t *pixel = m_bits + std::ptrdiff_t(y0) * m_stride + x0;
        int error = major / 2;
        if (qAlpha(colour) == 255) {
            for (int i = 0; i <= major; ++i) {
                *pixel = colour;
                pixel += majorStep;
                if ((error -= minor) < 0) {
                    pixel += minorStep;
                    error += major;
                }
            }
            return;
        }
        for (int i = 0; i <= major; ++i) {
            blend(*pixel, colour);
            pixel += majorStep;
            if ((error -= minor) < 0) {
                pixel += minorStep;
                error += major;
            }
        }
    }

    // The pixels of a node's block (blockPixels), within the image.
    void block(const QRectF &rect, QRgb colour)
    {
        const QRect covered = blockPixels(rect).intersected(QRect(0, 0, m_width, m_height));
        for (int y = covered.top(); y <= covered.bottom(); ++y) {
            for (int x = covered.left(); x <= covered.right(); ++x)
                set(x, y, colour);
        }
    }

    // The nearest pixel, within the image (coordinates are never far below zero here).
    int clampX(qreal x) const { return std::clamp(int(std::floor(x + 0.5)), 0, m_width - 1); }
    int clampY(qreal y) const { return std::clamp(int(std::floor(y + 0.5)), 0, m_height - 1); }
    void set(int x, int y, QRgb colour)
    {
        std::uint32_t &pixel = m_bits[std::ptrdiff_t(y) * m_stride + x];
        if (qAlpha(colour) == 255)
            pixel = colour;
        else
            blend(pixel, colour);
    }
    // Source over destination, premultiplied: a translucent selection or finding colour.
    static void blend(std::uint32_t &pixel, QRgb colour)
    {
        const QRgb source = qPremultiply(colour);
        const std::uint32_t keep = 255 - qAlpha(colour);
        const auto channel = [&](int shift) {
            const std::uint32_t s = (source >> shift) & 0xff, d = (pixel >> shift) & 0xff;
            return ((s + d * keep / 255) & 0xff) << shift;
        };
        pixel = channel(24) | channel(16) | channel(8) | channel(0);
    }

    std::uint32_t *m_bits;
    qsizetype m_stride;
    int m_width;
    int m_height;
};

int itemsDrawnFromAfar = 50000;

} // namespace

QRect blockPixels(const QRectF &deviceRect)
{
    const int left = int(std::floor(deviceRect.left()));
    const int top = int(std::floor(deviceRect.top()));
    const int right = std::max(left + 1, int(std::ceil(deviceRect.right())));
    const int bottom = std::max(top + 1, int(std::ceil(deviceRect.bottom())));
    return QRect(left, top, right - left, bottom - top);
}

bool seesFromAfar(const QTransform &viewTransform)
{
    return QStyleOptionGraphicsItem::levelOfDetailFromTransform(viewTransform) < farDetailLevel;
}

bool drawsFromAfar(const QTransform &viewTransform, const TopologyScene &scene)
{
    return scene.nodeItemCount() + scene.linkItemCount() >= itemsDrawnFromAfar
           && seesFromAfar(viewTransform);
}

int setItemsDrawnFromAfarForTesting(int items)
{
    return std::exchange(itemsDrawnFromAfar, items);
}

const TopologyScene *SceneFromAfar::sceneToDraw(const QGraphicsView &view, const QPaintEvent &event)
{
    const auto *topology = qobject_cast<const TopologyScene *>(view.scene());
    if (!topology || !drawsFromAfar(view.transform(), *topology)
        || !event.rect().contains(view.viewport()->rect()))
        return nullptr;
    return topology;
}

void SceneFromAfar::paintView(
    QGraphicsView &view,
    const TopologyScene &scene,
    const std::function<void(QPainter &painter, const QRectF &visible)> &overDesign)
{
    QPainter painter(view.viewport());
    painter.setRenderHints(view.renderHints());
    paint(&painter, scene, view.viewportTransform(), view.palette().color(QPalette::Base),
          view.viewport());
    painter.setWorldTransform(view.viewportTransform());
    overDesign(painter, view.mapToScene(view.viewport()->rect()).boundingRect());
}

void SceneFromAfar::paint(QPainter *painter,
                          const TopologyScene &scene,
                          const QTransform &viewportTransform,
                          const QColor &background,
                          QWidget *widget)
{
    const qreal ratio = widget->devicePixelRatioF();
    const QSize size = widget->size() * ratio;
    if (m_layer.size() != size)
        m_layer = QImage(size, QImage::Format_ARGB32_Premultiplied);
    m_layer.setDevicePixelRatio(ratio);
    const QRectF visible = viewportTransform.inverted().mapRect(QRectF(widget->rect()));

    // The scene's stacking order: region frames (z -1) under links (0) under nodes (1) under the
    // notes and the rubber line of a link being drawn.
    QPainter layer(&m_layer);
    layer.fillRect(QRect(QPoint(), widget->size()), background);
    layer.setRenderHints(painter->renderHints());
    layer.setWorldTransform(viewportTransform);
    std::vector<QGraphicsItem *> frames(scene.regionFrames().cbegin(), scene.regionFrames().cend());
    paintByStackingOrder(&layer, std::move(frames), visible, widget);
    layer.end();

    Pixels pixels(m_layer);
    const QTransform toPixels = viewportTransform * QTransform::fromScale(ratio, ratio);
    const QRectF area = pixels.area();
    for (const LinkItem *link : scene.linkItems()) {
        if (const std::optional<QLineF> inside = clippedLine(toPixels.map(link->line()), area))
            pixels.line(inside->p1(), inside->p2(), link->farColour().rgba());
    }
    const QRectF icon = NodeItem::iconRect();
    for (const NodeItem *node : scene.nodeItems()) {
        const QRectF block = toPixels.mapRect(icon.translated(node->scenePos()));
        if (block.intersects(area))
            pixels.block(block, node->farColour().rgba());
    }

    std::vector<QGraphicsItem *> above(scene.annotationItems().cbegin(),
                                       scene.annotationItems().cend());
    if (QGraphicsLineItem *rubberLine = scene.connectGesture()->lineItem())
        above.push_back(rubberLine);
    if (!above.empty()) {
        layer.begin(&m_layer);
        layer.setRenderHints(painter->renderHints());
        layer.setWorldTransform(viewportTransform);
        paintByStackingOrder(&layer, std::move(above), visible, widget);
        layer.end();
    }
    painter->drawImage(QPointF(0, 0), m_layer);
}

} // namespace Er
