#include "views/report/notessection.h"
#include "views/report/reportinput.h"
#include "views/report/reportsections.h"

namespace Er {

QString sectionHeading(ReportSection section)
{
    const int number = static_cast<int>(section);
    switch (section) {
    case ReportSection::Cover:
        return QStringLiteral("%1 Cover").arg(number);
    case ReportSection::Diagram:
        return QStringLiteral("%1 Network diagram").arg(number);
    case ReportSection::Summary:
        return QStringLiteral("%1 Executive summary").arg(number);
    case ReportSection::Findings:
        return QStringLiteral("%1 Findings by severity").arg(number);
    case ReportSection::Resiliency:
        return QStringLiteral("%1 Resiliency").arg(number);
    case ReportSection::ServiceAccess:
        return QStringLiteral("%1 Service access").arg(number);
    case ReportSection::Materials:
        return QStringLiteral("%1 Bill of materials and configuration").arg(number);
    case ReportSection::Cost:
        return QStringLiteral("%1 Cost").arg(number);
    case ReportSection::Assumptions:
        return QStringLiteral("%1 Assumptions and sources").arg(number);
    case ReportSection::Changes:
        return QStringLiteral("%1 Changes since the earlier revision").arg(number);
    }
    return QString();
}

QString sectionStartHtml(ReportSection section)
{
    return QStringLiteral("<h1>%1</h1>").arg(sectionHeading(section).toHtmlEscaped());
}

// Qt's rich-text CSS subset (QTextDocument): element and class selectors, colours, sizes.
QString reportStyleSheet()
{
    return QStringLiteral(
        "body { font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; color: #1b1b1b; }"
        "h1 { font-size: 17pt; color: #0b3d6e; font-weight: 600; margin-top: 0px;"
        " margin-bottom: 10px; }"
        "h2 { font-size: 12.5pt; color: #0b3d6e; font-weight: 600; margin-top: 16px;"
        " margin-bottom: 6px; }"
        "h3 { font-size: 10.5pt; color: #1b1b1b; font-weight: 600; margin-top: 12px;"
        " margin-bottom: 4px; }"
        "p { margin-top: 3px; margin-bottom: 5px; }"
        "li { margin-bottom: 2px; }"
        "table.grid { border-color: #b8c4d0; border-style: solid; margin-top: 4px;"
        " margin-bottom: 8px; }"
        "table.grid th { background-color: #e3ebf3; color: #0b3d6e; font-size: 7.5pt;"
        " font-weight: 600; }"
        "table.grid td { font-size: 7.5pt; }"
        "table.plain td { font-size: 9pt; }"
        ".muted { color: #5e6a75; }"
        ".small { font-size: 7.5pt; }"
        ".kicker { color: #0078d4; font-size: 11pt; font-weight: 600; }"
        ".title { font-size: 24pt; color: #0b3d6e; font-weight: 600; }"
        ".verdict { font-size: 10pt; }"
        "a { color: #0b5cad; text-decoration: none; }");
}

QList<ReportSection> bodySections()
{
    return {ReportSection::Summary,       ReportSection::Findings,  ReportSection::Resiliency,
            ReportSection::ServiceAccess, ReportSection::Materials, ReportSection::Cost,
            ReportSection::Assumptions};
}

QList<ReportSection> bodySections(const ReportInput &input)
{
    QList<ReportSection> sections = bodySections();
    if (input.changes)
        sections << ReportSection::Changes;
    return sections;
}

QString sectionHtml(const ReportInput &input, ReportSection section)
{
    switch (section) {
    case ReportSection::Summary:
        return summaryHtml(input) + notesHtml(input);
    case ReportSection::Findings:
        return findingsHtml(input);
    case ReportSection::Resiliency:
        return resiliencyHtml(input);
    case ReportSection::ServiceAccess:
        return serviceAccessHtml(input);
    case ReportSection::Materials:
        return materialsHtml(input);
    case ReportSection::Cost:
        return costHtml(input);
    case ReportSection::Assumptions:
        return assumptionsHtml(input);
    case ReportSection::Changes:
        return changesHtml(input);
    case ReportSection::Cover:
    case ReportSection::Diagram:
        break;
    }
    return QString();
}

} // namespace Er
