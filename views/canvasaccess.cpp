#include "views/canvasaccess.h"

#include "model/document/topologydocument.h"
#include "views/linkitem.h"
#include "views/nodeitem.h"
#include "views/topologyscene.h"

#include <QCoreApplication>
#include <QTextDocumentFragment>

#include <algorithm>
#include <cmath>

namespace Er {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Er::CanvasAccess", text);
}

QString plainText(const QString &toolTip)
{
    return QTextDocumentFragment::fromHtml(toolTip).toPlainText().simplified();
}

QString describe(const QString &kind, const QString &label, const QString &id)
{
    return label.isEmpty() || label == id ? QStringLiteral("%1 %2").arg(kind, id)
                                          : QStringLiteral("%1 '%2' (%3)").arg(kind, label, id);
}

} // namespace

QStringList canvasTabOrder(const TopologyScene &scene)
{
    struct Placed
    {
        QString id;
        qreal row;
        qreal x;
    };
    // Nodes whose centres lie within a node's height of each other share a row.
    const qreal rowHeight = NodeItem::iconSize * 1.5;
    std::vector<Placed> nodes;
    const Topology &topology = scene.document()->topology();
    for (const Node &node : topology.nodes()) {
        const QString id = QString::fromStdString(node.id);
        if (const NodeItem *item = scene.nodeItem(id)) {
            const QPointF at = item->scenePos();
            nodes.push_back({id, std::floor(at.y() / rowHeight), at.x()});
        }
    }
    std::stable_sort(nodes.begin(), nodes.end(), [](const Placed &a, const Placed &b) {
        return a.row != b.row ? a.row < b.row : a.x < b.x;
    });
    QStringList order;
    for (const Placed &node : nodes)
        order << node.id;
    for (const Link &link : topology.links()) {
        const QString id = QString::fromStdString(link.id);
        if (scene.linkItem(id))
            order << id;
    }
    return order;
}

QString nextInTabOrder(const QStringList &order, const QString &current, bool forward)
{
    if (order.isEmpty())
        return {};
    const qsizetype index = order.indexOf(current);
    if (index < 0)
        return forward ? order.first() : order.last();
    const qsizetype next = index + (forward ? 1 : -1);
    return next >= 0 && next < order.size() ? order.at(next) : QString();
}

QString accessibleElementText(const TopologyScene &scene, const QString &id)
{
    QString text;
    QString toolTip;
    if (const NodeItem *node = scene.nodeItem(id)) {
        text = describe(QString::fromUtf8(displayName(node->kind()).data(),
                                          qsizetype(displayName(node->kind()).size())),
                        node->label(), id);
        toolTip = node->findingSeverity() ? node->toolTip() : QString();
    } else if (const LinkItem *link = scene.linkItem(id)) {
        text = describe(QString::fromUtf8(displayName(link->kind()).data(),
                                          qsizetype(displayName(link->kind()).size())),
                        link->label(), id);
        toolTip = link->findingSeverity() ? link->toolTip() : QString();
    } else {
        return {};
    }
    const QString findings = plainText(toolTip);
    return findings.isEmpty() ? text + tr(": no findings")
                              : QStringLiteral("%1: %2").arg(text, findings);
}

QString accessibleSelectionText(const TopologyScene &scene)
{
    const qsizetype count = scene.selectedElementCount();
    if (count == 0)
        return tr("Nothing selected. Tab selects the first element.");
    if (count == 1)
        return accessibleElementText(scene, scene.selectedIds().first());
    return tr("%1 elements selected").arg(count);
}

} // namespace Er
