#pragma once

#include "model/analysis/sitegraph.h"

#include <cstdint>
#include <vector>

namespace Er {

struct AvailabilityEstimate
{
    double probability = 0; // 0..1
    bool exact = true;
    double errorBound = 0; // an estimate's 99 % half-width, as a probability
    int variables = 0;     // failable elements and shared risks that can fail
};

struct AvailabilitySettings
{
    int exactElementLimit = 25;
    int monteCarloSamples = 200000;
    std::uint64_t seed = 1;
    // The site's bandwidth need: a state counts as up only if what is up can carry it (0: any
    // path will do).
    double requiredMbps = 0;
};

// Two-terminal availability from the site to the target with independent failures of the
// elements and shared risks on its paths: exact by factoring (conditioning on one element at a
// time, stopping as soon as the pair is certainly cut or certainly connected) when they are at
// most exactElementLimit, otherwise a seeded Monte Carlo estimate. With a bandwidth need, a
// state is up only if the elements up carry it (a maximum flow); where an element on the way
// cannot carry the need alone, that is decided state by state, exactly while the states to
// weigh stay few, else by the estimate.
AvailabilityEstimate pairAvailability(const SiteGraph &site,
                                      const std::vector<char> &towards,
                                      int target,
                                      const AvailabilitySettings &settings);

} // namespace Er
