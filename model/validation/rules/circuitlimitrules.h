#pragma once

#include <string>

namespace Er {

class FindingSink;
struct RuleContext;

// The CIRCUIT rules about Microsoft's limits, registered by registerCircuitRules
// (circuitrules.h): they share the catalogue's limit tables (expressroute-facts.md §2.4, §2.5).

// CIRCUIT-004: VNet connections plus Global Reach links against the tier's and bandwidth's limit.
void checkVnetLinkLimit(const RuleContext &c, FindingSink &sink);
// CIRCUIT-005: advertised prefixes against the private and Microsoft peering route limits.
void checkRouteLimits(const RuleContext &c, FindingSink &sink);

// The Learn page with the ExpressRoute limits.
const std::string &vnetLinkLimitReference();

} // namespace Er
