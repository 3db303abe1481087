#pragma once

#include "model/core/topology.h"

#include <QUndoCommand>

#include <map>
#include <optional>
#include <string>

namespace Er {

class TopologyDocument;

// Moves nodes: one step per gesture (a drag, an alignment). Keyboard nudges of the same nodes
// merge into one step when `mergeable` is set.
class MoveNodesCommand : public QUndoCommand
{
public:
    using Positions = std::map<std::string, std::optional<Point>>;

    MoveNodesCommand(TopologyDocument *document,
                     Positions before,
                     Positions after,
                     bool mergeable = false,
                     QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    void apply(const Positions &positions);

    TopologyDocument *m_document;
    Positions m_before;
    Positions m_after;
    bool m_mergeable;
};

} // namespace Er
