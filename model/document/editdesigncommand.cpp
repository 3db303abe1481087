#include "model/document/editdesigncommand.h"

#include "model/document/commandid.h"
#include "model/document/topologydocument.h"

#include <QCoreApplication>

namespace Er {

EditDesignCommand::EditDesignCommand(TopologyDocument *document,
                                     std::optional<std::string> name,
                                     std::optional<std::string> description,
                                     QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_oldName(document->topology().name)
    , m_oldDescription(document->topology().description)
    , m_name(std::move(name))
    , m_description(std::move(description))
{
    setText(QCoreApplication::translate("Er::Commands", "Change design properties"));
    if (m_name == m_oldName && m_description == m_oldDescription)
        setObsolete(true);
}

void EditDesignCommand::redo()
{
    m_document->setDesignInfo(m_name, m_description);
}

void EditDesignCommand::undo()
{
    m_document->setDesignInfo(m_oldName, m_oldDescription);
}

int EditDesignCommand::id() const
{
    return int(CommandId::EditDesign);
}

bool EditDesignCommand::mergeWith(const QUndoCommand *other)
{
    const auto *edit = static_cast<const EditDesignCommand *>(other);
    if (edit->changesName() != changesName() || edit->changesDescription() != changesDescription())
        return false;
    m_name = edit->m_name;
    m_description = edit->m_description;
    setObsolete(m_name == m_oldName && m_description == m_oldDescription);
    return true;
}

} // namespace Er
