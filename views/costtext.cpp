#include "costtext.h"

#include <QCoreApplication>

namespace Er {

QString moneyText(double amount, const std::string &currency)
{
    return QString::fromStdString(formatMoney(amount, currency));
}

QString monthlyCostText(const std::optional<double> &monthly,
                        double priced,
                        const std::string &currency)
{
    if (monthly)
        return moneyText(*monthly, currency);
    return QStringLiteral("≥ ") + moneyText(priced, currency);
}

QString designTotalText(const DesignCost &cost)
{
    const QString total = monthlyCostText(cost.monthly, cost.pricedMonthly, cost.currency);
    if (cost.complete())
        return QCoreApplication::translate("Er::Cost", "%1 / month").arg(total);
    return QCoreApplication::translate("Er::Cost", "%1 / month (incomplete: %2 unpriced)")
        .arg(total)
        .arg(cost.unpriced.size());
}

} // namespace Er
