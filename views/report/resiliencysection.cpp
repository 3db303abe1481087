#include "views/presentation.h"
#include "views/report/reportinput.h"
#include "views/report/reportsections.h"
#include "views/report/reporttext.h"

#include <algorithm>
#include <array>
#include <limits>
#include <map>
#include <optional>

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

// An unknown figure: the dash, marked for the footnote under the table that says why.
QString unknownLatencyCell()
{
    return QStringLiteral("—<sup>*</sup>");
}

QString unknownBandwidthCell()
{
    return QStringLiteral("—<sup>†</sup>");
}

QString roundTripText(const std::optional<double> &latencyMs, bool variable)
{
    if (!latencyMs)
        return unknownLatencyCell();
    return variable ? QStringLiteral("%1, internet, variable").arg(latencyText(*latencyMs))
                    : latencyText(*latencyMs);
}

// The steady round trip, and under it the failover's.
QString roundTripCell(const PairAnalysis &pair)
{
    if (!pair.reachable)
        return QStringLiteral("—");
    QString cell = roundTripText(pair.latencyMs, pair.latencyVariable);
    cell += QStringLiteral("<br/><span class=\"small\">failover %1</span>")
                .arg(pair.failover
                         ? roundTripText(pair.failover->latencyMs, pair.failover->latencyVariable)
                         : QStringLiteral("none"));
    return cell;
}

// The steady bandwidth, and under it what the worst single failure leaves (N-1).
QString bandwidthCell(const Topology &topology, const PairAnalysis &pair)
{
    if (!pair.reachable)
        return QStringLiteral("—");
    QString cell = pair.bottleneckMbps ? bandwidthText(*pair.bottleneckMbps)
                                       : unknownBandwidthCell();
    QString left = unknownBandwidthCell();
    if (pair.bandwidthAfterWorstFailureMbps) {
        left = *pair.bandwidthAfterWorstFailureMbps <= 0
                   ? QStringLiteral("0 (cut off)")
                   : bandwidthText(*pair.bandwidthAfterWorstFailureMbps);
    }
    cell += QStringLiteral("<br/><span class=\"small\">N-1 %1").arg(left);
    if (!pair.worstFailure.empty())
        cell += QStringLiteral(", losing %1").arg(escaped(elementName(topology, pair.worstFailure)));
    return cell + QStringLiteral("</span>");
}

// Why the table shows a dash, under a table that shows one.
QString unknownFootnotes(const QString &tableHtml)
{
    QString notes;
    if (tableHtml.contains(unknownLatencyCell())) {
        notes += QStringLiteral("<p class=\"small\">— * Round trip unknown: a site's or a peering "
                                "location's position, or a link's length, is missing, so the "
                                "distance cannot be estimated.</p>");
    }
    if (tableHtml.contains(unknownBandwidthCell())) {
        notes += QStringLiteral("<p class=\"small\">— † Bandwidth unknown: no element on the "
                                "paths has a known bandwidth.</p>");
    }
    return notes;
}

// "London DC → Hub; Reading DC → Hub", at most `limit` pairs and then how many more.
QString pairsText(const Topology &topology, const std::vector<SitePair> &pairs, int limit)
{
    QStringList parts;
    for (const SitePair &pair : pairs)
        parts << QStringLiteral("%1 → %2").arg(elementName(topology, pair.site),
                                               elementName(topology, pair.vnet));
    return parts.isEmpty() ? QStringLiteral("—")
                           : escaped(firstNames(parts, limit, QStringLiteral("; ")));
}

// Grouped by the level left: "Standard: London DC → Hub; Reading DC → Hub".
QString degradedText(const Topology &topology, const std::vector<DegradedPair> &pairs, int limit)
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
                     .arg(escaped(qs(displayName(level))),
                          escaped(firstNames(it->second, limit, QStringLiteral("; "))));
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
                          .arg(printColor(resiliencyColor(level)), escaped(qs(displayName(level)))),
                      escaped(QString::fromUtf8(meaning))});
    }
    return table.html();
}

