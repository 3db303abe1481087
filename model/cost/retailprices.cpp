#include "model/cost/retailprices.h"

#include "model/core/textmatch.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <regex>

namespace Er {

namespace {

using Json = nlohmann::ordered_json;

std::string member(const Json &item, const char *key)
{
    const auto it = item.find(key);
    return it != item.end() && it->is_string() ? it->get<std::string>() : std::string();
}

bool contains(const std::string &text, std::string_view part)
{
    return std::search(text.begin(), text.end(), part.begin(), part.end(),
                       [](char a, char b) {
                           return equalsIgnoringCase({&a, 1}, {&b, 1});
                       })
           != text.end();
}

// The pricing zone of an item: armRegionName "Zone N", else location "Zone N" (N 1-4). Zones of
// other clouds ("US Gov Zone 1", "DE Zone 1") are not the catalogue's.
std::optional<int> zoneOf(const Json &item)
{
    static const std::regex zone(R"(^Zone ([1-4])$)");
    for (const char *key : {"armRegionName", "location"}) {
        std::smatch match;
        const std::string value = member(item, key);
        if (std::regex_match(value, match, zone))
            return std::stoi(match[1].str());
    }
    return std::nullopt;
}

bool isOtherCloudZone(const Json &item)
{
    static const std::regex zone(R"(^.+ Zone \d+$)");
    const std::string region = member(item, "armRegionName");
    const std::string location = member(item, "location");
    return std::regex_match(region, zone) || std::regex_match(location, zone);
}

// armRegionName when it names an ARM region (not a zone, a government cloud or "Global").
std::string regionOf(const Json &item)
{
    const std::string region = member(item, "armRegionName");
    if (region.empty() || contains(region, "Zone") || region.rfind("US Gov", 0) == 0
        || region.rfind("usgov", 0) == 0 || equalsIgnoringCase(region, "Global")) {
        return "";
    }
    return region;
}

double megabits(const std::string &amount, const std::string &unit)
{
    const double value = std::stod(amount);
    return equalsIgnoringCase(unit, "Gbps") ? value * 1000 : value;
}

// One Retail Prices API item as a price-list item (docs/spec/price-list.md, "Mapping Retail
// Prices API items"), or none when no row of the mapping matches it.
std::optional<PriceItem> mapItem(const Json &item, PriceUnit unit)
{
    const std::string service = member(item, "serviceName");
    const std::string meterName = member(item, "meterName");
    const std::string skuName = member(item, "skuName");
    PriceItem price;
    price.retailMeterName = meterName;
    price.unit = unit;
    const std::optional<int> zone = zoneOf(item);
    const std::string region = regionOf(item);
    const auto zoned = [&](Meter meter, PriceUnit wanted) -> std::optional<PriceItem> {
        if (!zone || unit != wanted)
            return std::nullopt;
        price.meter = meter;
        price.zone = zone;
        return price;
    };
    const auto regional = [&](Meter meter, std::string sku = {}) -> std::optional<PriceItem> {
        if (unit != PriceUnit::Hour)
            return std::nullopt;
        price.meter = meter;
        price.sku = std::move(sku);
        price.region = region;
        return price;
    };
    std::smatch match;
    if (service == "ExpressRoute") {
        static const std::regex circuit(
            R"(^(Standard|Premium) (Metered|Unlimited) Data (\d+) (Mbps|Gbps) Circuit$)");
        static const std::regex local(R"(^Local (\d+) (Mbps|Gbps) Circuit$)");
        static const std::regex gateway(R"(^ErGw([123])A[Zz] Gateway$)");
        if (std::regex_match(meterName, match, circuit)) {
            price.tier = match[1].str();
            price.family = match[2].str() + "Data";
            price.bandwidthMbps = megabits(match[3].str(), match[4].str());
            return zoned(Meter::Circuit, PriceUnit::Month);
        }
        if (std::regex_match(meterName, match, local)) {
            price.tier = "Local";
            price.family = "UnlimitedData";
            price.bandwidthMbps = megabits(match[1].str(), match[2].str());
            return zoned(Meter::Circuit, PriceUnit::Month);
        }
        if (meterName == "Metered Data - Data Transfer Out")
            return zoned(Meter::Egress, PriceUnit::Gigabyte);
        if (std::regex_match(meterName, match, gateway))
            return regional(Meter::ErGateway, "ErGw" + match[1].str() + "AZ");
        if (meterName == "Standard Gateway")
            return regional(Meter::ErGateway, "Standard");
        if (meterName == "High Performance Gateway")
            return regional(Meter::ErGateway, "HighPerformance");
        if (meterName == "Ultra High Performance Gateway"
            || meterName == "Ultra Performance Gateway")
            return regional(Meter::ErGateway, "UltraPerformance");
        if (meterName == "ErGwScale Unit")
            return regional(Meter::ErGwScaleUnit);
        return std::nullopt;
    }
    if (service == "VPN Gateway") {
        static const std::regex vpnSku(R"(^VpnGw[1-5](AZ)?$)");
        if (meterName == "Basic Gateway")
            return regional(Meter::VpnGateway, "Basic");
        if (std::regex_match(meterName, vpnSku))
            return regional(Meter::VpnGateway, meterName);
        if (meterName == "S2S Connection"
            && (skuName == "Basic" || std::regex_match(skuName, vpnSku))) {
            return regional(Meter::VpnTunnel, skuName);
        }
        if (member(item, "productName") == "VPN Gateway Bandwidth"
            && meterName == "Inter-Virtual Network Data Transfer Out"
            && unit == PriceUnit::Gigabyte) {
            price.meter = Meter::VpnEgress;
            price.zone = zone;
            price.region = zone ? std::string() : region;
            return price;
        }
        return std::nullopt;
    }
    if (service == "Virtual WAN") {
        if (meterName == "ExpressRoute Scale Unit")
            return regional(Meter::VwanErScaleUnit);
        if (meterName == "ExpressRoute Connection Unit")
            return regional(Meter::VwanErConnectionUnit);
    }
    return std::nullopt;
}

std::string count(std::size_t n, const char *what)
{
    return std::to_string(n) + " " + what + (n == 1 ? "" : "s");
}

} // namespace

bool isRetailPricesResponse(const Json &document)
{
    const auto isPage = [](const Json &page) {
        if (!page.is_object())
            return false;
        const auto items = page.find("Items");
        return items != page.end() && items->is_array();
    };
    if (document.is_array())
        return !document.empty() && std::all_of(document.begin(), document.end(), isPage);
    return isPage(document);
}

RetailConversion convertRetailPrices(const Json &document)
{
    RetailConversion result;
    std::string currency;
    std::vector<std::string> effectiveDates; // parallel to result.list.items
    std::size_t notPayAsYouGo = 0;
    std::size_t otherServices = 0;
    std::size_t replaced = 0;
    std::map<std::string, std::size_t> unmapped; // "service: meterName (unit)" -> count
    const auto fail = [&](JsonPath path, std::string message) {
        result.failure = std::move(message);
        result.failurePath = std::move(path);
    };
    const bool pages = document.is_array();
    const std::size_t pageCount = pages ? document.size() : 1;
    for (std::size_t p = 0; p < pageCount; ++p) {
        const Json &page = pages ? document[p] : document;
        const JsonPath pagePath = pages ? JsonPath().index(p) : JsonPath();
        const std::string billing = member(page, "BillingCurrency");
        if (!billing.empty()) {
            if (currency.empty())
                currency = billing;
            if (billing != currency) {
                fail(pagePath.key("BillingCurrency"),
                     "pages in " + billing + " and " + currency + "; save one currency's prices");
                return result;
            }
        }
        const Json &items = page.at("Items");
        for (std::size_t i = 0; i < items.size(); ++i) {
            const Json &item = items[i];
            const JsonPath path = pagePath.key("Items").index(i);
            if (!item.is_object()) {
                fail(path, "an item is an object");
                return result;
            }
            const std::string service = member(item, "serviceName");
            if (service != "ExpressRoute" && service != "VPN Gateway" && service != "Virtual WAN") {
                ++otherServices;
                continue;
            }
            const auto primary = item.find("isPrimaryMeterRegion");
            const auto tier = item.find("tierMinimumUnits");
            if (member(item, "type") != "Consumption" || item.contains("reservationTerm")
                || (primary != item.end() && primary->is_boolean() && !primary->get<bool>())
                || (tier != item.end() && tier->is_number() && tier->get<double>() > 0)
                || isOtherCloudZone(item)) {
                ++notPayAsYouGo;
                continue;
            }
            const std::string unitText = member(item, "unitOfMeasure");
            const std::optional<PriceUnit> unit = priceUnitFromString(unitText);
            std::optional<PriceItem> price = unit ? mapItem(item, *unit) : std::nullopt;
            if (!price) {
                ++unmapped[service + ": " + member(item, "meterName") + " (" + unitText + ")"];
                continue;
            }
            auto figure = item.find("retailPrice");
            if (figure == item.end())
                figure = item.find("unitPrice");
            if (figure == item.end() || !figure->is_number()) {
                fail(path, "an item needs \"retailPrice\", a number");
                return result;
            }
            price->unitPrice = figure->get<double>();
            if (!std::isfinite(price->unitPrice) || price->unitPrice < 0) {
                fail(path.key(figure.key()), "a price is zero or more");
                return result;
            }
            const std::string itemCurrency = member(item, "currencyCode");
            if (currency.empty())
                currency = itemCurrency;
            if (!itemCurrency.empty() && itemCurrency != currency) {
                fail(path.key("currencyCode"), "prices in " + itemCurrency + " and " + currency
                                                   + "; save one currency's prices");
                return result;
            }
            const std::string effective = member(item, "effectiveStartDate").substr(0, 10);
            price->source = "Azure Retail Prices API, meter \"" + member(item, "meterName") + "\""
                            + (effective.empty() ? "" : ", effective " + effective);
            // Several items for one meter and keys: the newest effective date wins.
            const auto same = std::find_if(result.list.items.begin(), result.list.items.end(),
                                           [&](const PriceItem &other) {
                                               return other.meter == price->meter
                                                      && other.tier == price->tier
                                                      && other.family == price->family
                                                      && other.sku == price->sku
                                                      && other.region == price->region
                                                      && other.zone == price->zone
                                                      && other.bandwidthMbps == price->bandwidthMbps
                                                      && other.portGbps == price->portGbps;
                                           });
            if (same == result.list.items.end()) {
                result.list.items.push_back(std::move(*price));
                effectiveDates.push_back(effective);
                continue;
            }
            const std::size_t at = static_cast<std::size_t>(same - result.list.items.begin());
            if (effective == effectiveDates[at] && same->unitPrice != price->unitPrice) {
                fail(path, "two prices for " + std::string(toString(price->meter)) + " \""
                               + same->retailMeterName + "\" with the same effective date");
                return result;
            }
            ++replaced;
            if (effective > effectiveDates[at]) {
                *same = std::move(*price);
                effectiveDates[at] = effective;
            }
        }
    }
    if (result.list.items.empty()) {
        fail(pages ? JsonPath() : JsonPath().key("Items"),
             "no ExpressRoute, VPN Gateway or Virtual WAN pay-as-you-go price the designer uses "
             "(docs/spec/price-list.md lists the meters)");
        return result;
    }
    result.list.currency = currency.empty() ? "USD" : currency;
    result.list.pricesAsOf = *std::max_element(effectiveDates.begin(), effectiveDates.end());
    result.list.source = "a saved Azure Retail Prices API response (prices.azure.com)";
    if (notPayAsYouGo > 0) {
        result.warnings.push_back(
            count(notPayAsYouGo, "item")
            + " skipped: reservation, dev/test, volume-tier, secondary-region "
              "or other-cloud prices (only pay-as-you-go list prices are "
              "used)");
    }
    if (otherServices > 0)
        result.warnings.push_back(count(otherServices, "item") + " of other services skipped");
    if (replaced > 0) {
        result.warnings.push_back(count(replaced, "item")
                                  + " priced a meter twice; the newest effective date was kept");
    }
    if (!unmapped.empty()) {
        std::string names;
        std::size_t shown = 0;
        std::size_t total = 0;
        for (const auto &[name, n] : unmapped) {
            total += n;
            if (shown++ < 8)
                names += (names.empty() ? "" : "; ") + name;
        }
        result.warnings.push_back(count(total, "item") + " with meters the designer does not map ("
                                  + names + (unmapped.size() > 8 ? "; ..." : "") + ") skipped");
    }
    return result;
}

} // namespace Er
