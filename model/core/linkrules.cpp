#include "model/core/linkrules.h"

#include <algorithm>

namespace Er {

namespace {

const std::vector<LinkEndRule> &table()
{
    using K = NodeKind;
    static const std::vector<LinkEndRule> rules = {
        {LinkKind::Lan, {K::Site}, {K::CustomerEdge}},
        {LinkKind::Access, {K::CustomerEdge, K::Site}, {K::ProviderEdge}},
        {LinkKind::CircuitPort, {K::ProviderEdge, K::CustomerEdge}, {K::Circuit}},
        {LinkKind::Connection, {K::Circuit}, {K::VirtualNetwork}},
        {LinkKind::GlobalReach, {K::Circuit}, {K::Circuit}},
        {LinkKind::Vpn, {K::Site, K::CustomerEdge}, {K::VirtualNetwork}},
        {LinkKind::VnetPeering, {K::VirtualNetwork}, {K::VirtualNetwork}},
    };
    return rules;
}

bool holds(const std::vector<NodeKind> &kinds, NodeKind kind)
{
    return std::find(kinds.begin(), kinds.end(), kind) != kinds.end();
}

} // namespace

std::span<const LinkEndRule> linkEndRules()
{
    return table();
}

const LinkEndRule &linkEndRule(LinkKind kind)
{
    return table().at(static_cast<std::size_t>(kind));
}

bool canJoin(LinkKind kind, NodeKind from, NodeKind to)
{
    const LinkEndRule &rule = linkEndRule(kind);
    return holds(rule.from, from) && holds(rule.to, to);
}

std::vector<LinkKind> linkKindsBetween(NodeKind from, NodeKind to)
{
    std::vector<LinkKind> kinds;
    for (const LinkEndRule &rule : table()) {
        if (holds(rule.from, from) && holds(rule.to, to))
            kinds.push_back(rule.kind);
    }
    return kinds;
}

std::string describeKinds(const std::vector<NodeKind> &kinds)
{
    std::string text;
    for (std::size_t i = 0; i < kinds.size(); ++i) {
        if (i > 0)
            text += i + 1 == kinds.size() ? " or " : ", ";
        text += toString(kinds[i]);
    }
    return text;
}

} // namespace Er
