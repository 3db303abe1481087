#pragma once

namespace Er {

class RuleRegistry;

// GR — Global Reach (shared/spec/rules.md, expressroute-facts.md §6).
void registerGlobalReachRules(RuleRegistry &registry);

} // namespace Er
