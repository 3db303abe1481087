#pragma once

namespace Er {

class RuleRegistry;

// GATEWAY-009 to GATEWAY-011: the routes an ExpressRoute gateway learns from its circuits and
// advertises to them, against its SKU's and ExpressRoute's route limits (docs/spec/rules.md;
// facts §2.5, §4.2).
void registerGatewayRouteRules(RuleRegistry &registry);

} // namespace Er
