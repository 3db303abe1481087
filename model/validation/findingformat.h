#pragma once

#include "model/validation/finding.h"

#include <string>
#include <vector>

namespace Er {

// `validate --json` output (docs/spec/cli.md).
std::string findingsToJson(const std::string &file, const std::vector<Finding> &findings);

// `validate` text output: one line per finding, `SEVERITY RULE elements: message`, then counts.
std::string findingsToText(const std::vector<Finding> &findings);

// "1 error, 2 warnings, 0 info"
std::string countsSummary(const FindingCounts &counts);

} // namespace Er
