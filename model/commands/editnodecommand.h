#pragma once

#include "core/topology.h"

#include <QString>
#include <QUndoCommand>

namespace Er {

class TopologyDocument;

// Replaces a node's value (the inspector's edits, renames, SKU changes). Consecutive edits of the
// same field of the same node merge into one step, so typing in a field undoes at once.
class EditNodeCommand : public QUndoCommand
{
public:
    EditNodeCommand(TopologyDocument *document, Node before, Node after, const QString &field,
                    QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    TopologyDocument *m_document;
    Node m_before;
    Node m_after;
    QString m_field;
};

// The same for links.
class EditLinkCommand : public QUndoCommand
{
public:
    EditLinkCommand(TopologyDocument *document, Link before, Link after, const QString &field,
                    QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    TopologyDocument *m_document;
    Link m_before;
    Link m_after;
    QString m_field;
};

} // namespace Er
