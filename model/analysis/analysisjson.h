#pragma once

#include "model/analysis/analysisresult.h"

#include <string>

namespace Er {

// `analyze --json` output (docs/spec/cli.md): pairs, services, failures, recommendations, plus
// globalReach, assumptions and per-pair details as further fields.
std::string analysisToJson(const std::string &file, const AnalysisResult &result);

// `analyze` text output: a readable summary of the same.
std::string analysisToText(const AnalysisResult &result);

} // namespace Er
