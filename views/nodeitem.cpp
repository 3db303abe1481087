#include "nodeitem.h"

#include "linkitem.h"
#include "nodeicons.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QPalette>
#include <QStyleOptionGraphicsItem>
#include <QSvgRenderer>

#include <algorithm>

namespace Er {

namespace {

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

QFont labelFont()
{
    QFont font = QGuiApplication::font();
    font.setPointSizeF(9);
    return font;
}

} // namespace

NodeItem::NodeItem(const QString &id, NodeKind kind)
    : m_id(id)
    , m_kind(kind)
    , m_label(id)
{
    setFlags(ItemIsSelectable | ItemSendsScenePositionChanges);
    setAcceptHoverEvents(true);
    setZValue(1);
}

void NodeItem::setLabel(const QString &label, const QString &detail)
{
    if (label == m_label && detail == m_detail)
        return;
    prepareGeometryChange();
    m_label = label;
    m_detail = detail;
}

void NodeItem::setFindingSeverity(std::optional<Severity> severity, const QString &toolTip)
{
    setToolTip(toolTip);
    if (severity == m_severity)
        return;
    m_severity = severity;
    update();
}

void NodeItem::removeLink(LinkItem *link)
{
    m_links.erase(std::remove(m_links.begin(), m_links.end(), link), m_links.end());
}

QRectF NodeItem::labelRect() const
{
    const QFontMetricsF metrics(labelFont());
    const qreal width = std::max({metrics.horizontalAdvance(m_label),
                                  metrics.horizontalAdvance(m_detail), iconSize})
                        + 8;
    const qreal height = metrics.height() * (m_detail.isEmpty() ? 1 : 2) + 2;
    return QRectF(-width / 2, iconSize / 2 + 2, width, height);
}

QRectF NodeItem::boundingRect() const
{
    const QRectF icon(-iconSize / 2 - 4, -iconSize / 2 - 4, iconSize + 8, iconSize + 8);
    return icon.united(labelRect()).adjusted(-1, -1, 1, 1);
}

QPainterPath NodeItem::shape() const
{
    QPainterPath path;
    path.addRect(QRectF(-iconSize / 2, -iconSize / 2, iconSize, iconSize));
    path.addRect(labelRect());
    return path;
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    Q_UNUSED(widget)
    const QRectF icon(-iconSize / 2, -iconSize / 2, iconSize, iconSize);
    const qreal detailLevel = option->levelOfDetailFromTransform(painter->worldTransform());
    const QPalette palette = QGuiApplication::palette();

    if (option->state & QStyle::State_Selected) {
        painter->setPen(QPen(palette.color(QPalette::Highlight), 2));
        painter->setBrush(palette.color(QPalette::Highlight).lighter(170));
        painter->drawRoundedRect(icon.adjusted(-4, -4, 4, 4), 6, 6);
    }
    if (m_severity) {
        painter->setPen(QPen(severityColor(*m_severity), 3));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(icon.adjusted(-3, -3, 3, 3), 6, 6);
    }

    if (detailLevel < 0.3) { // far away: a coloured block is enough
        painter->fillRect(icon, palette.color(QPalette::Mid));
        return;
    }
    nodeIconRenderer(m_kind)->render(painter, icon);

    if (detailLevel < 0.5)
        return;
    painter->setFont(labelFont());
    painter->setPen(palette.color(QPalette::Text));
    const QRectF text = labelRect();
    const QFontMetricsF metrics(labelFont());
    painter->drawText(QRectF(text.left(), text.top(), text.width(), metrics.height()),
                      Qt::AlignCenter, m_label);
    if (!m_detail.isEmpty()) {
        painter->setPen(palette.color(QPalette::PlaceholderText));
        painter->drawText(QRectF(text.left(), text.top() + metrics.height(), text.width(),
                                 metrics.height()),
                          Qt::AlignCenter, m_detail);
    }
}

QVariant NodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemScenePositionHasChanged) {
        for (LinkItem *link : m_links)
            link->adjust();
    }
    return QGraphicsItem::itemChange(change, value);
}

} // namespace Er
