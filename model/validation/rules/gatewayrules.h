#pragma once

namespace Er {

class RuleRegistry;

// GATEWAY — ExpressRoute virtual network gateways (shared/spec/rules.md; facts §4).
void registerGatewayRules(RuleRegistry &registry);

} // namespace Er
