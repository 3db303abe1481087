#include "reportinput.h"

#include "analysis/analyzer.h"

namespace Er {

// Kept apart from makeReportInput so that code given an analysis does not link the analyser.
ReportInput collectReportInput(const Topology &topology, const QString &filePath)
{
    ReportInput input = makeReportInput(topology, analyze(topology), QDate::currentDate());
    input.filePath = filePath;
    return input;
}

} // namespace Er
