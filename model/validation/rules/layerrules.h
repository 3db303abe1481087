#pragma once

namespace Er {

class RuleRegistry;

// LAYER — connectivity model, Layer 2 / Layer 3 (docs/spec/rules.md, expressroute-facts.md §1).
void registerLayerRules(RuleRegistry &registry);

} // namespace Er
