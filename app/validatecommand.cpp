#include "commandline.h"

#include "analysis/analyzer.h"
#include "io/topologyreader.h"
#include "validation/findingformat.h"
#include "validation/validator.h"

namespace Er::Cli {

int validateCommand(const Invocation &invocation)
{
    const LoadResult loaded = readTopologyFile(invocation.file.toStdString());
    if (!loaded.ok()) {
        printError(QString::fromStdString(loaded.error.toString()));
        return LoadFailed;
    }
    for (const std::string &warning : loaded.warnings)
        printError(QString::fromStdString(invocation.file.toStdString() + ": " + warning));
    // The RES and SVC rules that need paths report from the analysis of the same design.
    const AnalysisResult analysis = analyze(*loaded.topology);
    const std::vector<Finding> findings = validate(*loaded.topology, &analysis);
    printOut(invocation.json ? findingsToJson(invocation.file.toStdString(), findings)
                             : findingsToText(findings));
    return countFindings(findings).errors > 0 ? ValidationErrors : Done;
}

} // namespace Er::Cli
