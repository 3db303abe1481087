#include "movegesture.h"

#include "commands/editelementscommand.h"
#include "commands/movenodescommand.h"
#include "commands/topologydocument.h"
#include "nodeitem.h"
#include "topologyscene.h"

#include <QCoreApplication>

#include <algorithm>

namespace Er {

MoveGesture::MoveGesture(TopologyScene *scene)
    : m_scene(scene)
{}

void MoveGesture::begin(NodeItem *anchor, QPointF scenePos)
{
    m_anchor = anchor;
    m_pressPos = scenePos;
    m_moved = false;
    m_items.clear();
    std::vector<NodeItem *> moving = m_scene->movingNodeItems();
    if (std::find(moving.begin(), moving.end(), anchor) == moving.end())
        moving.push_back(anchor);
    m_items.reserve(moving.size());
    for (NodeItem *item : moving)
        m_items.emplace_back(item, item->pos());
}

void MoveGesture::update(QPointF scenePos)
{
    if (!m_anchor)
        return;
    QPointF delta = scenePos - m_pressPos;
    if (!m_moved && delta.manhattanLength() < 3)
        return;
    // The pressed node snaps to the grid; the others keep their distance to it.
    const QPointF anchorStart = std::find_if(m_items.begin(), m_items.end(), [&](const auto &e) {
                                    return e.first == m_anchor;
                                })->second;
    delta = m_scene->snapped(anchorStart + delta) - anchorStart;
    for (const auto &[item, start] : m_items)
        item->setPos(start + delta);
    m_moved = true;
}

void MoveGesture::finish()
{
    if (m_anchor && m_moved)
        pushCommands();
    m_anchor = nullptr;
    m_items.clear();
    m_moved = false;
}

void MoveGesture::cancel()
{
    if (!m_anchor)
        return;
    for (const auto &[item, start] : m_items)
        item->setPos(start);
    m_anchor = nullptr;
    m_items.clear();
    m_moved = false;
}

void MoveGesture::pushCommands()
{
    TopologyDocument *document = m_scene->document();
    const Topology &topology = document->topology();
    MoveNodesCommand::Positions before;
    MoveNodesCommand::Positions after;
    for (const auto &[item, start] : m_items) {
        const Node *node = topology.node(item->id().toStdString());
        if (!node || item->pos() == start)
            continue;
        before.emplace(node->id, node->position);
        after.emplace(node->id, Point{item->pos().x(), item->pos().y()});
    }
    if (after.empty())
        return;

    // VNets dragged on their own (not inside their moving region) may change region.
    std::vector<std::pair<std::string, std::string>> regionChanges; // VNet id, new region id
    for (const auto &[item, start] : m_items) {
        if (item->kind() != NodeKind::VirtualNetwork)
            continue;
        const Node *node = topology.node(item->id().toStdString());
        const std::string current = node->virtualNetwork()->region.value_or("");
        if (!current.empty()) {
            const NodeItem *region = m_scene->nodeItem(QString::fromStdString(current));
            const bool regionMoves = std::any_of(m_items.begin(), m_items.end(),
                                                 [&](const auto &e) { return e.first == region; });
            if (regionMoves)
                continue;
        }
        const auto target = m_scene->regionAt(item->scenePos(), QString::fromStdString(current));
        if (target && target->toStdString() != current)
            regionChanges.emplace_back(node->id, target->toStdString());
    }

    const int movedCount = int(after.size());
    QUndoStack *stack = document->undoStack();
    auto *move = new MoveNodesCommand(document, std::move(before), std::move(after));
    if (regionChanges.empty()) {
        stack->push(move);
        return;
    }
    const Node *firstTarget = topology.node(regionChanges.front().second);
    const QString target = QString::fromStdString(firstTarget->label());
    stack->beginMacro(
        movedCount == 1
            ? QCoreApplication::translate("Er::Commands", "Move 1 node into '%1'").arg(target)
            : QCoreApplication::translate("Er::Commands", "Move %1 nodes into '%2'")
                  .arg(QString::number(movedCount), target));
    stack->push(move);
    for (const auto &[vnetId, regionId] : regionChanges) {
        const Node *vnet = document->topology().node(vnetId);
        Node changed = *vnet;
        changed.virtualNetwork()->region = regionId;
        stack->push(new EditElementsCommand(document, *vnet, changed, QStringLiteral("region")));
    }
    stack->endMacro();
}

} // namespace Er
