#include "model/document/removeelementscommand.h"

#include "model/core/nodereferences.h"

#include "model/document/topologydocument.h"

#include <QCoreApplication>

#include <algorithm>
#include <set>

namespace Er {

RemoveElementsCommand::RemoveElementsCommand(TopologyDocument *document,
                                             const QStringList &ids,
                                             QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
{
    const Topology &topology = document->topology();
    std::set<std::string> nodeIds;
    std::set<std::string> linkIds;
    for (const QString &id : ids) {
        const std::string key = id.toStdString();
        if (topology.node(key))
            nodeIds.insert(key);
        else if (topology.link(key))
            linkIds.insert(key);
    }
    // A region takes its VNets with it.
    for (const Node &node : topology.nodes()) {
        forEachReference(node, [&](const NodeReference &reference, const std::string &id, auto) {
            if (reference.kind == ReferenceKind::Region && nodeIds.contains(id))
                nodeIds.insert(node.id);
        });
    }
    for (const Link &link : topology.links()) {
        if (nodeIds.contains(link.from) || nodeIds.contains(link.to))
            linkIds.insert(link.id);
    }
    for (std::size_t i = 0; i < topology.nodes().size(); ++i) {
        const Node &node = topology.nodes()[i];
        if (nodeIds.contains(node.id)) {
            m_nodes.emplace_back(i, node);
            continue;
        }
        // What stays no longer needs what goes.
        Node after = node;
        if (dropReferences(after, [&](const NodeReference &reference, const std::string &id) {
                return reference.kind == ReferenceKind::NeededVnet && nodeIds.contains(id);
            })) {
            m_edited.emplace_back(node, after);
        }
    }
    for (std::size_t i = 0; i < topology.links().size(); ++i) {
        if (linkIds.contains(topology.links()[i].id))
            m_links.emplace_back(i, topology.links()[i]);
    }
    for (std::size_t i = 0; i < topology.annotations().size(); ++i) {
        const Annotation &annotation = topology.annotations()[i];
        if (ids.contains(QString::fromStdString(annotation.id)))
            m_annotations.emplace_back(i, annotation);
    }
    const std::size_t count = m_nodes.size() + m_links.size() + m_annotations.size();
    if (count == 1 && !m_annotations.empty()) {
        setText(
            QCoreApplication::translate("Er::Commands", "Delete %1")
                .arg(QString::fromUtf8(displayName(m_annotations.front().second.kind)).toLower()));
    } else if (count == 1 && !m_nodes.empty()) {
        setText(QCoreApplication::translate("Er::Commands", "Delete '%1'")
                    .arg(QString::fromStdString(m_nodes.front().second.label())));
    } else if (count == 1) {
        setText(QCoreApplication::translate("Er::Commands", "Delete link '%1'")
                    .arg(QString::fromStdString(m_links.front().second.id)));
    } else {
        setText(QCoreApplication::translate("Er::Commands", "Delete %1 elements")
                    .arg(qulonglong(count)));
    }
    if (count == 0)
        setObsolete(true);
}

void RemoveElementsCommand::redo()
{
    const ChangeBatch batch(m_document);
    for (auto it = m_links.rbegin(); it != m_links.rend(); ++it)
        m_document->removeLink(QString::fromStdString(it->second.id));
    for (const auto &[before, after] : m_edited)
        m_document->replaceNode(after);
    for (auto it = m_nodes.rbegin(); it != m_nodes.rend(); ++it)
        m_document->removeNode(QString::fromStdString(it->second.id));
    for (auto it = m_annotations.rbegin(); it != m_annotations.rend(); ++it)
        m_document->removeAnnotation(QString::fromStdString(it->second.id));
}

void RemoveElementsCommand::undo()
{
    const ChangeBatch batch(m_document);
    for (const auto &[index, node] : m_nodes)
        m_document->insertNode(node, index);
    for (const auto &[before, after] : m_edited)
        m_document->replaceNode(before);
    for (const auto &[index, link] : m_links)
        m_document->insertLink(link, index);
    for (const auto &[index, annotation] : m_annotations)
        m_document->insertAnnotation(annotation, index);
}

} // namespace Er
