#include "model/analysis/coexistence.h"

#include "model/catalogue/catalogue.h"
#include "model/core/topology.h"

namespace Er {

bool vpnCanCoexist(const VirtualNetworkFields &vnet, const Catalogue &catalogue)
{
    if (!vnet.expressRouteGateway || !vnet.vpnGateway || !vnet.vpnGateway->sku)
        return true;
    const VpnSkuInfo *sku = catalogue.vpnSku(*vnet.vpnGateway->sku);
    return !sku || !sku->basic;
}

} // namespace Er
