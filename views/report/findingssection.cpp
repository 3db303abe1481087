#include "reportinput.h"
#include "reportsections.h"
#include "reporttext.h"

namespace Er {

namespace {

// Long URLs have no spaces: a zero-width space after each '/' lets a narrow cell wrap them.
QString breakableUrl(const std::string &url)
{
    QString text = escaped(url);
    text.replace(QLatin1Char('/'), QStringLiteral("/\u200b"));
    return text;
}

QString findingCell(const Finding &finding)
{
    QString html = escaped(finding.message);
    if (!finding.fix.empty())
        html += QStringLiteral("<br/><b>Fix:</b> %1").arg(escaped(finding.fix));
    if (!finding.reference.empty()) {
        html += QStringLiteral("<br/><a href=\"%1\" class=\"small\">%2</a>")
                    .arg(escaped(finding.reference), breakableUrl(finding.reference));
    }
    return html;
}

} // namespace

QString findingsHtml(const ReportInput &input)
{
    QString html = sectionStartHtml(ReportSection::Findings);
    const FindingCounts counts = countFindings(input.findings);
    html += QStringLiteral("<p>Every rule of the catalogue was checked against the design: %1, %2 "
                           "and %3. Each finding names the elements involved, what to do about "
                           "it, and the Microsoft Learn page behind the rule.</p>")
                .arg(countText(counts.errors, QStringLiteral("error"), QStringLiteral("errors")),
                     countText(counts.warnings, QStringLiteral("warning"),
                               QStringLiteral("warnings")),
                     countText(counts.infos, QStringLiteral("advisory note"),
                               QStringLiteral("advisory notes")));
    if (input.findings.empty())
        return html + QStringLiteral("<p><b>The design passes every rule.</b></p>");

    for (const Severity severity : {Severity::Error, Severity::Warning, Severity::Info}) {
        HtmlTable table({QStringLiteral("Rule"), QStringLiteral("Elements"),
                         QStringLiteral("Finding, fix and reference")},
                        {13, 24, 63});
        for (const Finding &finding : input.findings) {
            if (finding.severity != severity)
                continue;
            table.addRow({QStringLiteral("<b><font color=\"%1\">%2</font></b>")
                              .arg(severityHtmlColor(severity), escaped(finding.rule)),
                          escaped(elementNames(input.topology, finding.elements)),
                          findingCell(finding)});
        }
        if (table.rowCount() == 0)
            continue;
        const QString title = severity == Severity::Error     ? QStringLiteral("Errors")
                              : severity == Severity::Warning ? QStringLiteral("Warnings")
                                                              : QStringLiteral("Advisory notes");
        html += QStringLiteral("<h2><font color=\"%1\">%2 (%3)</font></h2>")
                    .arg(severityHtmlColor(severity), title)
                    .arg(table.rowCount());
        html += table.html();
    }
    return html;
}

} // namespace Er
