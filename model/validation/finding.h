#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace Er {

enum class Severity { Error, Warning, Info };

std::string_view toString(Severity severity);
std::optional<Severity> severityFromString(std::string_view text);

// One thing validation or analysis found about a design (docs/spec/rules.md).
struct Finding
{
    std::string rule; // "PEERING-004"
    Severity severity = Severity::Error;
    std::vector<std::string> elements; // ids of the nodes and links involved
    std::string message;               // specific: real names and numbers
    std::string fix;                   // what to do about it
    std::string reference;             // Microsoft Learn URL

    bool operator==(const Finding &) const = default;
};

// Severity (error first), then rule id, then element ids, then message: a stable order.
bool findingLess(const Finding &a, const Finding &b);
void sortFindings(std::vector<Finding> &findings);

struct FindingCounts
{
    int errors = 0;
    int warnings = 0;
    int infos = 0;
};
FindingCounts countFindings(const std::vector<Finding> &findings);

// The group of a rule id: "PEERING" for "PEERING-004".
std::string_view ruleGroup(std::string_view ruleId);

} // namespace Er
