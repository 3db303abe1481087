#include "app/commandline.h"

#include "views/report/reportinput.h"
#include "views/report/reportpdf.h"

namespace Er::Cli {

// `report FILE --output OUT.pdf [--since OLD.ertopo]` (docs/spec/cli.md): the design report as
// PDF; with --since, a section on what changed since that revision.
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
    const std::shared_ptr<const PriceList> prices = loadPrices(invocation);
    if (!prices)
        return LoadFailed;
    ReportInput input = collectReportInput(*loaded.topology, invocation.file, prices);
    if (const QString since = invocation.value(QStringLiteral("since")); !since.isEmpty()) {
        Invocation earlier = invocation;
        earlier.file = since;
        const LoadResult old = loadDesign(earlier);
        if (!old.ok())
            return LoadFailed;
        addChangesSince(input, *old.topology, since);
    }
    if (const auto error = writeReportPdf(input, invocation.output)) {
        printError(QString::fromStdString(*error));
        return OutputFailed;
    }
    return Done;
}

} // namespace Er::Cli
