#include "model/analysis/gatewayzones.h"

#include "model/catalogue/catalogue.h"
#include "model/core/topology.h"

namespace Er {

GatewayZones gatewayZones(bool azSku, const AzureRegionInfo *region)
{
    GatewayZones zones;
    zones.azSku = azSku;
    zones.region = region;
    if (region)
        zones.regionHasZones = region->availabilityZones;
    return zones;
}

const AzureRegionInfo *vnetRegion(const Topology &topology,
                                  const Node &vnet,
                                  const Catalogue &catalogue)
{
    const VirtualNetworkFields *fields = vnet.virtualNetwork();
    const Node *regionNode = fields && fields->region ? topology.node(*fields->region) : nullptr;
    const AzureRegionFields *region = regionNode ? regionNode->azureRegion() : nullptr;
    return region && region->region ? catalogue.region(*region->region) : nullptr;
}

GatewayZones expressRouteGatewayZones(const Topology &topology,
                                      const Node &vnet,
                                      const Catalogue &catalogue)
{
    const VirtualNetworkFields *fields = vnet.virtualNetwork();
    const ExpressRouteGateway *gateway = fields && fields->expressRouteGateway
                                             ? &*fields->expressRouteGateway
                                             : nullptr;
    const GatewaySkuInfo *sku = gateway && gateway->sku
                                    ? catalogue.expressRouteGatewaySku(*gateway->sku)
                                    : nullptr;
    return gatewayZones(sku && sku->zoneRedundant, vnetRegion(topology, vnet, catalogue));
}

GatewayZones vpnGatewayZones(const Topology &topology, const Node &vnet, const Catalogue &catalogue)
{
    const VirtualNetworkFields *fields = vnet.virtualNetwork();
    const VpnGateway *gateway = fields && fields->vpnGateway ? &*fields->vpnGateway : nullptr;
    const VpnSkuInfo *sku = gateway && gateway->sku ? catalogue.vpnSku(*gateway->sku) : nullptr;
    return gatewayZones(sku && sku->zoneRedundant, vnetRegion(topology, vnet, catalogue));
}

} // namespace Er
