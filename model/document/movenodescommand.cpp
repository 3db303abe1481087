#include "model/document/movenodescommand.h"

#include "model/document/commandid.h"
#include "model/document/topologydocument.h"

#include <QCoreApplication>

namespace Er {

MoveNodesCommand::MoveNodesCommand(TopologyDocument *document,
                                   Positions before,
                                   Positions after,
                                   bool mergeable,
                                   QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_mergeable(mergeable)
{
    setText(m_after.size() == 1
                ? QCoreApplication::translate("Er::Commands", "Move 1 node")
                : QCoreApplication::translate("Er::Commands", "Move %1 nodes").arg(m_after.size()));
    if (m_before == m_after)
        setObsolete(true);
}

void MoveNodesCommand::apply(const Positions &positions)
{
    std::vector<Node> moved;
    moved.reserve(positions.size());
    for (const auto &[id, position] : positions) {
        const Node *node = m_document->topology().node(id);
        if (!node)
            continue;
        moved.push_back(*node);
        moved.back().position = position;
    }
    m_document->replaceElements(moved, {});
}

void MoveNodesCommand::redo()
{
    apply(m_after);
}

void MoveNodesCommand::undo()
{
    apply(m_before);
}

int MoveNodesCommand::id() const
{
    return m_mergeable ? int(CommandId::MoveNodes) : -1;
}

bool MoveNodesCommand::mergeWith(const QUndoCommand *other)
{
    const auto *move = static_cast<const MoveNodesCommand *>(other);
    if (!move->m_mergeable || move->m_after.size() != m_after.size())
        return false;
    for (const auto &[id, position] : move->m_after) {
        if (!m_after.contains(id))
            return false;
    }
    m_after = move->m_after;
    setObsolete(m_before == m_after);
    return true;
}

} // namespace Er
