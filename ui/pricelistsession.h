#pragma once

#include "model/cost/pricelist.h"

#include <QObject>
#include <QString>

#include <memory>

namespace Er {

// The price list the window costs designs with: the built-in list until the user loads a file
// (File ▸ Price List…). A session setting, not part of the design: it is not saved with it and
// has no undo. One place holds it; the background analysis and the report take it from here.
class PriceListSession : public QObject
{
    Q_OBJECT

public:
    explicit PriceListSession(QObject *parent = nullptr);

    // Null while the built-in list is in use (AnalysisOptions::prices, collectReportInput).
    std::shared_ptr<const PriceList> loaded() const { return m_loaded; }
    const PriceList &list() const { return m_loaded ? *m_loaded : PriceList::builtIn(); }
    bool isBuiltIn() const { return !m_loaded; }
    // "USD list prices as of 2026-07-21, built-in list" or "…, from prices.json"
    QString description() const;

    // Reads a price list (our format or a saved Retail Prices API response). On success it
    // becomes the current list and changed() is emitted; on failure the current list stays.
    PriceListLoad loadFile(const QString &path);
    void useBuiltIn();

signals:
    void changed();

private:
    std::shared_ptr<const PriceList> m_loaded;
};

// The description of a price list as PriceListSession::description() words it.
QString priceListDescription(const PriceList &list);

} // namespace Er
