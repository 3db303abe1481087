#include "model/validation/rules/globalreachrules.h"

#include "model/catalogue/catalogue.h"
#include "model/core/topologyindex.h"
#include "model/net/cidr.h"
#include "model/validation/ruleregistry.h"
#include "model/validation/rules/addressuses.h"
#include "model/validation/rules/circuitlookup.h"
#include "model/validation/rules/rulehelpers.h"

#include <functional>
#include <initializer_list>
#include <utility>

namespace Er {

namespace {

const std::string globalReachReference = std::string(learnBase) + "expressroute-global-reach";
const std::string configureReference = std::string(learnBase)
                                       + "expressroute-howto-set-global-reach";

// A globalReach link and the two circuits it joins.
struct GlobalReachPair
{
    const Link &link;
    const Node &first;
    const Node &second;

    std::string describe() const
    {
        return "Global Reach between " + quoted(first) + " and " + quoted(second);
    }
};

void forEachPair(const RuleContext &c, const std::function<void(const GlobalReachPair &)> &visit)
{
    for (const Link *link : c.index.linksOfKind(LinkKind::GlobalReach)) {
        const Node *from = c.index.from(*link);
        const Node *to = c.index.to(*link);
        if (from && to && from->circuit() && to->circuit())
            visit({*link, *from, *to});
    }
}

std::string tierOf(const Node &circuit)
{
    return circuit.circuit()->skuTier.value_or("");
}

// GR-001 [§6.1 GRCFG]: a /29 (IPv6 /125) used nowhere else.
void checkSubnet(const RuleContext &c, FindingSink &sink)
{
    forEachPair(c, [&](const GlobalReachPair &pair) {
        const auto &text = pair.link.addressPrefix;
        const std::vector<std::string> ids{pair.link.id};
        const std::string fix
            = "Set the link's address prefix to an unused /29 such as 192.168.255.0/29 "
              "(IPv6: a /125), outside every VNet, link subnet and "
              "on-premises network";
        if (!text || text->empty()) {
            sink.report(ids, pair.describe() + " has no /29 subnet (its address prefix)", fix);
            return;
        }
        std::string error;
        const auto cidr = Cidr::parse(*text, &error);
        const std::string what = "The subnet " + quoted(*text) + " of " + pair.describe();
        if (!cidr)
            sink.report(ids, what + " is not a valid prefix: " + error, fix);
        else if (cidr->hostBits() != 3)
            sink.report(ids,
                        what + " is a /" + std::to_string(cidr->prefixLength)
                            + "; Global Reach takes a " + (cidr->isIpv4() ? "/29" : "/125"),
                        fix);
        else if (cidr->hostBitsSet())
            sink.report(ids,
                        what + " has host bits set: the subnet is " + cidr->normalized().toString(),
                        "Write it as " + cidr->normalized().toString());
    });
    // Overlaps with VNets, on-premises networks and other Global Reach subnets (PEERING-002
    // reports those with peering link subnets).
    const std::vector<AddressEntry> entries = collectAddresses(c.index,
                                                               {AddressUse::GlobalReachSubnet,
                                                                AddressUse::VnetSpace,
                                                                AddressUse::SitePrefix});
    for (auto [a, b] : overlappingPairs(entries)) {
        if (b->use == AddressUse::GlobalReachSubnet)
            std::swap(a, b);
        if (a->use != AddressUse::GlobalReachSubnet)
            continue; // ADDR-001, ADDR-002, ADDR-004
        sink.report({a->elementId(), b->elementId()},
                    a->label(c.index) + " overlaps " + b->label(c.index),
                    "Choose a /29 that no VNet, on-premises network or other Global Reach "
                    "connection uses");
    }
}

// GR-002 [§6.1 GR; GRCFG]: Global Reach joins the circuits' private peerings.
void checkPrivatePeering(const RuleContext &c, FindingSink &sink)
{
    forEachPair(c, [&](const GlobalReachPair &pair) {
        for (const Node *circuit : {&pair.first, &pair.second}) {
            if (circuit->circuit()->peering("AzurePrivatePeering"))
                continue;
            sink.report({pair.link.id, circuit->id},
                        "Circuit " + quoted(*circuit) + " has no private peering, but "
                            + pair.describe() + " links the circuits' private peerings",
                        "Configure Azure private peering on " + quoted(*circuit));
        }
    });
}

// GR-003 [§6.1 FAQ; GRCFG]: two different peering locations ("City" and "City2" are different).
void checkDistinctLocations(const RuleContext &c, FindingSink &sink)
{
    forEachPair(c, [&](const GlobalReachPair &pair) {
        const auto &location = pair.first.circuit()->peeringLocation;
        if (!location || location->empty() || location != pair.second.circuit()->peeringLocation)
            return;
        std::vector<std::string> nearby;
        if (const PeeringLocationInfo *info = c.catalogue.peeringLocation(*location)) {
            for (const PeeringLocationInfo &other : c.catalogue.peeringLocations()) {
                if (other.metro == info->metro && other.name != info->name && !other.metroSiteOnly)
                    nearby.push_back(quoted(other.name));
            }
        }
        sink.report({pair.link.id, pair.first.id, pair.second.id},
                    pair.describe() + " joins two circuits at " + quoted(*location)
                        + ": Global Reach connects circuits at different peering locations",
                    nearby.empty() ? "Use a circuit at another peering location for one side"
                                   : "Move one circuit to " + joinList(nearby)
                                         + ", a different peering location in the same city");
    });
}

// GR-004 [§2.2, §6.1 FAQ]
void checkNotLocal(const RuleContext &c, FindingSink &sink)
{
    forEachPair(c, [&](const GlobalReachPair &pair) {
        for (const Node *circuit : {&pair.first, &pair.second}) {
            if (tierOf(*circuit) != "Local")
                continue;
            sink.report({pair.link.id, circuit->id},
                        "Circuit " + quoted(*circuit) + " is Local, but is in " + pair.describe()
                            + ": ExpressRoute Local has no Global Reach",
                        "Make " + quoted(*circuit) + " Standard or Premium");
        }
    });
}

// GR-005 [§6.1 FAQ; GR; §12.3 GEO]
void checkAreasOrPremium(const RuleContext &c, FindingSink &sink)
{
    forEachPair(c, [&](const GlobalReachPair &pair) {
        const auto first = circuitPlace(c.catalogue, *pair.first.circuit());
        const auto second = circuitPlace(c.catalogue, *pair.second.circuit());
        if (!first || !second || first->geopoliticalArea == second->geopoliticalArea)
            return;
        std::vector<std::string> notPremium;
        for (const Node *circuit : {&pair.first, &pair.second}) {
            const std::string tier = tierOf(*circuit);
            if (tier.empty() || tier == "Local")
                return; // TOPO-007, GR-004
            if (tier != "Premium")
                notPremium.push_back(quoted(*circuit) + " is " + tier);
        }
        if (notPremium.empty())
            return;
        const bool confirmed = first->areaConfirmed && second->areaConfirmed;
        sink.report(confirmed ? Severity::Error : Severity::Warning,
                    {pair.link.id, pair.first.id, pair.second.id},
                    pair.describe() + " spans " + first->name + " (" + first->geopoliticalArea
                        + ") and " + second->name + " (" + second->geopoliticalArea
                        + "): across geopolitical areas both circuits must be Premium, but "
                        + joinList(notPremium)
                        + (confirmed ? std::string()
                                     : " (" + perDocumentation(c.catalogue)
                                           + "; an area is not confirmed there)"),
                    "Make both circuits Premium");
    });
}

// GR-006 [§6.1 GR 01/31/2025]: Global Reach is offered in listed countries only.
void checkCountry(const RuleContext &c, FindingSink &sink)
{
    forEachPair(c, [&](const GlobalReachPair &pair) {
        for (const Node *circuit : {&pair.first, &pair.second}) {
            const auto place = circuitPlace(c.catalogue, *circuit->circuit());
            if (!place || place->globalReach)
                continue;
            sink.report(place->globalReachConfirmed ? Severity::Error : Severity::Warning,
                        {pair.link.id, circuit->id},
                        "Circuit " + quoted(*circuit) + " is at " + place->name + " ("
                            + joinList(place->countries)
                            + "), where Global Reach is not "
                              "offered "
                            + perDocumentation(c.catalogue) + ", yet it is in " + pair.describe(),
                        "Use a circuit at a peering location in a country that offers Global "
                        "Reach, or link the sites through your own WAN; check Microsoft's "
                        "current list, which grows");
        }
    });
}

} // namespace

void registerGlobalReachRules(RuleRegistry &registry)
{
    registry.add({"GR-001", Severity::Error,
                  "Global Reach subnet is not a /29 (IPv6 /125) or overlaps other address space",
                  "§6.1 [GRCFG]", configureReference, false, checkSubnet});
    registry.add({"GR-002", Severity::Error, "A circuit in Global Reach lacks private peering",
                  "§6.1 [GR; GRCFG]", globalReachReference, false, checkPrivatePeering});
    registry.add({"GR-003", Severity::Error, "Both circuits at the same peering location",
                  "§6.1 [FAQ; GRCFG]", globalReachReference, false, checkDistinctLocations});
    registry.add({"GR-004", Severity::Error, "A Local circuit in Global Reach", "§6.1 [FAQ]",
                  globalReachReference, false, checkNotLocal});
    registry.add({"GR-005", Severity::Error,
                  "Circuits in different geopolitical areas, not both Premium",
                  "§6.1 [FAQ; GR], §12.3 [GEO]", globalReachReference, false, checkAreasOrPremium});
    registry.add({"GR-006", Severity::Error, "A peering location in a country without Global Reach",
                  "§6.1 [GR]", globalReachReference, false, checkCountry});
}

} // namespace Er
