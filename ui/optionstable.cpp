#include "ui/optionstable.h"

#include "model/analysis/analysisresult.h"
#include "ui/analysismodels.h"
#include "views/costtext.h"

#include <QHeaderView>
#include <QLocale>

namespace Er {

namespace {

QString availabilityText(double percent)
{
    // As the pairs table writes it: four decimals tell 99.9999 % from 100 %.
    return QStringLiteral("%1 %").arg(percent, 0, 'f', 4);
}

QString bandwidthText(double mbps)
{
    if (mbps <= 0)
        return unknownFigureText();
    return mbps >= 1000 ? QStringLiteral("%1 Gbps").arg(QLocale().toString(mbps / 1000, 'g', 4))
                        : QStringLiteral("%1 Mbps").arg(QLocale().toString(mbps, 'g', 6));
}

QString unpricedToolTip(const OptionEstimate &estimate, const std::string &currency)
{
    if (estimate.monthlyCost)
        return OptionsTable::tr("The site's part of the design with this option, a month.");
    QString tip = OptionsTable::tr("At least %1 a month; not priced:")
                      .arg(moneyText(estimate.pricedMonthlyCost, currency));
    for (const std::string &item : estimate.unpriced)
        tip += QStringLiteral("\n• ") + QString::fromStdString(item);
    return tip;
}

} // namespace

OptionsTable::OptionsTable(const TopologyDocument *document, QWidget *parent)
    : QTreeWidget(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("OptionsTable"));
    setColumnCount(ColumnCount);
    setHeaderLabels({tr("Option"), tr("Monthly cost"), tr("Availability"), tr("Round trip"),
                     tr("Bandwidth"), tr("Meets")});
    setRootIsDecorated(false);
    setAlternatingRowColors(true);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::NoSelection);
    header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    setToolTip(tr("The options for the site of the selected pair, side by side; the "
                  "recommended one is marked ✔."));
}

void OptionsTable::setAnalysis(std::shared_ptr<const AnalysisResult> analysis)
{
    m_analysis = std::move(analysis);
    rebuild();
}

void OptionsTable::showSite(const std::string &site)
{
    m_asked = site;
    rebuild();
}

void OptionsTable::rebuild()
{
    clear();
    m_site.clear();
    if (!m_analysis)
        return;
    const Recommendation *shown = nullptr;
    for (const Recommendation &recommendation : m_analysis->recommendations) {
        if (recommendation.site == m_asked || (m_asked.empty() && !shown))
            shown = &recommendation;
    }
    if (!shown && !m_analysis->recommendations.empty())
        shown = &m_analysis->recommendations.front();
    if (!shown)
        return;
    m_site = shown->site;
    const std::string currency = m_analysis->cost ? m_analysis->cost->currency : std::string("USD");
    headerItem()->setText(OptionColumn,
                          tr("Options for %1").arg(elementLabel(*m_document, shown->site)));
    for (const OptionEstimate &estimate : shown->options) {
        auto *item = new QTreeWidgetItem(this);
        const bool chosen = estimate.variant == shown->variant;
        const QString name = estimate.variant == DesignVariant::ThisDesign
                                 ? tr("This design")
                                 : QString::fromStdString(estimate.label);
        item->setText(OptionColumn, chosen ? tr("%1 ✔").arg(name) : name);
        item->setText(AvailabilityColumn, availabilityText(estimate.availabilityPercent));
        item->setText(LatencyColumn, roundTripText(estimate.latencyMs, false));
        item->setText(BandwidthColumn, bandwidthText(estimate.bottleneckMbps));
        item->setText(MeetsColumn, estimate.meets ? tr("Yes") : tr("No"));
        QStringList why;
        if (!estimate.allowed)
            why << QString::fromStdString(estimate.notAllowedBecause);
        for (const std::string &shortfall : estimate.shortfalls)
            why << QString::fromStdString(shortfall);
        item->setToolTip(MeetsColumn, why.join(QLatin1Char('\n')));
        item->setText(CostColumn,
                      monthlyCostText(estimate.monthlyCost, estimate.pricedMonthlyCost, currency));
        item->setToolTip(CostColumn, unpricedToolTip(estimate, currency));
        item->setTextAlignment(CostColumn, Qt::AlignRight | Qt::AlignVCenter);
        if (chosen) {
            QFont bold = item->font(OptionColumn);
            bold.setBold(true);
            item->setFont(OptionColumn, bold);
        }
    }
}

} // namespace Er
