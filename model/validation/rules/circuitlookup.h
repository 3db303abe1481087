#pragma once

#include "model/core/topology.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace Er {

class Catalogue;
class TopologyIndex;
struct AzureRegionInfo;

// What the catalogue says about where a circuit is: its peering location, or for ExpressRoute
// Metro its metro (expressroute-facts.md §12.1, §12.2). Shared by the CIRCUIT, PEERING and GR
// rules. Fields the facts do not confirm are flagged so that rules keep to the safer reading.
struct CircuitPlace
{
    std::string name;             // "London", "Amsterdam Metro"
    std::string geopoliticalArea; // "Europe"
    bool areaConfirmed = true;
    std::vector<std::string> localRegions; // ARM names; empty: no ExpressRoute Local (if confirmed)
    bool localRegionsConfirmed = true;
    bool globalReach = false; // every site's country offers Global Reach [GR 01/31/2025]
    bool globalReachConfirmed = true;
    std::vector<std::string> countries; // of the location, or of the metro's sites
    int pricingZone = 0;                // the zone its circuits are billed in [LOC]; 0: not known
    bool pricingZoneConfirmed = true;
};

// nullopt when the circuit has no peering location or one the catalogue does not know (TOPO-004
// reports that; the rules that need the catalogue skip the circuit).
std::optional<CircuitPlace> circuitPlace(const Catalogue &catalogue, const CircuitFields &circuit);

// The catalogue entry of the Azure region a VNet is in: the VNet's `region` names an azureRegion
// node whose `region` holds the ARM name. nullptr when any step is missing or unknown.
const AzureRegionInfo *vnetRegion(const Topology &topology,
                                  const Catalogue &catalogue,
                                  const Node &vnet);

// "East US (North America)"
std::string describeRegion(const AzureRegionInfo &region);

// "per Microsoft's documentation as of 2026-08-27": said wherever a fact is UNCONFIRMED or in
// CONFLICT (expressroute-facts.md, "Open items").
std::string perDocumentation(const Catalogue &catalogue);

// The sites whose traffic enters the circuit: site -> (lan -> customerEdge ->) access ->
// providerEdge -> circuitPort, or site -> lan -> customerEdge -> circuitPort (Direct). Each site
// once, in design order of discovery.
std::vector<const Node *> sitesReaching(const TopologyIndex &index, const Node &circuit);

// Whether the circuit is managed Layer 3: a provider circuit whose provider edges all offer
// `serviceLayer: "L3"`, so the provider runs the BGP sessions with Microsoft and the customer
// peers with the provider [CFGPEER; ROUTE] (facts §1.2). False for Direct or without a provider
// edge.
bool isManagedLayer3(const TopologyIndex &index, const Node &circuit);

// What a private peering advertises: its advertisedPrefixes or, where it lists none, the
// address prefixes of the sites that reach the circuit (topology-format.md, "Peering object").
struct AdvertisedPrefixes
{
    std::vector<const std::string *> prefixes; // into the topology
    std::vector<const Node *> sites;           // non-empty when the prefixes are the sites' default
};
AdvertisedPrefixes privatePeeringPrefixes(const TopologyIndex &index,
                                          const Node &circuit,
                                          const Peering &peering);

// The route-filter entries of a peering that admit Microsoft 365 (a Microsoft 365 service name
// or one of its communities, services.json), as written: "ExchangeOnline", "12076:5020".
std::vector<std::string> microsoft365Entries(const Catalogue &catalogue, const Peering &peering);

// Prefixes by address family; text that is not a CIDR is not counted (ADDR-003 reports it).
struct PrefixCount
{
    std::int64_t ipv4 = 0;
    std::int64_t ipv6 = 0;
};
PrefixCount countByFamily(const std::vector<std::string> &prefixes);
PrefixCount countByFamily(const std::vector<const std::string *> &prefixes);

// "10 Gbps", "2.5 Gbps": an ExpressRoute Direct port size.
std::string formatGbps(double gbps);
// 10000 -> "10,000"
std::string formatCount(std::int64_t value);

// The text with its first letter in upper case, to start a sentence.
std::string capitalized(std::string text);

// "a, b and c"
std::string joinList(const std::vector<std::string> &items);

} // namespace Er
