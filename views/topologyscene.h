#pragma once

#include "validation/finding.h"

#include <QGraphicsScene>
#include <QHash>

namespace Er {

class LinkItem;
class NodeItem;
class TopologyDocument;
struct Node;
struct Link;

// The canvas scene. It only observes the document: items are created, updated and deleted from
// the document's signals, and no item writes to the model.
class TopologyScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit TopologyScene(TopologyDocument *document, QObject *parent = nullptr);

    TopologyDocument *document() const { return m_document; }
    NodeItem *nodeItem(const QString &id) const { return m_nodes.value(id); }
    LinkItem *linkItem(const QString &id) const { return m_links.value(id); }
    int nodeItemCount() const { return int(m_nodes.size()); }
    int linkItemCount() const { return int(m_links.size()); }

    // Marks the elements that have findings with the colour of their worst severity.
    void showFindings(const std::vector<Finding> &findings);

    QStringList selectedIds() const;

private:
    void rebuild();
    void addNodeItem(const Node &node, QPointF position);
    void addLinkItem(const Link &link);
    void updateNodeItem(const QString &id);
    void updateLinkItem(const QString &id);
    void removeNodeItem(const QString &id);
    void removeLinkItem(const QString &id);

    TopologyDocument *m_document;
    QHash<QString, NodeItem *> m_nodes;
    QHash<QString, LinkItem *> m_links;
};

// A short second label line for a node: "London · 1 Gbps · Standard".
QString nodeDetail(const Node &node);
QString linkLabel(const Link &link);

} // namespace Er
