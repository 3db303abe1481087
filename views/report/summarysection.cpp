#include "views/costtext.h"
#include "views/presentation.h"
#include "views/report/reportinput.h"
#include "views/report/reportsections.h"
#include "views/report/reporttext.h"

#include <algorithm>
#include <map>

namespace Er {

namespace {

QString requirementsText(const Requirements *requirements)
{
    if (!requirements)
        return QStringLiteral("no stated requirements (the analysis compares the options as they "
                              "are)");
    QStringList parts;
    if (requirements->availabilityPercent)
        parts << QStringLiteral("availability ≥ %1")
                     .arg(percentText(*requirements->availabilityPercent));
    if (requirements->maxLatencyMs)
        parts << QStringLiteral("round trip ≤ %1").arg(latencyText(*requirements->maxLatencyMs));
    if (requirements->bandwidthMbps)
        parts << QStringLiteral("bandwidth ≥ %1").arg(bandwidthText(*requirements->bandwidthMbps));
    if (requirements->encryptionRequired.value_or(false))
        parts << QStringLiteral("encryption in transit");
    if (requirements->monthlyEgressGb)
        parts << QStringLiteral("%1 GB a month from Azure (for metered egress)")
                     .arg(QString::number(*requirements->monthlyEgressGb, 'g', 10));
    return parts.isEmpty() ? QStringLiteral("no stated requirements")
                           : parts.join(QStringLiteral(", "));
}

const Recommendation *recommendationFor(const ReportInput &input, const std::string &site)
{
    for (const Recommendation &recommendation : input.analysis.recommendations) {
        if (recommendation.site == site)
            return &recommendation;
    }
    return nullptr;
}

QString designedLevelText(const ReportInput &input, const std::string &site)
{
    QStringList parts;
    for (const PairAnalysis &pair : input.analysis.pairs) {
        if (pair.site != site)
            continue;
        parts << QStringLiteral("%1: <font color=\"%2\">%3</font>")
                     .arg(escaped(elementName(input.topology, pair.vnet)),
                          printColor(resiliencyColor(pair.resiliency)),
                          escaped(qs(displayName(pair.resiliency))));
    }
    return parts.isEmpty() ? QStringLiteral("—") : parts.join(QStringLiteral("<br/>"));
}

QString meetsText(const OptionEstimate &estimate)
{
    QString meets = estimate.meets ? QStringLiteral("Yes") : QStringLiteral("No");
    if (!estimate.allowed)
        meets += QStringLiteral(", not advised: ") + escaped(estimate.notAllowedBecause);
    if (!estimate.shortfalls.empty()) {
        QStringList shortfalls;
        for (const std::string &shortfall : estimate.shortfalls)
            shortfalls << escaped(shortfall);
        meets += QStringLiteral(": ") + shortfalls.join(QStringLiteral("; "));
    }
    return meets;
}

// "USD 872.00", or "≥ USD 436.00" and what is unpriced when something is.
QString costCell(const OptionEstimate &estimate, const std::string &currency)
{
    QString text = escaped(
        monthlyCostText(estimate.monthlyCost, estimate.pricedMonthlyCost, currency));
    if (!estimate.monthlyCost)
        text += QStringLiteral("<br/><span class=\"small\">incomplete: %1 unpriced</span>")
                    .arg(estimate.unpriced.size());
    return text;
}

QStringList estimateCells(const QString &nameHtml,
                          const OptionEstimate &estimate,
                          const std::string &currency)
{
    const QString unknown = QStringLiteral("— (unknown)");
    return {nameHtml,
            percentText(estimate.availabilityPercent),
            (estimate.latencyMs ? latencyText(*estimate.latencyMs) : unknown)
                + (estimate.failoverLatencyMs
                       ? QStringLiteral("<br/><span class=\"small\">failover %1</span>")
                             .arg(latencyText(*estimate.failoverLatencyMs))
                       : QString()),
            estimate.bottleneckMbps > 0 ? bandwidthText(estimate.bottleneckMbps) : unknown,
            !estimate.bandwidthAfterWorstFailureMbps ? unknown
            : *estimate.bandwidthAfterWorstFailureMbps <= 0
                ? QStringLiteral("0 (cut off)")
                : bandwidthText(*estimate.bandwidthAfterWorstFailureMbps),
            estimate.encrypted ? QStringLiteral("Yes") : QStringLiteral("No"),
            costCell(estimate, currency),
            meetsText(estimate)};
}

QString optionsTable(const Recommendation &recommendation, const std::string &currency)
{
    HtmlTable table({QStringLiteral("Option"), QStringLiteral("Availability"),
                     QStringLiteral("Round trip (steady)"), QStringLiteral("Bandwidth (steady)"),
                     QStringLiteral("N-1 bandwidth"), QStringLiteral("Encrypted"),
                     QStringLiteral("Monthly cost"), QStringLiteral("Meets the requirements")},
                    {15, 12, 9, 11, 11, 11, 13, 18});
    for (const OptionEstimate &estimate : recommendation.options) {
        const bool chosen = estimate.variant == recommendation.variant;
        // The design as drawn is always the first row, and reads so.
        const QString name = estimate.variant == DesignVariant::ThisDesign
                                 ? QStringLiteral("This design")
                                 : escaped(estimate.label);
        table.addRow(estimateCells(chosen ? QStringLiteral("<b>%1 ✔ recommended</b>").arg(name)
                                          : name,
                                   estimate, currency),
                     chosen ? QStringLiteral("#e7f4e4") : QString());
    }
    return table.html();
}

// Too many sites to compare one by one: the sites per recommended option, then the sites whose
// design as drawn misses their requirements, with what it misses.
QString sitesSummary(const ReportInput &input, int siteCount)
{
    std::map<int, std::pair<int, int>> byOption; // option → sites, of which the design misses
    int withoutRecommendation = 0;
    HtmlTable missing({QStringLiteral("Site"), QStringLiteral("Resiliency as designed"),
                       QStringLiteral("The design as drawn misses"),
                       QStringLiteral("Recommended option")},
                      {22, 24, 30, 24});
    int missingCount = 0;
    for (const Node &node : input.topology.nodes()) {
        if (!node.site())
            continue;
        const Recommendation *recommendation = recommendationFor(input, node.id);
        if (!recommendation) {
            ++withoutRecommendation;
            continue;
        }
        auto &[sites, misses] = byOption[static_cast<int>(recommendation->option)];
        ++sites;
        if (!recommendation->designed || recommendation->designed->meets)
            continue;
        ++misses;
        if (++missingCount > summaryRowLimit)
            continue;
        QStringList shortfalls;
        for (const std::string &shortfall : recommendation->designed->shortfalls)
            shortfalls << escaped(shortfall);
        missing.addRow(
            {escaped(node.label()), designedLevelText(input, node.id),
             shortfalls.isEmpty() ? QStringLiteral("—") : shortfalls.join(QStringLiteral("; ")),
             escaped(optionName(recommendation->option))});
    }

    QString html = QStringLiteral("<p>The design has %1: the sites per recommended option, then "
                                  "the sites whose design as drawn misses their requirements. "
                                  "Section 5 gives the resiliency of every site–VNet pair in "
                                  "totals.</p>")
                       .arg(countText(siteCount, QStringLiteral("site"), QStringLiteral("sites")));
    HtmlTable options({QStringLiteral("Recommended option"), QStringLiteral("Sites"),
                       QStringLiteral("Of which the design as drawn misses the requirements")},
                      {40, 15, 45});
    for (const auto &[option, counts] : byOption) {
        options.addRow({escaped(optionName(static_cast<ConnectivityOption>(option))),
                        QString::number(counts.first), QString::number(counts.second)});
    }
    if (withoutRecommendation > 0) {
        options.addRow({QStringLiteral("<i>No recommendation (no options compared)</i>"),
                        QString::number(withoutRecommendation), QStringLiteral("—")});
    }
    html += options.html();
    html += QStringLiteral("<h2>Sites whose design misses their requirements (%1)</h2>")
                .arg(missingCount);
    if (missingCount == 0)
        return html
               + QStringLiteral("<p>None: the design as drawn meets every site's stated "
                                "requirements.</p>");
    return html + missing.html()
           + notListedHtml(missingCount - summaryRowLimit, QStringLiteral("site"),
                           QStringLiteral("sites"), QStringLiteral("analyze"));
}

} // namespace

QString summaryHtml(const ReportInput &input)
{
    QString html = sectionStartHtml(ReportSection::Summary);
    html += QStringLiteral(
        "<p>For each on-premises site: is ExpressRoute the right choice? The options are estimated "
        "side by side with the same model (section 9) and compared with the site's own "
        "requirements; the recommendation names the requirement that decides and the facts "
        "behind it.</p>");

    const auto siteCount = std::count_if(input.topology.nodes().begin(),
                                         input.topology.nodes().end(),
                                         [](const Node &node) { return node.site() != nullptr; });
    if (siteCount > detailedRowLimit)
        return html + sitesSummary(input, int(siteCount));

    HtmlTable overview({QStringLiteral("Site"), QStringLiteral("Resiliency as designed"),
                        QStringLiteral("Recommended option")},
                       {30, 38, 32});
    for (const Node &node : input.topology.nodes()) {
        if (!node.site())
            continue;
        const Recommendation *recommendation = recommendationFor(input, node.id);
        overview.addRow(
            {escaped(node.label()), designedLevelText(input, node.id),
             recommendation ? escaped(optionName(recommendation->option)) : QStringLiteral("—")});
    }
    if (overview.rowCount() == 0)
        return html + QStringLiteral("<p>The design has no on-premises site.</p>");
    html += overview.html();

    for (const Node &node : input.topology.nodes()) {
        const SiteFields *site = node.site();
        if (!site)
            continue;
        html += QStringLiteral("<h2>%1</h2>").arg(escaped(node.label()));
        html += QStringLiteral("<p><b>Requirements:</b> %1.</p>")
                    .arg(escaped(
                        requirementsText(site->requirements ? &*site->requirements : nullptr)));
        const Recommendation *recommendation = recommendationFor(input, node.id);
        if (!recommendation) {
            html += QStringLiteral("<p class=\"muted\">No recommendation: the analysis compared no "
                                   "options for this site.</p>");
            continue;
        }
        html += optionsTable(*recommendation, input.analysis.cost ? input.analysis.cost->currency
                                                                  : std::string("USD"));
        html += QStringLiteral("<p><b>Recommendation: %1.</b></p>")
                    .arg(escaped(optionName(recommendation->option)));
        if (!recommendation->reasons.empty()) {
            html += QStringLiteral("<ul>");
            for (const std::string &reason : recommendation->reasons)
                html += QStringLiteral("<li>%1</li>").arg(escaped(reason));
            html += QStringLiteral("</ul>");
        }
    }
    return html;
}

} // namespace Er
