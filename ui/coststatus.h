#pragma once

#include <QLabel>

namespace Er {

struct DesignCost;
struct PriceList;

// The status bar's design total: "USD 1,234.00 / month", or "≥ USD 436.00 / month (incomplete:
// 2 unpriced)" with the unpriced items and the price list's date in its tooltip.
class CostStatus : public QLabel
{
    Q_OBJECT

public:
    explicit CostStatus(QWidget *parent = nullptr);

    // `cost` null: no cost yet (before the first analysis).
    void showCost(const DesignCost *cost, const PriceList &prices);
};

} // namespace Er
