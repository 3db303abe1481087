#include "views/presentation.h"
#include "views/report/reportinput.h"
#include "views/report/reportsections.h"
#include "views/report/reporttext.h"

#include <QFileInfo>

namespace Er {

namespace {

// Rows each table of the section lists before saying how many more there are; `diff` on the
// two files lists every one.
constexpr int listedRows = detailedRowLimit;

QString valueCell(const std::optional<std::string> &value)
{
    return value ? escaped(*value) : QStringLiteral("<span class=\"muted\">not set</span>");
}

QString elementCell(const ElementRef &element)
{
    QString html = QStringLiteral("%1 <span class=\"muted\">%2</span>")
                       .arg(escaped(element.label), escaped(element.kind));
    if (element.label != element.id)
        html += QStringLiteral("<br/><span class=\"small muted\">%1</span>").arg(escaped(element.id));
    return html;
}

QString figureText(const std::optional<double> &value, const QString &unit)
{
    if (!value)
        return QStringLiteral("—");
    return unit == QLatin1String("Mbps") ? bandwidthText(*value) : latencyText(*value);
}

QString fromTo(const QString &before, const QString &after)
{
    if (before == after)
        return escaped(after);
    return QStringLiteral("%1 → <b>%2</b>").arg(escaped(before), escaped(after));
}

QString moreRows(int total, const QString &plural, const ReportInput &input)
{
    const int omitted = total - listedRows;
    return notListedHtml(omitted, plural, plural,
                         QStringLiteral("diff %1 %2")
                             .arg(QFileInfo(input.changesSince).fileName(),
                                  QFileInfo(input.filePath).fileName()));
}

QString elementsTable(const ReportInput &input,
                      const std::vector<ElementRef> &elements,
                      const QString &title)
{
    if (elements.empty())
        return QString();
    HtmlTable table({QStringLiteral("Element"), QStringLiteral("Kind")}, {70, 30});
    for (int i = 0; i < int(elements.size()) && i < listedRows; ++i) {
        const ElementRef &element = elements[std::size_t(i)];
        table.addRow({elementCell(element),
                      escaped(element.isLink ? QStringLiteral("link") : QStringLiteral("node"))});
    }
    return QStringLiteral("<h2>%1 (%2)</h2>").arg(title).arg(elements.size()) + table.html()
           + moreRows(int(elements.size()), QStringLiteral("elements"), input);
}

// The changed elements, the design itself counting as one when its own fields changed.
int changedCount(const DesignDiff &diff)
{
    return int(diff.changed.size()) + (diff.design.empty() ? 0 : 1);
}

QString changedTable(const ReportInput &input, const DesignDiff &diff)
{
    if (diff.changed.empty() && diff.design.empty())
        return QString();
    HtmlTable table({QStringLiteral("Element"), QStringLiteral("Field"), QStringLiteral("Before"),
                     QStringLiteral("Now")},
                    {30, 26, 22, 22});
    int rows = 0;
    int total = 0;
    for (const FieldChange &field : diff.design) {
        ++total;
        if (rows++ < listedRows)
            table.addRow({QStringLiteral("<i>the design</i>"), escaped(field.field),
                          valueCell(field.before), valueCell(field.after)});
    }
    for (const ElementChange &change : diff.changed) {
        for (const FieldChange &field : change.fields) {
            ++total;
            if (rows++ < listedRows)
                table.addRow({elementCell(change.element), escaped(field.field),
                              valueCell(field.before), valueCell(field.after)});
        }
    }
    return QStringLiteral("<h2>Changed (%1)</h2>").arg(changedCount(diff)) + table.html()
           + moreRows(total, QStringLiteral("changed fields"), input);
}

QString findingsTable(const ReportInput &input,
                      const std::vector<Finding> &findings,
                      const QString &title)
{
    if (findings.empty())
        return QString();
    HtmlTable table({QStringLiteral("Rule"), QStringLiteral("Elements"), QStringLiteral("Finding")},
                    {14, 26, 60});
    for (int i = 0; i < int(findings.size()) && i < listedRows; ++i) {
        const Finding &finding = findings[std::size_t(i)];
        table.addRow({QStringLiteral("<b><font color=\"%1\">%2</font></b>")
                          .arg(printColor(severityColor(finding.severity)), escaped(finding.rule)),
                      escaped(elementNames(input.topology, finding.elements)),
                      escaped(finding.message)});
    }
    return QStringLiteral("<h2>%1 (%2)</h2>").arg(title).arg(findings.size()) + table.html()
           + moreRows(int(findings.size()), QStringLiteral("findings"), input);
}

QString pairsTable(const ReportInput &input, const DesignDiff &diff)
{
    if (diff.pairs.empty())
        return QString();
    HtmlTable table({QStringLiteral("Site → VNet"), QStringLiteral("Resiliency"),
                     QStringLiteral("Availability"), QStringLiteral("Round trip"),
                     QStringLiteral("Bandwidth"), QStringLiteral("After worst failure")},
                    {24, 20, 16, 12, 14, 14});
    for (int i = 0; i < int(diff.pairs.size()) && i < listedRows; ++i) {
        const PairChange &pair = diff.pairs[std::size_t(i)];
        const auto text = [](const std::optional<PairFigures> &figures, auto field) {
            return figures ? field(*figures) : QStringLiteral("—");
        };
        const auto resiliency = [](const PairFigures &f) {
            return f.reachable ? qs(displayName(f.resiliency)) : QStringLiteral("Unreachable");
        };
        const auto availability = [](const PairFigures &f) {
            return percentText(f.availabilityPercent);
        };
        const auto latency = [](const PairFigures &f) {
            return figureText(f.latencyMs, QStringLiteral("ms"));
        };
        const auto bandwidth = [](const PairFigures &f) {
            return figureText(f.bottleneckMbps, QStringLiteral("Mbps"));
        };
        const auto afterFailure = [](const PairFigures &f) {
            return figureText(f.bandwidthAfterWorstFailureMbps, QStringLiteral("Mbps"));
        };
        table.addRow({escaped(elementName(input.topology, pair.site) + QStringLiteral(" → ")
                              + elementName(input.topology, pair.vnet)),
                      fromTo(text(pair.before, resiliency), text(pair.after, resiliency)),
                      fromTo(text(pair.before, availability), text(pair.after, availability)),
                      fromTo(text(pair.before, latency), text(pair.after, latency)),
                      fromTo(text(pair.before, bandwidth), text(pair.after, bandwidth)),
                      fromTo(text(pair.before, afterFailure), text(pair.after, afterFailure))});
    }
    return QStringLiteral("<h2>Site–VNet pairs whose figures changed (%1)</h2>")
               .arg(diff.pairs.size())
           + table.html() + moreRows(int(diff.pairs.size()), QStringLiteral("pairs"), input);
}

} // namespace

QString changesHtml(const ReportInput &input)
{
    if (!input.changes)
        return QString();
    const DesignDiff &diff = *input.changes;
    QString html = sectionStartHtml(ReportSection::Changes);
    const QString earlier = escaped(QFileInfo(input.changesSince).fileName());
    if (diff.isEqual()) {
        return html
               + QStringLiteral("<p>The design is the same as in %1: no element and no field of "
                                "it changed (positions on the canvas are not compared).</p>")
                     .arg(earlier);
    }
    html += QStringLiteral("<p>Compared with %1: %2 added, %3 removed, %4 changed; %5 gained and "
                           "%6 lost; %7. Fields are compared by value, as the files hold them; "
                           "positions on the canvas are not compared.</p>")
                .arg(earlier)
                .arg(countText(int(diff.added.size()), QStringLiteral("element"),
                               QStringLiteral("elements")))
                .arg(diff.removed.size())
                .arg(changedCount(diff))
                .arg(countText(int(diff.findingsGained.size()), QStringLiteral("finding"),
                               QStringLiteral("findings")))
                .arg(diff.findingsLost.size())
                .arg(countText(int(diff.pairs.size()),
                               QStringLiteral("site–VNet pair changed its figures"),
                               QStringLiteral("site–VNet pairs changed their figures")));
    html += elementsTable(input, diff.added, QStringLiteral("Added"));
    html += elementsTable(input, diff.removed, QStringLiteral("Removed"));
    html += changedTable(input, diff);
    html += findingsTable(input, diff.findingsGained, QStringLiteral("Findings gained"));
    html += findingsTable(input, diff.findingsLost, QStringLiteral("Findings lost"));
    html += pairsTable(input, diff);
    return html;
}

} // namespace Er
