#pragma once

namespace Er {

class RuleRegistry;

// COST — the design's pricing figures and its billing (docs/spec/rules.md, price-list.md).
void registerCostRules(RuleRegistry &registry);

} // namespace Er
