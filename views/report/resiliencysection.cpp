#include "reportinput.h"
#include "reportsections.h"
#include "reporttext.h"

#include <map>

namespace Er {

namespace {

QString availabilityCell(const PairAnalysis &pair)
{
    if (!pair.reachable)
        return QStringLiteral("—");
    if (pair.availabilityExact)
        return percentText(pair.availabilityPercent);
    return QStringLiteral("≈ %1<br/><span class=\"small\">± %2</span>")
        .arg(percentText(pair.availabilityPercent),
             QString::number(pair.availabilityErrorBound, 'g', 2));
}

QString latencyCell(const PairAnalysis &pair)
{
    if (!pair.latencyMs)
        return QStringLiteral("—");
    return pair.latencyVariable
               ? QStringLiteral("%1<br/><span class=\"small\">VPN, variable</span>")
                     .arg(latencyText(*pair.latencyMs))
               : latencyText(*pair.latencyMs);
}

QString pairsText(const Topology &topology, const std::vector<SitePair> &pairs)
{
    QStringList parts;
    for (const SitePair &pair : pairs)
        parts << QStringLiteral("%1 → %2").arg(elementName(topology, pair.site),
                                               elementName(topology, pair.vnet));
    return parts.isEmpty() ? QStringLiteral("—") : escaped(parts.join(QStringLiteral("; ")));
}

// Grouped by the level left: "Standard: London DC → Hub; Reading DC → Hub".
QString degradedText(const Topology &topology, const std::vector<DegradedPair> &pairs)
{
    std::map<int, QStringList> byLevel;
    for (const DegradedPair &pair : pairs) {
        byLevel[static_cast<int>(pair.resiliency)]
            << QStringLiteral("%1 → %2").arg(elementName(topology, pair.site),
                                             elementName(topology, pair.vnet));
    }
    QStringList parts;
    for (auto it = byLevel.rbegin(); it != byLevel.rend(); ++it) {
        const auto level = static_cast<Resiliency>(it->first);
        parts << QStringLiteral("<b>%1</b>: %2")
                     .arg(escaped(resiliencyName(level)),
                          escaped(it->second.join(QStringLiteral("; "))));
    }
    return parts.isEmpty() ? QStringLiteral("—") : parts.join(QStringLiteral("<br/>"));
}

QString capitalized(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

QString levelsTable()
{
    HtmlTable table({QStringLiteral("Level"), QStringLiteral("Meaning")}, {24, 76});
    const std::pair<Resiliency, const char *> levels[] = {
        {Resiliency::Maximum, "survives the loss of any one circuit and of any one peering "
                              "location over ExpressRoute alone"},
        {Resiliency::High, "survives the loss of any one peering location over ExpressRoute "
                           "alone (an ExpressRoute Metro circuit across the metro's two sites)"},
        {Resiliency::StandardWithVpnBackup, "every ExpressRoute path passes one peering location; "
                                            "a VPN survives that location's loss"},
        {Resiliency::Standard, "every ExpressRoute path passes one peering location"},
        {Resiliency::VpnOnly, "only site-to-site VPN paths"},
        {Resiliency::None, "no path"},
    };
    for (const auto &[level, meaning] : levels) {
        table.addRow({QStringLiteral("<font color=\"%1\">%2</font>")
                          .arg(resiliencyHtmlColor(level), escaped(resiliencyName(level))),
                      escaped(QString::fromUtf8(meaning))});
    }
    return table.html();
}

} // namespace

QString resiliencyHtml(const ReportInput &input)
{
    const Topology &topology = input.topology;
    QString html = sectionStartHtml(ReportSection::Resiliency);
    html += QStringLiteral(
        "<p>Each site is checked against every VNet it needs. The level uses Microsoft's "
        "resiliency terms [RESARCH]; paths counts the disjoint paths, which share no element that can fail; a single point "
        "of failure is an element or shared risk (a peering location, a risk group) whose loss "
        "alone cuts the site off that VNet. Availability assumes independent failures with the "
        "figures of section 8; round trips are estimates from distances.</p>");

    HtmlTable pairs({QStringLiteral("Site"), QStringLiteral("VNet"), QStringLiteral("Level"),
                     QStringLiteral("Paths"), QStringLiteral("Single points of failure"),
                     QStringLiteral("Availability"), QStringLiteral("Round trip"),
                     QStringLiteral("Bandwidth")},
                    {13, 13, 10, 7, 22, 13, 11, 11});
    for (const PairAnalysis &pair : input.analysis.pairs) {
        pairs.addRow(
            {escaped(elementName(topology, pair.site)), escaped(elementName(topology, pair.vnet)),
             QStringLiteral("<font color=\"%1\">%2</font>")
                 .arg(resiliencyHtmlColor(pair.resiliency),
                      escaped(resiliencyName(pair.resiliency))),
             QString::number(pair.disjointPaths),
             pair.singlePointsOfFailure.empty()
                 ? QStringLiteral("none")
                 : escaped(elementNames(topology, pair.singlePointsOfFailure)),
             availabilityCell(pair), latencyCell(pair),
             pair.bottleneckMbps ? bandwidthText(*pair.bottleneckMbps) : QStringLiteral("—")});
    }
    html += QStringLiteral("<h2>Site to VNet</h2>");
    html += pairs.rowCount() ? pairs.html()
                             : QStringLiteral("<p>No site needs a VNet of this design.</p>");

    html += QStringLiteral("<h2>Single failures</h2>");
    if (input.analysis.failures.empty()) {
        html += QStringLiteral("<p>No single element or shared risk changes any site's "
                               "connectivity.</p>");
    } else {
        html += QStringLiteral("<p>What the loss of one element or shared risk does to the "
                               "site–VNet pairs it touches.</p>");
        HtmlTable failures({QStringLiteral("If this fails"), QStringLiteral("Pairs lost"),
                            QStringLiteral("Pairs degraded (level left)")},
                           {28, 32, 40});
        for (const FailureImpact &failure : input.analysis.failures) {
            failures.addRow({escaped(capitalized(elementName(topology, failure.element))),
                             failure.lost.empty()
                                 ? QStringLiteral("—")
                                 : QStringLiteral("<font color=\"#c50f1f\">%1</font>")
                                       .arg(pairsText(topology, failure.lost)),
                             degradedText(topology, failure.degraded)});
        }
        html += failures.html();
    }

    if (!input.analysis.globalReach.empty()) {
        html += QStringLiteral("<h2>Site to site over Global Reach</h2>");
        HtmlTable reach({QStringLiteral("Site"), QStringLiteral("Site"),
                         QStringLiteral("Through circuits")},
                        {30, 30, 40});
        for (const SiteToSite &pair : input.analysis.globalReach) {
            reach.addRow({escaped(elementName(topology, pair.siteA)),
                          escaped(elementName(topology, pair.siteB)),
                          escaped(elementNames(topology, pair.circuits))});
        }
        html += reach.html();
    }
    html += QStringLiteral("<h3>Resiliency levels</h3>") + levelsTable();
    return html;
}

} // namespace Er
