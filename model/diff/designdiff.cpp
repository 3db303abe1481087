#include "model/diff/designdiff.h"

#include "model/analysis/analyzer.h"
#include "model/core/topology.h"
#include "model/io/elementfields.h"
#include "model/validation/designcheck.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>
#include <unordered_map>

namespace Er {

namespace {

ElementRef refTo(const Node &node)
{
    return {node.id, std::string(toString(node.kind())), false, node.label()};
}

ElementRef refTo(const Link &link)
{
    return {link.id, std::string(toString(link.kind)), true, link.id};
}

ElementRef refTo(const Annotation &annotation)
{
    const std::string firstLine = annotation.text.substr(0, annotation.text.find('\n'));
    return {annotation.id, std::string(toString(annotation.kind)), false,
            firstLine.empty() ? annotation.id : firstLine};
}

// Field by field, in the old revision's field order, then the fields only the new one sets.
std::vector<FieldChange> fieldChanges(const std::vector<ElementField> &before,
                                      const std::vector<ElementField> &after)
{
    std::unordered_map<std::string, const ElementField *> afterByName;
    for (const ElementField &field : after)
        afterByName.emplace(field.name, &field);
    std::vector<FieldChange> changes;
    std::unordered_map<std::string, bool> seen;
    for (const ElementField &field : before) {
        seen[field.name] = true;
        const auto found = afterByName.find(field.name);
        if (found == afterByName.end()) {
            changes.push_back({field.name, field.value, std::nullopt, field.json, std::nullopt});
        } else if (found->second->json != field.json) {
            changes.push_back(
                {field.name, field.value, found->second->value, field.json, found->second->json});
        }
    }
    for (const ElementField &field : after) {
        if (!seen.contains(field.name))
            changes.push_back({field.name, std::nullopt, field.value, std::nullopt, field.json});
    }
    return changes;
}

template<typename Element>
void compareElements(const std::vector<Element> &before,
                     const std::vector<Element> &after,
                     const Topology &beforeTopology,
                     const Topology &afterTopology,
                     DesignDiff &diff)
{
    const auto find = [](const Topology &topology, const std::string &id) -> const Element * {
        if constexpr (std::is_same_v<Element, Node>)
            return topology.node(id);
        else if constexpr (std::is_same_v<Element, Link>)
            return topology.link(id);
        else
            return topology.annotation(id);
    };
    for (const Element &old : before) {
        const Element *now = find(afterTopology, old.id);
        if (!now) {
            diff.removed.push_back(refTo(old));
            continue;
        }
        if (*now == old)
            continue;
        std::vector<FieldChange> fields = fieldChanges(elementFields(old), elementFields(*now));
        if constexpr (std::is_same_v<Element, Node>) {
            if (old.kind() != now->kind())
                fields.insert(fields.begin(),
                              {"kind", std::string(toString(old.kind())),
                               std::string(toString(now->kind())), std::nullopt, std::nullopt});
        } else if constexpr (std::is_same_v<Element, Link>) {
            if (old.kind != now->kind)
                fields.insert(fields.begin(),
                              {"kind", std::string(toString(old.kind)),
                               std::string(toString(now->kind)), std::nullopt, std::nullopt});
        }
        if constexpr (std::is_same_v<Element, Annotation>) {
            if (old.kind != now->kind)
                fields.insert(fields.begin(),
                              {"kind", std::string(toString(old.kind)),
                               std::string(toString(now->kind)), std::nullopt, std::nullopt});
        }
        if (!fields.empty()) // only the position moved otherwise
            diff.changed.push_back({refTo(*now), std::move(fields)});
    }
    for (const Element &now : after) {
        if (!find(beforeTopology, now.id))
            diff.added.push_back(refTo(now));
    }
}

void compareExtras(const std::string &prefix,
                   const ExtraFields &before,
                   const ExtraFields &after,
                   std::vector<FieldChange> &changes)
{
    std::vector<ElementField> old;
    for (const auto &[key, json] : before)
        old.push_back({prefix + key, json, json});
    std::vector<ElementField> now;
    for (const auto &[key, json] : after)
        now.push_back({prefix + key, json, json});
    for (FieldChange &change : fieldChanges(old, now))
        changes.push_back(std::move(change));
}

void compareOptional(const std::string &field,
                     const std::optional<std::string> &before,
                     const std::optional<std::string> &after,
                     std::vector<FieldChange> &changes)
{
    if (before != after)
        changes.push_back({field, before, after, std::nullopt, std::nullopt});
}

using FindingKey = std::pair<std::string, std::vector<std::string>>;

FindingKey keyOf(const Finding &finding)
{
    return {finding.rule, finding.elements};
}

// The findings of `from` that `other` does not have, counting repeats.
std::vector<Finding> findingsOnlyIn(const std::vector<Finding> &from,
                                    const std::vector<Finding> &other)
{
    std::map<FindingKey, int> available;
    for (const Finding &finding : other)
        ++available[keyOf(finding)];
    std::vector<Finding> only;
    for (const Finding &finding : from) {
        int &count = available[keyOf(finding)];
        if (count > 0)
            --count;
        else
            only.push_back(finding);
    }
    return only;
}

double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

std::optional<double> rounded(const std::optional<double> &value, int decimals)
{
    if (!value || !std::isfinite(*value))
        return std::nullopt;
    return rounded(*value, decimals);
}

// At the precision `analyze --json` gives them, so that the diff names only what a reader of
// the figures sees change.
PairFigures figuresOf(const PairAnalysis &pair)
{
    return {pair.reachable,
            pair.resiliency,
            rounded(pair.availabilityPercent, 6),
            rounded(pair.latencyMs, 3),
            rounded(pair.bottleneckMbps, 0),
            rounded(pair.bandwidthAfterWorstFailureMbps, 0)};
}

void comparePairs(const AnalysisResult &before, const AnalysisResult &after, DesignDiff &diff)
{
    std::map<std::pair<std::string, std::string>, const PairAnalysis *> old;
    for (const PairAnalysis &pair : before.pairs)
        old.emplace(std::pair{pair.site, pair.vnet}, &pair);
    for (const PairAnalysis &pair : after.pairs) {
        const auto found = old.find({pair.site, pair.vnet});
        const PairFigures now = figuresOf(pair);
        if (found == old.end()) {
            diff.pairs.push_back({pair.site, pair.vnet, std::nullopt, now});
            continue;
        }
        const PairFigures was = figuresOf(*found->second);
        old.erase(found);
        if (!(was == now))
            diff.pairs.push_back({pair.site, pair.vnet, was, now});
    }
    for (const PairAnalysis &pair : before.pairs) {
        if (old.contains({pair.site, pair.vnet}))
            diff.pairs.push_back({pair.site, pair.vnet, figuresOf(pair), std::nullopt});
    }
}

} // namespace

namespace {

DesignDiff elementDiff(const Topology &before, const Topology &after)
{
    DesignDiff diff;
    compareOptional("name", before.name, after.name, diff.design);
    compareOptional("description", before.description, after.description, diff.design);
    compareExtras("assumptions.", before.assumptions, after.assumptions, diff.design);
    compareExtras("", before.extra, after.extra, diff.design);
    compareElements(before.nodes(), after.nodes(), before, after, diff);
    compareElements(before.links(), after.links(), before, after, diff);
    compareElements(before.annotations(), after.annotations(), before, after, diff);
    return diff;
}

} // namespace

DesignDiff diffDesigns(const Topology &before,
                       const AnalysisResult &beforeAnalysis,
                       const std::vector<Finding> &beforeFindings,
                       const Topology &after,
                       const AnalysisResult &afterAnalysis,
                       const std::vector<Finding> &afterFindings)
{
    DesignDiff diff = elementDiff(before, after);
    diff.findingsGained = findingsOnlyIn(afterFindings, beforeFindings);
    diff.findingsLost = findingsOnlyIn(beforeFindings, afterFindings);
    comparePairs(beforeAnalysis, afterAnalysis, diff);
    if (beforeAnalysis.cost && afterAnalysis.cost) {
        const DesignCost &old = *beforeAnalysis.cost;
        const DesignCost &now = *afterAnalysis.cost;
        std::vector<std::string> oldUnpriced = old.unpriced;
        std::vector<std::string> newUnpriced = now.unpriced;
        std::sort(oldUnpriced.begin(), oldUnpriced.end());
        std::sort(newUnpriced.begin(), newUnpriced.end());
        if (std::abs(old.pricedMonthly - now.pricedMonthly) >= 0.005 || oldUnpriced != newUnpriced) {
            diff.cost = CostChange{now.currency,      old.monthly,
                                   now.monthly,       old.pricedMonthly,
                                   now.pricedMonthly, oldUnpriced == newUnpriced};
        }
    }
    return diff;
}

DesignDiff diffDesigns(const Topology &before, const Topology &after)
{
    // The same design has the same findings and figures: nothing to analyse.
    DesignDiff diff = elementDiff(before, after);
    if (diff.isEqual())
        return diff;
    const DesignCheck beforeCheck = checkDesign(before, AnalysisOptions{});
    const DesignCheck afterCheck = checkDesign(after, AnalysisOptions{});
    return diffDesigns(before, beforeCheck.analysis, beforeCheck.findings, after,
                       afterCheck.analysis, afterCheck.findings);
}

} // namespace Er
