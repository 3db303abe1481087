#pragma once

#include "model/core/topology.h"

#include <QUndoCommand>

namespace Er {

class TopologyDocument;

// Adds a link; undo removes it.
class AddLinkCommand : public QUndoCommand
{
public:
    AddLinkCommand(TopologyDocument *document, Link link, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    TopologyDocument *m_document;
    Link m_link;
};

} // namespace Er
