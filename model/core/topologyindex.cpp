#include "model/core/topologyindex.h"

#include <cassert>
#include <iterator>

namespace Er {

namespace {
constexpr std::size_t linkKindCount = std::size(allLinkKinds);
} // namespace

TopologyIndex::TopologyIndex(const Topology &topology)
    : m_topology(topology)
    , m_nodesByKind(std::size(allNodeKinds))
    , m_linksByKind(linkKindCount)
{
    for (const Node &node : topology.nodes())
        m_nodesByKind[static_cast<std::size_t>(node.kind())].push_back(&node);
    for (const Link &link : topology.links())
        m_linksByKind[static_cast<std::size_t>(link.kind)].push_back(&link);

    const std::size_t nodeCount = topology.nodes().size();
    m_linksAt = groupLinks(nodeCount, [this](const Link &link, auto addTo) {
        const Node *linkFrom = from(link);
        const Node *linkTo = to(link);
        if (linkFrom)
            addTo(indexOf(*linkFrom));
        if (linkTo && linkTo != linkFrom)
            addTo(indexOf(*linkTo));
    });
    m_incoming = groupLinks(nodeCount * linkKindCount, [this](const Link &link, auto addTo) {
        if (const Node *end = to(link))
            addTo(kindSlot(indexOf(*end), link.kind));
    });
    m_outgoing = groupLinks(nodeCount * linkKindCount, [this](const Link &link, auto addTo) {
        if (const Node *start = from(link))
            addTo(kindSlot(indexOf(*start), link.kind));
    });
}

// A counting sort: count the links of each slot, turn the counts into offsets, then place the
// links in design order. slotsOf(link, addTo) calls addTo(slot) for each slot the link is in.
template<typename SlotsOf>
TopologyIndex::GroupedLinks TopologyIndex::groupLinks(std::size_t slotCount, SlotsOf slotsOf) const
{
    GroupedLinks grouped;
    grouped.offsets.assign(slotCount + 1, 0);
    for (const Link &link : m_topology.links())
        slotsOf(link, [&](std::size_t slot) { ++grouped.offsets[slot + 1]; });
    for (std::size_t s = 0; s < slotCount; ++s)
        grouped.offsets[s + 1] += grouped.offsets[s];
    grouped.links.resize(grouped.offsets[slotCount]);
    std::vector<std::size_t> next(grouped.offsets.begin(), grouped.offsets.end() - 1);
    for (const Link &link : m_topology.links())
        slotsOf(link, [&](std::size_t slot) { grouped.links[next[slot]++] = &link; });
    return grouped;
}

TopologyIndex::Links TopologyIndex::GroupedLinks::slot(std::size_t s) const
{
    return Links(links.data() + offsets[s], offsets[s + 1] - offsets[s]);
}

std::size_t TopologyIndex::kindSlot(std::size_t nodeIndex, LinkKind kind) const
{
    return nodeIndex * linkKindCount + static_cast<std::size_t>(kind);
}

const std::vector<const Node *> &TopologyIndex::nodesOfKind(NodeKind kind) const
{
    return m_nodesByKind[static_cast<std::size_t>(kind)];
}

const std::vector<const Link *> &TopologyIndex::linksOfKind(LinkKind kind) const
{
    return m_linksByKind[static_cast<std::size_t>(kind)];
}

TopologyIndex::Links TopologyIndex::linksAt(const Node &node) const
{
    return m_linksAt.slot(indexOf(node));
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

TopologyIndex::Links TopologyIndex::incoming(const Node &node, LinkKind kind) const
{
    return m_incoming.slot(kindSlot(indexOf(node), kind));
}

TopologyIndex::Links TopologyIndex::outgoing(const Node &node, LinkKind kind) const
{
    return m_outgoing.slot(kindSlot(indexOf(node), kind));
}

const Node *TopologyIndex::otherEnd(const Link &link, const Node &node) const
{
    const Node *start = from(link);
    return start == &node ? to(link) : start;
}

std::size_t TopologyIndex::indexOf(const Node &node) const
{
    assert(&node >= m_topology.nodes().data()
           && &node < m_topology.nodes().data() + m_topology.nodes().size());
    return static_cast<std::size_t>(&node - m_topology.nodes().data());
}

std::size_t TopologyIndex::indexOf(const Link &link) const
{
    assert(&link >= m_topology.links().data()
           && &link < m_topology.links().data() + m_topology.links().size());
    return static_cast<std::size_t>(&link - m_topology.links().data());
}

} // namespace Er
