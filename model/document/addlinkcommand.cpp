#include "model/document/addlinkcommand.h"

#include "model/document/topologydocument.h"

#include <QCoreApplication>

namespace Er {

AddLinkCommand::AddLinkCommand(TopologyDocument *document, Link link, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_link(std::move(link))
{
    setText(QCoreApplication::translate("Er::Commands", "Add %1 link")
                .arg(QString::fromUtf8(displayName(m_link.kind))));
}

void AddLinkCommand::redo()
{
    m_document->insertLink(m_link);
}

void AddLinkCommand::undo()
{
    m_document->removeLink(QString::fromStdString(m_link.id));
}

} // namespace Er
