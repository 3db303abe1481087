#include "model/validation/rules/circuitrules.h"

#include "model/catalogue/catalogue.h"
#include "model/core/topologyindex.h"
#include "model/validation/ruleregistry.h"
#include "model/validation/rules/circuitlimitrules.h"
#include "model/validation/rules/circuitlookup.h"
#include "model/validation/rules/rulehelpers.h"

#include <algorithm>
#include <initializer_list>

namespace Er {

namespace {

const std::string peeringsReference = std::string(learnBase) + "expressroute-circuit-peerings";
const std::string locationsReference = std::string(learnBase) + "expressroute-locations-providers";
const std::string routingReference = std::string(learnBase) + "expressroute-routing";
const std::string metroReference = std::string(learnBase) + "metro";
const std::string localReference = std::string(learnBase)
                                   + "expressroute-faqs#what-is-expressroute-local";
const std::string m365Reference
    = "https://learn.microsoft.com/microsoft-365/enterprise/azure-expressroute";

std::string tierOf(const CircuitFields &fields)
{
    return fields.skuTier.value_or("");
}

// CIRCUIT-001 [§2.1 PEER; FAQ; DIRECT 03/02/2026]
void checkBandwidth(const RuleContext &c, FindingSink &sink)
{
    for (const Node *circuit : c.index.nodesOfKind(NodeKind::Circuit)) {
        const CircuitFields &fields = *circuit->circuit();
        if (!fields.bandwidthInMbps)
            continue;
        const std::int64_t mbps = *fields.bandwidthInMbps;
        std::vector<std::int64_t> offered = c.catalogue.providerCircuitBandwidthsMbps();
        std::string kind = "provider circuits";
        if (fields.isDirect()) {
            const auto &port = fields.expressRouteDirect->portBandwidthInGbps;
            if (!port)
                continue; // TOPO-007
            offered = c.catalogue.directCircuitBandwidthsMbps(*port);
            if (offered.empty()) {
                std::vector<std::string> sizes;
                for (double size : c.catalogue.directPortSizesGbps())
                    sizes.push_back(formatGbps(size));
                sink.report({circuit->id},
                            "ExpressRoute Direct circuit " + quoted(*circuit) + " is on a "
                                + formatGbps(*port)
                                + " port, a size ExpressRoute Direct does not offer",
                            "Set the Direct port's bandwidth to one of the offered port sizes: "
                                + joinList(sizes));
                continue;
            }
            kind = "circuits on a " + formatGbps(*port) + " ExpressRoute Direct port";
        }
        if (std::find(offered.begin(), offered.end(), mbps) != offered.end())
            continue;
        std::vector<std::string> sizes;
        for (std::int64_t size : offered)
            sizes.push_back(formatBandwidth(size));
        const auto next = std::lower_bound(offered.begin(), offered.end(), mbps);
        const std::int64_t suggestion = next == offered.end() ? offered.back() : *next;
        sink.report({circuit->id},
                    "Circuit " + quoted(*circuit) + " is " + formatBandwidth(mbps)
                        + ", a bandwidth not offered: " + kind + " come in " + joinList(sizes),
                    "Set the bandwidth to " + formatBandwidth(suggestion)
                        + " (bandwidth can be raised later, but never lowered)");
    }
}

// CIRCUIT-002 [§2.2 FAQ; ROUTE; §12.3 GEO]: Standard reaches its geopolitical area only.
void checkStandardReach(const RuleContext &c, FindingSink &sink)
{
    for (const Node *circuit : c.index.nodesOfKind(NodeKind::Circuit)) {
        if (tierOf(*circuit->circuit()) != "Standard")
            continue;
        const auto place = circuitPlace(c.catalogue, *circuit->circuit());
        if (!place)
            continue; // TOPO-004
        for (const Link *connection : c.index.outgoing(*circuit, LinkKind::Connection)) {
            const Node *vnet = c.index.to(*connection);
            const AzureRegionInfo *region = vnet ? vnetRegion(c.topology, c.catalogue, *vnet)
                                                 : nullptr;
            if (!region || region->geopoliticalArea == place->geopoliticalArea)
                continue;
            const bool confirmed = place->areaConfirmed && region->geopoliticalAreaConfirmed;
            std::string message = "Circuit " + quoted(*circuit) + " is Standard at " + place->name
                                  + " (" + place->geopoliticalArea + ") but connects VNet "
                                  + quoted(*vnet) + " in " + describeRegion(*region)
                                  + ": Standard reaches only the Azure regions of its peering "
                                    "location's geopolitical area";
            if (!confirmed) {
                const std::string unsure = region->geopoliticalAreaConfirmed ? place->name
                                                                             : region->displayName;
                message += " (" + perDocumentation(c.catalogue) + ", which does not confirm the "
                           + "geopolitical area of " + unsure + ")";
            }
            sink.report(confirmed ? Severity::Error : Severity::Warning,
                        {circuit->id, connection->id, vnet->id}, message,
                        "Make " + quoted(*circuit) + " Premium, or connect " + quoted(*vnet)
                            + " through a circuit at a peering location in "
                            + region->geopoliticalArea);
        }
    }
}

std::string regionNames(const Catalogue &catalogue, const std::vector<std::string> &names)
{
    std::vector<std::string> display;
    for (const std::string &name : names) {
        const AzureRegionInfo *region = catalogue.region(name);
        display.push_back(region ? region->displayName : name);
    }
    return joinList(display);
}

// CIRCUIT-003 [§2.2 FAQ; §12.1 LOC; §12.4]: Local reaches the location's Local region(s) only.
void checkLocalReach(const RuleContext &c, FindingSink &sink)
{
    for (const Node *circuit : c.index.nodesOfKind(NodeKind::Circuit)) {
        if (tierOf(*circuit->circuit()) != "Local")
            continue;
        const auto place = circuitPlace(c.catalogue, *circuit->circuit());
        if (!place)
            continue; // TOPO-004
        // An unconfirmed list is "unknown", not "none": warn, never an error (safer reading).
        const Severity severity = place->localRegionsConfirmed ? Severity::Error
                                                               : Severity::Warning;
        const std::string caveat = place->localRegionsConfirmed
                                       ? std::string()
                                       : " (" + perDocumentation(c.catalogue)
                                             + ", which does not confirm the Local regions of "
                                             + place->name + ")";
        if (place->localRegions.empty()) {
            const std::string verdict = place->localRegionsConfirmed
                                            ? " has no Local Azure region, so ExpressRoute Local "
                                              "is not offered there"
                                            : " lists no Local Azure region "
                                                  + perDocumentation(c.catalogue)
                                                  + " (the list is not confirmed), so "
                                                    "ExpressRoute Local may not be offered there";
            sink.report(severity, {circuit->id},
                        "Circuit " + quoted(*circuit) + " is Local, but " + place->name + verdict,
                        "Make " + quoted(*circuit)
                            + " Standard, or choose a peering location with a Local region "
                              "near your VNets");
            continue;
        }
        for (const Link *connection : c.index.outgoing(*circuit, LinkKind::Connection)) {
            const Node *vnet = c.index.to(*connection);
            const AzureRegionInfo *region = vnet ? vnetRegion(c.topology, c.catalogue, *vnet)
                                                 : nullptr;
            const auto &local = place->localRegions;
            if (!region || std::find(local.begin(), local.end(), region->name) != local.end())
                continue;
            const bool sameArea = region->geopoliticalArea == place->geopoliticalArea;
            sink.report(severity, {circuit->id, connection->id, vnet->id},
                        "Circuit " + quoted(*circuit) + " is Local at " + place->name
                            + ", which reaches only " + regionNames(c.catalogue, local)
                            + ", but connects VNet " + quoted(*vnet) + " in "
                            + describeRegion(*region) + caveat,
                        std::string("Make ") + quoted(*circuit)
                            + (sameArea ? " Standard" : " Premium") + ", or connect a VNet in "
                            + regionNames(c.catalogue, local) + " instead");
        }
    }
}

// CIRCUIT-006 and CIRCUIT-007 [§2.6 INTRO; ROUTE]: one primary and one secondary link.
void checkLinkRoles(const RuleContext &c, FindingSink &sink, bool duplicates)
{
    for (const Node *circuit : c.index.nodesOfKind(NodeKind::Circuit)) {
        std::vector<const Link *> primary, secondary;
        for (const Link *port : c.index.incoming(*circuit, LinkKind::CircuitPort)) {
            if (port->role == "primary")
                primary.push_back(port);
            else if (port->role == "secondary")
                secondary.push_back(port);
        }
        if (duplicates) {
            for (const auto *ports : {&primary, &secondary}) {
                if (ports->size() < 2)
                    continue;
                std::vector<std::string> ids{circuit->id}, names;
                for (const Link *port : *ports) {
                    ids.push_back(port->id);
                    names.push_back(quoted(port->id));
                }
                const std::string role = *ports->front()->role;
                const std::string other = role == "primary" ? "secondary" : "primary";
                sink.report(ids,
                            "Circuit ports " + joinList(names) + " of circuit " + quoted(*circuit)
                                + (ports->size() == 2 ? " both" : " all") + " claim the " + role
                                + " link",
                            "Set the role of one of them to " + other
                                + ": a circuit has one primary and one secondary link, each "
                                  "to its own Microsoft edge router");
            }
        } else if (primary.size() + secondary.size() == 1) {
            const Link *port = primary.empty() ? secondary.front() : primary.front();
            const std::string missing = primary.empty() ? "primary" : "secondary";
            sink.report({circuit->id, port->id},
                        "Circuit " + quoted(*circuit) + " has only its " + *port->role
                            + " link (port " + quoted(port->id)
                            + "): Microsoft's SLA requires "
                              "both BGP sessions, on the primary and on the secondary link",
                        "Add the " + missing
                            + " circuit port, ideally through a second "
                              "customer edge router");
        }
    }
}

void checkBothLinks(const RuleContext &c, FindingSink &sink)
{
    checkLinkRoles(c, sink, false);
}

void checkDistinctRoles(const RuleContext &c, FindingSink &sink)
{
    checkLinkRoles(c, sink, true);
}

// CIRCUIT-008 [§2.2 FAQ; M365; §3.6 RF]
void checkMicrosoft365NeedsPremium(const RuleContext &c, FindingSink &sink)
{
    for (const Node *circuit : c.index.nodesOfKind(NodeKind::Circuit)) {
        const CircuitFields &fields = *circuit->circuit();
        const std::string tier = tierOf(fields);
        const Peering *peering = fields.peering("MicrosoftPeering");
        if (!peering || (tier != "Standard" && tier != "Local"))
            continue;
        const std::vector<std::string> entries = microsoft365Entries(c.catalogue, *peering);
        if (entries.empty())
            continue;
        sink.report({circuit->id},
                    "Circuit " + quoted(*circuit) + " is " + tier
                        + ", but the route filter of its Microsoft peering admits Microsoft 365 ("
                        + joinList(entries) + "): Microsoft 365 over ExpressRoute needs Premium",
                    "Make " + quoted(*circuit) + " Premium, or remove " + joinList(entries)
                        + " from the route filter and reach Microsoft 365 over the internet, "
                          "as Microsoft recommends");
    }
}

// CIRCUIT-009 [§5.1 METRO; §12.2]: a Metro circuit's links terminate at its two sites.
void checkMetroSites(const RuleContext &c, FindingSink &sink)
{
    for (const Node *circuit : c.index.nodesOfKind(NodeKind::Circuit)) {
        if (!circuit->circuit()->isMetro())
            continue;
        const auto ports = c.index.incoming(*circuit, LinkKind::CircuitPort);
        std::vector<std::string> locations, ids{circuit->id};
        std::size_t fromProviderEdges = 0;
        for (const Link *port : ports) {
            const Node *pe = c.index.from(*port);
            if (!pe || !pe->providerEdge() || !pe->providerEdge()->peeringLocation)
                continue;
            if (std::find(ids.begin(), ids.end(), pe->id) == ids.end())
                ids.push_back(pe->id);
            ++fromProviderEdges;
            const std::string &location = *pe->providerEdge()->peeringLocation;
            if (std::find(locations.begin(), locations.end(), location) == locations.end())
                locations.push_back(location);
        }
        if (ports.size() < 2 || locations.size() != 1 || fromProviderEdges != ports.size())
            continue;
        std::string other = "the metro's other site";
        if (const MetroLocationInfo *metro = c.catalogue.metroLocation(
                circuit->circuit()->peeringLocation.value_or(""))) {
            for (const std::string &site : metro->locations) {
                if (site != locations.front())
                    other = quoted(site) + ", " + other;
            }
        }
        sink.report(ids,
                    "Metro circuit " + quoted(*circuit) + " has both links at "
                        + quoted(locations.front())
                        + ": ExpressRoute Metro's resiliency comes from two sites, and losing "
                        + quoted(locations.front()) + " takes down both links",
                    "Bring one link in at " + other);
    }
}

// CIRCUIT-010 [§3.1 PEER]: traffic flows over a peering.
void checkHasPeering(const RuleContext &c, FindingSink &sink)
{
    for (const Node *circuit : c.index.nodesOfKind(NodeKind::Circuit)) {
        const auto &peerings = circuit->circuit()->peerings;
        if (peerings && !peerings->empty())
            continue;
        sink.report({circuit->id},
                    "Circuit " + quoted(*circuit) + " has no peering, so it carries no traffic",
                    "Add Azure private peering (to reach VNets) and/or Microsoft peering (to "
                    "reach Microsoft's public services)");
    }
}

// CIRCUIT-011 [§2.3 FAQ; ERMOD in docs/facts-additions.md]: a Local circuit's price includes its
// data transfer ("you are automatically charged with an Unlimited data plan"), so a MeteredData
// family describes a bill Microsoft does not send. Only an explicit MeteredData is reported.
void checkLocalBilling(const RuleContext &c, FindingSink &sink)
{
    for (const Node *circuit : c.index.nodesOfKind(NodeKind::Circuit)) {
        const CircuitFields &fields = *circuit->circuit();
        if (tierOf(fields) != "Local" || fields.skuFamily.value_or("") != "MeteredData")
            continue;
        sink.report({circuit->id},
                    "Circuit " + quoted(*circuit)
                        + " is Local with MeteredData billing, but Microsoft bills every Local "
                          "circuit with unlimited data: its price includes the egress",
                    "Set the circuit's billing to UnlimitedData (the cost already prices it so)");
    }
}

} // namespace

void registerCircuitRules(RuleRegistry &registry)
{
    registry.add({"CIRCUIT-001", Severity::Error, "Circuit bandwidth not offered",
                  "§2.1 [PEER; FAQ; DIRECT]", peeringsReference, false, checkBandwidth});
    registry.add({"CIRCUIT-002", Severity::Error,
                  "Standard circuit connects a VNet outside its geopolitical area",
                  "§2.2 [FAQ; ROUTE], §12.3 [GEO]", locationsReference, false, checkStandardReach});
    registry.add({"CIRCUIT-003", Severity::Error,
                  "Local circuit connects a VNet outside the location's Local region(s)",
                  "§2.2 [FAQ], §12.1 [LOC]", locationsReference, false, checkLocalReach});
    registry.add({"CIRCUIT-004", Severity::Error,
                  "VNet connections plus Global Reach links exceed the circuit's limit",
                  "§2.4 [LIMITS]", vnetLinkLimitReference(), false, checkVnetLinkLimit});
    registry.add({"CIRCUIT-005", Severity::Error, "Advertised prefixes exceed the route limit",
                  "§2.5 [LIMITS; ROUTE; PEER]", routingReference, false, checkRouteLimits});
    registry.add({"CIRCUIT-006", Severity::Warning,
                  "Only one of the primary and secondary links exists", "§2.6 [INTRO; ROUTE]",
                  routingReference, false, checkBothLinks});
    registry.add({"CIRCUIT-007", Severity::Warning, "Both circuit ports claim the same role",
                  "§2.6 [INTRO]", peeringsReference, false, checkDistinctRoles});
    registry.add({"CIRCUIT-008", Severity::Error,
                  "Microsoft 365 in the route filter of a circuit that is not Premium",
                  "§2.2 [FAQ; M365], §3.6 [RF]", m365Reference, false,
                  checkMicrosoft365NeedsPremium});
    registry.add({"CIRCUIT-009", Severity::Warning,
                  "Metro circuit with both links at one site of the metro", "§5.1, §12.2 [METRO]",
                  metroReference, false, checkMetroSites});
    registry.add({"CIRCUIT-010", Severity::Warning, "Circuit without a peering", "§3.1 [PEER]",
                  peeringsReference, false, checkHasPeering});
    registry.add({"CIRCUIT-011", Severity::Warning, "Local circuit with MeteredData billing",
                  "§2.3 [FAQ]; ERMOD (docs/facts-additions.md)", localReference, false,
                  checkLocalBilling});
}

} // namespace Er
