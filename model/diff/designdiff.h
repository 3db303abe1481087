#pragma once

#include "model/analysis/analysisresult.h"
#include "model/validation/finding.h"

#include <optional>
#include <string>
#include <vector>

namespace Er {

class Topology;

// What changed between two revisions of a design (docs/spec/cli.md, `diff`): elements added,
// removed and changed field by field (the model's values, io/elementfields.h: a value saved
// differently but meaning the same is no change, and positions are layout, not design), the
// findings gained and lost, and per site–VNet pair the change in the analysis' figures.

struct FieldChange
{
    std::string field;                 // "bandwidthInMbps", "peerings.AzurePrivatePeering.vlanId"
    std::optional<std::string> before; // the value for people; none: the field is not set
    std::optional<std::string> after;
    std::optional<std::string> beforeJson; // the same values as compact JSON
    std::optional<std::string> afterJson;
};

struct ElementRef
{
    std::string id;
    std::string kind; // node or link kind as the file names it: "circuit", "access"
    bool isLink = false;
    std::string label; // the name, or the id
};

struct ElementChange
{
    ElementRef element;
    std::vector<FieldChange> fields;
};

// A pair's figures in one revision (analysisresult.h, PairAnalysis).
struct PairFigures
{
    bool reachable = false;
    Resiliency resiliency = Resiliency::None;
    double availabilityPercent = 0;
    std::optional<double> latencyMs;      // steady round trip
    std::optional<double> bottleneckMbps; // steady bandwidth
    std::optional<double> bandwidthAfterWorstFailureMbps;

    bool operator==(const PairFigures &) const = default;
};

// A pair whose figures differ; `before` or `after` is none where the pair is only in one
// revision.
struct PairChange
{
    std::string site;
    std::string vnet;
    std::optional<PairFigures> before;
    std::optional<PairFigures> after;
};

// The design's monthly cost in each revision (cost/designcost.h), when it changed.
struct CostChange
{
    std::string currency;
    std::optional<double> before; // none: incomplete (something unpriced)
    std::optional<double> after;
    double pricedBefore = 0; // what is priced; the total when complete
    double pricedAfter = 0;
    bool comparable = true; // both leave the same items unpriced: the difference is known
};

struct DesignDiff
{
    std::vector<FieldChange> design; // the design's own fields: name, description, assumptions
    std::vector<ElementRef> added;   // in the new revision's order
    std::vector<ElementRef> removed; // in the old revision's order
    std::vector<ElementChange> changed;
    // Findings by rule id and elements: one whose message only changed is neither.
    std::vector<Finding> findingsGained;
    std::vector<Finding> findingsLost;
    std::vector<PairChange> pairs;  // in the new revision's pair order, then the removed pairs
    std::optional<CostChange> cost; // none: the monthly cost did not change

    // True when the design is the same: no element and no field of it changed.
    bool isEqual() const
    {
        return design.empty() && added.empty() && removed.empty() && changed.empty();
    }
};

// Compares two revisions, with each one's analysis and findings.
DesignDiff diffDesigns(const Topology &before,
                       const AnalysisResult &beforeAnalysis,
                       const std::vector<Finding> &beforeFindings,
                       const Topology &after,
                       const AnalysisResult &afterAnalysis,
                       const std::vector<Finding> &afterFindings);

// Analyses and validates both revisions (the two run side by side) and compares them.
DesignDiff diffDesigns(const Topology &before, const Topology &after);

} // namespace Er
