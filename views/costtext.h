#pragma once

#include "model/cost/designcost.h"

#include <QString>

#include <optional>
#include <string>

namespace Er {

// Monthly figures as the window and the report write them. An incomplete figure (something is
// unpriced) is a floor and reads so, never as a lower total.

// "USD 872.00"; "≥ USD 436.00" when `monthly` is none (`priced` is then what is priced);
// "unpriced" when nothing in it has a price.
QString monthlyCostText(const std::optional<double> &monthly,
                        double priced,
                        const std::string &currency);
// The design's total: "USD 1,234.00 / month" or "≥ USD 436.00 / month (incomplete: 2 unpriced)".
QString designTotalText(const DesignCost &cost);
// "USD 436.00"
QString moneyText(double amount, const std::string &currency);
// A priced charge's quantity a month: "730 hours", "1 month", "2,000 GB"; empty for a charge
// that is unpriced or is the design's own figure (its quantity is not known).
QString costQuantityText(const CostLine &line);
// A price list's source as one sentence, without a doubled full stop.
QString sourceSentence(const std::string &source);

} // namespace Er
