#include "commandline.h"

#include "analysis/analysisjson.h"
#include "analysis/analyzer.h"

namespace Er::Cli {

// `analyze FILE [--json]` (shared/spec/cli.md): exit 2 when the design does not load, else 0.
int analyzeCommand(const Invocation &invocation)
{
    const LoadResult loaded = loadDesign(invocation);
    if (!loaded.ok())
        return LoadFailed;
    const AnalysisResult result = analyze(*loaded.topology);
    printOut(invocation.json ? analysisToJson(invocation.file.toStdString(), result)
                             : analysisToText(result));
    return Done;
}

} // namespace Er::Cli
