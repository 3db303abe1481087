#include "app/commandline.h"

#include "model/analysis/analyzer.h"
#include "model/analysis/resiliencyindex.h"
#include "model/validation/designcheck.h"
#include "model/validation/findingformat.h"

namespace Er::Cli {

// `validate FILE [--json] [--prices FILE]` (docs/spec/cli.md): exit 1 when a finding is an error.
int validateCommand(const Invocation &invocation)
{
    const LoadResult loaded = loadDesign(invocation);
    if (!loaded.ok())
        return LoadFailed;
    const std::shared_ptr<const PriceList> prices = loadPrices(invocation);
    if (!prices)
        return LoadFailed;
    // The RES, SVC and COST rules that need paths report from the analysis of the same design.
    AnalysisOptions options;
    options.referenceDate = todayUtc();
    options.prices = prices.get();
    const std::vector<Finding> findings = checkDesign(*loaded.topology, options).findings;
    printOut(invocation.json ? findingsToJson(invocation.file.toStdString(), findings)
                             : findingsToText(findings));
    return countFindings(findings).errors > 0 ? ValidationErrors : Done;
}

} // namespace Er::Cli
