#include "views/report/reportinput.h"

#include "model/analysis/analyzer.h"
#include "model/catalogue/catalogue.h"
#include "model/validation/designcheck.h"

namespace Er {

// Kept apart from makeReportInput so that code given an analysis does not link the analyser.
ReportInput collectReportInput(const Topology &topology,
                               const QString &filePath,
                               const std::shared_ptr<const PriceList> &prices)
{
    AnalysisOptions options;
    options.prices = prices.get();
    DesignCheck check = checkDesign(topology, options);
    return reportInputFromCheck(topology, std::move(check.findings), std::move(check.analysis),
                                filePath);
}

void addChangesSince(ReportInput &input, const Topology &earlier, const QString &earlierFile)
{
    const DesignCheck check = checkDesign(earlier, AnalysisOptions{});
    input.changes = diffDesigns(earlier, check.analysis, check.findings, input.topology,
                                input.analysis, input.findings);
    input.changesSince = earlierFile;
}

} // namespace Er
