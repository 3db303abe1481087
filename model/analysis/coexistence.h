#pragma once

namespace Er {

class Catalogue;
struct VirtualNetworkFields;

// Whether the VNet's VPN gateway can coexist with its ExpressRoute gateway, and so back it up:
// "Basic SKU gateway is not supported" for coexisting connections [COEX] (facts §5.3). True
// where the VNet lacks either gateway or the VPN SKU is unknown (nothing to say).
bool vpnCanCoexist(const VirtualNetworkFields &vnet, const Catalogue &catalogue);

} // namespace Er
