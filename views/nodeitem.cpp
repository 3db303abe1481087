#include "views/nodeitem.h"

#include "views/detaillevels.h"
#include "views/farpainter.h"
#include "views/findingmark.h"
#include "views/linkitem.h"
#include "views/nodeicons.h"
#include "views/presentation.h"
#include "views/textwidth.h"
#include "views/topologyscene.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QPalette>
#include <QStyleOptionGraphicsItem>
#include <QSvgRenderer>

#include <algorithm>

namespace Er {

namespace {

TextWidths &labelText()
{
    static TextWidths text(9);
    return text;
}

TextWidths &detailText()
{
    static TextWidths text(7.5);
    return text;
}

} // namespace

NodeItem::NodeItem(const QString &id, NodeKind kind)
    : NodeItem(id, kind, id, QString())
{}

NodeItem::NodeItem(const QString &id, NodeKind kind, const QString &label, const QString &detail)
    : m_id(id)
    , m_kind(kind)
{
    setFlags(ItemIsSelectable | ItemSendsScenePositionChanges);
    setAcceptHoverEvents(true);
    setZValue(1);
    setLabel(label, detail);
}

void NodeItem::setLabel(const QString &label, const QString &detail)
{
    if (label == m_label && detail == m_detail && !m_labelRect.isNull())
        return;
    prepareGeometryChange();
    m_label = label;
    m_detail = detail;
    m_labelRect = labelRect();
    m_labelWidth = std::max(labelText().width(label), iconSize / 2) + 6;
}

void NodeItem::setPlaceholder(bool placeholder)
{
    if (placeholder != m_placeholder) {
        prepareGeometryChange();
        m_placeholder = placeholder;
    }
}

void NodeItem::setFindingSeverity(std::optional<Severity> severity, const QString &toolTip)
{
    setFindingMark(*this, m_severity, severity, toolTip);
}

void NodeItem::removeLink(LinkItem *link)
{
    m_links.erase(std::remove(m_links.begin(), m_links.end(), link), m_links.end());
}

bool NodeItem::isOnConnector(QPointF itemPoint) const
{
    return QLineF(itemPoint, connectorCentre()).length() <= connectorRadius + 3;
}

QRectF NodeItem::labelRect() const
{
    const qreal width = std::max(
                            {labelText().width(m_label), detailText().width(m_detail), iconSize})
                        + 8;
    const qreal height = labelText().height() + (m_detail.isEmpty() ? 0 : detailText().height())
                         + 2;
    return QRectF(-width / 2, iconSize / 2 + 3, width, height);
}

QRectF NodeItem::boundingRect() const
{
    const qreal right = connectorCentre().x() + connectorRadius + 2;
    const QRectF icon(-iconSize / 2 - 5, -iconSize / 2 - 5, iconSize / 2 + 5 + right, iconSize + 10);
    QRectF bounds = icon.united(m_labelRect);
    if (m_placeholder) // the dashed outline and the tag above it
        bounds = bounds.united(QRectF(-iconSize, -iconSize / 2 - 8 - detailText().height(),
                                      2 * iconSize, iconSize + 16 + detailText().height()));
    return bounds.adjusted(-1, -1, 1, 1);
}

QPainterPath NodeItem::shape() const
{
    QPainterPath path;
    path.addRect(QRectF(-iconSize / 2, -iconSize / 2, iconSize, iconSize));
    path.addRect(m_labelRect);
    path.addEllipse(connectorCentre(), connectorRadius + 3, connectorRadius + 3);
    return path;
}

QColor NodeItem::farColour() const
{
    return isSelected() ? QGuiApplication::palette().color(QPalette::Highlight)
           : m_severity ? severityColor(*m_severity)
                        : nodeKindColor(m_kind);
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    Q_UNUSED(widget)
    const QRectF icon = iconRect();
    const qreal detailLevel = option->levelOfDetailFromTransform(painter->worldTransform());
    const QPalette &palette = QGuiApplication::palette();
    const bool selected = option->state & QStyle::State_Selected;

    if (detailLevel < farDetailLevel) {
        // Far away: a coloured block, aliased, on the pixels a view drawing the whole design
        // from afar sets (farpainter.h).
        const QRect block = blockPixels(painter->worldTransform().mapRect(icon));
        painter->save();
        painter->resetTransform();
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->fillRect(block, farColour());
        painter->restore();
        return;
    }
    if (selected) {
        QColor fill = palette.color(QPalette::Highlight);
        fill.setAlpha(60);
        painter->setPen(QPen(palette.color(QPalette::Highlight), 2));
        painter->setBrush(fill);
        painter->drawRoundedRect(icon.adjusted(-5, -5, 5, 5), 7, 7);
    }
    if (m_severity) {
        painter->setPen(QPen(severityColor(*m_severity), 2.5));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(icon.adjusted(-3, -3, 3, 3), 6, 6);
    }
    paintNodeIcon(painter, m_kind, icon);
    if (m_placeholder) {
        QPen dashed(palette.color(QPalette::PlaceholderText), 1.5, Qt::DashLine);
        painter->setPen(dashed);
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(icon.adjusted(-7, -7, 7, 7), 8, 8);
        if (detailLevel >= 0.5) {
            painter->setFont(detailText().font());
            painter->drawText(QRectF(-iconSize, -iconSize / 2 - 7 - detailText().height(),
                                     2 * iconSize, detailText().height()),
                              Qt::AlignCenter,
                              QCoreApplication::translate("Er::NodeItem", "placeholder"));
        }
    }

    if (m_hovered && detailLevel >= 0.5) {
        painter->setPen(QPen(palette.color(QPalette::Base), 1.5));
        painter->setBrush(palette.color(QPalette::Highlight));
        painter->drawEllipse(connectorCentre(), connectorRadius, connectorRadius);
    }
    if (detailLevel < 0.5)
        return;
    const qreal labelHeight = labelText().height();
    // A soft backing keeps the label readable where links cross it.
    QColor backing = palette.color(QPalette::Base);
    backing.setAlpha(200);
    painter->setPen(Qt::NoPen);
    painter->setBrush(backing);
    painter->drawRoundedRect(QRectF(-m_labelWidth / 2, m_labelRect.top(), m_labelWidth, labelHeight),
                             3, 3);
    painter->setFont(labelText().font());
    painter->setPen(palette.color(QPalette::Text));
    painter->drawText(QRectF(m_labelRect.left(), m_labelRect.top(), m_labelRect.width(),
                             labelHeight),
                      Qt::AlignCenter, m_label);
    if (!m_detail.isEmpty() && detailLevel >= 0.6) {
        painter->setFont(detailText().font());
        painter->setPen(palette.color(QPalette::PlaceholderText));
        painter->drawText(QRectF(m_labelRect.left(), m_labelRect.top() + labelHeight,
                                 m_labelRect.width(), detailText().height()),
                          Qt::AlignCenter, m_detail);
    }
}

QVariant NodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemScenePositionHasChanged) {
        for (LinkItem *link : m_links)
            link->adjust();
        if (auto *topologyScene = qobject_cast<TopologyScene *>(scene()))
            topologyScene->nodeItemMoved(this);
    }
    return QGraphicsItem::itemChange(change, value);
}

void NodeItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = true;
    update();
    QGraphicsItem::hoverEnterEvent(event);
}

void NodeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = false;
    update();
    QGraphicsItem::hoverLeaveEvent(event);
}

} // namespace Er
