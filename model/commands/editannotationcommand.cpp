#include "editannotationcommand.h"

#include "commandid.h"
#include "topologydocument.h"

#include <QCoreApplication>

namespace Er {

namespace {

// The first line of its text, as the canvas shows it first; its id when it has none.
std::string labelOf(const Annotation &annotation)
{
    return annotation.text.empty() ? annotation.id
                                   : annotation.text.substr(0, annotation.text.find('\n'));
}

} // namespace

EditAnnotationCommand::EditAnnotationCommand(TopologyDocument *document,
                                             Annotation before,
                                             Annotation after,
                                             const QString &field,
                                             QUndoCommand *parent,
                                             bool mergeable)
    : QUndoCommand(parent)
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_field(field)
    , m_mergeable(mergeable)
{
    setText(QCoreApplication::translate("Er::Commands", "Change %1 of '%2'")
                .arg(field, QString::fromStdString(labelOf(m_before))));
    if (m_before == m_after)
        setObsolete(true);
}

void EditAnnotationCommand::redo()
{
    m_document->replaceAnnotation(m_after);
}

void EditAnnotationCommand::undo()
{
    m_document->replaceAnnotation(m_before);
}

int EditAnnotationCommand::id() const
{
    return m_mergeable ? int(CommandId::EditAnnotation) : -1;
}

bool EditAnnotationCommand::mergeWith(const QUndoCommand *other)
{
    const auto *edit = static_cast<const EditAnnotationCommand *>(other);
    if (!edit->m_mergeable || edit->m_after.id != m_after.id || edit->m_field != m_field)
        return false;
    m_after = edit->m_after;
    setObsolete(m_before == m_after);
    return true;
}

} // namespace Er
