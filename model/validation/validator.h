#pragma once

#include "model/validation/finding.h"

#include <vector>

namespace Er {

class Catalogue;
class RuleRegistry;
class Topology;
struct AnalysisResult;

// Runs every rule of the registry on a design and returns the findings in stable order. A pure
// query: it changes nothing and may run on any thread. Rules that need the analysis run only when
// `analysis` is given.
std::vector<Finding> validate(const Topology &topology,
                              const Catalogue &catalogue,
                              const RuleRegistry &registry,
                              const AnalysisResult *analysis = nullptr);

// Which of the registry's rules a run checks: the window runs the rules that do not need the
// analysis while the analysis runs, then the rest.
enum class RuleSelection { All, WithoutAnalysis, AnalysisOnly };

std::vector<Finding> validate(const Topology &topology,
                              const Catalogue &catalogue,
                              const RuleRegistry &registry,
                              const AnalysisResult *analysis,
                              RuleSelection selection);

// The standard registry and the built-in catalogue.
std::vector<Finding> validate(const Topology &topology, const AnalysisResult *analysis = nullptr);

} // namespace Er
