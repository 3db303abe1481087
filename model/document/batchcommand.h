#pragma once

#include "model/document/topologydocument.h"

#include <QString>
#include <QUndoCommand>

namespace Er {

// A command made of child commands (a paste: its nodes and links), undone and redone as one
// step, that signals the document's change once instead of once per child. Children are made
// with this command as their parent before it is pushed.
class BatchCommand : public QUndoCommand
{
public:
    BatchCommand(TopologyDocument *document, const QString &text, QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent)
        , m_document(document)
    {}

    void redo() override
    {
        const ChangeBatch batch(m_document);
        QUndoCommand::redo();
    }
    void undo() override
    {
        const ChangeBatch batch(m_document);
        QUndoCommand::undo();
    }

private:
    TopologyDocument *m_document;
};

} // namespace Er
