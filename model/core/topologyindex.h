#pragma once

#include "topology.h"

#include <vector>

namespace Er {

// Adjacency and per-kind lists of a topology, built once per validation or analysis run so that
// no rule has to scan the whole design per element. Holds pointers into the topology: rebuild it
// after the topology changes.
class TopologyIndex
{
public:
    explicit TopologyIndex(const Topology &topology);

    const Topology &topology() const { return m_topology; }

    const std::vector<const Node *> &nodesOfKind(NodeKind kind) const;
    const std::vector<const Link *> &linksOfKind(LinkKind kind) const;

    // Every link that starts or ends at the node, in design order.
    const std::vector<const Link *> &linksAt(const Node &node) const;
    std::vector<const Link *> linksAt(const Node &node, LinkKind kind) const;
    // Links of the kind that end at / start at the node.
    std::vector<const Link *> incoming(const Node &node, LinkKind kind) const;
    std::vector<const Link *> outgoing(const Node &node, LinkKind kind) const;

    const Node *from(const Link &link) const { return m_topology.node(link.from); }
    const Node *to(const Link &link) const { return m_topology.node(link.to); }
    const Node *otherEnd(const Link &link, const Node &node) const;

    std::size_t indexOf(const Node &node) const;

private:
    const Topology &m_topology;
    std::vector<std::vector<const Node *>> m_nodesByKind;
    std::vector<std::vector<const Link *>> m_linksByKind;
    std::vector<std::vector<const Link *>> m_linksAt;
};

} // namespace Er
