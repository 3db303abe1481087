#pragma once

namespace Er {

class RuleRegistry;

// VPN — site-to-site VPN gateways and VPN as a backup (docs/spec/rules.md; facts §5.3, §10).
void registerVpnRules(RuleRegistry &registry);

} // namespace Er
