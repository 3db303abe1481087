#include "views/report/reportinput.h"

#include "model/catalogue/catalogue.h"
#include "model/validation/validator.h"

#include <QFileInfo>

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

ReportInput reportInputFromCheck(const Topology &topology,
                                 std::vector<Finding> findings,
                                 AnalysisResult analysis,
                                 const QString &filePath)
{
    ReportInput input;
    input.topology = topology;
    input.findings = std::move(findings);
    input.analysis = std::move(analysis);
    input.date = QDate::currentDate();
    input.catalogue = &Catalogue::builtIn();
    input.filePath = filePath;
    return input;
}

QString reportDesignName(const ReportInput &input)
{
    if (input.topology.name && !input.topology.name->empty())
        return QString::fromStdString(*input.topology.name);
    const QString baseName = QFileInfo(input.filePath).completeBaseName();
    return baseName.isEmpty() ? QStringLiteral("Untitled design") : baseName;
}

} // namespace Er
