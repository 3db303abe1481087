#pragma once

#include "model/core/topology.h"

#include <span>
#include <vector>

namespace Er {

// Adjacency and per-kind lists of a topology, built once per validation or analysis run so that
// no rule has to scan the whole design per element. Holds pointers into the topology: rebuild it
// after the topology changes.
//
// The adjacency is stored compressed: one array of links per direction, grouped by node and link
// kind, so that a look-up returns a view into it without allocating or touching other links.
class TopologyIndex
{
public:
    using Links = std::span<const Link *const>;

    explicit TopologyIndex(const Topology &topology);

    const Topology &topology() const { return m_topology; }

    const std::vector<const Node *> &nodesOfKind(NodeKind kind) const;
    const std::vector<const Link *> &linksOfKind(LinkKind kind) const;

    // Every link that starts or ends at the node, in design order.
    Links linksAt(const Node &node) const;
    std::vector<const Link *> linksAt(const Node &node, LinkKind kind) const;
    // Links of the kind that end at / start at the node, in design order.
    Links incoming(const Node &node, LinkKind kind) const;
    Links outgoing(const Node &node, LinkKind kind) const;

    // A link's end nodes, as the topology keeps them (null for a dangling id).
    const Node *from(const Link &link) const { return m_topology.linkFrom(indexOf(link)); }
    const Node *to(const Link &link) const { return m_topology.linkTo(indexOf(link)); }
    const Node *otherEnd(const Link &link, const Node &node) const;

    std::size_t indexOf(const Node &node) const;
    std::size_t indexOf(const Link &link) const;

private:
    // Links grouped by a slot number (a node, or a node and a link kind): the links of slot s are
    // links[offsets[s]] up to links[offsets[s + 1]], in design order.
    struct GroupedLinks
    {
        std::vector<std::size_t> offsets;
        std::vector<const Link *> links;

        Links slot(std::size_t s) const;
    };

    template<typename SlotsOf>
    GroupedLinks groupLinks(std::size_t slotCount, SlotsOf slotsOf) const;
    std::size_t kindSlot(std::size_t nodeIndex, LinkKind kind) const;

    const Topology &m_topology;
    std::vector<std::vector<const Node *>> m_nodesByKind;
    std::vector<std::vector<const Link *>> m_linksByKind;
    GroupedLinks m_linksAt;  // slot: node
    GroupedLinks m_incoming; // slot: node and kind of the links ending there
    GroupedLinks m_outgoing; // slot: node and kind of the links starting there
};

} // namespace Er
