#pragma once

namespace Er {

class RuleRegistry;

// SEC — encryption and BGP session security (docs/spec/rules.md; facts §9).
void registerSecurityRules(RuleRegistry &registry);

} // namespace Er
