#include "commandline.h"

#include "reportinput.h"
#include "reportpdf.h"

namespace Er::Cli {

// `report FILE --output OUT.pdf` (docs/spec/cli.md): the design report as PDF.
int reportCommand(const Invocation &invocation)
{
    if (!invocation.output.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        printError(
            QStringLiteral("report writes PDF: '%1' does not end in .pdf").arg(invocation.output));
        return Usage;
    }
    const LoadResult loaded = loadDesign(invocation);
    if (!loaded.ok())
        return LoadFailed;
    const ReportInput input = collectReportInput(*loaded.topology, invocation.file);
    if (const auto error = writeReportPdf(input, invocation.output)) {
        printError(QString::fromStdString(*error));
        return OutputFailed;
    }
    return Done;
}

} // namespace Er::Cli
