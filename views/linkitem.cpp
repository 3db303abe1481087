#include "linkitem.h"

#include "nodeitem.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPainterPathStroker>
#include <QPalette>
#include <QStyleOptionGraphicsItem>

namespace Er {

namespace {

QColor kindColor(LinkKind kind)
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

} // namespace

LinkItem::LinkItem(const QString &id, LinkKind kind, NodeItem *from, NodeItem *to)
    : m_id(id)
    , m_kind(kind)
    , m_from(from)
    , m_to(to)
{
    setFlags(ItemIsSelectable);
    setZValue(0);
    from->addLink(this);
    to->addLink(this);
    adjust();
}

void LinkItem::setStyle(const QString &role, const QString &label)
{
    m_role = role;
    prepareGeometryChange();
    m_label = label;
    update();
}

void LinkItem::setHighlighted(bool highlighted)
{
    if (highlighted == m_highlighted)
        return;
    m_highlighted = highlighted;
    update();
}

void LinkItem::adjust()
{
    prepareGeometryChange();
    m_line = QLineF(m_from->scenePos(), m_to->scenePos());
}

QPen LinkItem::pen() const
{
    QPen pen(kindColor(m_kind), m_highlighted ? 4.0 : 2.0);
    pen.setCapStyle(Qt::RoundCap);
    if (m_role == QLatin1String("secondary") || m_kind == LinkKind::GlobalReach)
        pen.setStyle(Qt::DashLine);
    else if (m_kind == LinkKind::Vpn)
        pen.setStyle(Qt::DotLine);
    return pen;
}

QRectF LinkItem::boundingRect() const
{
    const QRectF line = QRectF(m_line.p1(), m_line.p2()).normalized().adjusted(-6, -6, 6, 6);
    if (m_label.isEmpty())
        return line;
    const QPointF middle = m_line.center();
    return line.united(QRectF(middle.x() - 80, middle.y() - 20, 160, 22));
}

QPainterPath LinkItem::shape() const
{
    QPainterPath path(m_line.p1());
    path.lineTo(m_line.p2());
    QPainterPathStroker stroker;
    stroker.setWidth(10);
    return stroker.createStroke(path);
}

void LinkItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    Q_UNUSED(widget)
    QPen linePen = pen();
    if (option->state & QStyle::State_Selected) {
        linePen.setWidthF(linePen.widthF() + 2);
        linePen.setColor(QGuiApplication::palette().color(QPalette::Highlight));
    }
    painter->setPen(linePen);
    painter->drawLine(m_line);

    if (m_label.isEmpty()
        || option->levelOfDetailFromTransform(painter->worldTransform()) < 0.6) {
        return;
    }
    QFont font = QGuiApplication::font();
    font.setPointSizeF(7.5);
    painter->setFont(font);
    painter->setPen(QGuiApplication::palette().color(QPalette::PlaceholderText));
    const QPointF middle = m_line.center();
    painter->drawText(QRectF(middle.x() - 80, middle.y() - 18, 160, 16), Qt::AlignCenter, m_label);
}

} // namespace Er
