#pragma once

#include "model/core/topology.h"

#include <QUndoCommand>

namespace Er {

class TopologyDocument;

// Adds a node; undo removes it.
class AddNodeCommand : public QUndoCommand
{
public:
    AddNodeCommand(TopologyDocument *document, Node node, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    TopologyDocument *m_document;
    Node m_node;
};

} // namespace Er
