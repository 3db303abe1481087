#include "model/core/topology.h"

#include <algorithm>
#include <cstdlib>

namespace Er {

namespace {

struct KindName
{
    std::string_view key;
    std::string_view display;
};

constexpr KindName nodeKindNames[] = {{"site", "Site"},
                                      {"customerEdge", "Customer edge"},
                                      {"providerEdge", "Provider edge"},
                                      {"circuit", "Circuit"},
                                      {"azureRegion", "Azure region"},
                                      {"virtualNetwork", "Virtual network"}};

constexpr KindName linkKindNames[] = {{"lan", "LAN"},
                                      {"access", "Access"},
                                      {"circuitPort", "Circuit port"},
                                      {"connection", "Connection"},
                                      {"globalReach", "Global Reach"},
                                      {"vpn", "Site-to-site VPN"},
                                      {"vnetPeering", "VNet peering"}};

template<typename Kind, std::size_t N>
std::optional<Kind> kindFromString(const KindName (&names)[N], std::string_view text)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (names[i].key == text)
            return static_cast<Kind>(i);
    }
    return std::nullopt;
}

} // namespace

std::string_view toString(NodeKind kind)
{
    return nodeKindNames[static_cast<std::size_t>(kind)].key;
}

std::string_view toString(LinkKind kind)
{
    return linkKindNames[static_cast<std::size_t>(kind)].key;
}

std::string_view displayName(NodeKind kind)
{
    return nodeKindNames[static_cast<std::size_t>(kind)].display;
}

std::string_view displayName(LinkKind kind)
{
    return linkKindNames[static_cast<std::size_t>(kind)].display;
}

std::optional<NodeKind> nodeKindFromString(std::string_view text)
{
    return kindFromString<NodeKind>(nodeKindNames, text);
}

std::optional<LinkKind> linkKindFromString(std::string_view text)
{
    return kindFromString<LinkKind>(linkKindNames, text);
}

const Peering *CircuitFields::peering(std::string_view type) const
{
    if (!peerings)
        return nullptr;
    for (const Peering &p : *peerings) {
        if (p.peeringType && *p.peeringType == type)
            return &p;
    }
    return nullptr;
}

NodeFields defaultFields(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Site:
        return SiteFields{};
    case NodeKind::CustomerEdge:
        return CustomerEdgeFields{};
    case NodeKind::ProviderEdge:
        return ProviderEdgeFields{};
    case NodeKind::Circuit:
        return CircuitFields{};
    case NodeKind::AzureRegion:
        return AzureRegionFields{};
    case NodeKind::VirtualNetwork:
        return VirtualNetworkFields{};
    }
    return SiteFields{};
}

Node makeNode(NodeKind kind, std::string id)
{
    Node node;
    node.id = std::move(id);
    node.fields = defaultFields(kind);
    return node;
}

const Node *Topology::node(std::string_view id) const
{
    const auto index = nodeIndex(id);
    return index ? &m_nodes[*index] : nullptr;
}

const Link *Topology::link(std::string_view id) const
{
    const auto index = linkIndex(id);
    return index ? &m_links[*index] : nullptr;
}

bool Topology::contains(std::string_view id) const
{
    return nodeIndex(id) || linkIndex(id) || annotationIndex(id);
}

const Annotation *Topology::annotation(std::string_view id) const
{
    const auto index = annotationIndex(id);
    return index ? &m_annotations[*index] : nullptr;
}

std::optional<std::size_t> Topology::annotationIndex(std::string_view id) const
{
    for (std::size_t i = 0; i < m_annotations.size(); ++i) {
        if (m_annotations[i].id == id)
            return i;
    }
    return std::nullopt;
}

bool Topology::addAnnotation(Annotation annotation, std::optional<std::size_t> atIndex)
{
    if (annotation.id.empty() || contains(annotation.id))
        return false;
    const std::size_t index = std::min(atIndex.value_or(m_annotations.size()), m_annotations.size());
    m_annotations.insert(m_annotations.begin() + std::ptrdiff_t(index), std::move(annotation));
    return true;
}

