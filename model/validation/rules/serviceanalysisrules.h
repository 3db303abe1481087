#pragma once

namespace Er {

class RuleRegistry;

// SVC — Microsoft service access from the analysis: SVC-001, SVC-003 (docs/spec/rules.md;
// facts §7).
void registerServiceAnalysisRules(RuleRegistry &registry);

} // namespace Er
