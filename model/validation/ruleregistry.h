#pragma once

#include "model/validation/rule.h"

#include <string_view>
#include <vector>

namespace Er {

// The registry of rules. `standard()` holds every rule group of the program.
class RuleRegistry
{
public:
    static const RuleRegistry &standard();

    void add(Rule rule);
    const std::vector<Rule> &rules() const { return m_rules; }
    const Rule *rule(std::string_view id) const;

private:
    std::vector<Rule> m_rules;
};

} // namespace Er
