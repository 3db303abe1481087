#include "views/report/diagramlegend.h"

#include "views/linkitem.h"
#include "views/nodeitem.h"

#include <QGraphicsScene>
#include <QPainter>

namespace Er {

namespace {

constexpr qreal sampleLength = 56;
constexpr qreal columnWidth = 215;
constexpr qreal rowHeight = 26;
constexpr int columnsPerRow = 4;

struct Sample
{
    LinkKind kind;
    const char *role;
    const char *label;
};

constexpr Sample samples[] = {
    {LinkKind::Lan, "", "LAN"},
    {LinkKind::Access, "", "Access (to provider)"},
    {LinkKind::CircuitPort, "primary", "Circuit port, primary"},
    {LinkKind::CircuitPort, "secondary", "Circuit port, secondary"},
    {LinkKind::Connection, "", "Connection to VNet"},
    {LinkKind::GlobalReach, "", "Global Reach"},
    {LinkKind::Vpn, "", "Site-to-site VPN"},
    {LinkKind::VnetPeering, "", "VNet peering"},
};

int rowCount()
{
    return (int(std::size(samples)) + columnsPerRow - 1) / columnsPerRow;
}

} // namespace

qreal diagramLegendHeight()
{
    return rowCount() * rowHeight + 4;
}

void paintDiagramLegend(QPainter *painter, const QRectF &area)
{
    QGraphicsScene scene;
    for (int i = 0; i < int(std::size(samples)); ++i) {
        const Sample &sample = samples[i];
        const QPointF start((i % columnsPerRow) * columnWidth,
                            (i / columnsPerRow) * rowHeight + rowHeight / 2);
        // Hidden ends: only the link's own line is drawn.
        auto *from = new NodeItem(QStringLiteral("from"), NodeKind::Site);
        auto *to = new NodeItem(QStringLiteral("to"), NodeKind::Site);
        from->setPos(start);
        to->setPos(start + QPointF(sampleLength, 0));
        from->setVisible(false);
        to->setVisible(false);
        scene.addItem(from);
        scene.addItem(to);
        auto *link = new LinkItem(QStringLiteral("sample"), sample.kind, from, to);
        link->setStyle(QString::fromLatin1(sample.role), QString());
        scene.addItem(link);
        auto *text = scene.addSimpleText(QString::fromLatin1(sample.label));
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSizeF(7.5);
        text->setFont(font);
        text->setBrush(QColor(0x33, 0x3d, 0x47));
        text->setPos(start + QPointF(sampleLength + 8, -text->boundingRect().height() / 2));
    }
    const QRectF source(-4, 0, columnsPerRow * columnWidth, rowCount() * rowHeight);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF target(area.topLeft(), QSizeF(std::min(area.width(), source.width()),
                                               std::min(area.height(), source.height())));
    scene.render(painter, target, source, Qt::KeepAspectRatio);
    painter->restore();
}

} // namespace Er
