#pragma once

#include "core/topology.h"
#include "validation/finding.h"

#include <QGraphicsItem>
#include <QString>

namespace Er {

class LinkItem;

// A node on the canvas: its kind's icon and its label. It holds only the node's id and a copy of
// what it draws; the scene updates it from the document.
class NodeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };
    static constexpr qreal iconSize = 48;

    NodeItem(const QString &id, NodeKind kind);

    int type() const override { return Type; }
    QString id() const { return m_id; }
    NodeKind kind() const { return m_kind; }

    void setLabel(const QString &label, const QString &detail);
    QString label() const { return m_label; }
    // The worst severity of the node's findings, drawn as a coloured ring; nullopt for none.
    void setFindingSeverity(std::optional<Severity> severity, const QString &toolTip);

    void addLink(LinkItem *link) { m_links.push_back(link); }
    void removeLink(LinkItem *link);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    QRectF labelRect() const;

    QString m_id;
    NodeKind m_kind;
    QString m_label;
    QString m_detail;
    std::optional<Severity> m_severity;
    std::vector<LinkItem *> m_links;
};

} // namespace Er
