#include "model/document/addnodecommand.h"

#include "model/document/topologydocument.h"

#include <QCoreApplication>

namespace Er {

AddNodeCommand::AddNodeCommand(TopologyDocument *document, Node node, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_node(std::move(node))
{
    setText(QCoreApplication::translate("Er::Commands", "Add %1 '%2'")
                .arg(QString::fromUtf8(displayName(m_node.kind())).toLower(),
                     QString::fromStdString(m_node.label())));
}

void AddNodeCommand::redo()
{
    m_document->insertNode(m_node);
}

void AddNodeCommand::undo()
{
    m_document->removeNode(QString::fromStdString(m_node.id));
}

} // namespace Er
