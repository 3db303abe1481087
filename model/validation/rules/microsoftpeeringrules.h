#pragma once

namespace Er {

class RuleRegistry;

// PEERING-016 to PEERING-019 — Microsoft peering hygiene: the public prefixes it advertises
// against what the sites announce to the internet (asymmetric routing, the NAT pool), the
// customer ASN, and Microsoft's validation of the prefixes (docs/spec/rules.md,
// expressroute-facts.md §3.2, §3.4, §3.6; docs/facts-additions.md "Microsoft peering hygiene").
void registerMicrosoftPeeringRules(RuleRegistry &registry);

} // namespace Er
