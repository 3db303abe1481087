#include "views/itembatch.h"

#include <QGraphicsScene>

namespace Er {

ItemBatch::ItemBatch(qreal z)
{
    // Nothing to paint, nothing to hit: only its children are drawn and picked.
    setFlag(ItemHasNoContents);
    setZValue(z);
}

ItemBatches::ItemBatches(QGraphicsScene *scene, qreal z, int capacity)
    : m_scene(scene)
    , m_z(z)
    , m_capacity(capacity)
{}

void ItemBatches::add(QGraphicsItem *item)
{
    if (!m_current || m_added == m_capacity) {
        m_current = new ItemBatch(m_z);
        m_scene->addItem(m_current);
        m_added = 0;
    }
    item->setParentItem(m_current);
    ++m_added;
}

} // namespace Er
