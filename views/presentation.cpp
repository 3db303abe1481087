#include "presentation.h"

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

QIcon severityIcon(Severity severity)
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

QString printColor(const QColor &screen)
{
    return screen.darker(125).name();
}

} // namespace Er
