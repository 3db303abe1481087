#pragma once

namespace Er {

class RuleRegistry;

// CIRCUIT — bandwidth, tier reach, limits, links (docs/spec/rules.md, expressroute-facts.md §2).
void registerCircuitRules(RuleRegistry &registry);

} // namespace Er
