#pragma once

namespace Er {

class RuleRegistry;

// SVC — Microsoft service access over Microsoft peering: SVC-002, SVC-004, SVC-005
// (docs/spec/rules.md; facts §7, §8). SVC-001 and SVC-003 need the analysis.
void registerServiceRules(RuleRegistry &registry);

} // namespace Er
