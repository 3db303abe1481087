#pragma once

#include <QList>
#include <QString>

namespace Er {

struct ReportInput;

// The report's sections as HTML for QTextDocument. Section 2, the diagram, is painted, not HTML.
enum class ReportSection {
    Cover = 1,
    Diagram,
    Summary,
    Findings,
    Resiliency,
    ServiceAccess,
    Materials,
    Assumptions
};

// "3 Executive summary": the heading printed for a section.
QString sectionHeading(ReportSection section);

struct ContentsEntry
{
    ReportSection section;
    int page = 0; // 1-based
};

QString reportStyleSheet();

QString coverHtml(const ReportInput &input, const QList<ContentsEntry> &contents);
// The verdict paragraph of the cover: resiliency per site and the worst findings.
QString verdictText(const ReportInput &input);
QString summaryHtml(const ReportInput &input);
QString findingsHtml(const ReportInput &input);
QString resiliencyHtml(const ReportInput &input);
QString serviceAccessHtml(const ReportInput &input);
QString materialsHtml(const ReportInput &input);
QString assumptionsHtml(const ReportInput &input);

// The <h1> that opens a section; every section after the first of the body starts a new page.
QString sectionStartHtml(ReportSection section);

// Sections 3 to 8, each starting on a new page.
QString bodyHtml(const ReportInput &input);

} // namespace Er
