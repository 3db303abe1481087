#pragma once

namespace Er {

class RuleRegistry;

// TOPO — structure (shared/spec/rules.md).
void registerTopoRules(RuleRegistry &registry);

} // namespace Er
