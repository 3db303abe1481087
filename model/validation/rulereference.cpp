#include "model/validation/rulereference.h"

#include "model/validation/ruleregistry.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>
#include <string_view>

namespace Er {

namespace {

// The groups in the order of docs/spec/rules.md.
constexpr std::string_view groupOrder[] = {"TOPO", "LAYER", "CIRCUIT", "PEERING", "GR", "GATEWAY",
                                           "VPN",  "RES",   "SVC",     "ADDR",    "SEC"};

int groupRank(std::string_view group)
{
    const auto found = std::find(std::begin(groupOrder), std::end(groupOrder), group);
    return int(found - std::begin(groupOrder)); // unknown groups last
}

int ruleNumber(std::string_view id)
{
    const std::size_t dash = id.find('-');
    const std::string_view digits = dash == std::string_view::npos ? std::string_view()
                                                                   : id.substr(dash + 1);
    int number = 0;
    std::from_chars(digits.data(), digits.data() + digits.size(), number);
    return number;
}

} // namespace

std::vector<const Rule *> rulesInReferenceOrder(const RuleRegistry &registry)
{
    std::vector<const Rule *> rules;
    for (const Rule &rule : registry.rules())
        rules.push_back(&rule);
    std::stable_sort(rules.begin(), rules.end(), [](const Rule *a, const Rule *b) {
        const std::string_view groupA = ruleGroup(a->id), groupB = ruleGroup(b->id);
        if (groupA != groupB) {
            const int rankA = groupRank(groupA), rankB = groupRank(groupB);
            return rankA != rankB ? rankA < rankB : groupA < groupB;
        }
        return ruleNumber(a->id) < ruleNumber(b->id);
    });
    return rules;
}

std::string ruleFactsSource(const Rule &rule)
{
    if (rule.facts.empty())
        return {};
    if (rule.facts.ends_with(".md"))
        return "docs/spec/" + rule.facts;
    return "docs/reference/expressroute-facts.md " + rule.facts;
}

std::string rulesToText(const RuleRegistry &registry)
{
    std::string text;
    for (const Rule *rule : rulesInReferenceOrder(registry)) {
        std::string id = rule->id;
        id.resize(std::max<std::size_t>(id.size(), 12), ' ');
        std::string severity(toString(rule->severity));
        severity.resize(std::max<std::size_t>(severity.size(), 8), ' ');
        text += id + " " + severity + " " + rule->summary + "\n";
        if (!rule->fix.empty())
            text += "    Fix:    " + rule->fix + "\n";
        if (const std::string facts = ruleFactsSource(*rule); !facts.empty())
            text += "    Facts:  " + facts + "\n";
        if (!rule->reference.empty())
            text += "    Source: " + rule->reference + "\n";
    }
    text += std::to_string(registry.rules().size()) + " rules\n";
    return text;
}

std::string rulesToJson(const RuleRegistry &registry)
{
    using Json = nlohmann::ordered_json;
    Json list = Json::array();
    for (const Rule *rule : rulesInReferenceOrder(registry)) {
        list.push_back(Json{{"id", rule->id},
                            {"group", std::string(ruleGroup(rule->id))},
                            {"severity", std::string(toString(rule->severity))},
                            {"checks", rule->summary},
                            {"fix", rule->fix},
                            {"facts", ruleFactsSource(*rule)},
                            {"reference", rule->reference},
                            {"needsAnalysis", rule->needsAnalysis}});
    }
    Json document = Json::object();
    document["rules"] = std::move(list);
    document["count"] = registry.rules().size();
    return document.dump(2) + "\n";
}

} // namespace Er
