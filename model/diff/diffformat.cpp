#include "model/diff/diffformat.h"

#include "model/cost/designcost.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <sstream>

namespace Er {

namespace {

using Json = nlohmann::ordered_json;

std::string figure(const std::optional<double> &value, const char *unit)
{
    if (!value)
        return "—";
    std::ostringstream text;
    text << *value << unit;
    return text.str();
}

// A text in quotes, a number, boolean or list as it is; "(not set)" where there is none.
std::string valueText(const std::optional<std::string> &value,
                      const std::optional<std::string> &json)
{
    if (!value)
        return "(not set)";
    if (json && !json->empty() && json->front() != '"')
        return *value;
    return "\"" + *value + "\"";
}

std::string changeText(const FieldChange &change)
{
    return change.field + ": " + valueText(change.before, change.beforeJson) + " → "
           + valueText(change.after, change.afterJson);
}

std::string elementText(const ElementRef &element)
{
    std::string text = element.kind + " " + element.id;
    if (element.label != element.id)
        text += " \"" + element.label + "\"";
    return text;
}

std::string findingText(const Finding &finding)
{
    std::string elements;
    for (const std::string &id : finding.elements)
        elements += (elements.empty() ? "" : ",") + id;
    std::string severity(toString(finding.severity));
    for (char &ch : severity)
        ch = static_cast<char>(ch - 'a' + 'A');
    return severity + " " + finding.rule + " " + elements + ": " + finding.message;
}

// "resiliency standard → maximum; availability 99.95 % → 99.99 %".
std::string pairText(const PairChange &pair)
{
    if (!pair.before)
        return "new pair: resiliency " + std::string(toString(pair.after->resiliency));
    if (!pair.after)
        return "no longer needed (was resiliency " + std::string(toString(pair.before->resiliency))
               + ")";
    const PairFigures &was = *pair.before;
    const PairFigures &now = *pair.after;
    std::vector<std::string> parts;
    if (was.reachable != now.reachable)
        parts.push_back(now.reachable ? "now reachable" : "no longer reachable");
    if (was.resiliency != now.resiliency)
        parts.push_back("resiliency " + std::string(toString(was.resiliency)) + " → "
                        + std::string(toString(now.resiliency)));
    if (was.availabilityPercent != now.availabilityPercent)
        parts.push_back("availability " + figure(was.availabilityPercent, " %") + " → "
                        + figure(now.availabilityPercent, " %"));
    if (was.latencyMs != now.latencyMs)
        parts.push_back("latency " + figure(was.latencyMs, " ms") + " → "
                        + figure(now.latencyMs, " ms"));
    if (was.bottleneckMbps != now.bottleneckMbps)
        parts.push_back("bandwidth " + figure(was.bottleneckMbps, " Mbps") + " → "
                        + figure(now.bottleneckMbps, " Mbps"));
    if (was.bandwidthAfterWorstFailureMbps != now.bandwidthAfterWorstFailureMbps)
        parts.push_back("N-1 bandwidth " + figure(was.bandwidthAfterWorstFailureMbps, " Mbps")
                        + " → " + figure(now.bandwidthAfterWorstFailureMbps, " Mbps"));
    std::string text;
    for (const std::string &part : parts)
        text += (text.empty() ? "" : "; ") + part;
    return text;
}

std::string count(std::size_t n, const char *one, const char *many)
{
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

Json valueJson(const std::optional<std::string> &json, const std::optional<std::string> &text)
{
    if (json)
        return Json::parse(*json);
    return text ? Json(*text) : Json(nullptr);
}

Json fieldJson(const FieldChange &change)
{
    return {{"field", change.field},
            {"old", valueJson(change.beforeJson, change.before)},
            {"new", valueJson(change.afterJson, change.after)}};
}

Json elementJson(const ElementRef &element)
{
    return {{"id", element.id},
            {"kind", element.kind},
            {"link", element.isLink},
            {"name", element.label}};
}

Json findingJson(const Finding &finding)
{
    return {{"rule", finding.rule},
            {"severity", std::string(toString(finding.severity))},
            {"elements", finding.elements},
            {"message", finding.message}};
}

Json optionalJson(const std::optional<double> &value)
{
    return value ? Json(*value) : Json(nullptr);
}

Json figuresJson(const std::optional<PairFigures> &figures)
{
    if (!figures)
        return nullptr;
    return {{"reachable", figures->reachable},
            {"resiliency", std::string(toString(figures->resiliency))},
            {"availabilityPercent", figures->availabilityPercent},
            {"latencyMs", optionalJson(figures->latencyMs)},
            {"bottleneckMbps", optionalJson(figures->bottleneckMbps)},
            {"bandwidthAfterWorstFailureMbps",
             optionalJson(figures->bandwidthAfterWorstFailureMbps)}};
}

} // namespace

std::string diffToText(const DesignDiff &diff)
{
    if (diff.isEqual())
        return "No differences.\n";
    std::string text;
    if (!diff.design.empty()) {
        text += "Design:\n";
        for (const FieldChange &change : diff.design)
            text += "  " + changeText(change) + "\n";
    }
    if (!diff.added.empty()) {
        text += "Added (" + std::to_string(diff.added.size()) + "):\n";
        for (const ElementRef &element : diff.added)
            text += "  + " + elementText(element) + "\n";
    }
    if (!diff.removed.empty()) {
        text += "Removed (" + std::to_string(diff.removed.size()) + "):\n";
        for (const ElementRef &element : diff.removed)
            text += "  - " + elementText(element) + "\n";
    }
    if (!diff.changed.empty()) {
        text += "Changed (" + std::to_string(diff.changed.size()) + "):\n";
        for (const ElementChange &change : diff.changed) {
            text += "  ~ " + elementText(change.element) + "\n";
            for (const FieldChange &field : change.fields)
                text += "      " + changeText(field) + "\n";
        }
    }
    if (!diff.findingsGained.empty()) {
        text += "Findings gained (" + std::to_string(diff.findingsGained.size()) + "):\n";
        for (const Finding &finding : diff.findingsGained)
            text += "  + " + findingText(finding) + "\n";
    }
    if (!diff.findingsLost.empty()) {
        text += "Findings lost (" + std::to_string(diff.findingsLost.size()) + "):\n";
        for (const Finding &finding : diff.findingsLost)
            text += "  - " + findingText(finding) + "\n";
    }
    if (!diff.pairs.empty()) {
        text += "Site–VNet pairs (" + std::to_string(diff.pairs.size()) + "):\n";
        for (const PairChange &pair : diff.pairs)
            text += "  " + pair.site + " → " + pair.vnet + ": " + pairText(pair) + "\n";
    }
    if (diff.cost) {
        const CostChange &cost = *diff.cost;
        const auto total = [&](const std::optional<double> &complete, double priced) {
            return complete ? formatMoney(*complete, cost.currency)
                            : "at least " + formatMoney(priced, cost.currency);
        };
        const double difference = cost.pricedAfter - cost.pricedBefore;
        text += "Monthly cost: " + total(cost.before, cost.pricedBefore) + " → "
                + total(cost.after, cost.pricedAfter)
                + (cost.comparable ? " (" + std::string(difference < 0 ? "-" : "+")
                                         + formatMoney(std::abs(difference), cost.currency) + ")"
                                   : " (not comparable: different items unpriced)")
                + "\n";
    }
    text += count(diff.added.size(), "added", "added") + ", "
            + count(diff.removed.size(), "removed", "removed") + ", "
            + count(diff.changed.size(), "changed", "changed") + ", "
            + count(diff.findingsGained.size(), "finding gained", "findings gained") + ", "
            + count(diff.findingsLost.size(), "finding lost", "findings lost") + ", "
            + count(diff.pairs.size(), "pair changed", "pairs changed") + "\n";
    return text;
}

std::string diffToJson(const DesignDiff &diff,
                       const std::string &oldFile,
                       const std::string &newFile)
{
    Json design = Json::array();
    for (const FieldChange &change : diff.design)
        design.push_back(fieldJson(change));
    Json added = Json::array();
    for (const ElementRef &element : diff.added)
        added.push_back(elementJson(element));
    Json removed = Json::array();
    for (const ElementRef &element : diff.removed)
        removed.push_back(elementJson(element));
    Json changed = Json::array();
    for (const ElementChange &change : diff.changed) {
        Json element = elementJson(change.element);
        Json fields = Json::array();
        for (const FieldChange &field : change.fields)
            fields.push_back(fieldJson(field));
        element["fields"] = std::move(fields);
        changed.push_back(std::move(element));
    }
    Json gained = Json::array();
    for (const Finding &finding : diff.findingsGained)
        gained.push_back(findingJson(finding));
    Json lost = Json::array();
    for (const Finding &finding : diff.findingsLost)
        lost.push_back(findingJson(finding));
    Json pairs = Json::array();
    for (const PairChange &pair : diff.pairs) {
        pairs.push_back({{"site", pair.site},
                         {"vnet", pair.vnet},
                         {"old", figuresJson(pair.before)},
                         {"new", figuresJson(pair.after)}});
    }
    Json json = {{"old", oldFile},
                 {"new", newFile},
                 {"equal", diff.isEqual()},
                 {"design", std::move(design)},
                 {"added", std::move(added)},
                 {"removed", std::move(removed)},
                 {"changed", std::move(changed)},
                 {"findings", {{"gained", std::move(gained)}, {"lost", std::move(lost)}}},
                 {"pairs", std::move(pairs)}};
    if (diff.cost) {
        const CostChange &cost = *diff.cost;
        const auto money = [](const std::optional<double> &value) {
            return value ? Json(std::round(*value * 100) / 100) : Json(nullptr);
        };
        json["cost"] = {{"currency", cost.currency},
                        {"oldMonthly", money(cost.before)},
                        {"newMonthly", money(cost.after)},
                        {"oldPricedMonthly", std::round(cost.pricedBefore * 100) / 100},
                        {"newPricedMonthly", std::round(cost.pricedAfter * 100) / 100},
                        {"comparable", cost.comparable}};
    } else {
        json["cost"] = nullptr;
    }
    return json.dump(2) + "\n";
}

} // namespace Er
