#include "views/nodeicons.h"

#include <QCoreApplication>
#include <QHash>
#include <QPaintEngine>
#include <QPainter>
#include <QPixmap>
#include <QPointer>
#include <QSvgRenderer>

#include <cmath>

namespace Er {

QString nodeIconPath(NodeKind kind)
{
    return QStringLiteral(":/icons/%1.svg").arg(QString::fromUtf8(toString(kind)));
}

QIcon nodeIcon(NodeKind kind)
{
    return QIcon(nodeIconPath(kind));
}

QSvgRenderer *nodeIconRenderer(NodeKind kind)
{
    // Owned by the application object, so they go when it goes (and are made again for a new one).
    static QHash<int, QPointer<QSvgRenderer>> renderers;
    QPointer<QSvgRenderer> &renderer = renderers[static_cast<int>(kind)];
    if (!renderer)
        renderer = new QSvgRenderer(nodeIconPath(kind), QCoreApplication::instance());
    return renderer;
}

void paintNodeIcon(QPainter *painter, NodeKind kind, const QRectF &target)
{
    constexpr int sizeStep = 16;
    constexpr int largestCached = 512;
    const qreal scale = std::hypot(painter->worldTransform().m11(), painter->worldTransform().m12());
    const int devicePixels = int(std::ceil(target.width() * scale / sizeStep)) * sizeStep;
    // PDF and SVG output (the report, Export Diagram) keep the icons as vectors.
    const QPaintEngine *engine = painter->paintEngine();
    const bool vectorOutput = engine
                              && (engine->type() == QPaintEngine::Pdf
                                  || engine->type() == QPaintEngine::SVG
                                  || engine->type() == QPaintEngine::Picture);
    if (devicePixels > largestCached || vectorOutput) {
        nodeIconRenderer(kind)->render(painter, target);
        return;
    }
    static QHash<int, QPixmap> pixmaps; // kind * 1000 + size: a few dozen small pixmaps at most
    const int key = static_cast<int>(kind) * 1000 + devicePixels;
    auto found = pixmaps.find(key);
    if (found == pixmaps.end()) {
        QPixmap pixmap(devicePixels, devicePixels);
        pixmap.fill(Qt::transparent);
        QPainter iconPainter(&pixmap);
        iconPainter.setRenderHint(QPainter::Antialiasing);
        nodeIconRenderer(kind)->render(&iconPainter, QRectF(0, 0, devicePixels, devicePixels));
        iconPainter.end();
        found = pixmaps.insert(key, pixmap);
    }
    painter->drawPixmap(target, found.value(), QRectF(found.value().rect()));
}

QIcon applicationIcon()
{
    return QIcon(QStringLiteral(":/icons/app.svg"));
}

} // namespace Er
