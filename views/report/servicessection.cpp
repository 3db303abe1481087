#include "reportinput.h"
#include "reportsections.h"
#include "reporttext.h"

namespace Er {

namespace {

QString viaColor(ServiceVia via)
{
    switch (via) {
    case ServiceVia::MicrosoftPeering:
        return QStringLiteral("#107c10");
    case ServiceVia::Internet:
        return QStringLiteral("#1f6fbf");
    case ServiceVia::None:
        return QStringLiteral("#c50f1f");
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

} // namespace

QString serviceAccessHtml(const ReportInput &input)
{
    const Topology &topology = input.topology;
    QString html = sectionStartHtml(ReportSection::ServiceAccess);
    html += QStringLiteral(
        "<p>Each Microsoft service a site needs is reached over a circuit's Microsoft peering when "
        "its route filter admits the service, otherwise over the site's own internet breakout, "
        "otherwise not at all [FAQ; RF; M365].</p>");
    HtmlTable table({QStringLiteral("Site"), QStringLiteral("Service"),
                     QStringLiteral("Reached over"), QStringLiteral("Circuits"),
                     QStringLiteral("Note")},
                    {22, 18, 17, 21, 22});
    for (const ServiceAccess &access : input.analysis.services) {
        table.addRow({escaped(elementName(topology, access.site)),
                      escaped(serviceName(*input.catalogue, access.service)),
                      QStringLiteral("<font color=\"%1\">%2</font>")
                          .arg(viaColor(access.via), escaped(viaName(access.via))),
                      access.circuits.empty() ? QStringLiteral("—")
                                              : escaped(elementNames(topology, access.circuits)),
                      escaped(noteText(access))});
    }
    if (table.rowCount() == 0)
        return html + QStringLiteral("<p>No site names a Microsoft service it needs.</p>");
    return html + table.html();
}

} // namespace Er
