#pragma once

#include <algorithm>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace Er {

// The ExpressRoute catalogue: Azure regions, peering locations, Metro locations, circuit
// bandwidths and limits, gateway and VPN SKUs, Microsoft services with their BGP communities,
// reserved ASNs. It is data (resources/catalogue/*.json, compiled into the program) loaded once;
// every entry cites its source key in docs/reference/expressroute-facts.md.

struct GeoPoint
{
    double lat = 0;
    double lon = 0;
};

struct AzureRegionInfo
{
    std::string name;             // ARM name: "uksouth"
    std::string displayName;      // "UK South"
    std::string geopoliticalArea; // "Europe"
    GeoPoint coordinates;
    bool geopoliticalAreaConfirmed = true; // false: regions newer than the GEO include (§12.3)
    std::string city;                      // "London"; approximate, for latency estimates
    std::string microsoftPeeringCommunity; // regional community "12076:51024"; empty if not known
    std::string source;                    // facts source key(s)
    // Whether the region has availability zones (Microsoft Learn's regions list, AZREG in
    // docs/facts-additions.md); nullopt: not confirmed, unknown.
    std::optional<bool> availabilityZones;
    // Whether ErGwScale gateways are offered in the region [SCALE 11/06/2025] (facts §4.3);
    // nullopt: the catalogue does not say (the region is not on Microsoft's list of exceptions).
    std::optional<bool> erGwScale;
};

struct PeeringLocationInfo
{
    std::string name;     // "London2"
    std::string metro;    // the city it belongs to, "London"
    std::string facility; // "Telehouse North Two"
    std::string country;
    int pricingZone = 0;
    std::string geopoliticalArea;
    GeoPoint coordinates;
    std::vector<std::string> localRegions; // ARM names; empty: ExpressRoute Local not offered
    bool expressRouteDirect = false;
    bool globalReach = false;
    bool metroSiteOnly = false; // a site of an ExpressRoute Metro that is not a location of its own
    std::vector<std::string> providers; // the examples the facts name; not a complete list
    // Fields the facts do not confirm, by JSON name ("facility", "pricingZone", "localRegions",
    // "expressRouteDirect", "globalReach", "geopoliticalArea"): their values are empty or reasoned.
    std::vector<std::string> unconfirmed;
    std::string notes;
    std::string source;

    bool isConfirmed(std::string_view field) const
    {
        return std::find(unconfirmed.begin(), unconfirmed.end(), field) == unconfirmed.end();
    }
};

struct MetroLocationInfo
{
    std::string name;                   // "Amsterdam Metro"
    std::vector<std::string> locations; // the metro's two sites as peering-location names
    std::string geopoliticalArea;
    std::vector<std::string> localRegions;
    bool expressRouteDirect = false;
    int pricingZone = 0;
    std::vector<std::string> unconfirmed; // as PeeringLocationInfo::unconfirmed; "locations" too
    std::string notes;
    std::string source;
};

struct ScaleUnitStep
{
    int minScaleUnits = 0; // from this many scale units on,
    int maxCircuits = 0;   // the gateway takes this many circuit connections
};

struct GatewaySkuInfo
{
    std::string name;    // "ErGw3AZ"
    int maxCircuits = 0; // circuit connections; ErGwScale: see scalable
    int maxCircuitsPerLocation = 4;
    int throughputMbps = 0;   // ErGwScale: per scale unit
    int maxLearnedRoutes = 0; // routes the gateway learns from its circuits [LIMITS] (§4.2)
    bool fastPath = false;    // ErGwScale: only with a minimum of >= fastPathMinScaleUnits
    bool zoneRedundant = false;
    bool scalable = false; // ErGwScale
    int fastPathMinScaleUnits = 0;
    int minScaleUnits = 0;
    int maxScaleUnits = 0;
    double defaultAvailabilityPercent = 99.95;
    std::string source;                                 // facts source key(s)
    std::vector<ScaleUnitStep> maxCircuitsByScaleUnits; // ErGwScale: 1 -> 4, 2 -> 8, 10 -> 16
    int autoscaleMinScaleUnits = 0;                     // ErGwScale: autoscale needs min >= 2
    bool ipsecOverExpressRoute = true; // false: ErGwScale, no IPsec over ExpressRoute [SCALE]
    // Resiliency Insights zone-redundancy points (of 10) deployed zone-redundant [RINS; §5.5];
    // ErGwScale: resiliencyIndexSmallPoints with up to resiliencyIndexSmallScaleUnits.
    int resiliencyIndexZonePoints = 0;
    int resiliencyIndexSmallScaleUnits = 0;
    int resiliencyIndexSmallPoints = 0;

    // Circuit connections with the given number of scale units (maxCircuits when not scalable).
    int maxCircuitsAt(int scaleUnits) const
    {
        if (maxCircuitsByScaleUnits.empty())
            return maxCircuits;
        int circuits = 0;
        for (const ScaleUnitStep &step : maxCircuitsByScaleUnits) {
            if (scaleUnits >= step.minScaleUnits)
                circuits = step.maxCircuits;
        }
        return circuits;
    }
};

struct VpnSkuInfo
{
    std::string name; // "VpnGw2AZ"
    int maxSiteToSiteTunnels = 0;
    int aggregateThroughputMbps = 0;
    bool bgp = true;
    bool zoneRedundant = false;
    bool basic = false;
    bool retiring = false; // non-AZ SKUs being consolidated into AZ (VPNCONS)
    double defaultAvailabilityPercent = 99.95;
    std::string source;
    int generation1ThroughputMbps = 0; // VpnGw2/3: the Generation 1 figure; 0 when the same
    // What one tunnel carries (GCMAES256) [VPNLIM]; 0 when undocumented (Basic): the aggregate.
    int perTunnelThroughputMbps = 0;
};

