#pragma once

namespace Er {

class RuleRegistry;

// RES — the resiliency rules that need no path analysis: RES-003, RES-005, RES-009
// (docs/spec/rules.md; facts §5). The analysis-based RES rules live elsewhere.
void registerResiliencyRules(RuleRegistry &registry);

} // namespace Er
