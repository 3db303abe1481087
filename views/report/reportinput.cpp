#include "reportinput.h"

#include "catalogue/catalogue.h"
#include "validation/validator.h"

namespace Er {

ReportInput makeReportInput(const Topology &topology, AnalysisResult analysis, QDate date)
{
    ReportInput input;
    input.topology = topology;
    input.analysis = std::move(analysis);
    input.findings = validate(topology, &input.analysis);
    input.date = date;
    input.catalogue = &Catalogue::builtIn();
    return input;
}

} // namespace Er
