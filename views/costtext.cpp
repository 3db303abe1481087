#include "views/costtext.h"

#include <QCoreApplication>
#include <QLocale>

namespace Er {

QString moneyText(double amount, const std::string &currency)
{
    return QString::fromStdString(formatMoney(amount, currency));
}

QString costQuantityText(const CostLine &line)
{
    if (!line.meter || !line.unitPrice)
        return QString();
    QString unit = QString::fromStdString(line.quantityUnit);
    if (line.quantity == 1 && unit.endsWith(QLatin1Char('s')))
        unit.chop(1); // "1 month"
    return QStringLiteral("%1 %2").arg(QLocale(QLocale::English).toString(line.quantity, 'g', 12),
                                       unit);
}

QString sourceSentence(const std::string &source)
{
    QString text = QString::fromStdString(source).trimmed();
    while (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

QString monthlyCostText(const std::optional<double> &monthly,
                        double priced,
                        const std::string &currency)
{
    if (monthly)
        return moneyText(*monthly, currency);
    if (priced <= 0.0) // nothing in it has a price: "≥ USD 0.00" would read as free
        return QCoreApplication::translate("Er::Cost", "unpriced");
    return QStringLiteral("≥ ") + moneyText(priced, currency);
}

QString designTotalText(const DesignCost &cost)
{
    const QString total = monthlyCostText(cost.monthly, cost.pricedMonthly, cost.currency);
    if (cost.complete())
        return QCoreApplication::translate("Er::Cost", "%1 / month").arg(total);
    if (cost.pricedMonthly <= 0.0) {
        return cost.unpriced.size() == 1
                   ? QCoreApplication::translate("Er::Cost", "unpriced (1 charge has no price)")
                   : QCoreApplication::translate("Er::Cost", "unpriced (%1 charges have no price)")
                         .arg(cost.unpriced.size());
    }
    return QCoreApplication::translate("Er::Cost", "%1 / month (incomplete: %2 unpriced)")
        .arg(total)
        .arg(cost.unpriced.size());
}

} // namespace Er
