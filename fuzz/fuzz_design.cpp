// libFuzzer target: any bytes go through load, validation and analysis the way the designer and
// the command line use them. A crash, a sanitizer report or a broken invariant is a bug.

#include "model/io/topologyreader.h"
#include "model/io/topologywriter.h"
#include "model/validation/findingformat.h"
#include "model/validation/validator.h"
#ifdef ER_FUZZ_ANALYZE
#include "model/analysis/analyzer.h"
#include "model/validation/designcheck.h"
#endif

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace {

[[noreturn]] void invariantBroken(const char *what, const std::string &detail)
{
    std::fprintf(stderr, "fuzz_design: %s\n%s\n", what, detail.c_str());
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string bytes(reinterpret_cast<const char *>(data), size);
    const Er::LoadResult loaded = Er::readTopology(bytes, "fuzz.ertopo");
    if (!loaded.ok()) {
        if (loaded.error.toString().empty())
            invariantBroken("a load error without a message", bytes);
        return 0;
    }
    const Er::Topology &topology = *loaded.topology;

    // What is saved loads again as the same design, and saving is stable.
    const std::string saved = Er::writeTopology(topology);
    const Er::LoadResult reloaded = Er::readTopology(saved, "saved.ertopo");
    if (!reloaded.ok())
        invariantBroken("a saved design does not load again",
                        reloaded.error.toString() + "\n" + saved);
    if (!(*reloaded.topology == topology))
        invariantBroken("a saved design loads as a different design", saved);
    if (Er::writeTopology(*reloaded.topology) != saved)
        invariantBroken("saving twice gives different bytes", saved);

#ifdef ER_FUZZ_ANALYZE
    // Small budgets keep the fuzzer fast; the code paths are the same.
    Er::AnalysisOptions options;
    options.exactElementLimit = 10;
    options.monteCarloSamples = 200;
    const std::vector<Er::Finding> findings = Er::checkDesign(topology, options).findings;
#else
    const std::vector<Er::Finding> findings = Er::validate(topology);
#endif
    (void) Er::findingsToText(findings);
    (void) Er::findingsToJson("fuzz.ertopo", findings);
    return 0;
}