bool Topology::replaceAnnotation(const Annotation &annotation)
{
    const auto index = annotationIndex(annotation.id);
    if (!index)
        return false;
    m_annotations[*index] = annotation;
    return true;
}

std::optional<Annotation> Topology::removeAnnotation(std::string_view id)
{
    const auto index = annotationIndex(id);
    if (!index)
        return std::nullopt;
    Annotation removed = std::move(m_annotations[*index]);
    m_annotations.erase(m_annotations.begin() + std::ptrdiff_t(*index));
    return removed;
}

std::optional<std::size_t> Topology::nodeIndex(std::string_view id) const
{
    const auto it = m_nodeIndex.find(id);
    if (it == m_nodeIndex.end())
        return std::nullopt;
    return it->second;
}

std::optional<std::size_t> Topology::linkIndex(std::string_view id) const
{
    const auto it = m_linkIndex.find(id);
    if (it == m_linkIndex.end())
        return std::nullopt;
    return it->second;
}

const Node *Topology::linkFrom(std::size_t linkIndex) const
{
    const std::size_t index = m_linkEnds[linkIndex].from;
    return index == noNode ? nullptr : &m_nodes[index];
}

const Node *Topology::linkTo(std::size_t linkIndex) const
{
    const std::size_t index = m_linkEnds[linkIndex].to;
    return index == noNode ? nullptr : &m_nodes[index];
}

std::optional<double> Topology::assumption(std::string_view key) const
{
    for (const auto &[assumptionKey, jsonText] : assumptions) {
        if (assumptionKey != key)
            continue;
        const char *begin = jsonText.c_str();
        char *end = nullptr;
        const double value = std::strtod(begin, &end);
        if (end == begin || *end != '\0')
            return std::nullopt;
        return value;
    }
    return std::nullopt;
}

void Topology::reserve(std::size_t nodes, std::size_t links)
{
    m_nodes.reserve(nodes);
    m_links.reserve(links);
    m_nodeIndex.reserve(nodes);
    m_linkIndex.reserve(links);
}

bool Topology::addNode(Node node, std::optional<std::size_t> atIndex)
{
    if (node.id.empty() || contains(node.id))
        return false;
    const std::size_t index = std::min(atIndex.value_or(m_nodes.size()), m_nodes.size());
    const std::string id = node.id;
    m_nodes.insert(m_nodes.begin() + static_cast<std::ptrdiff_t>(index), std::move(node));
    if (index + 1 == m_nodes.size()) {
        m_nodeIndex.emplace(id, index);
    } else {
        reindexFrom(index, m_links.size());
        shiftLinkEnds(index, true);
    }
    resolveDanglingEnds(index);
    return true;
}

bool Topology::addLink(Link link, std::optional<std::size_t> atIndex)
{
    if (link.id.empty() || contains(link.id))
        return false;
    const std::size_t index = std::min(atIndex.value_or(m_links.size()), m_links.size());
    const std::string id = link.id;
    const LinkEnds ends = resolveEnds(link);
    m_danglingEnds += danglingCount(ends);
    m_links.insert(m_links.begin() + static_cast<std::ptrdiff_t>(index), std::move(link));
    m_linkEnds.insert(m_linkEnds.begin() + static_cast<std::ptrdiff_t>(index), ends);
    if (index + 1 == m_links.size())
        m_linkIndex.emplace(id, index);
    else
        reindexFrom(m_nodes.size(), index);
    return true;
}

bool Topology::replaceNode(const Node &node)
{
    const auto index = nodeIndex(node.id);
    if (!index)
        return false;
    m_nodes[*index] = node;
    return true;
}

