#include "model/document/addannotationcommand.h"

#include "model/document/topologydocument.h"

#include <QCoreApplication>

namespace Er {

AddAnnotationCommand::AddAnnotationCommand(TopologyDocument *document,
                                           Annotation annotation,
                                           QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_annotation(std::move(annotation))
{
    setText(QCoreApplication::translate("Er::Commands", "Add %1")
                .arg(QString::fromUtf8(displayName(m_annotation.kind)).toLower()));
}

void AddAnnotationCommand::redo()
{
    m_document->insertAnnotation(m_annotation);
}

void AddAnnotationCommand::undo()
{
    m_document->removeAnnotation(QString::fromStdString(m_annotation.id));
}

} // namespace Er
