#pragma once

namespace Er {

class RuleRegistry;

// ADDR — the address plan: overlaps and malformed prefixes (docs/spec/rules.md).
void registerAddressRules(RuleRegistry &registry);

} // namespace Er
