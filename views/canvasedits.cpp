#include "views/canvasedits.h"

#include "model/document/addnodecommand.h"
#include "model/document/editannotationcommand.h"
#include "model/document/elementdefaults.h"
#include "model/document/movenodescommand.h"
#include "model/document/removeelementscommand.h"
#include "model/document/topologydocument.h"
#include "views/annotationitem.h"
#include "views/linkitem.h"
#include "views/nodeitem.h"
#include "views/regionframeitem.h"
#include "views/topologyscene.h"

#include <QCoreApplication>
#include <QUndoStack>

#include <algorithm>

namespace Er {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("Er::Commands", text, nullptr, n);
}

// "1 node", "3 nodes": undo texts are read, not translated with plural forms.
QString nodeCount(std::size_t count)
{
    return count == 1 ? tr("1 node") : tr("%1 nodes").arg(count);
}

// Pushes one move of the given nodes to new centres; a region's unselected VNets move with it
// by the same distance.
bool pushMove(TopologyScene *scene,
              const std::vector<std::pair<NodeItem *, QPointF>> &targets,
              const QString &text,
              bool mergeable = false)
{
    const Topology &topology = scene->document()->topology();
    MoveNodesCommand::Positions before;
    MoveNodesCommand::Positions after;
    auto add = [&](const NodeItem *item, QPointF position) {
        const Node *node = topology.node(item->id().toStdString());
        if (!node || after.contains(node->id))
            return;
        before.emplace(node->id, node->position);
        after.emplace(node->id, Point{position.x(), position.y()});
    };
    for (const auto &[item, position] : targets)
        add(item, position);
    for (const auto &[item, position] : targets) {
        RegionFrameItem *frame = scene->regionFrame(item->id());
        if (!frame)
            continue;
        const QPointF delta = position - item->pos();
        for (NodeItem *vnet : frame->vnets()) {
            if (!vnet->isSelected())
                add(vnet, vnet->pos() + delta);
        }
    }
    bool changes = false;
    for (const auto &[id, position] : after)
        changes = changes || before.at(id) != position;
    if (!changes)
        return false;
    auto *command = new MoveNodesCommand(scene->document(), std::move(before), std::move(after),
                                         mergeable);
    if (!text.isEmpty())
        command->setText(text);
    scene->document()->undoStack()->push(command);
    return true;
}

} // namespace

QString addNodeAt(TopologyScene *scene, NodeKind kind, QPointF scenePos)
{
    const QPointF position = scene->snapped(scenePos);
    std::optional<std::string> region;
    if (kind == NodeKind::VirtualNetwork) {
        if (const auto regionId = scene->regionAt(position))
            region = regionId->toStdString();
    }
    TopologyDocument *document = scene->document();
    Node node = newNode(document->topology(), kind, Point{position.x(), position.y()}, region);
    const QString id = QString::fromStdString(node.id);
    document->undoStack()->push(new AddNodeCommand(document, std::move(node)));
    scene->selectOnly({id});
    return id;
}

bool deleteSelection(TopologyScene *scene)
{
    const QStringList ids = scene->selectedIds();
    if (ids.isEmpty())
        return false;
    scene->document()->undoStack()->push(new RemoveElementsCommand(scene->document(), ids));
    return true;
}

