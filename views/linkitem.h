#pragma once

#include "core/topology.h"

#include <QGraphicsItem>
#include <QString>

namespace Er {

class NodeItem;

// A link on the canvas: a line between two node items, styled by kind and role, with a short
// label (role, bandwidth). It follows its nodes when they move.
class LinkItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };

    LinkItem(const QString &id, LinkKind kind, NodeItem *from, NodeItem *to);

    int type() const override { return Type; }
    QString id() const { return m_id; }
    LinkKind kind() const { return m_kind; }
    NodeItem *fromItem() const { return m_from; }
    NodeItem *toItem() const { return m_to; }

    void setStyle(const QString &role, const QString &label);
    void setHighlighted(bool highlighted);
    // Called when an end moves.
    void adjust();

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QPen pen() const;

    QString m_id;
    LinkKind m_kind;
    NodeItem *m_from;
    NodeItem *m_to;
    QString m_role;
    QString m_label;
    bool m_highlighted = false;
    QLineF m_line;
};

} // namespace Er
