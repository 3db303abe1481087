#pragma once

namespace Er {

class RuleRegistry;

// RES — the resiliency rules that report from the path analysis: RES-001, RES-002, RES-004,
// RES-006, RES-007, RES-008, RES-010 (docs/spec/rules.md; facts §5, analysis-model.md).
void registerResiliencyAnalysisRules(RuleRegistry &registry);

} // namespace Er
