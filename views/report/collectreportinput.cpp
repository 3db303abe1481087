#include "reportinput.h"

#include "analysis/analyzer.h"

namespace Er {

// Kept apart from makeReportInput so that code given an analysis does not link the analyser.
ReportInput collectReportInput(const Topology &topology)
{
    return makeReportInput(topology, analyze(topology), QDate::currentDate());
}

} // namespace Er
