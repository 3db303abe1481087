#include "model/validation/finding.h"

#include "model/validation/rule.h"

#include <algorithm>
#include <tuple>

namespace Er {

std::string_view toString(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return "error";
    case Severity::Warning:
        return "warning";
    case Severity::Info:
        return "info";
    }
    return "error";
}

std::optional<Severity> severityFromString(std::string_view text)
{
    if (text == "error")
        return Severity::Error;
    if (text == "warning")
        return Severity::Warning;
    if (text == "info")
        return Severity::Info;
    return std::nullopt;
}

bool findingLess(const Finding &a, const Finding &b)
{
    return std::tie(a.severity, a.rule, a.elements, a.message)
           < std::tie(b.severity, b.rule, b.elements, b.message);
}

void sortFindings(std::vector<Finding> &findings)
{
    std::stable_sort(findings.begin(), findings.end(), findingLess);
}

FindingCounts countFindings(const std::vector<Finding> &findings)
{
    FindingCounts counts;
    for (const Finding &finding : findings) {
        switch (finding.severity) {
        case Severity::Error:
            ++counts.errors;
            break;
        case Severity::Warning:
            ++counts.warnings;
            break;
        case Severity::Info:
            ++counts.infos;
            break;
        }
    }
    return counts;
}

std::string_view ruleGroup(std::string_view ruleId)
{
    return ruleId.substr(0, ruleId.find('-'));
}

void FindingSink::report(std::vector<std::string> elements, std::string message, std::string fix)
{
    report(m_rule ? m_rule->severity : Severity::Error, std::move(elements), std::move(message),
           std::move(fix));
}

void FindingSink::report(Severity severity,
                         std::vector<std::string> elements,
                         std::string message,
                         std::string fix)
{
    Finding finding;
    finding.rule = m_rule ? m_rule->id : std::string();
    finding.severity = severity;
    finding.elements = std::move(elements);
    finding.message = std::move(message);
    finding.fix = std::move(fix);
    finding.reference = m_rule ? m_rule->reference : std::string();
    m_findings.push_back(std::move(finding));
}

} // namespace Er
