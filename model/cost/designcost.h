#pragma once

#include "model/cost/pricelist.h"

#include <optional>
#include <string>
#include <vector>

namespace Er {

class Catalogue;
class Topology;
struct PairAnalysis;

// One charge of a design: what it is for, the meter and quantity, and its monthly figure.
struct CostLine
{
    std::string element;        // node or link id
    std::string description;    // "Circuit Standard MeteredData 1000 Mbps, zone 1"
    std::optional<Meter> meter; // none: a figure the design gives for a non-Microsoft charge
    double quantity = 0;        // of the unit below, per month
    std::string quantityUnit;   // "hours", "GB", "month", "scale-unit hours"
    std::optional<double> unitPrice;
    // After the design's discount (Microsoft's charges only); none: unpriced.
    std::optional<double> monthly;
    bool billedByMicrosoft = true;
    std::string unpricedBecause; // set when monthly is none
    std::string note;            // an assumption or a stand-in the figure rests on
    std::string source;          // the price item's source
};

// Metered against unlimited data for one circuit at the egress the design states.
struct CircuitBillingAdvice
{
    std::string circuit;
    std::string family;                     // as designed
    std::optional<double> egressGb;         // per month; none: no site states it
    std::optional<double> meteredMonthly;   // circuit + egress, after discount
    std::optional<double> unlimitedMonthly; // after discount
    std::optional<double> breakEvenGb;      // above it unlimited is cheaper
    std::string advice;
};

// What a design costs a month by the price list (docs/spec/price-list.md, analysis-model.md
// "Cost").
struct DesignCost
{
    std::string currency;
    std::string pricesAsOf;
    std::string priceSource;
    std::string priceFile; // empty: the built-in list
    double discountPercent = 0;
    std::vector<CostLine> lines;
    // Everything together; none when any line is unpriced (`pricedMonthly` is then a floor).
    std::optional<double> monthly;
    double pricedMonthly = 0;
    double microsoftMonthly = 0;       // priced Microsoft charges, after discount
    double otherMonthly = 0;           // the design's own figures for providers and carriers
    std::vector<std::string> unpriced; // "er-ldn: no price for ...", one per unpriced line
    std::vector<CircuitBillingAdvice> billing;
    std::vector<std::string> assumptions; // what the figures rest on, in words

    bool complete() const { return monthly.has_value(); }
    // The element's own lines together; none when one of them is unpriced or it has none.
    std::optional<double> elementMonthly(const std::string &id) const;
    bool hasLines(const std::string &id) const;
};

// The design's monthly cost. `pairs` (the analysis of the same design) say which circuits and
// VPNs carry each site's traffic from Azure, for metered egress.
DesignCost designCost(const Topology &topology,
                      const std::vector<PairAnalysis> &pairs,
                      const Catalogue &catalogue,
                      const PriceList &prices);

// "USD 1,234.50"
std::string formatMoney(double amount, const std::string &currency);

} // namespace Er
