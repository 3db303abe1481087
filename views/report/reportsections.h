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
    Cost,
    Assumptions,
    Changes // only with `report --since OLD`
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
QString costHtml(const ReportInput &input);
QString assumptionsHtml(const ReportInput &input);
// What changed since the earlier revision (ReportInput::changes); empty without one.
QString changesHtml(const ReportInput &input);

// The <h1> that opens a section.
QString sectionStartHtml(ReportSection section);

// Sections 3 to 9 in order; each is laid out on its own and starts a new page.
QList<ReportSection> bodySections();
// The sections of this report: those, and "Changes since" when it compares with an earlier
// revision.
QList<ReportSection> bodySections(const ReportInput &input);
QString sectionHtml(const ReportInput &input, ReportSection section);

// Designs larger than this many rows in a per-site or per-pair table get a summary in its
// place (totals and the rows that need attention) so the report stays readable and quick.
inline constexpr int detailedRowLimit = 60;
// How many rows of each kind a summary lists before saying how many more there are.
inline constexpr int summaryRowLimit = 25;

} // namespace Er
