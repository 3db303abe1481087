#pragma once

#include <QGraphicsItem>
#include <QString>

#include <vector>

namespace Er {

class NodeItem;

// An Azure region drawn as a container: a labelled rounded rectangle around the region's node
// and its VNets, behind them. Its title band is where the user grabs it (to select and move the
// region with its VNets); the rest of it lets clicks through to the canvas.
class RegionFrameItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 3 };
    static constexpr qreal padding = 18;
    static constexpr qreal titleHeight = 24;

    explicit RegionFrameItem(NodeItem *region);

    int type() const override { return Type; }
    NodeItem *regionItem() const { return m_region; }
    const std::vector<NodeItem *> &vnets() const { return m_vnets; }
    void addVnet(NodeItem *vnet);
    void removeVnet(NodeItem *vnet);

    void setTitle(const QString &title);
    QString title() const { return m_title; }
    // Recomputes the frame from its members' positions: O(members).
    void updateGeometry();
    // The frame, in scene coordinates.
    QRectF frameRect() const { return m_rect; }
    QRectF titleRect() const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    NodeItem *m_region;
    std::vector<NodeItem *> m_vnets;
    QString m_title;
    QRectF m_rect;
};

} // namespace Er