struct ServiceInfo
{
    std::string name;                     // "ExchangeOnline"
    std::string displayName;              // "Exchange Online"
    std::vector<std::string> communities; // "12076:5010"
    bool microsoft365 = false;
    bool internetOnly = false;        // AzureCDN, AzureFrontDoor, Intune
    bool regionalCommunities = false; // AzurePaaS, Dynamics365: admitted by regional communities
    // Communities that admit only an old form of the service: 12076:5040 is CRM Online, Dynamics
    // up to v8.2 [ROUTE] (facts §3.7).
    std::vector<std::string> legacyCommunities;
    std::string source;
    std::string notes;
};

struct VnetLinkLimit
{
    std::int64_t bandwidthMbps = 0; // limit applies to circuits up to and including this bandwidth
    int standardOrLocal = 0;
    int premium = 0;
    bool confirmed = true; // false: 200/400 Gbps Direct, not in the facts (100 Gbps values reused)
};

class Catalogue
{
public:
    // The catalogue compiled into the program, parsed on first use.
    static const Catalogue &builtIn();

    // "per Microsoft's documentation as of <date>": the date of the facts the catalogue is from.
    const std::string &factsAsOf() const;

    const std::vector<AzureRegionInfo> &regions() const;
    const std::vector<PeeringLocationInfo> &peeringLocations() const;
    const std::vector<MetroLocationInfo> &metroLocations() const;
    const std::vector<GatewaySkuInfo> &expressRouteGatewaySkus() const;
    const std::vector<VpnSkuInfo> &vpnSkus() const;
    const std::vector<ServiceInfo> &services() const;
    std::vector<std::string> providers() const; // every provider named by any location, sorted

    // Look-ups by exact name (regions by ARM name; also accepts the display name); nullptr when
    // unknown.
    const AzureRegionInfo *region(std::string_view name) const;
    const PeeringLocationInfo *peeringLocation(std::string_view name) const;
    const MetroLocationInfo *metroLocation(std::string_view name) const;
    const GatewaySkuInfo *expressRouteGatewaySku(std::string_view name) const;
    const VpnSkuInfo *vpnSku(std::string_view name) const;
    const ServiceInfo *service(std::string_view name) const;
    // A service community ("12076:5010") or a regional one ("12076:51024": AzurePaaS).
    const ServiceInfo *serviceByCommunity(std::string_view community) const;
    // The region of a regional community, 12076:50nnn (private peering) to 12076:55nnn.
    const AzureRegionInfo *regionByCommunity(std::string_view community) const;

    // Circuit bandwidths.
    const std::vector<std::int64_t> &providerCircuitBandwidthsMbps() const; // 50 ... 10000
    // Bandwidths an ExpressRoute Direct port of the given size offers; empty for an unknown size.
    std::vector<std::int64_t> directCircuitBandwidthsMbps(double portGbps) const;
    std::vector<double> directPortSizesGbps() const;

    // VNet links (connections plus Global Reach) a circuit of this tier and bandwidth allows.
    // 0 for an unknown tier or a bandwidth above every row.
    int maxVnetLinks(std::string_view skuTier, std::int64_t bandwidthMbps) const;
    const std::vector<VnetLinkLimit> &vnetLinkLimits() const; // ascending bandwidth
    // Private peering (IPv4) route limits by tier, 0 for an unknown tier; Microsoft peering limit.
    int maxPrivatePeeringPrefixes(std::string_view skuTier) const;
    int maxMicrosoftPeeringPrefixes() const;
    // IPv6 route limits: private peering (every tier) and Microsoft peering [§2.5 LIMITS].
    int maxPrivatePeeringIPv6Prefixes() const;
    int maxMicrosoftPeeringIPv6Prefixes() const;
    // Routes an ExpressRoute gateway advertises to its circuits (its VNet and the peered VNets
    // that use it as remote gateway), by family, and the routes of all kinds it handles in all
    // [LIMITS; FAQ] (facts §2.5, §4.2).
    int maxGatewayAdvertisedIPv4Routes() const;
    int maxGatewayAdvertisedIPv6Routes() const;
    int maxGatewayTotalRoutes() const;
    // FastPath IP limits [FP 03/20/2025] (facts §2.4, §4.5): the addresses FastPath programs for a
    // provider circuit, and cumulatively for an ExpressRoute Direct port of the given size; beyond
    // them traffic goes through the gateway. 0 where the catalogue gives no limit.
    int providerFastPathIpLimit() const;
    int directFastPathIpLimit(double portGbps) const;

    // ASNs.
    bool isAzureReservedAsn(std::int64_t asn) const; // 65515-65520
    bool isOtherReservedAsn(std::int64_t asn) const; // 0, 8074, 8075, 12076, 23456, 64496-64511, ...
    bool isPrivateAsn(std::int64_t asn) const;       // 64512-65534, 4200000000-4294967294

    ~Catalogue();
    Catalogue(Catalogue &&) noexcept;
    Catalogue &operator=(Catalogue &&) noexcept;

    // Parses catalogue JSON documents (tests use this with small data); throws
    // std::runtime_error naming the file and the place on malformed data.
    static Catalogue fromJsonDocuments(const std::map<std::string, std::string> &documentsByName);

private:
    Catalogue();
    struct Data;
    std::unique_ptr<Data> d;
};

} // namespace Er
