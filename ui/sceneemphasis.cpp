#include "sceneemphasis.h"

#include "linkitem.h"
#include "nodeitem.h"
#include "topologyscene.h"

#include <QGraphicsColorizeEffect>

namespace Er {

namespace {

constexpr qreal fadedOpacity = 0.25;
constexpr qreal greyedOpacity = 0.6;

void colorize(QGraphicsItem *item, const QColor &color)
{
    auto *effect = new QGraphicsColorizeEffect;
    effect->setColor(color);
    effect->setStrength(1.0);
    item->setGraphicsEffect(effect);
}

void forEachItem(TopologyScene *scene, const auto &visit)
{
    for (QGraphicsItem *item : scene->items()) {
        if (auto *node = qgraphicsitem_cast<NodeItem *>(item))
            visit(item, node->id(), false);
        else if (auto *link = qgraphicsitem_cast<LinkItem *>(item))
            visit(item, link->id(), true);
    }
}

} // namespace

SceneEmphasis::SceneEmphasis(TopologyScene *scene)
    : m_scene(scene)
{}

void SceneEmphasis::clear()
{
    forEachItem(m_scene, [](QGraphicsItem *item, const QString &, bool isLink) {
        item->setOpacity(1.0);
        if (item->graphicsEffect())
            item->setGraphicsEffect(nullptr);
        if (isLink)
            static_cast<LinkItem *>(item)->setHighlighted(false);
    });
    m_highlighted.clear();
    m_greyed.clear();
}

void SceneEmphasis::highlightPaths(const QSet<QString> &elements)
{
    clear();
    m_highlighted = elements;
    forEachItem(m_scene, [&](QGraphicsItem *item, const QString &id, bool isLink) {
        const bool on = elements.contains(id);
        item->setOpacity(on ? 1.0 : fadedOpacity);
        if (isLink)
            static_cast<LinkItem *>(item)->setHighlighted(on);
    });
}

void SceneEmphasis::showFailure(const QString &failed, const QSet<QString> &cutOff)
{
    clear();
    m_greyed = cutOff;
    forEachItem(m_scene, [&](QGraphicsItem *item, const QString &id, bool) {
        if (id == failed) {
            colorize(item, QColor(0xd9, 0x30, 0x25));
        } else if (cutOff.contains(id)) {
            colorize(item, QColor(0x80, 0x80, 0x80));
            item->setOpacity(greyedOpacity);
        }
    });
}

} // namespace Er
