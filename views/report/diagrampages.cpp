#include "views/report/diagrampages.h"

#include "views/report/diagramlegend.h"
#include "views/report/diagramscene.h"
#include "views/report/pageframe.h"
#include "views/report/reportsections.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>

#include <cmath>

namespace Er {

namespace {

constexpr qreal headingHeight = 30;
constexpr qreal captionHeight = 20;
constexpr qreal tileOverlap = 40; // scene units shared with each neighbour

QFont pageFont(qreal points, bool bold)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(points);
    font.setWeight(bold ? QFont::DemiBold : QFont::Normal);
    return font;
}

// The drawing area of a diagram page, below the heading and caption (and above the key).
QRectF drawingArea(const QRectF &content, bool withLegend)
{
    const qreal legend = withLegend ? diagramLegendHeight() + 8 : 0;
    return content.adjusted(0, headingHeight + captionHeight, 0, -legend);
}

void paintHeading(QPainter *painter,
                  const QRectF &content,
                  const QString &heading,
                  const QString &caption)
{
    painter->save();
    painter->setPen(QColor(0x0b, 0x3d, 0x6e));
    painter->setFont(pageFont(17, true));
    painter->drawText(QRectF(content.left(), content.top(), content.width(), headingHeight),
                      Qt::AlignLeft | Qt::AlignTop, heading);
    painter->setPen(QColor(0x5e, 0x6a, 0x75));
    painter->setFont(pageFont(8.5, false));
    painter->drawText(QRectF(content.left(), content.top() + headingHeight, content.width(),
                             captionHeight),
                      Qt::AlignLeft | Qt::AlignTop, caption);
    painter->restore();
}

void paintFrame(QPainter *painter, const QRectF &rect)
{
    painter->save();
    painter->setPen(QPen(QColor(0xd0, 0xd8, 0xe0), 0.75));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(rect);
    painter->restore();
}

// Where `source` lands when fitted into `area` with the aspect ratio kept (as render() does).
QTransform fitTransform(const QRectF &source, const QRectF &area)
{
    const qreal scale = std::min(area.width() / source.width(), area.height() / source.height());
    const QSizeF drawn = source.size() * scale;
    const QPointF origin(area.left() + (area.width() - drawn.width()) / 2,
                         area.top() + (area.height() - drawn.height()) / 2);
    QTransform transform;
    transform.translate(origin.x(), origin.y());
    transform.scale(scale, scale);
    transform.translate(-source.left(), -source.top());
    return transform;
}

void paintTileGrid(QPainter *painter, const QTransform &toPage, const DiagramPlan &plan)
{
    painter->save();
    QPen pen(QColor(0x00, 0x78, 0xd4), 1.0, Qt::DashLine);
    painter->setPen(pen);
    painter->setFont(pageFont(10, true));
    for (std::size_t i = 0; i < plan.tiles.size(); ++i) {
        const DiagramTile &tile = plan.tiles[i];
        const QRectF core = tile.source.adjusted(tileOverlap, tileOverlap, -tileOverlap,
                                                 -tileOverlap);
        const QRectF onPage = toPage.mapRect(core);
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(onPage);
        painter->drawText(onPage.adjusted(4, 2, -4, -2), Qt::AlignLeft | Qt::AlignTop,
                          QString::number(i + 1));
    }
    painter->restore();
}

} // namespace

DiagramPlan planDiagram(const QRectF &diagramRect)
{
    DiagramPlan plan;
    plan.landscape = diagramRect.width() >= diagramRect.height();
    const QRectF content = PageGeometry::contentRect(PageGeometry::a4(plan.landscape));
    const QRectF overview = drawingArea(content, true);
    const qreal fitScale = std::min(overview.width() / diagramRect.width(),
                                    overview.height() / diagramRect.height());
    if (fitScale >= readableDiagramScale)
        return plan;

    const QRectF tileArea = drawingArea(content, false);
    qreal scale = 0.75;
    int columns = 1;
    int rows = 1;
    for (;;) {
        const qreal usableWidth = tileArea.width() / scale - 2 * tileOverlap;
        const qreal usableHeight = tileArea.height() / scale - 2 * tileOverlap;
        columns = std::max(1, int(std::ceil(diagramRect.width() / std::max(usableWidth, 1.0))));
        rows = std::max(1, int(std::ceil(diagramRect.height() / std::max(usableHeight, 1.0))));
        if (columns * rows <= maxDiagramTiles || scale <= fitScale)
            break;
        scale *= 0.9;
    }
    plan.columns = columns;
    plan.rows = rows;
    const qreal width = diagramRect.width() / columns;
    const qreal height = diagramRect.height() / rows;
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < columns; ++column) {
            const QRectF core(diagramRect.left() + column * width, diagramRect.top() + row * height,
                              width, height);
            plan.tiles.push_back(
                {core.adjusted(-tileOverlap, -tileOverlap, tileOverlap, tileOverlap), row, column});
        }
    }
    return plan;
}

void paintDiagramOverview(QPainter *painter,
                          const QRectF &content,
                          const DiagramScene &diagram,
                          const DiagramPlan &plan)
{
    const QString caption
        = plan.tiles.empty()
              ? QStringLiteral("The whole design. Coloured rings mark elements with findings "
                               "(section 4): red an error, amber a warning, blue advice.")
              : QStringLiteral("Overview of the whole design; the %1 numbered parts follow at a "
                               "readable scale. Rings mark elements with findings (section 4).")
                    .arg(plan.tiles.size());
    paintHeading(painter, content, sectionHeading(ReportSection::Diagram), caption);
    const QRectF area = drawingArea(content, true);
    const QRectF source = diagram.diagramRect();
    diagram.render(painter, area, source);
    paintFrame(painter, fitTransform(source, area).mapRect(source));
    if (!plan.tiles.empty())
        paintTileGrid(painter, fitTransform(source, area), plan);
    paintDiagramLegend(painter, QRectF(content.left(), area.bottom() + 8, content.width(),
                                       diagramLegendHeight()));
}

void paintDiagramTile(QPainter *painter,
                      const QRectF &content,
                      const DiagramScene &diagram,
                      const DiagramPlan &plan,
                      int tileIndex)
{
    const DiagramTile &tile = plan.tiles.at(std::size_t(tileIndex));
    paintHeading(painter, content,
                 QStringLiteral("%1, part %2 of %3")
                     .arg(sectionHeading(ReportSection::Diagram))
                     .arg(tileIndex + 1)
                     .arg(plan.tiles.size()),
                 QStringLiteral("Row %1, column %2 of the overview's grid of %3 × %4.")
                     .arg(tile.row + 1)
                     .arg(tile.column + 1)
                     .arg(plan.rows)
                     .arg(plan.columns));
    const QRectF area = drawingArea(content, false);
    diagram.render(painter, area, tile.source);
    paintFrame(painter, fitTransform(tile.source, area).mapRect(tile.source));
}

} // namespace Er
