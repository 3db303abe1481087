#include "views/costtext.h"
#include "views/report/reportinput.h"
#include "views/report/reportsections.h"
#include "views/report/reporttext.h"

#include <QLocale>

namespace Er {

namespace {

constexpr int monthsPerYear = 12;

QString money(double amount, const DesignCost &cost)
{
    return escaped(moneyText(amount, cost.currency));
}

// "USD 436.00", or "at least USD 436.00" for a figure with something unpriced in it.
QString floorText(const std::optional<double> &monthly,
                  double priced,
                  const DesignCost &cost,
                  double factor = 1)
{
    if (monthly)
        return money(*monthly * factor, cost);
    return QStringLiteral("at least %1").arg(money(priced * factor, cost));
}

QString priceListParagraph(const DesignCost &cost)
{
    const QString file = cost.priceFile.empty()
                             ? QStringLiteral("the price list built into the program")
                             : QStringLiteral("the price list file %1").arg(escaped(cost.priceFile));
    QString html = QStringLiteral(
                       "<p>What the design costs by %1: list (retail) prices in %2 as of "
                       "<b>%3</b>; source: %4.")
                       .arg(file, escaped(cost.currency), escaped(cost.pricesAsOf),
                            escaped(sourceSentence(cost.priceSource)));
    if (cost.discountPercent > 0)
        html += QStringLiteral(
                    " The design's agreement discount of <b>%1 %</b> is applied to every "
                    "charge Microsoft bills; provider and carrier charges are not "
                    "discounted.")
                    .arg(QLocale(QLocale::English).toString(cost.discountPercent, 'g', 6));
    else
        html += QStringLiteral(" No agreement discount is applied (the design states none).");
    return html + QStringLiteral("</p>");
}

QString totalsTable(const DesignCost &cost)
{
    HtmlTable table({QStringLiteral("Charges"), QStringLiteral("Monthly"),
                     QStringLiteral("Yearly (12 months)")},
                    {50, 25, 25});
    table.addRow({QStringLiteral("Billed by Microsoft (priced items)"),
                  money(cost.microsoftMonthly, cost),
                  money(cost.microsoftMonthly * monthsPerYear, cost)});
    table.addRow({QStringLiteral("Providers, carriers, cross-connects (the design's own figures)"),
                  money(cost.otherMonthly, cost), money(cost.otherMonthly * monthsPerYear, cost)});
    const QString total = cost.complete() ? QStringLiteral("<b>Total</b>")
                                          : QStringLiteral("<b>Total: incomplete</b> (%1)")
                                                .arg(countText(int(cost.unpriced.size()),
                                                               QStringLiteral("item unpriced"),
                                                               QStringLiteral("items unpriced")));
    table.addRow({total,
                  QStringLiteral("<b>%1</b>").arg(floorText(cost.monthly, cost.pricedMonthly, cost)),
                  QStringLiteral("<b>%1</b>")
                      .arg(floorText(cost.monthly, cost.pricedMonthly, cost, monthsPerYear))},
                 cost.complete() ? QString() : QStringLiteral("#fff4ce"));
    return table.html();
}

QString quantityText(const CostLine &line)
{
    const QString quantity = costQuantityText(line);
    return quantity.isEmpty() ? QStringLiteral("—") : escaped(quantity);
}

QString elementsTable(const ReportInput &input, const DesignCost &cost)
{
    HtmlTable table({QStringLiteral("Element"), QStringLiteral("Charge"), QStringLiteral("Quantity"),
                     QStringLiteral("Unit price"), QStringLiteral("Monthly")},
                    {20, 38, 13, 13, 16});
    for (const CostLine &line : cost.lines) {
        QString description = escaped(line.description);
        if (!line.billedByMicrosoft)
            description += QStringLiteral(" <span class=\"small\">(the design's own figure, not "
                                          "billed by Microsoft)</span>");
        if (!line.note.empty())
            description += QStringLiteral("<br/><span class=\"small muted\">%1</span>")
                               .arg(escaped(line.note));
        const QString monthly = line.monthly
                                    ? money(*line.monthly, cost)
                                    : QStringLiteral("<b>unpriced</b><br/><span class=\"small\">"
                                                     "%1</span>")
                                          .arg(escaped(line.unpricedBecause));
        table.addRow({escaped(elementName(input.topology, line.element)), description,
                      quantityText(line),
                      line.unitPrice ? money(*line.unitPrice, cost) : QStringLiteral("—"), monthly},
                     line.monthly ? QString() : QStringLiteral("#fff4ce"));
    }
    return table.html();
}

QString optionsTables(const ReportInput &input, const DesignCost &cost)
{
    if (input.analysis.recommendations.empty())
        return QStringLiteral("<p>No options were compared (the design has no site with a "
                              "recommendation).</p>");
    QString html;
    int listed = 0;
    for (const Recommendation &recommendation : input.analysis.recommendations) {
        if (++listed > detailedRowLimit)
            break;
        html += QStringLiteral("<h3>%1</h3>")
                    .arg(escaped(elementName(input.topology, recommendation.site)));
        HtmlTable table({QStringLiteral("Option"), QStringLiteral("Monthly"),
                         QStringLiteral("Yearly"), QStringLiteral("Not priced")},
                        {34, 17, 17, 32});
        for (const OptionEstimate &estimate : recommendation.options) {
            const bool chosen = estimate.variant == recommendation.variant;
            const QString name = estimate.variant == DesignVariant::ThisDesign
                                     ? QStringLiteral("This design")
                                     : escaped(estimate.label);
            QStringList unpriced;
            for (const std::string &item : estimate.unpriced)
                unpriced << escaped(item);
            table.addRow({chosen ? QStringLiteral("<b>%1 ✔ recommended</b>").arg(name) : name,
                          floorText(estimate.monthlyCost, estimate.pricedMonthlyCost, cost),
                          floorText(estimate.monthlyCost, estimate.pricedMonthlyCost, cost,
                                    monthsPerYear),
                          unpriced.isEmpty() ? QStringLiteral("—")
                                             : QStringLiteral("<span class=\"small\">%1</span>")
                                                   .arg(unpriced.join(QStringLiteral("<br/>")))},
                         chosen ? QStringLiteral("#e7f4e4") : QString());
        }
        html += table.html();
    }
    return html
           + notListedHtml(int(input.analysis.recommendations.size()) - detailedRowLimit,
                           QStringLiteral("site"), QStringLiteral("sites"),
                           QStringLiteral("analyze --json"));
}

QString listHtml(const std::vector<std::string> &items)
{
    QString html = QStringLiteral("<ul>");
    for (const std::string &item : items)
        html += QStringLiteral("<li>%1</li>").arg(escaped(item));
    return html + QStringLiteral("</ul>");
}

} // namespace

QString costHtml(const ReportInput &input)
{
    QString html = sectionStartHtml(ReportSection::Cost);
    if (!input.analysis.cost)
        return html + QStringLiteral("<p>The analysis gave no cost for this design.</p>");
    const DesignCost &cost = *input.analysis.cost;
    html += priceListParagraph(cost);
    if (!cost.complete())
        html += QStringLiteral("<p><b>The total is incomplete</b>: %1 no price in this list, so "
                               "the design costs <b>at least</b> the figure below, never less. "
                               "Load a price list that prices them (File ▸ Price List…, or "
                               "<code>--prices FILE</code>).</p>")
                    .arg(cost.unpriced.size() == 1
                             ? QStringLiteral("1 item has")
                             : QStringLiteral("%1 items have").arg(cost.unpriced.size()));
    html += totalsTable(cost);

    html += QStringLiteral("<h2>By element</h2>");
    if (cost.lines.empty())
        html += QStringLiteral("<p>No element of the design has a charge.</p>");
    else
        html += elementsTable(input, cost);

    html += QStringLiteral("<h2>By option</h2><p>Each site's part of the design with each option "
                           "of section 3, a month and a year.</p>")
            + optionsTables(input, cost);

    html += QStringLiteral("<h2>Unpriced items</h2>");
    html += cost.unpriced.empty()
                ? QStringLiteral("<p>None: the price list prices every charge of the design.</p>")
                : listHtml(cost.unpriced);

    html += QStringLiteral("<h2>Billing: metered or unlimited data</h2>");
    if (cost.billing.empty()) {
        html += QStringLiteral("<p>The design has no circuit whose billing could be compared.</p>");
    } else {
        html += QStringLiteral("<ul>");
        for (const CircuitBillingAdvice &advice : cost.billing)
            html += QStringLiteral("<li><b>%1</b> (%2): %3</li>")
                        .arg(escaped(elementName(input.topology, advice.circuit)),
                             escaped(advice.family), escaped(advice.advice));
        html += QStringLiteral("</ul>");
    }

    html += QStringLiteral("<h2>What the figures rest on</h2>") + listHtml(cost.assumptions);
    return html;
}

} // namespace Er
