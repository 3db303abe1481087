#pragma once

#include <optional>

namespace Er {

class Catalogue;
class Topology;
struct AzureRegionInfo;
struct Node;

// Is a VNet's gateway zone-redundant? The one answer the analysis, the rules and the resiliency
// index share (docs/spec/analysis-model.md, "Zone redundancy").
//
// An AZ SKU (ErGw1AZ-ErGw3AZ, ErGwScale, VpnGw1AZ-VpnGw5AZ) is zone-redundant in a region with
// availability zones. In a region without them it is deployed regional: no zone redundancy, the
// availability of a non-AZ gateway, a single point of failure [VPNCONS 09/26/2024; SCALE;
// docs/facts-additions.md]. In a region the catalogue does not know, or whose zones it has not
// confirmed, it counts as zone-redundant, as before, and nothing is said about it.
struct GatewayZones
{
    bool azSku = false;                      // the SKU is an AZ SKU (unknown SKU: false)
    std::optional<bool> regionHasZones;      // nullopt: unknown region, or its zones not confirmed
    const AzureRegionInfo *region = nullptr; // the VNet's region in the catalogue, if known

    bool zoneRedundant() const { return azSku && regionHasZones.value_or(true); }
    // An AZ SKU in a region known to have no availability zones (GATEWAY-008).
    bool deployedRegional() const { return azSku && regionHasZones == false; }
};

// The answer from the SKU's zone capability and the region.
GatewayZones gatewayZones(bool azSku, const AzureRegionInfo *region);

// The catalogue's entry for the VNet's region (its `region` names an azureRegion node), or nullptr.
const AzureRegionInfo *vnetRegion(const Topology &topology,
                                  const Node &vnet,
                                  const Catalogue &catalogue);

// The VNet's ExpressRoute / VPN gateway; azSku false when it has none or its SKU is unknown.
GatewayZones expressRouteGatewayZones(const Topology &topology,
                                      const Node &vnet,
                                      const Catalogue &catalogue);
GatewayZones vpnGatewayZones(const Topology &topology, const Node &vnet, const Catalogue &catalogue);

} // namespace Er
