#pragma once

#include "model/analysis/analysisresult.h"

#include <optional>
#include <string>
#include <vector>

namespace Er {

class Topology;
struct AnalysisOptions;

// The recommendation's variants of a site, remembered between checks: each is a whole analysis of
// the site's part of the design, and an edit changes the part of only the few sites it touches.
// Keyed by everything the variants are computed from (the part as saved, the flags, the options
// and the price list), so a hit is exactly what a fresh computation would give. Thread-safe;
// bounded in size.
class VariantCache
{
public:
    // The key of a site's variants: `part` as written, `extra` (flags the caller derives), and the
    // analysis options and price list that shape the figures.
    static std::string key(const Topology &part,
                           const std::string &extra,
                           const AnalysisOptions &options);

    static std::optional<std::vector<OptionEstimate>> find(const std::string &key);
    static void store(const std::string &key, const std::vector<OptionEstimate> &variants);
    static void clear();
};

} // namespace Er