// What a pair misses of its site's requirements: "unreachable", "availability", ...
QStringList shortfalls(const Topology &topology, const PairAnalysis &pair)
{
    if (!pair.reachable)
        return {QStringLiteral("unreachable")};
    const Node *node = topology.node(pair.site);
    const SiteFields *site = node ? node->site() : nullptr;
    if (!site || !site->requirements)
        return {};
    const Requirements &required = *site->requirements;
    QStringList missed;
    if (required.availabilityPercent && pair.availabilityPercent < *required.availabilityPercent)
        missed << QStringLiteral("availability below %1")
                      .arg(percentText(*required.availabilityPercent));
    if (required.maxLatencyMs && (!pair.latencyMs || *pair.latencyMs > *required.maxLatencyMs))
        missed << QStringLiteral("round trip over %1").arg(latencyText(*required.maxLatencyMs));
    if (required.bandwidthMbps
        && (!pair.bottleneckMbps || *pair.bottleneckMbps < *required.bandwidthMbps))
        missed << QStringLiteral("bandwidth below %1").arg(bandwidthText(*required.bandwidthMbps));
    return missed;
}

QStringList pairCells(const Topology &topology, const PairAnalysis &pair)
{
    return {escaped(elementName(topology, pair.site)),
            escaped(elementName(topology, pair.vnet)),
            QStringLiteral("<font color=\"%1\">%2</font>")
                .arg(printColor(resiliencyColor(pair.resiliency)),
                     escaped(qs(displayName(pair.resiliency)))),
            QString::number(pair.disjointPaths),
            pair.singlePointsOfFailure.empty()
                ? QStringLiteral("none")
                : escaped(elementNames(topology, pair.singlePointsOfFailure)),
            availabilityCell(pair),
            roundTripCell(pair),
            bandwidthCell(topology, pair)};
}

HtmlTable pairTable()
{
    return HtmlTable({QStringLiteral("Site"), QStringLiteral("VNet"), QStringLiteral("Level"),
                      QStringLiteral("Paths"), QStringLiteral("Single points of failure"),
                      QStringLiteral("Availability"), QStringLiteral("Round trip: steady, failover"),
                      QStringLiteral("Bandwidth: steady, N-1")},
                     {12, 12, 10, 7, 17, 12, 15, 15});
}

// The first rows of a list of pairs that need attention, and how many more there are.
QString attentionTable(const Topology &topology,
                       const QString &title,
                       const std::vector<const PairAnalysis *> &pairs)
{
    QString html = QStringLiteral("<h3>%1 (%2)</h3>").arg(escaped(title)).arg(pairs.size());
    if (pairs.empty())
        return html + QStringLiteral("<p>None.</p>");
    HtmlTable table = pairTable();
    for (std::size_t i = 0; i < pairs.size() && i < std::size_t(summaryRowLimit); ++i)
        table.addRow(pairCells(topology, *pairs[i]));
    const QString tableHtml = table.html();
    return html + tableHtml + unknownFootnotes(tableHtml)
           + notListedHtml(int(pairs.size()) - summaryRowLimit, QStringLiteral("pair"),
                           QStringLiteral("pairs"), QStringLiteral("analyze"));
}

// Too many pairs to list one by one: totals per level, then the pairs below their site's
// requirements and those with a single point of failure.
QString pairSummary(const ReportInput &input)
{
    const Topology &topology = input.topology;
    std::map<int, std::array<int, 3>> totals; // level → pairs, with a SPOF, below requirements
    std::vector<const PairAnalysis *> below;
    std::vector<const PairAnalysis *> withSpof;
    for (const PairAnalysis &pair : input.analysis.pairs) {
        std::array<int, 3> &total = totals[static_cast<int>(pair.resiliency)];
        ++total[0];
        if (!pair.singlePointsOfFailure.empty()) {
            ++total[1];
            withSpof.push_back(&pair);
        }
        if (!shortfalls(topology, pair).isEmpty()) {
            ++total[2];
            below.push_back(&pair);
        }
    }
    // The unreachable pairs first, then the weakest levels.
    const auto weakestFirst = [](const PairAnalysis *a, const PairAnalysis *b) {
        return a->resiliency < b->resiliency;
    };
    std::stable_sort(below.begin(), below.end(), weakestFirst);
    std::stable_sort(withSpof.begin(), withSpof.end(), weakestFirst);

    QString html = QStringLiteral("<p>The design has %1: the totals per level, then the pairs "
                                  "that need attention.</p>")
                       .arg(countText(int(input.analysis.pairs.size()),
                                      QStringLiteral("site–VNet pair"),
                                      QStringLiteral("site–VNet pairs")));
    HtmlTable table({QStringLiteral("Level"), QStringLiteral("Pairs"),
                     QStringLiteral("With a single point of failure"),
                     QStringLiteral("Below the site's requirements")},
                    {31, 15, 27, 27});
    for (auto it = totals.rbegin(); it != totals.rend(); ++it) {
        const auto level = static_cast<Resiliency>(it->first);
        table.addRow({QStringLiteral("<font color=\"%1\">%2</font>")
                          .arg(printColor(resiliencyColor(level)), escaped(qs(displayName(level)))),
                      QString::number(it->second[0]), QString::number(it->second[1]),
                      QString::number(it->second[2])});
    }
    html += table.html();
    html += attentionTable(topology, QStringLiteral("Pairs below their site's requirements"), below);
    html += attentionTable(topology, QStringLiteral("Pairs with a single point of failure"),
                           withSpof);
    return html;
}

