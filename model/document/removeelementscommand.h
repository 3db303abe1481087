#pragma once

#include "model/core/topology.h"

#include <QStringList>
#include <QUndoCommand>

#include <vector>

namespace Er {

class TopologyDocument;

// Removes nodes, links and annotations, with every link attached to a removed node and every reference to a
// removed VNet (sites' needsVnets, VNets' region stays: a region with VNets cannot go alone, so
// its VNets go with it). Undo puts everything back where it was, in the same order.
class RemoveElementsCommand : public QUndoCommand
{
public:
    RemoveElementsCommand(TopologyDocument *document,
                          const QStringList &ids,
                          QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    bool isEmpty() const { return m_nodes.empty() && m_links.empty() && m_annotations.empty(); }

private:
    TopologyDocument *m_document;
    std::vector<std::pair<std::size_t, Node>> m_nodes; // index in the design, node
    std::vector<std::pair<std::size_t, Link>> m_links;
    std::vector<std::pair<std::size_t, Annotation>> m_annotations;
    std::vector<std::pair<Node, Node>> m_edited; // sites whose needsVnets lose an id: before, after
};

} // namespace Er
