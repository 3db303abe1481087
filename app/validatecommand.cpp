#include "commandline.h"

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
    const std::vector<Finding> findings = validate(*loaded.topology);
    printOut(invocation.json ? findingsToJson(invocation.file.toStdString(), findings)
                             : findingsToText(findings));
    return countFindings(findings).errors > 0 ? ValidationErrors : Done;
}

} // namespace Er::Cli
