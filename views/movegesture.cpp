#include "views/movegesture.h"

#include "model/document/editannotationcommand.h"
#include "model/document/editelementscommand.h"
#include "model/document/elementdefaults.h"
#include "model/document/movenodescommand.h"
#include "model/document/topologydocument.h"
#include "views/annotationitem.h"
#include "views/nodeitem.h"
#include "views/topologyscene.h"

#include <QCoreApplication>

#include <algorithm>

namespace Er {

MoveGesture::MoveGesture(TopologyScene *scene)
    : m_scene(scene)
{}

void MoveGesture::begin(QGraphicsItem *anchor, QPointF scenePos)
{
    m_anchor = anchor;
    m_anchorStart = anchor->pos();
    m_pressPos = scenePos;
    m_moved = false;
    m_items.clear();
    m_annotations.clear();
    std::vector<NodeItem *> moving = m_scene->movingNodeItems();
    if (auto *node = qgraphicsitem_cast<NodeItem *>(anchor);
        node && std::find(moving.begin(), moving.end(), node) == moving.end()) {
        moving.push_back(node);
    }
    m_items.reserve(moving.size());
    for (NodeItem *item : moving)
        m_items.emplace_back(item, item->pos());
    std::vector<AnnotationItem *> annotations = m_scene->selectedAnnotationItems();
    if (auto *annotation = qgraphicsitem_cast<AnnotationItem *>(anchor);
        annotation
        && std::find(annotations.begin(), annotations.end(), annotation) == annotations.end()) {
        annotations.push_back(annotation);
    }
    for (AnnotationItem *item : annotations)
        m_annotations.emplace_back(item, item->pos());
}

void MoveGesture::update(QPointF scenePos)
{
    if (!m_anchor)
        return;
    QPointF delta = scenePos - m_pressPos;
    if (!m_moved && delta.manhattanLength() < 3)
        return;
    // The pressed item snaps to the grid; the others keep their distance to it.
    delta = m_scene->snapped(m_anchorStart + delta) - m_anchorStart;
    for (const auto &[item, start] : m_items)
        item->setPos(start + delta);
    for (const auto &[item, start] : m_annotations)
        item->setPos(start + delta);
    m_moved = true;
}

void MoveGesture::finish()
{
    if (m_anchor && m_moved)
        pushCommands();
    m_anchor = nullptr;
    m_items.clear();
    m_annotations.clear();
    m_moved = false;
}

void MoveGesture::cancel()
{
    if (!m_anchor)
        return;
    for (const auto &[item, start] : m_items)
        item->setPos(start);
    for (const auto &[item, start] : m_annotations)
        item->setPos(start);
    m_anchor = nullptr;
    m_items.clear();
    m_annotations.clear();
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
    std::vector<std::pair<Annotation, Annotation>> annotationMoves; // before, after
    for (const auto &[item, start] : m_annotations) {
        const Annotation *annotation = topology.annotation(item->id().toStdString());
        if (!annotation || item->pos() == start)
            continue;
        Annotation moved = *annotation;
        moved.position = Point{item->pos().x(), item->pos().y()};
        annotationMoves.emplace_back(*annotation, std::move(moved));
    }
    if (after.empty() && annotationMoves.empty())
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

    const int nodeCount = int(after.size());
    const int movedCount = nodeCount + int(annotationMoves.size());
    QUndoStack *stack = document->undoStack();
    const QString position = QCoreApplication::translate("Er::Commands", "position");
    if (regionChanges.empty() && annotationMoves.empty()) {
        stack->push(new MoveNodesCommand(document, std::move(before), std::move(after)));
        return;
    }
    if (regionChanges.empty() && after.empty() && annotationMoves.size() == 1) {
        const auto &[was, moved] = annotationMoves.front();
        stack->push(new EditAnnotationCommand(document, was, moved, position, nullptr, false));
        return;
    }
    if (regionChanges.empty()) {
        stack->beginMacro(
            QCoreApplication::translate("Er::Commands", "Move %1 elements").arg(movedCount));
    } else {
        const Node *firstTarget = topology.node(regionChanges.front().second);
        const QString target = QString::fromStdString(firstTarget->label());
        stack->beginMacro(
            nodeCount == 1
                ? QCoreApplication::translate("Er::Commands", "Move 1 node into '%1'").arg(target)
                : QCoreApplication::translate("Er::Commands", "Move %1 nodes into '%2'")
                      .arg(QString::number(nodeCount), target));
    }
    if (!after.empty())
        stack->push(new MoveNodesCommand(document, std::move(before), std::move(after)));
    for (const auto &[was, moved] : annotationMoves)
        stack->push(new EditAnnotationCommand(document, was, moved, position, nullptr, false));
    for (const auto &[vnetId, regionId] : regionChanges) {
        const Node *vnet = document->topology().node(vnetId);
        const Node changed = vnetInRegion(document->topology(), *vnet, regionId);
        const bool madeHub = changed.virtualNetwork()->expressRouteGateway
                             && !vnet->virtualNetwork()->expressRouteGateway;
        stack->push(new EditElementsCommand(document, *vnet, changed,
                                            madeHub ? QStringLiteral("region and gateway")
                                                    : QStringLiteral("region")));
    }
    stack->endMacro();
}

} // namespace Er
