#pragma once

#include "sitegraph.h"

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
};

// Two-terminal availability from the site to the target with independent failures of the
// elements and shared risks on its paths: exact by factoring (conditioning on one element at a
// time, stopping as soon as the pair is certainly cut or certainly connected) when they are at
// most exactElementLimit, otherwise a seeded Monte Carlo estimate.
AvailabilityEstimate pairAvailability(const SiteGraph &site,
                                      const std::vector<char> &towards,
                                      int target,
                                      const AvailabilitySettings &settings);

} // namespace Er
