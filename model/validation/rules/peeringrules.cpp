#include "model/validation/rules/peeringrules.h"

#include "model/catalogue/catalogue.h"
#include "model/core/numberranges.h"
#include "model/core/topologyindex.h"
#include "model/net/cidr.h"
#include "model/validation/ruleregistry.h"
#include "model/validation/rules/addressuses.h"
#include "model/validation/rules/circuitlookup.h"
#include "model/validation/rules/rulehelpers.h"

#include <functional>
#include <map>
#include <utility>

namespace Er {

namespace {

const std::string routingReference = std::string(learnBase) + "expressroute-routing";
const std::string configureReference = std::string(learnBase)
                                       + "expressroute-howto-routing-portal-resource-manager";
const std::string peeringsReference = std::string(learnBase) + "expressroute-circuit-peerings";
const std::string routeFilterReference = std::string(learnBase) + "how-to-routefilter-portal";
const std::string m365Reference
    = "https://learn.microsoft.com/microsoft-365/enterprise/azure-expressroute";

using PeeringVisitor = std::function<void(const Node &circuit, const Peering &peering)>;

void forEachPeering(const RuleContext &c, const PeeringVisitor &visit)
{
    for (const Node *circuit : c.index.nodesOfKind(NodeKind::Circuit)) {
        if (const auto &peerings = circuit->circuit()->peerings) {
            for (const Peering &peering : *peerings)
                visit(*circuit, peering);
        }
    }
}

bool isType(const Peering &peering, std::string_view type)
{
    return peering.peeringType && *peering.peeringType == type;
}

// "Microsoft peering of circuit 'ER London'"
std::string describePeering(const Node &circuit, const Peering &peering)
{
    return peeringName(peering) + " of circuit " + quoted(circuit);
}

struct LinkSubnet
{
    const char *role; // "primary", "secondary"
    const std::optional<std::string> &text;
};

// PEERING-001 [§3.2 ROUTE; CFGPEER]: each link is a /30 (IPv4) or /126 (IPv6).
void checkLinkSubnetSize(const RuleContext &c, FindingSink &sink)
{
    forEachPeering(c, [&](const Node &circuit, const Peering &peering) {
        for (const LinkSubnet subnet :
             {LinkSubnet{"primary", peering.primaryPeerAddressPrefix},
              LinkSubnet{"secondary", peering.secondaryPeerAddressPrefix}}) {
            if (!subnet.text || subnet.text->empty())
                continue; // LAYER-002 asks for it where the customer sets it
            const auto what = [&] {
                return "The " + std::string(subnet.role) + " link subnet " + quoted(*subnet.text)
                       + " of " + describePeering(circuit, peering);
            };
            std::string error;
            const auto cidr = Cidr::parse(*subnet.text, &error);
            if (!cidr) {
                sink.report({circuit.id}, what() + " is not a valid prefix: " + error,
                            "Write a /30 such as 192.168.10.16/30 (IPv6: a /126)");
            } else if (!cidr->isPeeringLinkSize()) {
                std::string fix = "Use a /30 for each link (IPv6: a /126)";
                if (const auto halves = cidr->hostBits() == 3 ? cidr->normalized().halves()
                                                              : std::nullopt) {
                    fix = "Split it: " + halves->first.toString() + " for the primary link and "
                          + halves->second.toString() + " for the secondary";
                }
                sink.report({circuit.id},
                            what() + " is a /" + std::to_string(cidr->prefixLength)
                                + "; each link of a peering takes its own "
                                + (cidr->isIpv4() ? "/30" : "/126"),
                            fix);
            } else if (cidr->hostBitsSet()) {
                const std::string subnetText = cidr->normalized().toString();
                sink.report({circuit.id},
                            what() + " has host bits set: the subnet is " + subnetText,
                            "Write it as " + subnetText
                                + " (your router takes the first address, Microsoft the second)");
            }
        }
    });
}

// PEERING-002 [§3.2 ROUTE; §6.1 GRCFG]: link subnets are unique and outside the VNets.
void checkLinkSubnetOverlaps(const RuleContext &c, FindingSink &sink)
{
    const std::vector<AddressEntry> entries = collectAddresses(c.index,
                                                               {AddressUse::LinkSubnet,
                                                                AddressUse::GlobalReachSubnet,
                                                                AddressUse::VnetSpace});
    for (auto [a, b] : overlappingPairs(entries)) {
        if (b->use == AddressUse::LinkSubnet)
            std::swap(a, b);
        if (a->use != AddressUse::LinkSubnet)
            continue; // VNet against VNet is ADDR-002; Global Reach against a VNet is GR-001
        std::vector<std::string> ids{a->elementId()};
        if (b->elementId() != a->elementId())
            ids.push_back(b->elementId());
        std::string fix = "Give every peering link its own /30 (IPv6: /126)";
        if (b->use == AddressUse::VnetSpace)
            fix = "Choose link subnets outside every VNet's address space: Microsoft's edge "
                  "routers use them";
        else if (b->use == AddressUse::GlobalReachSubnet)
            fix = "Use a Global Reach /29 that no peering link uses, or move the link subnet";
        sink.report(ids, capitalized(a->label(c.index)) + " overlaps " + b->label(c.index), fix);
    }
}

// PEERING-003 [§3.3 CFGPEER]: one VLAN per peering. The 1-4094 range is IEEE 802.1Q's; the facts
// give no Azure-specific range (UNCONFIRMED).
void checkVlans(const RuleContext &c, FindingSink &sink)
{
    for (const Node *circuit : c.index.nodesOfKind(NodeKind::Circuit)) {
        const auto &peerings = circuit->circuit()->peerings;
        if (!peerings)
            continue;
        std::map<std::int64_t, const Peering *> used;
        for (const Peering &peering : *peerings) {
            if (!peering.vlanId)
                continue;
            const std::int64_t vlan = *peering.vlanId;
            if (!vlanIdRange.contains(vlan)) {
                sink.report({circuit->id},
                            capitalized(describePeering(*circuit, peering)) + " uses VLAN "
                                + std::to_string(vlan) + ", outside " + vlanIdRange.text()
                                + ", the IEEE 802.1Q range (" + perDocumentation(c.catalogue)
                                + ", Azure states no range of its own)",
                            "Choose a VLAN ID from " + std::to_string(vlanIdRange.min) + " to "
                                + std::to_string(vlanIdRange.max)
                                + " that no other peering of the circuit uses");
                continue;
            }
            const auto [it, fresh] = used.emplace(vlan, &peering);
            if (fresh)
                continue;
            sink.report({circuit->id},
                        capitalized(describePeering(*circuit, *it->second)) + " and "
                            + peeringName(peering) + " both use VLAN " + std::to_string(vlan),
                        "Give each peering of the circuit its own VLAN ID (both links of one "
                        "peering share it)");
        }
    }
}

// Microsoft uses AS 12076 for Azure private and Microsoft peering [ROUTE] (facts §2.7).
constexpr std::int64_t microsoftAsn = 12076;

// PEERING-004 and PEERING-005 [§2.7, §3.4 ROUTE; CFGPEER; VPNBGP]
void checkReservedAsn(const RuleContext &c, FindingSink &sink, bool azureReserved)
{
    forEachPeering(c, [&](const Node &circuit, const Peering &peering) {
        if (!peering.peerASN)
            return;
        const std::int64_t asn = *peering.peerASN;
        if (azureReserved && c.catalogue.isAzureReservedAsn(asn)) {
            sink.report({circuit.id},
                        "Peer ASN " + std::to_string(asn) + " of "
                            + describePeering(circuit, peering)
                            + " is reserved by Azure (65515-65520) and is refused",
                        "Use your own public ASN, or a private ASN outside 65515-65520 (e.g. "
                        "65010)");
        } else if (!azureReserved && asn == microsoftAsn) {
            // Microsoft's own AS on the MSEE side of every peering [ROUTE]: the session cannot
            // come up with it on the customer's side too.
            sink.report(Severity::Error, {circuit.id},
                        "Peer ASN 12076 of " + describePeering(circuit, peering)
                            + " is Microsoft's own AS, which the MSEE routers use on the other "
                              "side of this peering",
                        "Use your own public ASN, or a private ASN from 64512-65514 or "
                        "65521-65534");
        } else if (!azureReserved && c.catalogue.isOtherReservedAsn(asn)) {
            sink.report({circuit.id},
                        "Peer ASN " + std::to_string(asn) + " of "
                            + describePeering(circuit, peering)
                            + " is a reserved AS number (RFC 7607, IANA-reserved, "
                              "documentation, or one of Microsoft's own: 8074, 8075, 12076)",
                        "Use your own public ASN, or a private ASN from 64512-65514 or "
                        "65521-65534");
        }
    });
}

void checkAzureReservedAsn(const RuleContext &c, FindingSink &sink)
{
    checkReservedAsn(c, sink, true);
}

void checkOtherReservedAsn(const RuleContext &c, FindingSink &sink)
{
    checkReservedAsn(c, sink, false);
}

// PEERING-006 [§3.1 PEER; §3.2, §3.6 ROUTE; FAQ]: Microsoft peering uses registered public IPs.
void checkMicrosoftPeeringPublic(const RuleContext &c, FindingSink &sink)
{
    forEachPeering(c, [&](const Node &circuit, const Peering &peering) {
        if (!isType(peering, "MicrosoftPeering"))
            return;
        std::vector<std::string> problems;
        const auto inspect = [&](const std::string &text, const std::string &role) {
            const auto cidr = Cidr::parse(text);
            if (!cidr || cidr->isDefaultRoute() || cidr->isPubliclyRoutable())
                return; // malformed: PEERING-001 / ADDR-003; default route: PEERING-012
            problems.push_back(text + " (" + role + ") " + cidr->nonPublicReason());
        };
        if (peering.primaryPeerAddressPrefix)
            inspect(*peering.primaryPeerAddressPrefix, "primary link subnet");
        if (peering.secondaryPeerAddressPrefix)
            inspect(*peering.secondaryPeerAddressPrefix, "secondary link subnet");
        for (const std::string &prefix : peering.advertisedPrefixes.value_or(StringList{}))
            inspect(prefix, "advertised");
        if (problems.empty())
            return;
        sink.report({circuit.id},
                    capitalized(describePeering(circuit, peering))
                        + " needs public addresses registered to you, but " + joinList(problems),
                    "Use public addresses registered to you (or your provider) in a routing "
                    "registry, and NAT on-premises clients to a public pool you advertise");
    });
}

// PEERING-007 [§3.4 ROUTE 2026]
void checkMicrosoftPeeringPrivateAsn(const RuleContext &c, FindingSink &sink)
{
    forEachPeering(c, [&](const Node &circuit, const Peering &peering) {
        if (!isType(peering, "MicrosoftPeering") || !peering.peerASN)
            return;
        const std::int64_t asn = *peering.peerASN;
        if (!c.catalogue.isPrivateAsn(asn) || c.catalogue.isAzureReservedAsn(asn))
            return;
        sink.report({circuit.id},
                    capitalized(describePeering(circuit, peering)) + " uses private peer ASN "
                        + std::to_string(asn)
                        + ": Microsoft validates it manually and strips private ASNs from the "
                          "AS path, so AS-path prepending with it has no effect",
                    "Use your public ASN for Microsoft peering, or plan for manual validation "
                    "(a support request proving ownership of the advertised prefixes)");
    });
}

// PEERING-008 [§3.6 RF; FAQ]
void checkRouteFilterPresent(const RuleContext &c, FindingSink &sink)
{
    forEachPeering(c, [&](const Node &circuit, const Peering &peering) {
        if (!isType(peering, "MicrosoftPeering")
            || (peering.routeFilter && !peering.routeFilter->empty()))
            return;
        sink.report({circuit.id},
                    capitalized(describePeering(circuit, peering))
                        + " has no route filter: Microsoft advertises no prefixes over it",
                    "Attach a route filter that admits the services you need (e.g. Dynamics365, "
                    "AzurePaaS or a regional community such as 12076:51024)");
    });
}

// PEERING-009 [§3.6 RF; M365]
void checkMicrosoft365Filter(const RuleContext &c, FindingSink &sink)
{
    forEachPeering(c, [&](const Node &circuit, const Peering &peering) {
        if (!isType(peering, "MicrosoftPeering"))
            return;
        const std::vector<std::string> entries = microsoft365Entries(c.catalogue, peering);
        if (entries.empty())
            return;
        sink.report({circuit.id},
                    "The route filter of " + describePeering(circuit, peering)
                        + " admits Microsoft 365 (" + joinList(entries)
                        + "): attaching it fails without Microsoft's authorization, and "
                          "Microsoft does not recommend ExpressRoute for Microsoft 365",
                    "Reach Microsoft 365 over the internet, or obtain Microsoft's authorization "
                    "for the subscription before attaching the filter");
    });
}

// PEERING-010 [§3.1 FAQ; ROUTE]
void checkPublicPeering(const RuleContext &c, FindingSink &sink)
{
    forEachPeering(c, [&](const Node &circuit, const Peering &peering) {
        if (!isType(peering, "AzurePublicPeering"))
            return;
        sink.report({circuit.id},
                    "Circuit " + quoted(circuit)
                        + " has Azure public peering, which is retired "
                          "and not available on circuits",
                    "Replace it with Microsoft peering and a route filter admitting the Azure "
                    "services you need");
    });
}

// PEERING-011 [§3.1 PEER]: a circuit has at most one peering of each type.
void checkDuplicatePeerings(const RuleContext &c, FindingSink &sink)
{
    for (const Node *circuit : c.index.nodesOfKind(NodeKind::Circuit)) {
        std::map<std::string, int> counts;
        for (const Peering &peering :
             circuit->circuit()->peerings.value_or(std::vector<Peering>{})) {
            if (peering.peeringType && ++counts[*peering.peeringType] == 2) {
                sink.report({circuit->id},
                            "Circuit " + quoted(*circuit) + " has more than one "
                                + peeringName(peering),
                            "Keep one " + peeringName(peering)
                                + " per circuit: merge the settings into it");
            }
        }
    }
}

bool isDefaultRoute(const std::string &text)
{
    const auto cidr = Cidr::parse(text);
    return cidr && cidr->isDefaultRoute();
}

std::vector<std::string> defaultRoutes(const StringList &prefixes)
{
    std::vector<std::string> found;
    for (const std::string &text : prefixes) {
        if (isDefaultRoute(text))
            found.push_back(text);
    }
    return found;
}

std::vector<std::string> defaultRoutes(const std::vector<const std::string *> &prefixes)
{
    std::vector<std::string> found;
    for (const std::string *text : prefixes) {
        if (isDefaultRoute(*text))
            found.push_back(*text);
    }
    return found;
}

// PEERING-012 [§2.5 ROUTE]: a default route is accepted on private peering only.
void checkMicrosoftDefaultRoute(const RuleContext &c, FindingSink &sink)
{
    forEachPeering(c, [&](const Node &circuit, const Peering &peering) {
        if (!isType(peering, "MicrosoftPeering"))
            return;
        const auto routes = defaultRoutes(peering.advertisedPrefixes.value_or(StringList{}));
        if (routes.empty())
            return;
        sink.report({circuit.id},
                    capitalized(describePeering(circuit, peering)) + " advertises the default route "
                        + joinList(routes) + ", which Microsoft accepts only on private peering",
                    "Advertise only your registered public prefixes over Microsoft peering");
    });
}

// PEERING-013 [§7.1 FAQ; ROUTE]
void checkPrivateDefaultRoute(const RuleContext &c, FindingSink &sink)
{
    forEachPeering(c, [&](const Node &circuit, const Peering &peering) {
        if (!isType(peering, "AzurePrivatePeering"))
            return;
        const AdvertisedPrefixes advertised = privatePeeringPrefixes(c.index, circuit, peering);
        const auto routes = defaultRoutes(advertised.prefixes);
        if (routes.empty())
            return;
        std::vector<std::string> ids{circuit.id};
        for (const Node *site : advertised.sites) {
            if (!defaultRoutes(site->site()->addressPrefixes.value_or(StringList{})).empty())
                ids.push_back(site->id);
        }
        sink.report(ids,
                    capitalized(describePeering(circuit, peering))
                        + " advertises the default route " + joinList(routes)
                        + (ids.size() > 1 ? " (from the address prefixes of the sites)" : "")
                        + ": every connected VNet then sends its internet traffic on-premises, "
                          "and Windows activation (KMS) and Microsoft-peering services break "
                          "without workarounds",
                    "Advertise only your on-premises prefixes, unless forced tunnelling through "
                    "an on-premises firewall is intended");
    });
}

} // namespace

void registerPeeringRules(RuleRegistry &registry)
{
    const auto add = [&](const char *id, Severity severity, const char *summary, const char *facts,
                         const std::string &reference,
                         std::function<void(const RuleContext &, FindingSink &)> check) {
        registry.add({id, severity, summary, facts, reference, false, std::move(check)});
    };
    add("PEERING-001", Severity::Error, "A link subnet is not a /30 (IPv6 /126)",
        "§3.2 [ROUTE; CFGPEER]", routingReference, checkLinkSubnetSize);
    add("PEERING-002", Severity::Error,
        "Link subnets overlap each other, a Global Reach subnet or a VNet",
        "§3.2 [ROUTE], §6.1 [GRCFG]", routingReference, checkLinkSubnetOverlaps);
    add("PEERING-003", Severity::Error, "VLAN ID out of range or shared by two peerings",
        "§3.3 [CFGPEER]", configureReference, checkVlans);
    add("PEERING-004", Severity::Error, "Peer ASN reserved by Azure (65515-65520)",
        "§2.7, §3.4 [ROUTE; CFGPEER]", configureReference, checkAzureReservedAsn);
    add("PEERING-005", Severity::Warning, "Peer ASN is another reserved number", "§3.4 [VPNBGP]",
        routingReference, checkOtherReservedAsn);
    add("PEERING-006", Severity::Error, "Microsoft peering with non-public addresses",
        "§3.1 [PEER], §3.2, §3.6 [ROUTE; FAQ]", routingReference, checkMicrosoftPeeringPublic);
    add("PEERING-007", Severity::Warning, "Microsoft peering with a private peer ASN",
        "§3.4 [ROUTE]", routingReference, checkMicrosoftPeeringPrivateAsn);
    add("PEERING-008", Severity::Warning, "Microsoft peering without a route filter",
        "§3.6 [RF; FAQ]", routeFilterReference, checkRouteFilterPresent);
    add("PEERING-009", Severity::Warning, "Route filter admits Microsoft 365", "§3.6 [RF; M365]",
        m365Reference, checkMicrosoft365Filter);
    add("PEERING-010", Severity::Error, "Azure public peering is retired", "§3.1 [FAQ; ROUTE]",
        peeringsReference, checkPublicPeering);
    add("PEERING-011", Severity::Error, "Two peerings of the same type on one circuit",
        "§3.1 [PEER]", peeringsReference, checkDuplicatePeerings);
    add("PEERING-012", Severity::Error, "Default route advertised over Microsoft peering",
        "§2.5 [ROUTE]", routingReference, checkMicrosoftDefaultRoute);
    add("PEERING-013", Severity::Warning, "Default route over private peering", "§7.1 [FAQ; ROUTE]",
        routingReference, checkPrivateDefaultRoute);
}

} // namespace Er