bool nudgeSelection(TopologyScene *scene, QPointF delta)
{
    std::vector<std::pair<NodeItem *, QPointF>> targets;
    for (NodeItem *item : scene->selectedNodeItems())
        targets.emplace_back(item, item->pos() + delta);
    // The selected notes and rectangles move with the nodes, as when dragged.
    TopologyDocument *document = scene->document();
    std::vector<Annotation> before;
    std::vector<Annotation> after;
    for (const AnnotationItem *item : scene->selectedAnnotationItems()) {
        if (const Annotation *annotation = document->topology().annotation(
                item->id().toStdString())) {
            before.push_back(*annotation);
            after.push_back(*annotation);
            after.back().position = Point{annotation->position.x + delta.x(),
                                          annotation->position.y + delta.y()};
        }
    }
    if (before.empty())
        return pushMove(scene, targets, tr("Nudge %1").arg(nodeCount(targets.size())), true);
    const QString position = tr("position");
    if (targets.empty()) { // consecutive nudges of the same notes merge into one step
        document->undoStack()->push(
            new EditAnnotationCommand(document, std::move(before), std::move(after), position));
        return true;
    }
    QUndoStack *stack = document->undoStack();
    stack->beginMacro(tr("Nudge %1 elements").arg(targets.size() + before.size()));
    pushMove(scene, targets, QString());
    stack->push(new EditAnnotationCommand(document, std::move(before), std::move(after), position,
                                          nullptr, false));
    stack->endMacro();
    return true;
}

bool alignSelection(TopologyScene *scene, Alignment alignment)
{
    const std::vector<NodeItem *> nodes = scene->selectedNodeItems();
    if (nodes.size() < 2)
        return false;
    qreal left = nodes.front()->x(), right = left;
    qreal top = nodes.front()->y(), bottom = top;
    for (const NodeItem *node : nodes) {
        left = std::min(left, node->x());
        right = std::max(right, node->x());
        top = std::min(top, node->y());
        bottom = std::max(bottom, node->y());
    }
    std::vector<std::pair<NodeItem *, QPointF>> targets;
    QString text;
    for (NodeItem *node : nodes) {
        QPointF target = node->pos();
        switch (alignment) {
        case Alignment::Left:
            target.setX(left);
            text = tr("Align %1 left").arg(nodeCount(nodes.size()));
            break;
        case Alignment::Right:
            target.setX(right);
            text = tr("Align %1 right").arg(nodeCount(nodes.size()));
            break;
        case Alignment::Top:
            target.setY(top);
            text = tr("Align %1 top").arg(nodeCount(nodes.size()));
            break;
        case Alignment::Bottom:
            target.setY(bottom);
            text = tr("Align %1 bottom").arg(nodeCount(nodes.size()));
            break;
        case Alignment::HorizontalCentres:
            target.setX((left + right) / 2);
            text = tr("Align %1 on a vertical line").arg(nodeCount(nodes.size()));
            break;
        case Alignment::VerticalCentres:
            target.setY((top + bottom) / 2);
            text = tr("Align %1 on a horizontal line").arg(nodeCount(nodes.size()));
            break;
        }
        targets.emplace_back(node, scene->snapsToGrid() && alignment >= Alignment::HorizontalCentres
                                       ? scene->snapped(target)
                                       : target);
    }
    return pushMove(scene, targets, text);
}

bool distributeSelection(TopologyScene *scene, Qt::Orientation orientation)
{
    std::vector<NodeItem *> nodes = scene->selectedNodeItems();
    if (nodes.size() < 3)
        return false;
    const bool horizontal = orientation == Qt::Horizontal;
    auto coordinate = [&](const NodeItem *node) { return horizontal ? node->x() : node->y(); };
    std::sort(nodes.begin(), nodes.end(),
              [&](const NodeItem *a, const NodeItem *b) { return coordinate(a) < coordinate(b); });
    const qreal first = coordinate(nodes.front());
    const qreal step = (coordinate(nodes.back()) - first) / qreal(nodes.size() - 1);
    std::vector<std::pair<NodeItem *, QPointF>> targets;
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        QPointF target = nodes[i]->pos();
        if (horizontal)
            target.setX(first + step * qreal(i));
        else
            target.setY(first + step * qreal(i));
        targets.emplace_back(nodes[i], target);
    }
    return pushMove(scene, targets,
                    horizontal ? tr("Distribute %1 horizontally").arg(nodeCount(nodes.size()))
                               : tr("Distribute %1 vertically").arg(nodeCount(nodes.size())));
}

} // namespace Er
