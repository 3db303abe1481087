// libFuzzer target: any bytes go through the price-list reader (our format and saved Retail
// Prices API responses) and, when they load, price a fixed design. A crash, a sanitizer report or
// a broken invariant is a bug.

#include "model/analysis/analysisresult.h"
#include "model/catalogue/catalogue.h"
#include "model/cost/designcost.h"
#include "model/cost/pricelist.h"
#include "model/io/topologyreader.h"

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace {

[[noreturn]] void invariantBroken(const char *what, const std::string &detail)
{
    std::fprintf(stderr, "fuzz_prices: %s\n%s\n", what, detail.c_str());
    std::abort();
}

// A circuit, an ExpressRoute gateway, a VPN gateway, a Direct circuit and a provider figure:
// every kind of charge.
const char design[] = R"({"format": "expressroute-designer-topology", "formatVersion": 1,
 "pricing": {"discountPercent": 10},
 "nodes": [
  {"id": "dc", "kind": "site", "requirements": {"monthlyEgressGb": 1000}},
  {"id": "er", "kind": "circuit", "peeringLocation": "London", "bandwidthInMbps": 1000,
   "skuTier": "Standard", "skuFamily": "MeteredData", "providerMonthlyCost": 500},
  {"id": "erd", "kind": "circuit", "peeringLocation": "Amsterdam", "bandwidthInMbps": 10000,
   "skuTier": "Premium", "skuFamily": "UnlimitedData",
   "expressRouteDirect": {"portBandwidthInGbps": 10}},
  {"id": "uks", "kind": "azureRegion", "region": "uksouth"},
  {"id": "hub", "kind": "virtualNetwork", "region": "uks",
   "expressRouteGateway": {"sku": "ErGwScale", "scaleUnits": {"min": 2, "max": 4}},
   "vpnGateway": {"sku": "VpnGw1AZ"}}],
 "links": [{"id": "c1", "kind": "connection", "from": "er", "to": "hub"},
           {"id": "c2", "kind": "connection", "from": "erd", "to": "hub"},
           {"id": "gr", "kind": "globalReach", "from": "er", "to": "erd"},
           {"id": "v", "kind": "vpn", "from": "dc", "to": "hub"}]})";

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string bytes(reinterpret_cast<const char *>(data), size);
    const Er::PriceListLoad loaded = Er::readPriceList(bytes, "fuzz-prices.json");
    if (!loaded.ok()) {
        if (loaded.error.message.empty() || loaded.error.file != "fuzz-prices.json")
            invariantBroken("a load error without a message or a file", bytes);
        return 0;
    }
    for (const Er::PriceItem &item : loaded.list->items) {
        if (!std::isfinite(item.unitPrice) || item.unitPrice < 0)
            invariantBroken("a loaded price that is negative or not finite", bytes);
    }
    static const Er::Topology topology = *Er::readTopology(design, "fuzz.ertopo").topology;
    const Er::DesignCost cost = Er::designCost(topology, {}, Er::Catalogue::builtIn(), *loaded.list);
    if (cost.monthly.has_value() == !cost.unpriced.empty())
        invariantBroken("a total beside unpriced items, or none without them", bytes);
    if (cost.monthly && std::abs(*cost.monthly - cost.pricedMonthly) > 1e-6)
        invariantBroken("a complete total that is not the priced total", bytes);
    return 0;
}
