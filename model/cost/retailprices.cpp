#include "retailprices.h"

#include "core/textmatch.h"

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
                       [](char a, char b) { return equalsIgnoringCase({&a, 1}, {&b, 1}); })
           != text.end();
}

// "Zone 1", "zone1", "Zone 2 (Asia Pacific)": the pricing zone a circuit meter is billed in.
std::optional<int> zoneOf(const Json &item)
{
    static const std::regex zone(R"(zone\s*(\d+))", std::regex::icase);
    for (const char *key : {"armRegionName", "location"}) {
        std::smatch match;
        const std::string value = member(item, key);
        if (std::regex_search(value, match, zone))
            return std::stoi(match[1].str());
    }
    return std::nullopt;
}

// "50 Mbps" -> 50, "10 Gbps" -> 10000.
std::optional<double> bandwidthOf(const std::string &meterName)
{
    static const std::regex bandwidth(R"((\d+(?:\.\d+)?)\s*(Mbps|Gbps))", std::regex::icase);
    std::smatch match;
    if (!std::regex_search(meterName, match, bandwidth))
        return std::nullopt;
    const double value = std::stod(match[1].str());
    return equalsIgnoringCase(match[2].str(), "Gbps") ? value * 1000 : value;
}

std::string familyOf(const std::string &meterName)
{
    if (contains(meterName, "Unlimited"))
        return "UnlimitedData";
    if (contains(meterName, "Metered"))
        return "MeteredData";
    return "";
}

// ExpressRoute gateway meters name the SKU as Microsoft prints it ("ErGw1AZ Gateway",
// "High Performance Gateway"); the format spells it as the catalogue does.
std::string expressRouteGatewaySku(const std::string &meterName)
{
    static const std::regex gateway(R"(^\s*(.+?)\s+Gateway\s*$)", std::regex::icase);
    std::smatch match;
    if (!std::regex_match(meterName, match, gateway))
        return "";
    const std::string name = match[1].str();
    if (equalsIgnoringCase(name, "High Performance"))
        return "HighPerformance";
    if (equalsIgnoringCase(name, "Ultra High Performance") || equalsIgnoringCase(name, "Ultra Performance"))
        return "UltraPerformance";
    if (equalsIgnoringCase(name, "Standard"))
        return "Standard";
    static const std::regex erGw(R"(^ErGw(\d)AZ$)", std::regex::icase);
    std::smatch sku;
    if (std::regex_match(name, sku, erGw))
        return "ErGw" + sku[1].str() + "AZ";
    return "";
}

