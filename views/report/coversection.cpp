#include "model/catalogue/catalogue.h"
#include "views/presentation.h"
#include "views/report/reportinput.h"
#include "views/report/reportsections.h"
#include "views/report/reporttext.h"

#include <QLocale>

#include <map>

namespace Er {

namespace {

constexpr int namesPerLevel = 5;
constexpr int worstFindingsShown = 3;

// The weakest level of each site over the VNets it needs; sites in design order.
std::vector<std::pair<const Node *, std::optional<Resiliency>>> siteLevels(const ReportInput &input)
{
    std::vector<std::pair<const Node *, std::optional<Resiliency>>> levels;
    for (const Node &node : input.topology.nodes()) {
        if (!node.site())
            continue;
        std::optional<Resiliency> weakest;
        for (const PairAnalysis &pair : input.analysis.pairs) {
            if (pair.site == node.id && (!weakest || pair.resiliency < *weakest))
                weakest = pair.resiliency;
        }
        levels.emplace_back(&node, weakest);
    }
    return levels;
}

QString namesWithMore(const QStringList &names)
{
    if (names.size() <= namesPerLevel)
        return names.join(QStringLiteral(", "));
    return QStringLiteral("%1 and %2 more")
        .arg(names.mid(0, namesPerLevel).join(QStringLiteral(", ")))
        .arg(names.size() - namesPerLevel);
}

QString resiliencySentence(const ReportInput &input)
{
    const auto levels = siteLevels(input);
    if (levels.empty())
        return QStringLiteral("The design has no on-premises site yet.");
    std::map<int, QStringList> byLevel; // -1: needs no VNet
    for (const auto &[site, level] : levels)
        byLevel[level ? static_cast<int>(*level) : -1] << qs(site->label());
    QStringList parts;
    for (auto it = byLevel.rbegin(); it != byLevel.rend(); ++it) {
        if (it->first < 0) {
            parts << QStringLiteral("%1 needs no VNet").arg(namesWithMore(it->second));
            continue;
        }
        const auto level = static_cast<Resiliency>(it->first);
        QString levelName = qs(displayName(level)); // "at standard with VPN backup"
        levelName[0] = levelName[0].toLower();
        parts << QStringLiteral("%1 at <b><font color=\"%2\">%3</font></b>")
                     .arg(escaped(namesWithMore(it->second)), printColor(resiliencyColor(level)),
                          escaped(levelName));
    }
    return QStringLiteral("Resiliency to Azure, by each site's weakest VNet: %1.")
        .arg(parts.join(QStringLiteral("; ")));
}

QString findingsSentence(const ReportInput &input)
{
    const FindingCounts counts = countFindings(input.findings);
    if (counts.errors == 0 && counts.warnings == 0) {
        return QStringLiteral("Validation raised no errors and no warnings%1.")
            .arg(counts.infos ? QStringLiteral(" (%1)").arg(
                     countText(counts.infos, QStringLiteral("advisory note"),
                               QStringLiteral("advisory notes")))
                              : QString());
    }
    QStringList worst;
    for (const Finding &finding : input.findings) {
        if (finding.severity == Severity::Info || worst.size() >= worstFindingsShown)
            break;
        worst << QStringLiteral("<b>%1</b> %2").arg(escaped(finding.rule), escaped(finding.message));
    }
    return QStringLiteral("Validation found %1 and %2; the most serious: %3.")
        .arg(countText(counts.errors, QStringLiteral("error"), QStringLiteral("errors")),
             countText(counts.warnings, QStringLiteral("warning"), QStringLiteral("warnings")),
             worst.join(QStringLiteral("; ")));
}

QString recommendationSentence(const ReportInput &input)
{
    std::map<int, QStringList> byOption;
    for (const Recommendation &recommendation : input.analysis.recommendations) {
        if (const Node *site = input.topology.node(recommendation.site))
            byOption[static_cast<int>(recommendation.option)] << qs(site->label());
    }
    if (byOption.empty())
        return QString();
    QStringList parts;
    for (const auto &[option, sites] : byOption) {
        parts << QStringLiteral("%1 for %2")
                     .arg(escaped(optionName(static_cast<ConnectivityOption>(option))),
                          escaped(namesWithMore(sites)));
    }
    return QStringLiteral("Recommended: %1 (section 3).").arg(parts.join(QStringLiteral("; ")));
}

QString countsTable(const FindingCounts &counts)
{
    auto cell = [](int count, Severity severity, const QString &label) {
        return QStringLiteral("<td align=\"center\" width=\"33%\"><span style=\"font-size: 20pt; "
                              "color: %1; font-weight: 600\">%2</span><br/>%3</td>")
            .arg(printColor(severityColor(severity)))
            .arg(count)
            .arg(label);
    };
    return QStringLiteral(
               "<table class=\"grid\" width=\"100%\" cellspacing=\"0\" cellpadding=\"8\" "
               "border=\"1\"><tr>%1%2%3</tr></table>")
        .arg(cell(counts.errors, Severity::Error, QStringLiteral("Errors")),
             cell(counts.warnings, Severity::Warning, QStringLiteral("Warnings")),
             cell(counts.infos, Severity::Info, QStringLiteral("Advisory (info)")));
}

} // namespace

QString verdictText(const ReportInput &input)
{
    QStringList sentences{resiliencySentence(input), findingsSentence(input)};
    const QString recommendation = recommendationSentence(input);
    if (!recommendation.isEmpty())
        sentences << recommendation;
    return sentences.join(QLatin1Char(' '));
}

QString coverHtml(const ReportInput &input, const QList<ContentsEntry> &contents)
{
    const Topology &topology = input.topology;
    const QString name = reportDesignName(input);
    QString html = QStringLiteral("<p class=\"kicker\">EXPRESSROUTE DESIGN REPORT</p>"
                                  "<p class=\"title\">%1</p>")
                       .arg(escaped(name));
    if (topology.description && !topology.description->empty())
        html += QStringLiteral("<p>%1</p>").arg(escaped(*topology.description));

    int sites = 0;
    int circuits = 0;
    int vnets = 0;
    for (const Node &node : topology.nodes()) {
        sites += node.site() ? 1 : 0;
        circuits += node.circuit() ? 1 : 0;
        vnets += node.virtualNetwork() ? 1 : 0;
    }
    html += QStringLiteral("<p class=\"muted\">%1 · %2, %3, %4 · prepared with ExpressRoute "
                           "Designer %5; facts per Microsoft's documentation as of %6</p>")
                .arg(escaped(QLocale(QLocale::English)
                                 .toString(input.date, QStringLiteral("d MMMM yyyy"))),
                     countText(sites, QStringLiteral("site"), QStringLiteral("sites")),
                     countText(circuits, QStringLiteral("circuit"), QStringLiteral("circuits")),
                     countText(vnets, QStringLiteral("virtual network"),
                               QStringLiteral("virtual networks")),
                     QStringLiteral(ER_VERSION), escaped(input.catalogue->factsAsOf()));

    html += QStringLiteral("<h2>Findings by severity</h2>")
            + countsTable(countFindings(input.findings));
    html += QStringLiteral("<h2>Verdict</h2><p class=\"verdict\">%1</p>").arg(verdictText(input));

    if (!contents.isEmpty()) {
        html += QStringLiteral("<h2>Contents</h2><table class=\"plain\" width=\"100%\" "
                               "cellspacing=\"0\" cellpadding=\"2\">");
        for (const ContentsEntry &entry : contents) {
            html += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>")
                        .arg(escaped(sectionHeading(entry.section)))
                        .arg(entry.page);
        }
        html += QStringLiteral("</table>");
    }
    return html;
}

} // namespace Er
