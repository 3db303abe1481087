#pragma once

#include "model/core/topology.h"

#include <optional>
#include <string>
#include <vector>

namespace Er {

// What the canvas gives a node or link the user has just added: a fresh id, a readable name and
// values that make a valid element of its kind, taken where possible from its neighbourhood.

// A node of `kind` at `position`: id "<prefix>-<n>" (site, ce, pe, er, region, vnet), name
// "<Kind> <n>". A provider edge or circuit takes the peering location (and provider) of the
// nearest provider edge or circuit, else London; a circuit is Standard, 1 Gbps, MeteredData.
// A region takes an Azure region local to the nearest circuit's peering location that the design
// does not use yet. A VNet lives in `regionId` (none when dropped outside every region) with a
// free 10.x.0.0/16; the first VNet of a region is its hub, with a GatewaySubnet and an ErGw1AZ
// gateway.
Node newNode(const Topology &topology,
             NodeKind kind,
             Point position,
             const std::optional<std::string> &regionId = std::nullopt);

// `vnet` moved into the region `regionId`. When the region has no hub yet (no other VNet there
// with an ExpressRoute gateway) and the VNet has no gateway, it becomes the hub, as the first VNet
// added in a region does: a GatewaySubnet inside its address space (10.10.255.0/27 in
// 10.10.0.0/16; kept when it has one) and an ErGw1AZ gateway.
Node vnetInRegion(const Topology &topology, const Node &vnet, const std::string &regionId);

// A link of `kind` from `from` to `to` (node ids of the design), id "<prefix>-<n>". A circuit
// port is the primary if the circuit has none yet, else the secondary. An access link is the
// primary if its site (the site of the customer edge it starts at) has no primary access link to
// that provider edge yet, else the secondary, else it carries both (no role). A VNet peering uses
// the hub's gateways when the hub has one.
Link newLink(const Topology &topology,
             LinkKind kind,
             const std::string &from,
             const std::string &to);

// A link the user may draw between two nodes: its kind and whether it runs from the node the
// drag ended on to the node it started from (a lan link drawn from a CE to its site).
struct LinkChoice
{
    LinkKind kind;
    bool reversed = false;
    bool operator==(const LinkChoice &) const = default;
};

// The links that may join a node of kind `start` to one of kind `end`, trying the drawn
// direction first, then the other; a kind appears once. Empty when none fits.
std::vector<LinkChoice> linkChoices(NodeKind start, NodeKind end);

} // namespace Er