QString failuresHtml(const ReportInput &input)
{
    const Topology &topology = input.topology;
    if (input.analysis.failures.empty()) {
        return QStringLiteral("<p>No single element or shared risk changes any site's "
                              "connectivity.</p>");
    }
    const bool summarised = int(input.analysis.failures.size()) > detailedRowLimit;
    std::vector<const FailureImpact *> failures;
    for (const FailureImpact &failure : input.analysis.failures)
        failures.push_back(&failure);
    QString html = QStringLiteral("<p>What the loss of one element or shared risk does to the "
                                  "site–VNet pairs it touches.</p>");
    int nameLimit = std::numeric_limits<int>::max();
    if (summarised) {
        // The failures that touch the most pairs, those that cut pairs off first.
        std::stable_sort(failures.begin(), failures.end(),
                         [](const FailureImpact *a, const FailureImpact *b) {
                             return std::pair(a->lost.size(), a->degraded.size())
                                    > std::pair(b->lost.size(), b->degraded.size());
                         });
        failures.resize(std::size_t(summaryRowLimit));
        nameLimit = 6;
        html += QStringLiteral("<p>%1 change a pair's connectivity; these are the %2 that touch "
                               "the most pairs.</p>")
                    .arg(countText(int(input.analysis.failures.size()),
                                   QStringLiteral("single failure"),
                                   QStringLiteral("single failures")))
                    .arg(summaryRowLimit);
    }
    HtmlTable table({QStringLiteral("If this fails"), QStringLiteral("Pairs lost"),
                     QStringLiteral("Pairs degraded (level left)")},
                    {28, 32, 40});
    for (const FailureImpact *failure : failures) {
        const QString lost = failure->lost.empty()
                                 ? QStringLiteral("—")
                                 : QStringLiteral("<font color=\"%1\">%2</font>")
                                       .arg(printColor(resiliencyColor(Resiliency::None)),
                                            pairsText(topology, failure->lost, nameLimit));
        table.addRow({escaped(capitalized(elementName(topology, failure->element))),
                      summarised && failure->lost.size() > 1
                          ? QStringLiteral("<b>%1:</b> %2").arg(failure->lost.size()).arg(lost)
                          : lost,
                      degradedText(topology, failure->degraded, nameLimit)});
    }
    html += table.html();
    if (summarised) {
        html += notListedHtml(int(input.analysis.failures.size()) - summaryRowLimit,
                              QStringLiteral("single failure"), QStringLiteral("single failures"),
                              QStringLiteral("analyze"));
    }
    return html;
}

QString globalReachHtml(const ReportInput &input)
{
    const Topology &topology = input.topology;
    const auto &pairs = input.analysis.globalReach;
    const bool summarised = int(pairs.size()) > detailedRowLimit;
    HtmlTable reach({QStringLiteral("Site"), QStringLiteral("Site"),
                     QStringLiteral("Through circuits")},
                    {30, 30, 40});
    for (std::size_t i = 0; i < pairs.size(); ++i) {
        if (summarised && i == std::size_t(summaryRowLimit))
            break;
        reach.addRow({escaped(elementName(topology, pairs[i].siteA)),
                      escaped(elementName(topology, pairs[i].siteB)),
                      escaped(elementNames(topology, pairs[i].circuits))});
    }
    QString html = QStringLiteral("<h2>Site to site over Global Reach</h2>");
    if (summarised) {
        html += QStringLiteral("<p>%1 reach each other over Global Reach; the first %2:</p>")
                    .arg(countText(int(pairs.size()), QStringLiteral("pair of sites"),
                                   QStringLiteral("pairs of sites")))
                    .arg(summaryRowLimit);
    }
    return html + reach.html()
           + (summarised
                  ? notListedHtml(int(pairs.size()) - summaryRowLimit,
                                  QStringLiteral("pair of sites"), QStringLiteral("pairs of sites"),
                                  QStringLiteral("analyze"))
                  : QString());
}

