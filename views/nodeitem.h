#pragma once

#include "model/core/topology.h"
#include "model/validation/finding.h"

#include <QGraphicsItem>
#include <QString>

#include <vector>

namespace Er {

class LinkItem;

// A node on the canvas: its kind's icon and its label. It holds only the node's id and a copy of
// what it draws; the scene updates it from the document. On hover it shows a connector handle
// on its right edge: dragging from there draws a link.
class NodeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };
    static constexpr qreal iconSize = 48;
    static constexpr qreal connectorRadius = 6;

    // Labelled with its id until setLabel(); or with `label` and `detail` from the start.
    NodeItem(const QString &id, NodeKind kind);
    NodeItem(const QString &id, NodeKind kind, const QString &label, const QString &detail);

    int type() const override { return Type; }
    QString id() const { return m_id; }
    NodeKind kind() const { return m_kind; }

    void setLabel(const QString &label, const QString &detail);
    QString label() const { return m_label; }
    QString detail() const { return m_detail; }
    // The worst severity of the node's findings, drawn as a coloured ring; nullopt for none.
    void setFindingSeverity(std::optional<Severity> severity, const QString &toolTip);
    std::optional<Severity> findingSeverity() const { return m_severity; }

    // A placeholder an import added (Node::placeholder): a dashed outline and a "placeholder" tag.
    void setPlaceholder(bool placeholder);
    bool isPlaceholder() const { return m_placeholder; }

    void addLink(LinkItem *link) { m_links.push_back(link); }
    void removeLink(LinkItem *link);
    const std::vector<LinkItem *> &links() const { return m_links; }

    // The connector handle, in item coordinates, and whether a point (item coordinates) is on it.
    QPointF connectorCentre() const { return QPointF(iconSize / 2 + connectorRadius + 2, 0); }
    bool isOnConnector(QPointF itemPoint) const;

    // The icon's square, in item coordinates.
    static QRectF iconRect() { return {-iconSize / 2, -iconSize / 2, iconSize, iconSize}; }
    // The colour of the block the node is from far away: the selection's, its worst finding's,
    // or its kind's.
    QColor farColour() const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    QRectF labelRect() const;

    QString m_id;
    NodeKind m_kind;
    QString m_label;
    QString m_detail;
    QRectF m_labelRect; // computed when the label changes, not per paint
    qreal m_labelWidth = 0;
    std::optional<Severity> m_severity;
    std::vector<LinkItem *> m_links;
    bool m_hovered = false;
    bool m_placeholder = false;
};

} // namespace Er
