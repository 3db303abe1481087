#include "reportinput.h"

#include "analysis/analyzer.h"
#include "catalogue/catalogue.h"

namespace Er {

// Kept apart from makeReportInput so that code given an analysis does not link the analyser.
ReportInput collectReportInput(const Topology &topology,
                               const QString &filePath,
                               const std::shared_ptr<const PriceList> &prices)
{
    AnalysisOptions options;
    options.prices = prices.get();
    ReportInput input = makeReportInput(topology, analyze(topology, Catalogue::builtIn(), options),
                                        QDate::currentDate());
    input.filePath = filePath;
    return input;
}

} // namespace Er
