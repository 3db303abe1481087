#include "ui/coststatus.h"

#include "ui/pricelistsession.h"
#include "views/costtext.h"

namespace Er {

CostStatus::CostStatus(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("CostStatus"));
    setTextInteractionFlags(Qt::TextSelectableByMouse);
}

void CostStatus::showCost(const DesignCost *cost, const PriceList &prices)
{
    const QString list = priceListDescription(prices);
    if (!cost) {
        setText(tr("Cost: …"));
        setToolTip(tr("The design's monthly cost, once the analysis has run (%1).").arg(list));
        return;
    }
    setText(designTotalText(*cost));
    const QString discount = cost->discountPercent > 0
                                 ? tr(" after the design's %1 % discount").arg(cost->discountPercent)
                                 : QString();
    QString tip = tr("<b>Monthly cost of the design</b>: %1 billed by Microsoft%2 (priced items), "
                     "%3 by providers and carriers (the design's own figures).")
                      .arg(moneyText(cost->microsoftMonthly, cost->currency), discount,
                           moneyText(cost->otherMonthly, cost->currency));
    if (!cost->complete()) {
        tip += tr("<br><b>Incomplete</b>: the total is at least this much; these are not priced:"
                  "<ul>");
        for (const std::string &item : cost->unpriced)
            tip += QStringLiteral("<li>%1</li>").arg(QString::fromStdString(item).toHtmlEscaped());
        tip += tr("</ul>Load a price list that has them: File ▸ Price List…");
    }
    tip += QStringLiteral("<br>") + list.toHtmlEscaped() + QStringLiteral("<br>")
           + tr("Source: %1").arg(sourceSentence(prices.source).toHtmlEscaped());
    setToolTip(tip);
}

} // namespace Er
