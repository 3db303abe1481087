#pragma once

#include "model/io/jsondocument.h"
#include "model/io/loaderror.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace Er {

// What Microsoft bills, one meter per kind of charge (docs/spec/price-list.md).
enum class Meter {
    Circuit,              // monthly, by tier, billing family, bandwidth and pricing zone
    Egress,               // per GB out of Azure over a metered circuit, by zone
    ErGateway,            // hourly, by SKU and region
    ErGwScaleUnit,        // hourly per scale unit of ErGwScale
    VpnGateway,           // hourly, by SKU and region
    VpnTunnel,            // hourly per site-to-site tunnel beyond those included
    VpnEgress,            // per GB out of Azure over a VPN
    DirectPortPair,       // monthly, by port speed and billing family
    DirectPremiumAddOn,   // monthly per Premium circuit on ExpressRoute Direct, by bandwidth
    GlobalReachAddOn,     // monthly per circuit with Global Reach, by bandwidth
    GlobalReachTransfer,  // per GB between circuits, by zone
    VwanErScaleUnit,      // hourly per Virtual WAN ExpressRoute scale unit
    VwanErConnectionUnit, // hourly per Virtual WAN ExpressRoute connection
};
inline constexpr Meter allMeters[] = {Meter::Circuit,
                                      Meter::Egress,
                                      Meter::ErGateway,
                                      Meter::ErGwScaleUnit,
                                      Meter::VpnGateway,
                                      Meter::VpnTunnel,
                                      Meter::VpnEgress,
                                      Meter::DirectPortPair,
                                      Meter::DirectPremiumAddOn,
                                      Meter::GlobalReachAddOn,
                                      Meter::GlobalReachTransfer,
                                      Meter::VwanErScaleUnit,
                                      Meter::VwanErConnectionUnit};
std::string_view toString(Meter meter); // the price list's "meter" value: "circuit", "erGateway"
std::optional<Meter> meterFromString(std::string_view text);

// How a unit price is charged.
enum class PriceUnit { Hour, Month, Gigabyte };
std::string_view toString(PriceUnit unit); // "1 Hour", "1/Month", "1 GB"
// The Retail Prices API's and the price list's unit texts ("1 Hour", "1/Month", "1 GB", ...).
std::optional<PriceUnit> priceUnitFromString(std::string_view text);

// Microsoft bills hourly meters for 730 hours a month (docs/spec/price-list.md, [PRICING]).
inline constexpr double hoursPerMonth = 730;

struct PriceItem
{
    Meter meter = Meter::Circuit;
    std::string tier;        // circuit: Local | Standard | Premium
    std::string family;      // circuit, directPortPair: MeteredData | UnlimitedData
    std::string sku;         // erGateway, vpnGateway: the SKU as the catalogue spells it
    std::string region;      // ARM region name; empty: any region
    std::optional<int> zone; // pricing zone of the peering location
    std::optional<double> bandwidthMbps; // circuit, add-ons
    std::optional<double> portGbps;      // directPortPair
    double unitPrice = 0;
    PriceUnit unit = PriceUnit::Month;
    std::string source;          // where the figure comes from, with its date
    std::string retailMeterName; // the Retail Prices API's meterName, where known
};

// A dated price list in one currency. Figures without a source are absent, never invented: what
// it does not price is reported unpriced.
struct PriceList
{
    std::string currency = "USD";
    std::string pricesAsOf; // "YYYY-MM-DD"
    std::string source;     // where the list comes from
    std::string fileName;   // the file it was loaded from; empty: the built-in list
    std::vector<PriceItem> items;

    // The list compiled into the program (resources/catalogue/prices.json).
    static const PriceList &builtIn();
};

// What a look-up asks for: the meter and the fields that must match (empty/none: any).
struct PriceQuery
{
    explicit PriceQuery(Meter asked)
        : meter(asked)
    {}

    Meter meter = Meter::Circuit;
    std::string tier;
    std::string family;
    std::string sku;
    std::string region;
    std::optional<int> zone;
    std::optional<double> bandwidthMbps;
    std::optional<double> portGbps;
};

struct PriceMatch
{
    const PriceItem *item = nullptr;
    // The list has no price for the asked region; the item is another region's price.
    bool otherRegion = false;
};

// The item for a query: text fields match case-insensitively; a region is matched exactly where
// the list has that region, else by an item for any region, else by another region's item
// (flagged, so the estimate can say so).
PriceMatch findPrice(const PriceList &list, const PriceQuery &query);

struct PriceListLoad
{
    std::optional<PriceList> list;
    LoadError error; // meaningful when list is empty
    // Items skipped, each naming its place ("Items[12]: reservation price, not pay-as-you-go").
    std::vector<std::string> warnings;
    bool ok() const { return list.has_value(); }
};

// Reads a price list: the program's own format, or a saved Azure Retail Prices API response
// (recognised by its "Items" array, converted by retailprices.h). `fileName` labels errors.
PriceListLoad readPriceList(const std::string &bytes,
                            const std::string &fileName,
                            const ReadLimits &limits = {});
PriceListLoad readPriceListFile(const std::string &path, const ReadLimits &limits = {});

} // namespace Er