QString indexPart(const ResiliencyIndexPart &part)
{
    return QStringLiteral("%1 of %2%3<br/><small>%4</small>")
        .arg(part.points)
        .arg(part.maximum)
        .arg(part.assumed ? QStringLiteral(" (assumed)") : QString())
        .arg(escaped(part.reason));
}

// Microsoft's Resiliency Insights index, estimated from the design before anything is deployed.
QString resiliencyIndexHtml(const ReportInput &input)
{
    QString html = QStringLiteral(
        "<h2>Resiliency index</h2><p>Microsoft's ExpressRoute Resiliency Insights index (0–100) "
        "of each VNet gateway, as Azure would score it once deployed [RINS]: route resiliency "
        "times the resiliency-validation multiplier, zone redundancy and Azure Advisor "
        "recommendations. Microsoft documents the weights, not how they add up; the sum is an "
        "assumption, and so are the Advisor points, which no design can know.</p>");
    HtmlTable table({QStringLiteral("VNet"), QStringLiteral("Index"),
                     QStringLiteral("Route resiliency"), QStringLiteral("Validation"),
                     QStringLiteral("Zone redundancy"), QStringLiteral("Advisor")},
                    {14, 10, 21, 20, 18, 17});
    for (const GatewayResiliencyIndex &entry : input.analysis.resiliencyIndex) {
        const Node *vnet = input.topology.node(entry.vnet);
        table.addRow({escaped(vnet ? vnet->label() : entry.vnet),
                      QStringLiteral("<b>%1</b><br/><small>%2 with Advisor findings</small>")
                          .arg(entry.index)
                          .arg(entry.lowestIndex),
                      indexPart(entry.route),
                      QStringLiteral("×%1<br/><small>%2</small>")
                          .arg(entry.validation.multiplier)
                          .arg(escaped(entry.validation.reason)),
                      indexPart(entry.zoneRedundancy), indexPart(entry.recommendations)});
    }
    return html + table.html();
}

} // namespace

QString resiliencyHtml(const ReportInput &input)
{
    const Topology &topology = input.topology;
    QString html = sectionStartHtml(ReportSection::Resiliency);
    html += QStringLiteral(
        "<p>Each site is checked against every VNet it needs. The level uses Microsoft's "
        "resiliency terms [RESARCH]; paths counts the disjoint paths, which share no element that "
        "can fail; a single point "
        "of failure is an element or shared risk (a peering location, a risk group) whose loss "
        "alone cuts the site off that VNet. Availability assumes independent failures with the "
        "figures of section 9; round trips are estimates from distances. The steady figures are "
        "those of the paths that carry traffic while everything is up (as routing chooses them); "
        "failover is what takes over once they fail; N-1 bandwidth is what is left after the "
        "single failure that hurts the pair most.</p>");

    html += QStringLiteral("<h2>Site to VNet</h2>");
    if (input.analysis.pairs.empty()) {
        html += QStringLiteral("<p>No site needs a VNet of this design.</p>");
    } else if (int(input.analysis.pairs.size()) > detailedRowLimit) {
        html += pairSummary(input);
    } else {
        HtmlTable pairs = pairTable();
        for (const PairAnalysis &pair : input.analysis.pairs)
            pairs.addRow(pairCells(topology, pair));
        const QString tableHtml = pairs.html();
        html += tableHtml + unknownFootnotes(tableHtml);
    }

    if (!input.analysis.resiliencyIndex.empty()
        && int(input.analysis.resiliencyIndex.size()) <= detailedRowLimit) {
        html += resiliencyIndexHtml(input);
    }
    html += QStringLiteral("<h2>Single failures</h2>") + failuresHtml(input);
    if (!input.analysis.globalReach.empty())
        html += globalReachHtml(input);
    html += QStringLiteral("<h3>Resiliency levels</h3>") + levelsTable();
    return html;
}

} // namespace Er
