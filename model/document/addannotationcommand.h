#pragma once

#include "model/core/topology.h"

#include <QUndoCommand>

namespace Er {

class TopologyDocument;

// Adds a note or a rectangle; undo removes it.
class AddAnnotationCommand : public QUndoCommand
{
public:
    AddAnnotationCommand(TopologyDocument *document,
                         Annotation annotation,
                         QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    TopologyDocument *m_document;
    Annotation m_annotation;
};

} // namespace Er
