#pragma once

#include "model/validation/rule.h"

#include <string>
#include <vector>

namespace Er {

class RuleRegistry;

// The rule reference: every rule of a registry with its severity, what it checks, its fix and
// its sources, for `expressroute-designer rules [--json]` (docs/spec/cli.md) and Help > Rule
// Reference. Everything comes from the registry (Rule; fixes from rulefixes.cpp).

// The rules in catalogue order: groups as docs/spec/rules.md lists them, ids ascending within.
std::vector<const Rule *> rulesInReferenceOrder(const RuleRegistry &registry);

// Where the rule's facts are: "docs/reference/expressroute-facts.md §3.2 [ROUTE; CFGPEER]", or
// the spec it rests on ("docs/spec/topology-format.md"); empty when the rule names none.
std::string ruleFactsSource(const Rule &rule);

// `rules`: per rule, `ID  severity  what it checks`, then its fix, facts and Microsoft Learn page.
std::string rulesToText(const RuleRegistry &registry);
// `rules --json`: {"rules": [{id, group, severity, checks, fix, facts, reference,
// needsAnalysis}], "count": N}.
std::string rulesToJson(const RuleRegistry &registry);

} // namespace Er
