#pragma once

#include "model/analysis/analysisresult.h"
#include "model/validation/finding.h"

#include <vector>

namespace Er {

class Catalogue;
class RuleRegistry;
class Topology;
struct AnalysisOptions;

// A design checked as everything shows it: its analysis, and every rule's findings, the RES, SVC
// and COST rules that read the analysis included.
struct DesignCheck
{
    std::vector<Finding> findings; // sorted: error first
    AnalysisResult analysis;
};

// The one place the rules and the analysis are put together (the window's checker, `validate`,
// `export`, the report, the benchmark and the fuzz target all call it). The rules that do not need
// the analysis run on a second thread beside it, then the rest. A pure function of its inputs.
DesignCheck checkDesign(const Topology &topology,
                        const Catalogue &catalogue,
                        const RuleRegistry &registry,
                        const AnalysisOptions &options);

// With the built-in catalogue and the standard rules.
DesignCheck checkDesign(const Topology &topology, const AnalysisOptions &options);

} // namespace Er
