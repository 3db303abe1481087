#pragma once

#include "finding.h"

#include <vector>

namespace Er {

class Catalogue;
class RuleRegistry;
class Topology;
struct AnalysisResult;

// Runs every rule of the registry on a design and returns the findings in stable order. A pure
// query: it changes nothing and may run on any thread. Rules that need the analysis run only when
// `analysis` is given.
std::vector<Finding> validate(const Topology &topology, const Catalogue &catalogue,
                              const RuleRegistry &registry,
                              const AnalysisResult *analysis = nullptr);

// The standard registry and the built-in catalogue.
std::vector<Finding> validate(const Topology &topology, const AnalysisResult *analysis = nullptr);

} // namespace Er