bool Topology::replaceLink(const Link &link)
{
    const auto index = linkIndex(link.id);
    if (!index)
        return false;
    m_links[*index] = link;
    LinkEnds &ends = m_linkEnds[*index];
    m_danglingEnds -= danglingCount(ends);
    ends = resolveEnds(link);
    m_danglingEnds += danglingCount(ends);
    return true;
}

std::optional<Node> Topology::removeNode(std::string_view id)
{
    const auto index = nodeIndex(id);
    if (!index)
        return std::nullopt;
    Node node = std::move(m_nodes[*index]);
    m_nodes.erase(m_nodes.begin() + static_cast<std::ptrdiff_t>(*index));
    m_nodeIndex.erase(node.id);
    reindexFrom(*index, m_links.size());
    shiftLinkEnds(*index, false);
    return node;
}

std::optional<Link> Topology::removeLink(std::string_view id)
{
    const auto index = linkIndex(id);
    if (!index)
        return std::nullopt;
    Link link = std::move(m_links[*index]);
    m_links.erase(m_links.begin() + static_cast<std::ptrdiff_t>(*index));
    m_danglingEnds -= danglingCount(m_linkEnds[*index]);
    m_linkEnds.erase(m_linkEnds.begin() + static_cast<std::ptrdiff_t>(*index));
    m_linkIndex.erase(link.id);
    reindexFrom(m_nodes.size(), *index);
    return link;
}

void Topology::clear()
{
    *this = Topology();
}

std::string Topology::uniqueId(std::string_view prefix) const
{
    for (std::size_t candidate = 1;; ++candidate) {
        std::string id = std::string(prefix) + "-" + std::to_string(candidate);
        if (!contains(id))
            return id;
    }
}

bool Topology::operator==(const Topology &other) const
{
    return name == other.name && description == other.description
           && assumptions == other.assumptions && pricing == other.pricing && extra == other.extra
           && m_nodes == other.m_nodes && m_links == other.m_links
           && m_annotations == other.m_annotations;
}

void Topology::reindexFrom(std::size_t nodeStart, std::size_t linkStart)
{
    for (std::size_t i = nodeStart; i < m_nodes.size(); ++i)
        m_nodeIndex[m_nodes[i].id] = i;
    for (std::size_t i = linkStart; i < m_links.size(); ++i)
        m_linkIndex[m_links[i].id] = i;
}

Topology::LinkEnds Topology::resolveEnds(const Link &link) const
{
    return {nodeIndex(link.from).value_or(noNode), nodeIndex(link.to).value_or(noNode)};
}

// After a node was inserted at (or removed from) fromNodeIndex: ends at or after it move by one;
// ends at a removed node are left dangling.
void Topology::shiftLinkEnds(std::size_t fromNodeIndex, bool inserted)
{
    const auto shift = [&](std::size_t &end) {
        if (end == noNode || end < fromNodeIndex)
            return;
        if (inserted) {
            ++end;
        } else if (end == fromNodeIndex) {
            end = noNode;
            ++m_danglingEnds;
        } else {
            --end;
        }
    };
    for (LinkEnds &ends : m_linkEnds) {
        shift(ends.from);
        shift(ends.to);
    }
}

// A node was added: links that already named its id now end at it.
void Topology::resolveDanglingEnds(std::size_t nodeIndex)
{
    if (m_danglingEnds == 0)
        return;
    const std::string &id = m_nodes[nodeIndex].id;
    for (std::size_t i = 0; i < m_links.size(); ++i) {
        LinkEnds &ends = m_linkEnds[i];
        if (ends.from == noNode && m_links[i].from == id) {
            ends.from = nodeIndex;
            --m_danglingEnds;
        }
        if (ends.to == noNode && m_links[i].to == id) {
            ends.to = nodeIndex;
            --m_danglingEnds;
        }
    }
}

std::size_t Topology::danglingCount(const LinkEnds &ends)
{
    return (ends.from == noNode ? 1 : 0) + (ends.to == noNode ? 1 : 0);
}

} // namespace Er
