#include "topologyindex.h"

#include <iterator>

namespace Er {

TopologyIndex::TopologyIndex(const Topology &topology)
    : m_topology(topology)
    , m_nodesByKind(std::size(allNodeKinds))
    , m_linksByKind(std::size(allLinkKinds))
    , m_linksAt(topology.nodes().size())
{
    for (const Node &node : topology.nodes())
        m_nodesByKind[static_cast<std::size_t>(node.kind())].push_back(&node);
    for (const Link &link : topology.links()) {
        m_linksByKind[static_cast<std::size_t>(link.kind)].push_back(&link);
        const auto fromIndex = topology.nodeIndex(link.from);
        const auto toIndex = topology.nodeIndex(link.to);
        if (fromIndex)
            m_linksAt[*fromIndex].push_back(&link);
        if (toIndex && toIndex != fromIndex)
            m_linksAt[*toIndex].push_back(&link);
    }
}

const std::vector<const Node *> &TopologyIndex::nodesOfKind(NodeKind kind) const
{
    return m_nodesByKind[static_cast<std::size_t>(kind)];
}

const std::vector<const Link *> &TopologyIndex::linksOfKind(LinkKind kind) const
{
    return m_linksByKind[static_cast<std::size_t>(kind)];
}

const std::vector<const Link *> &TopologyIndex::linksAt(const Node &node) const
{
    return m_linksAt[indexOf(node)];
}

std::vector<const Link *> TopologyIndex::linksAt(const Node &node, LinkKind kind) const
{
    std::vector<const Link *> result;
    for (const Link *link : linksAt(node)) {
        if (link->kind == kind)
            result.push_back(link);
    }
    return result;
}

std::vector<const Link *> TopologyIndex::incoming(const Node &node, LinkKind kind) const
{
    std::vector<const Link *> result;
    for (const Link *link : linksAt(node)) {
        if (link->kind == kind && link->to == node.id)
            result.push_back(link);
    }
    return result;
}

std::vector<const Link *> TopologyIndex::outgoing(const Node &node, LinkKind kind) const
{
    std::vector<const Link *> result;
    for (const Link *link : linksAt(node)) {
        if (link->kind == kind && link->from == node.id)
            result.push_back(link);
    }
    return result;
}

const Node *TopologyIndex::otherEnd(const Link &link, const Node &node) const
{
    return m_topology.node(link.from == node.id ? link.to : link.from);
}

std::size_t TopologyIndex::indexOf(const Node &node) const
{
    return static_cast<std::size_t>(&node - m_topology.nodes().data());
}

} // namespace Er
