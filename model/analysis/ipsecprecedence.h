#pragma once

#include <string>
#include <vector>

namespace Er {

struct Link;
struct Node;

// What ExpressRoute's private peering announces for a site: each circuit's listed
// advertisedPrefixes, or the site's own addressPrefixes where a circuit lists none
// (topology-format.md).
std::vector<std::string> expressRoutePrefixes(const Node &site,
                                              const std::vector<const Node *> &circuits);

// Whether an IPsec tunnel over ExpressRoute private peering carries the site's traffic: only if
// every prefix it announces is more specific than, or apart from, what ExpressRoute announces;
// with the same prefixes "Azure uses the ExpressRoute path directly without VPN protection"
// [S2SPP] (facts §9). A tunnel that announces nothing of its own protects nothing.
bool ipsecTakesPrecedence(const Link &vpn, const std::vector<std::string> &expressRoute);

} // namespace Er
