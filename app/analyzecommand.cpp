#include "commandline.h"

#include "analysis/analysisjson.h"
#include "analysis/analyzer.h"
#include "analysis/resiliencyindex.h"
#include "catalogue/catalogue.h"

namespace Er::Cli {

// `analyze FILE [--json]` (docs/spec/cli.md): exit 2 when the design does not load, else 0.
int analyzeCommand(const Invocation &invocation)
{
    const LoadResult loaded = loadDesign(invocation);
    if (!loaded.ok())
        return LoadFailed;
    // The resiliency index ages a recorded validation test against today (UTC).
    AnalysisOptions options;
    options.referenceDate = todayUtc();
    const AnalysisResult result = analyze(*loaded.topology, Catalogue::builtIn(), options);
    printOut(invocation.json ? analysisToJson(invocation.file.toStdString(), result)
                             : analysisToText(result));
    return Done;
}

} // namespace Er::Cli
