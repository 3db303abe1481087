#include "model/document/editannotationcommand.h"

#include "model/document/commandid.h"
#include "model/document/topologydocument.h"

#include <QCoreApplication>

#include <algorithm>

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
    : EditAnnotationCommand(document,
                            std::vector<Annotation>{std::move(before)},
                            std::vector<Annotation>{std::move(after)},
                            field,
                            parent,
                            mergeable)
{}

EditAnnotationCommand::EditAnnotationCommand(TopologyDocument *document,
                                             std::vector<Annotation> before,
                                             std::vector<Annotation> after,
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
    if (m_before.size() == 1) {
        setText(QCoreApplication::translate("Er::Commands", "Change %1 of '%2'")
                    .arg(field, QString::fromStdString(labelOf(m_before.front()))));
    } else {
        setText(QCoreApplication::translate("Er::Commands", "Change %1 of %2 annotations")
                    .arg(field)
                    .arg(m_before.size()));
    }
    if (m_before == m_after)
        setObsolete(true);
}

void EditAnnotationCommand::redo()
{
    const ChangeBatch batch(m_document);
    for (const Annotation &annotation : m_after)
        m_document->replaceAnnotation(annotation);
}

void EditAnnotationCommand::undo()
{
    const ChangeBatch batch(m_document);
    for (const Annotation &annotation : m_before)
        m_document->replaceAnnotation(annotation);
}

int EditAnnotationCommand::id() const
{
    return m_mergeable ? int(CommandId::EditAnnotation) : -1;
}

bool EditAnnotationCommand::mergeWith(const QUndoCommand *other)
{
    const auto *edit = static_cast<const EditAnnotationCommand *>(other);
    const auto sameIds = [&] {
        return std::equal(m_after.begin(), m_after.end(), edit->m_after.begin(),
                          edit->m_after.end(),
                          [](const Annotation &a, const Annotation &b) { return a.id == b.id; });
    };
    if (!edit->m_mergeable || edit->m_field != m_field || !sameIds())
        return false;
    m_after = edit->m_after;
    setObsolete(m_before == m_after);
    return true;
}

} // namespace Er
