#include "model/analysis/fastpathspokes.h"

#include "model/core/topology.h"
#include "model/core/topologyindex.h"

#include <algorithm>

#include <optional>
#include <string>

namespace Er {

namespace {

// The ARM name of the VNet's region ("uksouth"), or else the id of its azureRegion node.
std::optional<std::string> regionOf(const Topology &topology, const Node &vnet)
{
    const VirtualNetworkFields *fields = vnet.virtualNetwork();
    if (!fields || !fields->region)
        return std::nullopt;
    const Node *region = topology.node(*fields->region);
    if (region && region->azureRegion() && region->azureRegion()->region)
        return *region->azureRegion()->region;
    return *fields->region;
}

} // namespace

std::vector<const Node *> spokesUsingGateway(const TopologyIndex &index, const Node &hub)
{
    std::vector<const Node *> spokes;
    for (const Link *peering : index.incoming(hub, LinkKind::VnetPeering)) {
        const Node *spoke = index.from(*peering);
        if (peering->useRemoteGateways.value_or(false) && spoke && spoke->virtualNetwork()
            && std::find(spokes.begin(), spokes.end(), spoke) == spokes.end()) {
            spokes.push_back(spoke);
        }
    }
    return spokes;
}

bool fastPathReachesSpoke(const Topology &topology,
                          const Node &circuit,
                          const Node &hub,
                          const Node &spoke)
{
    if (!circuit.circuit() || !circuit.circuit()->isDirect())
        return false;
    const std::optional<std::string> hubRegion = regionOf(topology, hub);
    return hubRegion && hubRegion == regionOf(topology, spoke);
}

} // namespace Er
