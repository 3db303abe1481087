#include "commandline.h"

#include "analysis/analyzer.h"
#include "validation/findingformat.h"
#include "validation/validator.h"

namespace Er::Cli {

int validateCommand(const Invocation &invocation)
{
    const LoadResult loaded = loadDesign(invocation);
    if (!loaded.ok())
        return LoadFailed;
    // The RES and SVC rules that need paths report from the analysis of the same design.
    const AnalysisResult analysis = analyze(*loaded.topology);
    const std::vector<Finding> findings = validate(*loaded.topology, &analysis);
    printOut(invocation.json ? findingsToJson(invocation.file.toStdString(), findings)
                             : findingsToText(findings));
    return countFindings(findings).errors > 0 ? ValidationErrors : Done;
}

} // namespace Er::Cli
