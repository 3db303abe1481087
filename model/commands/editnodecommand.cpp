#include "editnodecommand.h"

#include "commandid.h"
#include "topologydocument.h"

#include <QCoreApplication>

namespace Er {

EditNodeCommand::EditNodeCommand(TopologyDocument *document, Node before, Node after,
                                 const QString &field, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_field(field)
{
    setText(QCoreApplication::translate("Er::Commands", "Change %1 of '%2'")
                .arg(field, QString::fromStdString(m_before.label())));
    if (m_before == m_after)
        setObsolete(true);
}

void EditNodeCommand::redo()
{
    m_document->replaceNode(m_after);
}

void EditNodeCommand::undo()
{
    m_document->replaceNode(m_before);
}

int EditNodeCommand::id() const
{
    return int(CommandId::EditNode);
}

bool EditNodeCommand::mergeWith(const QUndoCommand *other)
{
    const auto *edit = static_cast<const EditNodeCommand *>(other);
    if (edit->m_after.id != m_after.id || edit->m_field != m_field)
        return false;
    m_after = edit->m_after;
    setObsolete(m_before == m_after);
    return true;
}

EditLinkCommand::EditLinkCommand(TopologyDocument *document, Link before, Link after,
                                 const QString &field, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_field(field)
{
    setText(QCoreApplication::translate("Er::Commands", "Change %1 of link '%2'")
                .arg(field, QString::fromStdString(m_before.id)));
    if (m_before == m_after)
        setObsolete(true);
}

void EditLinkCommand::redo()
{
    m_document->replaceLink(m_after);
}

void EditLinkCommand::undo()
{
    m_document->replaceLink(m_before);
}

int EditLinkCommand::id() const
{
    return int(CommandId::EditLink);
}

bool EditLinkCommand::mergeWith(const QUndoCommand *other)
{
    const auto *edit = static_cast<const EditLinkCommand *>(other);
    if (edit->m_after.id != m_after.id || edit->m_field != m_field)
        return false;
    m_after = edit->m_after;
    setObsolete(m_before == m_after);
    return true;
}

} // namespace Er
