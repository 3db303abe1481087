#pragma once

#include "model/core/topology.h"

#include <QString>
#include <QUndoCommand>

#include <vector>

namespace Er {

class TopologyDocument;

// Replaces a note's or a rectangle's value: its text or colour (the inspector, a double click),
// its position or size (a drag). Consecutive edits of the same field merge into one step, so that
// typing undoes at once; a drag is not `mergeable`, so that each drag is a step of its own.
class EditAnnotationCommand : public QUndoCommand
{
public:
    EditAnnotationCommand(TopologyDocument *document,
                          Annotation before,
                          Annotation after,
                          const QString &field,
                          QUndoCommand *parent = nullptr,
                          bool mergeable = true);
    // The same field of several notes and rectangles at once (the inspector with several
    // selected); `before` and `after` hold the same ids in the same order.
    EditAnnotationCommand(TopologyDocument *document,
                          std::vector<Annotation> before,
                          std::vector<Annotation> after,
                          const QString &field,
                          QUndoCommand *parent = nullptr,
                          bool mergeable = true);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    TopologyDocument *m_document;
    std::vector<Annotation> m_before;
    std::vector<Annotation> m_after;
    QString m_field;
    bool m_mergeable;
};

} // namespace Er
