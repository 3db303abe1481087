#pragma once

#include "model/validation/finding.h"

#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace Er {

class Catalogue;
class SiteCircuits;
class TopologyIndex;
class Topology;
struct AnalysisResult;

// What a rule sees: the design, its adjacency index, the catalogue, and (for the rules that need
// paths) the analysis of the same design, when it has been computed.
struct RuleContext
{
    const Topology &topology;
    const TopologyIndex &index;
    const Catalogue &catalogue;
    const AnalysisResult *analysis = nullptr;

    // The circuits each site reaches (sitecircuits.h), traced once per check by the first rule
    // that asks and shared by the others, which may run on other threads.
    const SiteCircuits &siteCircuits() const;

    // Only for siteCircuits().
    mutable std::once_flag siteCircuitsTraced{};
    mutable std::shared_ptr<const SiteCircuits> tracedSiteCircuits{};
};

struct Rule;

// Collects the findings of the rule being checked; the rule states only what varies.
class FindingSink
{
public:
    explicit FindingSink(std::vector<Finding> &findings)
        : m_findings(findings)
    {}

    void setRule(const Rule *rule) { m_rule = rule; }

    // A finding of the current rule with its default severity and reference.
    void report(std::vector<std::string> elements, std::string message, std::string fix);
    // The same with another severity (rules such as GATEWAY-001 have two).
    void report(Severity severity,
                std::vector<std::string> elements,
                std::string message,
                std::string fix);
    void add(Finding finding) { m_findings.push_back(std::move(finding)); }

private:
    std::vector<Finding> &m_findings;
    const Rule *m_rule = nullptr;
};

// A rule of the catalogue in docs/spec/rules.md: its stable id, default severity, one-line
// summary, the facts section it rests on, the function that checks a design, and what to do
// about its findings in general (rulefixes.cpp; the registry fills it in).
struct Rule
{
    std::string id;
    Severity severity = Severity::Error;
    std::string summary;
    std::string facts;     // "expressroute-facts.md §3.4"
    std::string reference; // Microsoft Learn URL
    bool needsAnalysis = false;
    std::function<void(const RuleContext &, FindingSink &)> check;
    std::string fix = {};
};

} // namespace Er
