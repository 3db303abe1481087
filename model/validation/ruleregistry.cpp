#include "ruleregistry.h"

#include "rules/toporules.h"

namespace Er {

const RuleRegistry &RuleRegistry::standard()
{
    static const RuleRegistry registry = [] {
        RuleRegistry r;
        registerTopoRules(r);
        return r;
    }();
    return registry;
}

void RuleRegistry::add(Rule rule)
{
    m_rules.push_back(std::move(rule));
}

const Rule *RuleRegistry::rule(std::string_view id) const
{
    for (const Rule &rule : m_rules) {
        if (rule.id == id)
            return &rule;
    }
    return nullptr;
}

} // namespace Er
