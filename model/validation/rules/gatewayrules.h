#pragma once

namespace Er {

class RuleRegistry;

// GATEWAY — ExpressRoute virtual network gateways (docs/spec/rules.md; facts §4).
void registerGatewayRules(RuleRegistry &registry);

} // namespace Er
