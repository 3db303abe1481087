#include "views/actionicons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace Er {

namespace {

const QColor accent(0x00, 0x78, 0xd4);

// Draws on a 24 x 24 grid.
void draw(QPainter &p, ActionIcon icon, const QColor &ink)
{
    QPen pen(ink, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    switch (icon) {
    case ActionIcon::Cut:
        p.drawEllipse(QPointF(7, 18), 3, 3);
        p.drawEllipse(QPointF(17, 18), 3, 3);
        p.drawLine(QPointF(9, 15.5), QPointF(17, 4));
        p.drawLine(QPointF(15, 15.5), QPointF(7, 4));
        break;
    case ActionIcon::Copy:
        p.drawRoundedRect(QRectF(4, 4, 11, 13), 2, 2);
        p.setBrush(QColor(ink.red(), ink.green(), ink.blue(), 40));
        p.drawRoundedRect(QRectF(9, 8, 11, 13), 2, 2);
        break;
    case ActionIcon::Paste:
        p.drawRoundedRect(QRectF(5, 5, 14, 16), 2, 2);
        p.setBrush(ink);
        p.drawRoundedRect(QRectF(9, 3, 6, 4), 1, 1);
        p.setBrush(Qt::NoBrush);
        p.drawLine(QPointF(8.5, 12), QPointF(15.5, 12));
        p.drawLine(QPointF(8.5, 16), QPointF(13.5, 16));
        break;
    case ActionIcon::Delete:
        p.drawLine(QPointF(4, 6.5), QPointF(20, 6.5));
        p.drawLine(QPointF(9.5, 6.5), QPointF(10, 3.5));
        p.drawLine(QPointF(10, 3.5), QPointF(14, 3.5));
        p.drawLine(QPointF(14, 3.5), QPointF(14.5, 6.5));
        p.drawPolyline(
            QPolygonF({QPointF(6, 7), QPointF(7.5, 20.5), QPointF(16.5, 20.5), QPointF(18, 7)}));
        p.drawLine(QPointF(10.5, 10), QPointF(10.5, 17.5));
        p.drawLine(QPointF(13.5, 10), QPointF(13.5, 17.5));
        break;
    case ActionIcon::Connect:
        p.drawLine(QPointF(7, 17), QPointF(17, 7));
        p.setBrush(accent);
        p.setPen(QPen(accent, 1.6));
        p.drawEllipse(QPointF(6, 18), 3, 3);
        p.drawEllipse(QPointF(18, 6), 3, 3);
        break;
    case ActionIcon::SnapToGrid:
        p.setBrush(ink);
        p.setPen(Qt::NoPen);
        for (int x = 4; x <= 20; x += 8) {
            for (int y = 4; y <= 20; y += 8)
                p.drawEllipse(QPointF(x, y), 1.3, 1.3);
        }
        p.setBrush(accent);
        p.drawRoundedRect(QRectF(8.5, 8.5, 7, 7), 1.5, 1.5);
        break;
    case ActionIcon::AlignLeft:
        p.drawLine(QPointF(4, 3), QPointF(4, 21));
        p.setBrush(accent);
        p.setPen(Qt::NoPen);
        p.drawRoundedRect(QRectF(6, 6, 14, 4.5), 1, 1);
        p.drawRoundedRect(QRectF(6, 13.5, 9, 4.5), 1, 1);
        break;
    case ActionIcon::AlignTop:
        p.drawLine(QPointF(3, 4), QPointF(21, 4));
        p.setBrush(accent);
        p.setPen(Qt::NoPen);
        p.drawRoundedRect(QRectF(6, 6, 4.5, 14), 1, 1);
        p.drawRoundedRect(QRectF(13.5, 6, 4.5, 9), 1, 1);
        break;
    case ActionIcon::DistributeHorizontally:
        p.drawLine(QPointF(3, 3), QPointF(3, 21));
        p.drawLine(QPointF(21, 3), QPointF(21, 21));
        p.setBrush(accent);
        p.setPen(Qt::NoPen);
        p.drawRoundedRect(QRectF(6, 8, 4, 8), 1, 1);
        p.drawRoundedRect(QRectF(14, 8, 4, 8), 1, 1);
        break;
    case ActionIcon::DistributeVertically:
        p.drawLine(QPointF(3, 3), QPointF(21, 3));
        p.drawLine(QPointF(3, 21), QPointF(21, 21));
        p.setBrush(accent);
        p.setPen(Qt::NoPen);
        p.drawRoundedRect(QRectF(8, 6, 8, 4), 1, 1);
        p.drawRoundedRect(QRectF(8, 14, 8, 4), 1, 1);
        break;
    case ActionIcon::ZoomIn:
    case ActionIcon::ZoomOut:
        p.drawEllipse(QPointF(10, 10), 6, 6);
        p.setPen(QPen(ink, 2.4, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(14.5, 14.5), QPointF(20, 20));
        p.setPen(pen);
        p.drawLine(QPointF(7, 10), QPointF(13, 10));
        if (icon == ActionIcon::ZoomIn)
            p.drawLine(QPointF(10, 7), QPointF(10, 13));
        break;
    case ActionIcon::Fit:
        for (const QPointF &corner :
             {QPointF(4, 4), QPointF(20, 4), QPointF(4, 20), QPointF(20, 20)}) {
            const qreal dx = corner.x() < 12 ? 5 : -5;
            const qreal dy = corner.y() < 12 ? 5 : -5;
            p.drawPolyline(QPolygonF({corner + QPointF(0, dy), corner, corner + QPointF(dx, 0)}));
        }
        p.setBrush(accent);
        p.setPen(Qt::NoPen);
        p.drawRoundedRect(QRectF(8, 8, 8, 8), 1.5, 1.5);
        break;
    }
}

} // namespace

QIcon actionIcon(ActionIcon icon, const QColor &ink)
{
    QIcon result;
    for (const int scale : {1, 2, 3}) {
        QPixmap pixmap(24 * scale, 24 * scale);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.scale(scale, scale);
        draw(painter, icon, ink);
        painter.end();
        result.addPixmap(pixmap);
        QPixmap disabled(24 * scale, 24 * scale);
        disabled.fill(Qt::transparent);
        QPainter fadedPainter(&disabled);
        fadedPainter.setRenderHint(QPainter::Antialiasing);
        fadedPainter.scale(scale, scale);
        fadedPainter.setOpacity(0.35);
        draw(fadedPainter, icon, ink);
        fadedPainter.end();
        result.addPixmap(disabled, QIcon::Disabled);
    }
    return result;
}

} // namespace Er
