#pragma once

#include "core/topology.h"

#include <QString>
#include <QUndoCommand>

#include <utility>
#include <vector>

namespace Er {

class TopologyDocument;

// Changes one field of several nodes or links at once (the inspector on a multi-selection).
// Consecutive edits of the same field of the same elements merge into one step.
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
