#pragma once

namespace Er {

class RuleRegistry;

// CIRCUIT — bandwidth, tier reach, limits, links (shared/spec/rules.md, expressroute-facts.md §2).
void registerCircuitRules(RuleRegistry &registry);

} // namespace Er
