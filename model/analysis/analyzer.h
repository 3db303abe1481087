#pragma once

#include "model/analysis/analysisresult.h"
#include "model/cost/pricelist.h"

#include <optional>
#include <string>

namespace Er {

class Catalogue;
class Topology;

struct AnalysisOptions
{
    // Seed of the Monte Carlo availability estimate, for reproducible results.
    unsigned seed = 20261126;
    // Pairs whose paths hold more failable elements (and shared risks) than this get an estimate
    // instead of the exact two-terminal availability.
    int exactElementLimit = 25;
    int monteCarloSamples = 200000;
    // Compare each site's design with variants of it (recommendation.h); off for the variants'
    // own analyses.
    bool recommend = true;
    // "YYYY-MM-DD": the day the resiliency index ages a recorded Resiliency Validation test
    // against (resiliencyindex.h); absent: a recorded test cannot be aged and does not count.
    std::optional<std::string> referenceDate;
    // Remember each site's recommendation variants for the next check of an edited design
    // (variantcache.h): the window's checker does; a one-off analysis gains nothing from it.
    bool rememberVariants = false;
    // The prices the cost is figured with; null: the built-in list (PriceList::builtIn()).
    const PriceList *prices = nullptr;

    const PriceList &priceList() const { return prices ? *prices : PriceList::builtIn(); }
};

// Analyses a design (docs/spec/analysis-model.md). A pure function of its inputs: it may run
// on any thread.
AnalysisResult analyze(const Topology &topology,
                       const Catalogue &catalogue,
                       const AnalysisOptions &options = {});

// With the built-in catalogue.
AnalysisResult analyze(const Topology &topology);

} // namespace Er
