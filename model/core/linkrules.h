#pragma once

#include "model/core/topology.h"

#include <span>
#include <vector>

namespace Er {

// Which link kinds may join which node kinds (topology-format.md, "Links"). This table is data:
// the loader refuses a link between the wrong kinds, and the canvas offers only valid kinds.
struct LinkEndRule
{
    LinkKind kind;
    std::vector<NodeKind> from;
    std::vector<NodeKind> to;
};

std::span<const LinkEndRule> linkEndRules();
const LinkEndRule &linkEndRule(LinkKind kind);

bool canJoin(LinkKind kind, NodeKind from, NodeKind to);

// The link kinds that may be drawn from a node of kind `from` to a node of kind `to`, in table
// order. Empty when no link may join them in that direction.
std::vector<LinkKind> linkKindsBetween(NodeKind from, NodeKind to);

// "site or customerEdge", for error messages.
std::string describeKinds(const std::vector<NodeKind> &kinds);

} // namespace Er
