#pragma once

#include <vector>

namespace Er {

class Topology;
class TopologyIndex;
struct Node;

// The VNets peered to `hub` that use its gateway (gateway transit, `useRemoteGateways`), each
// once, in design order.
std::vector<const Node *> spokesUsingGateway(const TopologyIndex &index, const Node &hub);

// Whether FastPath takes traffic arriving over `circuit` past the gateway of VNet `hub` on to
// `spoke`, a VNet peered to the hub that uses its gateway: "VNet peering over FastPath" is
// ExpressRoute Direct only, and global VNet peering is not supported with FastPath ("hub and
// peered spokes must be in the same region") [FP 03/20/2025] (facts §4.5). False for a provider
// circuit, for a spoke in another region, or where either VNet's region is not given; such
// traffic goes through the gateway even when the connection enables FastPath.
bool fastPathReachesSpoke(const Topology &topology,
                          const Node &circuit,
                          const Node &hub,
                          const Node &spoke);

} // namespace Er
