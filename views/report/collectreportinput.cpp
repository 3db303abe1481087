#include "reportinput.h"

#include "analysis/analyzer.h"
#include "validation/validator.h"

namespace Er {

// Kept apart from makeReportInput so that code given an analysis does not link the analyser.
ReportInput collectReportInput(const Topology &topology, const QString &filePath)
{
    ReportInput input = makeReportInput(topology, analyze(topology), QDate::currentDate());
    input.filePath = filePath;
    return input;
}

void addChangesSince(ReportInput &input, const Topology &earlier, const QString &earlierFile)
{
    const AnalysisResult analysis = analyze(earlier);
    input.changes = diffDesigns(earlier, analysis, validate(earlier, &analysis), input.topology,
                                input.analysis, input.findings);
    input.changesSince = earlierFile;
}

} // namespace Er
