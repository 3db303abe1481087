#pragma once

#include <QGraphicsItem>

namespace Er {

// A parent for a few hundred canvas items that draws nothing itself. After every change Qt
// passes over each top-level item of the scene (QGraphicsScene's dirty-item pass): with the
// 200,000 node and link items of a 10,000-site design at the top level, that pass touched every
// item's memory, about half of a one-node move's frame. Under a few hundred batches the pass
// touches the batches, and the children of only the batches that changed. A batch sits at the
// scene's origin and never moves, so its children's positions are scene positions.
class ItemBatch : public QGraphicsItem
{
public:
    enum { Type = UserType + 5 };

    explicit ItemBatch(qreal z);

    int type() const override { return Type; }
    QRectF boundingRect() const override { return {}; }
    void paint(QPainter *, const QStyleOptionGraphicsItem *, QWidget *) override {}
};

// The batches one kind of item is put into, in the order the items are added: a new batch when
// the current one is full. Items stay in their batch when they move or their batch empties.
class ItemBatches
{
public:
    // Batches of at most `capacity` items, stacked at `z` among the scene's top-level items.
    ItemBatches(QGraphicsScene *scene, qreal z, int capacity);

    // Makes `item` a child of the current batch (which adds it to the scene).
    void add(QGraphicsItem *item);
    // Forgets the batches (after QGraphicsScene::clear() has deleted them).
    void forget()
    {
        m_current = nullptr;
        m_added = 0;
    }

private:
    QGraphicsScene *m_scene;
    qreal m_z;
    int m_capacity;
    ItemBatch *m_current = nullptr;
    // Items added to the current batch: childItems() would sort the children on every call.
    int m_added = 0;
};

} // namespace Er
