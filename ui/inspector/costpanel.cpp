#include "ui/inspector/costpanel.h"

#include "model/analysis/analysisresult.h"
#include "views/costtext.h"

namespace Er {

namespace {

QString h(const std::string &text)
{
    return QString::fromStdString(text).toHtmlEscaped();
}

// "1 month × USD 436.00 = USD 436.00", or why it is unpriced.
QString lineHtml(const CostLine &line, const std::string &currency)
{
    QString html = QStringLiteral("<li>%1: ").arg(h(line.description));
    if (!line.monthly) {
        html += CostPanel::tr("<b>unpriced</b>: %1").arg(h(line.unpricedBecause));
    } else if (!line.billedByMicrosoft) {
        html += CostPanel::tr("<b>%1</b> (the design's own figure)")
                    .arg(moneyText(*line.monthly, currency));
    } else {
        html += line.unitPrice
                    ? CostPanel::tr("%1 × %2 = <b>%3</b>")
                          .arg(costQuantityText(line).toHtmlEscaped(),
                               moneyText(*line.unitPrice, currency),
                               moneyText(*line.monthly, currency))
                    : QStringLiteral("<b>%1</b>").arg(moneyText(*line.monthly, currency));
    }
    if (!line.note.empty())
        html += QStringLiteral("<br><small>%1</small>").arg(h(line.note));
    return html + QStringLiteral("</li>");
}

} // namespace

CostPanel::CostPanel(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("CostPanel"));
    setTextFormat(Qt::RichText);
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setContentsMargins(0, 4, 0, 4);
    refreshText();
}

void CostPanel::setAnalysis(std::shared_ptr<const AnalysisResult> analysis)
{
    m_analysis = std::move(analysis);
    refreshText();
}

void CostPanel::showElement(const std::string &id, bool design)
{
    m_id = id;
    m_design = design;
    m_single = design || !id.empty();
    refreshText();
}

void CostPanel::refreshText()
{
    const DesignCost *cost = m_analysis && m_analysis->cost ? &*m_analysis->cost : nullptr;
    if (!m_single || !cost) {
        setText(QString());
        setVisible(false);
        return;
    }
    setVisible(true);
    if (m_design) {
        QString html = tr("<b>Monthly cost</b>: %1").arg(designTotalText(*cost).toHtmlEscaped());
        if (cost->discountPercent > 0)
            html += tr("<br><small>Microsoft's charges after the design's %1 % discount.</small>")
                        .arg(cost->discountPercent);
        html += tr("<br><small>%1 list prices as of %2; select an element for its charges.</small>")
                    .arg(h(cost->currency), h(cost->pricesAsOf));
        setText(html);
        return;
    }
    if (!cost->hasLines(m_id)) {
        setText(tr("<b>Monthly cost</b>: none of its own <small>(no meter of the price list "
                   "bills it; a provider's charge goes in \"Provider cost / month\")</small>"));
        return;
    }
    double priced = 0;
    QString lines;
    for (const CostLine &line : cost->lines) {
        if (line.element != m_id)
            continue;
        if (line.monthly)
            priced += *line.monthly;
        lines += lineHtml(line, cost->currency);
    }
    const std::optional<double> monthly = cost->elementMonthly(m_id);
    if (!monthly && priced == 0) {
        setText(
            tr("<b>Monthly cost</b>: unpriced<ul style=\"margin-left: -24px\">%1</ul>").arg(lines));
        return;
    }
    setText(tr("<b>Monthly cost</b>: %1%2<ul style=\"margin-left: -24px\">%3</ul>")
                .arg(monthlyCostText(monthly, priced, cost->currency).toHtmlEscaped(),
                     monthly ? QString() : tr(" (incomplete: something is unpriced)"), lines));
}

} // namespace Er
