#include "views/presentation.h"

#include <QPainter>
#include <QPixmap>

namespace Er {

QColor severityColor(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QColor(0xd1, 0x34, 0x38);
    case Severity::Warning:
        return QColor(0xe0, 0x8a, 0x00);
    case Severity::Info:
        return QColor(0x2b, 0x88, 0xd8);
    }
    return Qt::gray;
}

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("Error");
    case Severity::Warning:
        return QStringLiteral("Warning");
    case Severity::Info:
        return QStringLiteral("Info");
    }
    return QString();
}

namespace {

QIcon drawSeverityIcon(Severity severity)
{
    QIcon icon;
    for (int size : {16, 32, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(severityColor(severity));
        const qreal m = size * 0.1;
        const QRectF box(m, m, size - 2 * m, size - 2 * m);
        if (severity == Severity::Warning) {
            const QPointF triangle[] = {{box.center().x(), box.top()},
                                        {box.right(), box.bottom()},
                                        {box.left(), box.bottom()}};
            painter.drawPolygon(triangle, 3);
        } else {
            painter.drawEllipse(box);
        }
        painter.setPen(QPen(Qt::white, size * 0.11, Qt::SolidLine, Qt::RoundCap));
        const qreal cx = box.center().x();
        if (severity == Severity::Info) {
            painter.drawLine(QPointF(cx, box.top() + size * 0.42),
                             QPointF(cx, box.bottom() - size * 0.2));
            painter.drawPoint(QPointF(cx, box.top() + size * 0.24));
        } else {
            const qreal top = box.top() + size * (severity == Severity::Warning ? 0.3 : 0.2);
            painter.drawLine(QPointF(cx, top), QPointF(cx, box.bottom() - size * 0.34));
            painter.drawPoint(QPointF(cx, box.bottom() - size * 0.17));
        }
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

// Drawn once for each severity (three sizes each): the findings list shows one per row and is
// rebuilt with every check of the design.
QIcon severityIcon(Severity severity)
{
    static const QIcon *const icons = new QIcon[3]{drawSeverityIcon(Severity::Error),
                                                   drawSeverityIcon(Severity::Warning),
                                                   drawSeverityIcon(Severity::Info)};
    switch (severity) {
    case Severity::Error:
        return icons[0];
    case Severity::Warning:
        return icons[1];
    case Severity::Info:
        return icons[2];
    }
    return icons[2];
}

QColor goodColor()
{
    return QColor(0x1e, 0x8e, 0x3e);
}

QColor resiliencyColor(Resiliency level)
{
    switch (level) {
    case Resiliency::None:
        return severityColor(Severity::Error);
    case Resiliency::VpnOnly:
    case Resiliency::Standard:
        return severityColor(Severity::Warning);
    case Resiliency::StandardWithVpnBackup:
        return QColor(0xb0, 0x8d, 0x00);
    case Resiliency::High:
    case Resiliency::Maximum:
        return goodColor();
    }
    return Qt::gray;
}

QColor nodeKindColor(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Site:
        return QColor(0x5a, 0x6b, 0x7d);
    case NodeKind::CustomerEdge:
        return QColor(0x2b, 0x6c, 0xb0);
    case NodeKind::ProviderEdge:
        return QColor(0x6b, 0x4c, 0xa8);
    case NodeKind::Circuit:
        return QColor(0xd9, 0x7a, 0x00);
    case NodeKind::AzureRegion:
        return QColor(0x00, 0x78, 0xd4);
    case NodeKind::VirtualNetwork:
        return QColor(0x2f, 0x9e, 0x44);
    }
    return Qt::gray;
}

QColor linkKindColor(LinkKind kind)
{
    switch (kind) {
    case LinkKind::Lan:
        return QColor(0x80, 0x80, 0x80);
    case LinkKind::Access:
        return QColor(0x2b, 0x6c, 0xb0);
    case LinkKind::CircuitPort:
        return QColor(0xd9, 0x7a, 0x00);
    case LinkKind::Connection:
        return QColor(0x2f, 0x9e, 0x44);
    case LinkKind::GlobalReach:
        return QColor(0x86, 0x45, 0xc4);
    case LinkKind::Vpn:
        return QColor(0xc9, 0x2a, 0x2a);
    case LinkKind::VnetPeering:
        return QColor(0x0f, 0x8b, 0x8d);
    }
    return Qt::gray;
}

QString printColor(const QColor &screen)
{
    return screen.darker(125).name();
}

} // namespace Er
