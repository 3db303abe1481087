#pragma once

#include <string_view>

namespace Er {

// What to do about a rule's findings in general, for the rule reference (`expressroute-designer
// rules`, Help > Rule Reference). A finding's own fix names the real elements and numbers; this is
// the rule's. Empty for an id without one. RuleRegistry::add fills Rule::fix from here.
std::string_view ruleFix(std::string_view ruleId);

} // namespace Er
