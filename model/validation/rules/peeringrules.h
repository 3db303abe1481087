#pragma once

namespace Er {

class RuleRegistry;

// PEERING — link subnets, VLANs, ASNs, Microsoft peering (docs/spec/rules.md,
// expressroute-facts.md §3).
void registerPeeringRules(RuleRegistry &registry);

} // namespace Er
