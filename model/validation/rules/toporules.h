#pragma once

namespace Er {

class RuleRegistry;

// TOPO — structure (docs/spec/rules.md).
void registerTopoRules(RuleRegistry &registry);

} // namespace Er