// One Retail Prices API item as a price-list item, or none when it is not one of ours.
std::optional<PriceItem> mapItem(const Json &item)
{
    const std::string service = member(item, "serviceName");
    const std::string product = member(item, "productName");
    const std::string meterName = member(item, "meterName");
    const std::string sku = member(item, "skuName");
    PriceItem price;
    price.retailMeterName = meterName;
    price.region = member(item, "armRegionName");
    if (zoneOf(item))
        price.region.clear(); // circuit meters are billed by zone, not region
    if (equalsIgnoringCase(service, "ExpressRoute")) {
        static const std::regex circuit(
            R"(^(Local|Standard|Premium)\s+(Metered|Unlimited)\s+Data\s+.*Circuit\s*$)",
            std::regex::icase);
        std::smatch match;
        if (std::regex_match(meterName, match, circuit) && contains(product, "Circuit")) {
            price.meter = Meter::Circuit;
            const std::string tier = match[1].str();
            price.tier = equalsIgnoringCase(tier, "Local")      ? "Local"
                         : equalsIgnoringCase(tier, "Premium") ? "Premium"
                                                                : "Standard";
            price.family = familyOf(meterName);
            price.bandwidthMbps = bandwidthOf(meterName);
            price.zone = zoneOf(item);
            if (!price.bandwidthMbps || !price.zone)
                return std::nullopt;
            return price;
        }
        if (contains(product, "Direct") && contains(meterName, "Port")) {
            price.meter = Meter::DirectPortPair;
            price.family = familyOf(meterName + " " + product + " " + sku);
            if (const auto mbps = bandwidthOf(meterName))
                price.portGbps = *mbps / 1000;
            if (!price.portGbps || price.family.empty())
                return std::nullopt;
            return price;
        }
        if (contains(product, "Direct") && contains(meterName, "Premium")) {
            price.meter = Meter::DirectPremiumAddOn;
            price.bandwidthMbps = bandwidthOf(meterName);
            return price.bandwidthMbps ? std::optional(price) : std::nullopt;
        }
        if (contains(product, "Global Reach") || contains(meterName, "Global Reach")) {
            if (contains(meterName, "Data Transfer") || contains(meterName, "Zone")) {
                price.meter = Meter::GlobalReachTransfer;
                price.zone = zoneOf(item);
                return price.zone ? std::optional(price) : std::nullopt;
            }
            price.meter = Meter::GlobalReachAddOn;
            price.bandwidthMbps = bandwidthOf(meterName);
            return price.bandwidthMbps ? std::optional(price) : std::nullopt;
        }
        if (contains(meterName, "Data Transfer Out")) {
            price.meter = Meter::Egress;
            price.zone = zoneOf(item);
            return price.zone ? std::optional(price) : std::nullopt;
        }
        if (contains(meterName, "Scale Unit") && contains(meterName, "ErGwScale")) {
            price.meter = Meter::ErGwScaleUnit;
            return price;
        }
        if (const std::string gateway = expressRouteGatewaySku(meterName); !gateway.empty()) {
            price.meter = Meter::ErGateway;
            price.sku = gateway;
            return price;
        }
        return std::nullopt;
    }
    if (equalsIgnoringCase(service, "VPN Gateway")) {
        static const std::regex vpnSku(R"(^(Basic|VpnGw\d(AZ)?)$)", std::regex::icase);
        std::smatch match;
        if (std::regex_match(meterName, match, vpnSku)) {
            price.meter = Meter::VpnGateway;
            price.sku = match[1].str();
            if (price.sku.size() > 2 && equalsIgnoringCase(price.sku.substr(0, 5), "VpnGw")) {
                price.sku = "VpnGw" + price.sku.substr(5);
                if (equalsIgnoringCase(price.sku.substr(price.sku.size() - 2), "AZ"))
                    price.sku = price.sku.substr(0, price.sku.size() - 2) + "AZ";
            } else {
                price.sku = "Basic";
            }
            return price;
        }
        if (contains(meterName, "S2S")) {
            price.meter = Meter::VpnTunnel;
            return price;
        }
        if (contains(meterName, "Data Transfer Out") || contains(meterName, "Inter-VNet")) {
            price.meter = Meter::VpnEgress;
            return price;
        }
        return std::nullopt;
    }
    if (equalsIgnoringCase(service, "Virtual WAN")) {
        if (contains(meterName, "ExpressRoute") && contains(meterName, "Scale Unit")) {
            price.meter = Meter::VwanErScaleUnit;
            return price;
        }
        if (contains(meterName, "ExpressRoute") && contains(meterName, "Connection")) {
            price.meter = Meter::VwanErConnectionUnit;
            return price;
        }
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
    const auto items = document.find("Items");
    return items != document.end() && items->is_array();
}

RetailConversion convertRetailPrices(const Json &document)
{
    RetailConversion result;
    const Json &items = document.at("Items");
    const JsonPath itemsPath = JsonPath().key("Items");
    std::string currency = member(document, "BillingCurrency");
    std::string newest;
    std::size_t notPayAsYouGo = 0;
    std::size_t otherServices = 0;
    std::size_t duplicates = 0;
    std::map<std::string, std::size_t> unmapped; // meterName -> count
    for (std::size_t i = 0; i < items.size(); ++i) {
        const Json &item = items[i];
        const JsonPath path = itemsPath.index(i);
        if (!item.is_object()) {
            result.failure = "an item is an object";
            result.failurePath = path;
            return result;
        }
        const std::string service = member(item, "serviceName");
        if (!equalsIgnoringCase(service, "ExpressRoute") && !equalsIgnoringCase(service, "VPN Gateway")
            && !equalsIgnoringCase(service, "Virtual WAN")) {
            ++otherServices;
            continue;
        }
        const std::string type = member(item, "type");
        if (!type.empty() && !equalsIgnoringCase(type, "Consumption")) {
            ++notPayAsYouGo;
            continue;
        }
        std::optional<PriceItem> price = mapItem(item);
        if (!price) {
            ++unmapped[member(item, "meterName")];
            continue;
        }
        const auto unitPrice = item.find("unitPrice");
        if (unitPrice == item.end() || !unitPrice->is_number()) {
            result.failure = "an item needs \"unitPrice\", a number";
            result.failurePath = path;
            return result;
        }
        price->unitPrice = unitPrice->get<double>();
        if (!std::isfinite(price->unitPrice) || price->unitPrice < 0) {
            result.failure = "a price is zero or more";
            result.failurePath = path.key("unitPrice");
            return result;
        }
        const std::string unitText = member(item, "unitOfMeasure");
        const auto unit = priceUnitFromString(unitText);
        if (!unit) {
            result.failure = "unknown unitOfMeasure \"" + unitText
                             + "\" (expected 1 Hour, 1/Month or 1 GB)";
            result.failurePath = path.key("unitOfMeasure");
            return result;
        }
        price->unit = *unit;
        const std::string itemCurrency = member(item, "currencyCode");
        if (currency.empty())
            currency = itemCurrency;
        if (!itemCurrency.empty() && !equalsIgnoringCase(itemCurrency, currency)) {
            result.failure = "prices in " + itemCurrency + " and " + currency
                             + " in one response; save one currency's prices";
            result.failurePath = path.key("currencyCode");
            return result;
        }
        const std::string effective = member(item, "effectiveStartDate").substr(0, 10);
        newest = std::max(newest, effective);
        price->source = "Azure Retail Prices API, meter \"" + member(item, "meterName") + "\""
                        + (effective.empty() ? "" : ", effective " + effective);
        // Several items for one price (tiered or primary and secondary meter regions): the
        // first is kept.
        const bool known = std::any_of(result.list.items.begin(), result.list.items.end(),
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
        if (known) {
            ++duplicates;
            continue;
        }
        result.list.items.push_back(std::move(*price));
    }
    if (result.list.items.empty()) {
        result.failure = "no ExpressRoute, VPN Gateway or Virtual WAN pay-as-you-go price in the "
                         "response (filter the API by serviceName eq 'ExpressRoute', see "
                         "docs/spec/price-list.md)";
        result.failurePath = itemsPath;
        return result;
    }
    result.list.currency = currency.empty() ? "USD" : currency;
    result.list.pricesAsOf = newest;
    result.list.source = "a saved Azure Retail Prices API response (prices.azure.com)";
    if (notPayAsYouGo > 0) {
        result.warnings.push_back(count(notPayAsYouGo, "reservation or dev/test item")
                                  + " skipped: only pay-as-you-go (Consumption) prices are used");
    }
    if (otherServices > 0)
        result.warnings.push_back(count(otherServices, "item") + " of other services skipped");
    if (duplicates > 0) {
        result.warnings.push_back(count(duplicates, "item")
                                  + " priced a meter already read; the first was kept");
    }
    if (!unmapped.empty()) {
        std::string names;
        std::size_t shown = 0;
        std::size_t total = 0;
        for (const auto &[name, n] : unmapped) {
            total += n;
            if (shown++ < 8)
                names += (names.empty() ? "" : ", ") + ("\"" + name + "\"");
        }
        result.warnings.push_back(count(total, "item") + " with meters the designer does not use ("
                                  + names + (unmapped.size() > 8 ? ", ..." : "") + ") skipped");
    }
    return result;
}

} // namespace Er
