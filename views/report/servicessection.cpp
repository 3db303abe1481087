#include "views/presentation.h"
#include "views/report/reportinput.h"
#include "views/report/reportsections.h"
#include "views/report/reporttext.h"

#include <array>
#include <map>

namespace Er {

namespace {

QString viaColor(ServiceVia via)
{
    switch (via) {
    case ServiceVia::MicrosoftPeering:
        return printColor(goodColor());
    case ServiceVia::Internet:
        return printColor(severityColor(Severity::Info));
    case ServiceVia::None:
        return printColor(severityColor(Severity::Error));
    }
    return QStringLiteral("#000000");
}

QString noteText(const ServiceAccess &access)
{
    if (!access.knownService)
        return QStringLiteral("not a service the catalogue knows");
    if (access.internetOnly)
        return QStringLiteral("offered over the internet only");
    if (access.via == ServiceVia::None)
        return QStringLiteral("no Microsoft peering admits it and the site has no internet "
                              "breakout");
    return QString();
}

QStringList accessCells(const ReportInput &input, const ServiceAccess &access)
{
    const Topology &topology = input.topology;
    return {escaped(elementName(topology, access.site)),
            escaped(serviceName(*input.catalogue, access.service)),
            QStringLiteral("<font color=\"%1\">%2</font>")
                .arg(viaColor(access.via), escaped(viaName(access.via))),
            access.circuits.empty() ? QStringLiteral("—")
                                    : escaped(elementNames(topology, access.circuits)),
            escaped(noteText(access))};
}

HtmlTable accessTable()
{
    return HtmlTable({QStringLiteral("Site"), QStringLiteral("Service"),
                      QStringLiteral("Reached over"), QStringLiteral("Circuits"),
                      QStringLiteral("Note")},
                     {22, 18, 17, 21, 22});
}

// Too many site–service pairs to list: totals per service and way, then the pairs that are not
// reached or name a service the catalogue does not know.
QString accessSummary(const ReportInput &input)
{
    const auto &services = input.analysis.services;
    std::map<QString, std::array<int, 3>> totals; // service → by ServiceVia
    HtmlTable attention = accessTable();
    int attentionCount = 0;
    for (const ServiceAccess &access : services) {
        ++totals[serviceName(*input.catalogue, access.service)][static_cast<int>(access.via)];
        if (access.via != ServiceVia::None && access.knownService)
            continue;
        if (++attentionCount <= summaryRowLimit)
            attention.addRow(accessCells(input, access));
    }
    QString html = QStringLiteral("<p>The sites name %1: the totals per service, then the "
                                  "pairs that need attention.</p>")
                       .arg(countText(int(services.size()), QStringLiteral("site–service pair"),
                                      QStringLiteral("site–service pairs")));
    HtmlTable table({QStringLiteral("Service"), QStringLiteral("Over Microsoft peering"),
                     QStringLiteral("Over the internet"), QStringLiteral("Unreachable")},
                    {34, 22, 22, 22});
    for (const auto &[service, counts] : totals) {
        table.addRow({escaped(service), QString::number(counts[0]), QString::number(counts[1]),
                      counts[2] ? QStringLiteral("<font color=\"%1\">%2</font>")
                                      .arg(viaColor(ServiceVia::None))
                                      .arg(counts[2])
                                : QStringLiteral("0")});
    }
    html += table.html();
    html += QStringLiteral("<h2>Unreachable or unknown services (%1)</h2>").arg(attentionCount);
    if (attentionCount == 0)
        return html + QStringLiteral("<p>None: every site reaches every service it needs.</p>");
    return html + attention.html()
           + notListedHtml(attentionCount - summaryRowLimit, QStringLiteral("pair"),
                           QStringLiteral("pairs"), QStringLiteral("analyze"));
}

} // namespace

QString serviceAccessHtml(const ReportInput &input)
{
    QString html = sectionStartHtml(ReportSection::ServiceAccess);
    html += QStringLiteral(
        "<p>Each Microsoft service a site needs is reached over a circuit's Microsoft peering when "
        "its route filter admits the service, otherwise over the site's own internet breakout, "
        "otherwise not at all [FAQ; RF; M365].</p>");
    if (int(input.analysis.services.size()) > detailedRowLimit)
        return html + accessSummary(input);
    HtmlTable table = accessTable();
    for (const ServiceAccess &access : input.analysis.services)
        table.addRow(accessCells(input, access));
    if (table.rowCount() == 0)
        return html + QStringLiteral("<p>No site names a Microsoft service it needs.</p>");
    return html + table.html();
}

} // namespace Er
