#include "model/cost/pricelist.h"

#include "model/core/textmatch.h"
#include "model/cost/retailprices.h"
#include "model/io/jsonparse.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <string_view>
#include <utility>

namespace Er::Embedded {
extern const std::pair<std::string_view, std::string_view> priceFiles[];
extern const int priceFilesCount;
} // namespace Er::Embedded

namespace Er {

namespace {

using Json = nlohmann::ordered_json;

constexpr std::string_view formatName = "expressroute-designer-prices";
constexpr std::pair<Meter, std::string_view> meterNames[] = {
    {Meter::Circuit, "circuit"},
    {Meter::Egress, "egress"},
    {Meter::ErGateway, "erGateway"},
    {Meter::ErGwScaleUnit, "erGwScaleUnit"},
    {Meter::VpnGateway, "vpnGateway"},
    {Meter::VpnTunnel, "vpnTunnel"},
    {Meter::VpnEgress, "vpnEgress"},
    {Meter::DirectPortPair, "directPortPair"},
    {Meter::DirectPremiumAddOn, "directPremiumAddOn"},
    {Meter::GlobalReachAddOn, "globalReachAddOn"},
    {Meter::GlobalReachTransfer, "globalReachTransfer"},
    {Meter::VwanErScaleUnit, "vwanErScaleUnit"},
    {Meter::VwanErConnectionUnit, "vwanErConnectionUnit"},
};

// The fields each meter needs to be told apart from its siblings.
struct MeterKey
{
    bool tier = false;
    bool family = false;
    bool sku = false;
    bool zone = false;
    bool bandwidth = false;
    bool port = false;
};
MeterKey keyOf(Meter meter)
{
    switch (meter) {
    case Meter::Circuit:
        return {true, true, false, true, true, false};
    case Meter::Egress:
    case Meter::GlobalReachTransfer:
        return {false, false, false, true, false, false};
    case Meter::ErGateway:
    case Meter::VpnGateway:
        return {false, false, true, false, false, false};
    case Meter::DirectPortPair:
        return {false, true, false, false, false, true};
    case Meter::DirectPremiumAddOn:
    case Meter::GlobalReachAddOn:
        return {false, false, false, false, true, false};
    default:
        return {};
    }
}

struct ItemFailure
{
    JsonPath path;
    std::string message;
};

std::string typeName(const Json &value)
{
    if (value.is_number())
        return "a number";
    if (value.is_string())
        return "a string";
    if (value.is_boolean())
        return "a boolean";
    if (value.is_null())
        return "null";
    if (value.is_array())
        return "an array";
    return "an object";
}

std::optional<std::string> text(const Json &object, const JsonPath &path, const char *key)
{
    const auto it = object.find(key);
    if (it == object.end())
        return std::nullopt;
    if (!it->is_string())
        throw ItemFailure{path.key(key), "expected a string, found " + typeName(*it)};
    return it->get<std::string>();
}

std::optional<double> number(const Json &object, const JsonPath &path, const char *key)
{
    const auto it = object.find(key);
    if (it == object.end())
        return std::nullopt;
    if (!it->is_number())
        throw ItemFailure{path.key(key), "expected a number, found " + typeName(*it)};
    return it->get<double>();
}

std::string requiredText(const Json &object, const JsonPath &path, const char *key)
{
    auto value = text(object, path, key);
    if (!value || value->empty())
        throw ItemFailure{path, std::string("missing \"") + key + "\""};
    return *value;
}

PriceItem readItem(const Json &json, const JsonPath &path)
{
    if (!json.is_object())
        throw ItemFailure{path, "expected an object, found " + typeName(json)};
    PriceItem item;
    const std::string meterText = requiredText(json, path, "meter");
    const auto meter = meterFromString(meterText);
    if (!meter) {
        std::string known;
        for (const auto &[value, name] : meterNames)
            known += (known.empty() ? "" : ", ") + std::string(name);
        throw ItemFailure{path.key("meter"),
                          "unknown meter \"" + meterText + "\" (expected one of " + known + ")"};
    }
    item.meter = *meter;
    const auto price = number(json, path, "unitPrice");
    if (!price)
        throw ItemFailure{path, "missing \"unitPrice\""};
    if (!std::isfinite(*price) || *price < 0)
        throw ItemFailure{path.key("unitPrice"), "a price is zero or more"};
    item.unitPrice = *price;
    const std::string unitText = requiredText(json, path, "unit");
    const auto unit = priceUnitFromString(unitText);
    if (!unit) {
        throw ItemFailure{path.key("unit"),
                          "unknown unit \"" + unitText + "\" (expected 1 Hour, 1/Month or 1 GB)"};
    }
    item.unit = *unit;
    item.tier = text(json, path, "tier").value_or("");
    item.family = text(json, path, "family").value_or("");
    item.sku = text(json, path, "sku").value_or("");
    item.region = text(json, path, "region").value_or("");
    item.source = text(json, path, "source").value_or("");
    item.retailMeterName = text(json, path, "retailMeterName").value_or("");
    if (const auto zone = number(json, path, "zone")) {
        if (*zone < 1 || *zone != std::floor(*zone))
            throw ItemFailure{path.key("zone"), "a pricing zone is a whole number from 1"};
        item.zone = static_cast<int>(*zone);
    }
    item.bandwidthMbps = number(json, path, "bandwidthMbps");
    item.portGbps = number(json, path, "portGbps");
    const MeterKey key = keyOf(item.meter);
    const auto need = [&](bool needed, bool present, const char *field) {
        if (needed && !present) {
            throw ItemFailure{path, "a " + meterText + " price needs \"" + field
                                        + "\" (docs/spec/price-list.md)"};
        }
    };
    need(key.tier, !item.tier.empty(), "tier");
    need(key.family, !item.family.empty(), "family");
    need(key.sku, !item.sku.empty(), "sku");
    need(key.zone, item.zone.has_value(), "zone");
    need(key.bandwidth, item.bandwidthMbps.has_value(), "bandwidthMbps");
    need(key.port, item.portGbps.has_value(), "portGbps");
    return item;
}

PriceList readOwnFormat(const Json &document, std::vector<std::string> &warnings)
{
    PriceList list;
    const JsonPath root;
    const auto format = text(document, root, "format");
    if (!format || *format != formatName) {
        throw ItemFailure{root.key("format"),
                          "not a price list: \"format\" must be \"" + std::string(formatName)
                              + "\" (or give a saved Azure Retail Prices API response)"};
    }
    if (const auto version = number(document, root, "version"); version && *version > 1) {
        throw ItemFailure{root.key("version"),
                          "price list version " + std::to_string(static_cast<int>(*version))
                              + " is newer than this program reads (version 1)"};
    }
    list.currency = requiredText(document, root, "currency");
    list.pricesAsOf = requiredText(document, root, "pricesAsOf");
    list.source = text(document, root, "source").value_or("");
    const auto items = document.find("items");
    if (items == document.end())
        throw ItemFailure{root, "missing \"items\" (an array)"};
    if (!items->is_array())
        throw ItemFailure{root.key("items"), "expected an array, found " + typeName(*items)};
    std::vector<std::string> unknownMeters;
    for (std::size_t i = 0; i < items->size(); ++i) {
        const Json &item = (*items)[i];
        const JsonPath path = root.key("items").index(i);
        // A meter a newer version added: skipped and listed, so the file still loads.
        if (item.is_object()) {
            const auto meter = text(item, path, "meter");
            if (meter && !meter->empty() && !meterFromString(*meter)) {
                warnings.push_back(path.toString() + ": unknown meter \"" + *meter
                                   + "\" skipped (this version reads "
                                   + std::string(toString(allMeters[0])) + " to "
                                   + std::string(toString(allMeters[std::size(allMeters) - 1]))
                                   + ", docs/spec/price-list.md)");
                continue;
            }
        }
        list.items.push_back(readItem(item, path));
    }
    return list;
}

bool sameNumber(std::optional<double> wanted, std::optional<double> have)
{
    return !wanted || (have && std::abs(*wanted - *have) < 1e-9);
}

bool matchesExceptRegion(const PriceItem &item, const PriceQuery &query)
{
    return item.meter == query.meter
           && (query.tier.empty() || equalsIgnoringCase(item.tier, query.tier))
           && (query.family.empty() || equalsIgnoringCase(item.family, query.family))
           && (query.sku.empty() || equalsIgnoringCase(item.sku, query.sku))
           && (!query.zone || item.zone == query.zone)
           && sameNumber(query.bandwidthMbps, item.bandwidthMbps)
           && sameNumber(query.portGbps, item.portGbps);
}

} // namespace

std::string_view toString(Meter meter)
{
    for (const auto &[value, name] : meterNames) {
        if (value == meter)
            return name;
    }
    return "circuit";
}

std::optional<Meter> meterFromString(std::string_view text)
{
    for (const auto &[value, name] : meterNames) {
        if (name == text)
            return value;
    }
    return std::nullopt;
}

std::string_view toString(PriceUnit unit)
{
    switch (unit) {
    case PriceUnit::Hour:
        return "1 Hour";
    case PriceUnit::Month:
        return "1/Month";
    case PriceUnit::Gigabyte:
        return "1 GB";
    }
    return "1/Month";
}

std::optional<PriceUnit> priceUnitFromString(std::string_view text)
{
    if (equalsIgnoringCase(text, "1 Hour") || equalsIgnoringCase(text, "1/Hour"))
        return PriceUnit::Hour;
    if (equalsIgnoringCase(text, "1/Month") || equalsIgnoringCase(text, "1 Month"))
        return PriceUnit::Month;
    if (equalsIgnoringCase(text, "1 GB") || equalsIgnoringCase(text, "1/GB"))
        return PriceUnit::Gigabyte;
    return std::nullopt;
}

PriceMatch findPrice(const PriceList &list, const PriceQuery &query)
{
    const PriceItem *anyRegion = nullptr;
    const PriceItem *otherRegion = nullptr;
    for (const PriceItem &item : list.items) {
        if (!matchesExceptRegion(item, query))
            continue;
        if (query.region.empty() || equalsIgnoringCase(item.region, query.region))
            return {&item, false};
        if (item.region.empty())
            anyRegion = anyRegion ? anyRegion : &item;
        else
            otherRegion = otherRegion ? otherRegion : &item;
    }
    if (anyRegion)
        return {anyRegion, false};
    return {otherRegion, otherRegion != nullptr};
}

const PriceList &PriceList::builtIn()
{
    static const PriceList list = [] {
        const std::string bytes(Embedded::priceFiles[0].second);
        PriceListLoad loaded = readPriceList(bytes, "prices.json");
        // The compiled-in list is tested (tst_cost); an empty list prices nothing, honestly.
        PriceList compiledIn = loaded.list.value_or(PriceList{});
        compiledIn.fileName.clear();
        return compiledIn;
    }();
    return list;
}

PriceListLoad readPriceList(const std::string &bytes,
                            const std::string &fileName,
                            const ReadLimits &limits)
{
    PriceListLoad result;
    ParsedJson parsed = parseJsonDocument(bytes, fileName, limits, "price list");
    if (!parsed.document) {
        result.error = std::move(parsed.error);
        return result;
    }
    const Json &document = *parsed.document;
    if (!document.is_object() && !isRetailPricesResponse(document)) {
        result.error = LoadError{fileName,
                                 1,
                                 1,
                                 {},
                                 "a price list is a JSON object (or a saved Retail Prices API "
                                 "response), not "
                                     + typeName(document)};
        return result;
    }
    try {
        if (const auto items = document.find("Items");
            document.is_object() && items != document.end() && !items->is_array()) {
            throw ItemFailure{JsonPath().key("Items"),
                              "expected an array of prices, found " + typeName(*items)};
        }
        if (isRetailPricesResponse(document)) {
            RetailConversion converted = convertRetailPrices(document);
            if (!converted.failure.empty()) {
                result.error = errorAtJsonPath(fileName, bytes, converted.failurePath,
                                               converted.failure);
                return result;
            }
            result.list = std::move(converted.list);
            result.warnings = std::move(converted.warnings);
        } else {
            result.list = readOwnFormat(document, result.warnings);
        }
        result.list->fileName = fileName;
    } catch (const ItemFailure &failure) {
        result.error = errorAtJsonPath(fileName, bytes, failure.path, failure.message);
    }
    return result;
}

PriceListLoad readPriceListFile(const std::string &path, const ReadLimits &limits)
{
    FileBytes file = readFileBytes(path, limits, "price list");
    if (!file.bytes) {
        PriceListLoad result;
        result.error = std::move(file.error);
        return result;
    }
    return readPriceList(*file.bytes, path, limits);
}

} // namespace Er
