#include "app/commandline.h"

#include "model/analysis/analysisjson.h"
#include "model/analysis/analyzer.h"
#include "model/analysis/resiliencyindex.h"
#include "model/catalogue/catalogue.h"

namespace Er::Cli {

// `analyze FILE [--json] [--prices FILE]` (docs/spec/cli.md): exit 2 when the design or the
// price list does not load, else 0.
int analyzeCommand(const Invocation &invocation)
{
    const LoadResult loaded = loadDesign(invocation);
    if (!loaded.ok())
        return LoadFailed;
    const std::shared_ptr<const PriceList> prices = loadPrices(invocation);
    if (!prices)
        return LoadFailed;
    // The resiliency index ages a recorded validation test against today (UTC).
    AnalysisOptions options;
    options.referenceDate = todayUtc();
    options.prices = prices.get();
    const AnalysisResult result = analyze(*loaded.topology, Catalogue::builtIn(), options);
    printOut(invocation.json ? analysisToJson(invocation.file.toStdString(), result)
                             : analysisToText(result));
    return Done;
}

} // namespace Er::Cli
