#pragma once

namespace Er {

class RuleRegistry;

// GR — Global Reach (docs/spec/rules.md, expressroute-facts.md §6).
void registerGlobalReachRules(RuleRegistry &registry);

} // namespace Er
