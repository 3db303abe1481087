#include "ui/sceneemphasis.h"

#include "views/linkitem.h"
#include "views/nodeitem.h"
#include "views/topologyscene.h"

#include <QGraphicsColorizeEffect>

namespace Er {

namespace {

constexpr qreal fadedOpacity = 0.25;
constexpr qreal greyedOpacity = 0.6;
constexpr qreal standbyOpacity = 0.55;

void colorize(QGraphicsItem *item, const QColor &color)
{
    auto *effect = new QGraphicsColorizeEffect;
    effect->setColor(color);
    effect->setStrength(1.0);
    item->setGraphicsEffect(effect);
}

void forEachItem(TopologyScene *scene, const auto &visit)
{
    // In no particular order: sorting 200,000 items by stacking order is most of a pass.
    for (QGraphicsItem *item : scene->items(Qt::SortOrder(-1))) {
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
    // Nothing to undo: opening a design clears the emphasis, and a pass over every item of a
    // 10,000-site design for nothing was a tenth of a second of the window's opening.
    if (!m_shown)
        return;
    m_shown = false;
    forEachItem(m_scene, [](QGraphicsItem *item, const QString &, bool isLink) {
        item->setOpacity(1.0);
        if (item->graphicsEffect())
            item->setGraphicsEffect(nullptr);
        if (isLink)
            static_cast<LinkItem *>(item)->setPathEmphasis(LinkItem::PathEmphasis::None);
    });
    m_highlighted.clear();
    m_greyed.clear();
}

QSet<QString> SceneEmphasis::highlighted() const
{
    QSet<QString> ids;
    for (auto it = m_highlighted.cbegin(); it != m_highlighted.cend(); ++it)
        ids.insert(it.key());
    return ids;
}

std::optional<PathRole> SceneEmphasis::roleOf(const QString &id) const
{
    const auto it = m_highlighted.constFind(id);
    if (it == m_highlighted.cend())
        return std::nullopt;
    return *it;
}

void SceneEmphasis::highlightPaths(const QHash<QString, PathRole> &roles)
{
    clear();
    m_shown = true;
    m_highlighted = roles;
    forEachItem(m_scene, [&](QGraphicsItem *item, const QString &id, bool isLink) {
        const auto it = roles.constFind(id);
        if (it == roles.cend()) {
            item->setOpacity(fadedOpacity);
            return;
        }
        item->setOpacity(*it == PathRole::Standby ? standbyOpacity : 1.0);
        if (!isLink)
            return;
        auto *link = static_cast<LinkItem *>(item);
        switch (*it) {
        case PathRole::Steady:
            link->setPathEmphasis(LinkItem::PathEmphasis::Steady);
            break;
        case PathRole::Failover:
            link->setPathEmphasis(LinkItem::PathEmphasis::Failover);
            break;
        case PathRole::Standby:
            link->setPathEmphasis(LinkItem::PathEmphasis::Standby);
            break;
        }
    });
}

void SceneEmphasis::showFailure(const QString &failed, const QSet<QString> &cutOff)
{
    showFailure(QSet<QString>{failed}, cutOff);
}

void SceneEmphasis::showFailure(const QSet<QString> &failed, const QSet<QString> &cutOff)
{
    clear();
    m_shown = true;
    m_greyed = cutOff;
    forEachItem(m_scene, [&](QGraphicsItem *item, const QString &id, bool) {
        if (failed.contains(id)) {
            colorize(item, QColor(0xd9, 0x30, 0x25));
        } else if (cutOff.contains(id)) {
            colorize(item, QColor(0x80, 0x80, 0x80));
            item->setOpacity(greyedOpacity);
        }
    });
}

} // namespace Er
