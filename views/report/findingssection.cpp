#include "views/presentation.h"
#include "views/report/reportinput.h"
#include "views/report/reportsections.h"
#include "views/report/reporttext.h"

#include <map>
#include <vector>

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

QString ruleCell(const Finding &finding)
{
    return QStringLiteral("<b><font color=\"%1\">%2</font></b>")
        .arg(printColor(severityColor(finding.severity)), escaped(finding.rule));
}

// Too many findings of a severity to list one by one: one row per rule with its count, the
// first elements it names and its first finding as the example.
QString groupedTable(const ReportInput &input, const std::vector<const Finding *> &findings)
{
    std::vector<std::string> rules; // in the order the rules first appear
    std::map<std::string, std::vector<const Finding *>> byRule;
    for (const Finding *finding : findings) {
        auto &group = byRule[finding->rule];
        if (group.empty())
            rules.push_back(finding->rule);
        group.push_back(finding);
    }
    HtmlTable table({QStringLiteral("Rule"), QStringLiteral("Count"),
                     QStringLiteral("Elements (the first)"),
                     QStringLiteral("First finding, fix and reference")},
                    {14, 8, 24, 54});
    constexpr int elementLimit = 3; // findings whose elements are named
    for (const std::string &rule : rules) {
        const auto &group = byRule[rule];
        QStringList elements;
        for (const Finding *finding : group) {
            elements << elementNames(input.topology, finding->elements);
            if (elements.size() > elementLimit)
                break;
        }
        QString names = escaped(elements.mid(0, elementLimit).join(QStringLiteral("; ")));
        if (int(group.size()) > elementLimit)
            names += QStringLiteral("; and %1 more findings").arg(group.size() - elementLimit);
        table.addRow({ruleCell(*group.front()), QString::number(group.size()), names,
                      findingCell(*group.front())});
    }
    return table.html();
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

    const bool grouped = int(input.findings.size()) > detailedRowLimit;
    if (grouped) {
        html += QStringLiteral("<p>There are too many findings to list one by one: each rule "
                               "appears once with its count, the first elements it names and "
                               "its first finding. <b>expressroute-designer validate</b> on the "
                               "design lists every finding.</p>");
    }
    for (const Severity severity : {Severity::Error, Severity::Warning, Severity::Info}) {
        std::vector<const Finding *> findings;
        for (const Finding &finding : input.findings) {
            if (finding.severity == severity)
                findings.push_back(&finding);
        }
        if (findings.empty())
            continue;
        const QString title = severity == Severity::Error     ? QStringLiteral("Errors")
                              : severity == Severity::Warning ? QStringLiteral("Warnings")
                                                              : QStringLiteral("Advisory notes");
        html += QStringLiteral("<h2><font color=\"%1\">%2 (%3)</font></h2>")
                    .arg(printColor(severityColor(severity)), title)
                    .arg(findings.size());
        if (grouped) {
            html += groupedTable(input, findings);
            continue;
        }
        HtmlTable table({QStringLiteral("Rule"), QStringLiteral("Elements"),
                         QStringLiteral("Finding, fix and reference")},
                        {13, 24, 63});
        for (const Finding *finding : findings) {
            table.addRow({ruleCell(*finding),
                          escaped(elementNames(input.topology, finding->elements)),
                          findingCell(*finding)});
        }
        html += table.html();
    }
    return html;
}

} // namespace Er
