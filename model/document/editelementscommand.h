#pragma once

#include "model/core/topology.h"

#include <QString>
#include <QUndoCommand>

#include <utility>
#include <vector>

namespace Er {

class TopologyDocument;

// Changes one field of one or several nodes or links (the inspector's edits, renames, SKU
// changes, a multi-selection's edit, a VNet moved into a region). Consecutive edits of the same
// field of the same elements merge into one step, so typing in a field undoes at once.
class EditElementsCommand : public QUndoCommand
{
public:
    using NodeEdits = std::vector<std::pair<Node, Node>>; // before, after
    using LinkEdits = std::vector<std::pair<Link, Link>>;

    EditElementsCommand(TopologyDocument *document,
                        NodeEdits nodes,
                        LinkEdits links,
                        const QString &field,
                        QUndoCommand *parent = nullptr);
    // One element.
    EditElementsCommand(TopologyDocument *document,
                        Node before,
                        Node after,
                        const QString &field,
                        QUndoCommand *parent = nullptr);
    EditElementsCommand(TopologyDocument *document,
                        Link before,
                        Link after,
                        const QString &field,
                        QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    bool sameElements(const EditElementsCommand &other) const;
    bool changesNothing() const;

    TopologyDocument *m_document;
    NodeEdits m_nodes;
    LinkEdits m_links;
    QString m_field;
};

} // namespace Er
