#pragma once

namespace Er {

class RuleRegistry;

// PEERING-014, PEERING-015: what a Microsoft peering's route filter can admit over its circuit
// (docs/spec/rules.md; facts §2.2, §3.7).
void registerRouteFilterRules(RuleRegistry &registry);

} // namespace Er
