#pragma once

#include "model/core/topology.h"
#include "model/validation/finding.h"

#include <QGraphicsItem>
#include <QString>

#include <optional>

namespace Er {

class NodeItem;

// The part of `line` inside `rect`; none when it passes beside it.
std::optional<QLineF> clippedLine(const QLineF &line, const QRectF &rect);

// A link on the canvas: a line between two node items, styled by kind and role (a primary is
// solid, a secondary dashed), with a short label (role, bandwidth). Links between the same two
// nodes run side by side. It follows its nodes when they move, in constant time. A link with
// findings is haloed in the colour of the worst one, and its tooltip lists them.
class LinkItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };
    static constexpr qreal parallelSpacing = 12;

    LinkItem(const QString &id, LinkKind kind, NodeItem *from, NodeItem *to);

    int type() const override { return Type; }
    QString id() const { return m_id; }
    LinkKind kind() const { return m_kind; }
    QString role() const { return m_role; }
    QString label() const { return m_label; }
    NodeItem *fromItem() const { return m_from; }
    NodeItem *toItem() const { return m_to; }
    bool joins(const NodeItem *a, const NodeItem *b) const
    {
        return (m_from == a && m_to == b) || (m_from == b && m_to == a);
    }

    // How the analysis view shows the link while a site–VNet pair is selected: on a path that
    // carries traffic (solid, strong), on a failover path (dashed), on a standby path (faint).
    enum class PathEmphasis { None, Steady, Failover, Standby };

    void setStyle(const QString &role, const QString &label);
    void setPathEmphasis(PathEmphasis emphasis);
    PathEmphasis pathEmphasis() const { return m_emphasis; }
    // The worst severity of the link's findings; nullopt for none.
    void setFindingSeverity(std::optional<Severity> severity, const QString &toolTip);
    std::optional<Severity> findingSeverity() const { return m_severity; }
    // This link is number `slot` of `count` links between the same two nodes.
    void setParallelSlot(int slot, int count);
    // Called when an end moves.
    void adjust();
    QLineF line() const { return m_line; }
    // The colour of the hairline the link is from far away: its worst finding's, the
    // selection's, a failover path's, or its kind's.
    QColor farColour() const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QPen pen() const;
    QRectF labelRect() const;

    QString m_id;
    LinkKind m_kind;
    NodeItem *m_from;
    NodeItem *m_to;
    QString m_role;
    QString m_label;
    qreal m_labelWidth = 0;
    qreal m_offset = 0;
    PathEmphasis m_emphasis = PathEmphasis::None;
    std::optional<Severity> m_severity;
    QLineF m_line;
};

// The colour of a failover path while a pair is selected.
QColor failoverPathColor();

} // namespace Er
