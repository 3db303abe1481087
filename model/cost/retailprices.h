#pragma once

#include "model/cost/pricelist.h"
#include "model/io/loaderror.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace Er {

// A saved response of Microsoft's Azure Retail Prices API (prices.azure.com/api/retail/prices):
// an object with an "Items" array of {serviceName, productName, skuName, meterName,
// armRegionName, location, unitPrice, unitOfMeasure, currencyCode, type, effectiveStartDate}.
bool isRetailPricesResponse(const nlohmann::ordered_json &document);

struct RetailConversion
{
    PriceList list;
    std::vector<std::string> warnings; // what was skipped, counted by reason
    std::string failure;               // non-empty: the response cannot be used
    JsonPath failurePath;
};

// The response's ExpressRoute, VPN Gateway and Virtual WAN pay-as-you-go items as price-list
// items, by the mapping in docs/spec/price-list.md; the rest is skipped and counted.
RetailConversion convertRetailPrices(const nlohmann::ordered_json &document);

} // namespace Er
