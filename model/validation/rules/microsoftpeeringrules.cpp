#include "model/validation/rules/microsoftpeeringrules.h"

#include "model/catalogue/catalogue.h"
#include "model/core/topologyindex.h"
#include "model/net/cidr.h"
#include "model/validation/ruleregistry.h"
#include "model/validation/rules/addressuses.h"
#include "model/validation/rules/circuitlookup.h"
#include "model/validation/rules/rulehelpers.h"

#include <functional>
#include <utility>

namespace Er {

namespace {

const std::string routingReference = std::string(learnBase) + "expressroute-routing";
const std::string asymmetricReference = std::string(learnBase) + "expressroute-asymmetric-routing";
const std::string natReference = std::string(learnBase) + "expressroute-nat";
const std::string configureReference = std::string(learnBase)
                                       + "expressroute-howto-routing-portal-resource-manager";

// A circuit's peerings, read in place (pointers to them stay valid while the design lives).
const std::vector<Peering> &peeringsOf(const Node &circuit)
{
    static const std::vector<Peering> none;
    const auto &peerings = circuit.circuit()->peerings;
    return peerings ? *peerings : none;
}

bool isMicrosoftPeering(const Peering &peering)
{
    return peering.peeringType && *peering.peeringType == "MicrosoftPeering";
}

// "Microsoft peering of circuit 'ER London'"
std::string describePeering(const Node &circuit, const Peering &peering)
{
    return peeringName(peering) + " of circuit " + quoted(circuit);
}

// One public prefix: advertised over a circuit's Microsoft peering, or announced to the internet
// by a site.
struct PublicPrefix
{
    Cidr cidr;
    const Node *owner = nullptr;      // the circuit, or the site
    const Peering *peering = nullptr; // the circuit's Microsoft peering; nullptr for a site's
};

// Where a prefix advertised over Microsoft peering is also announced to the internet: the
// overlapping pairs, split by which side is more specific. Sorting and one sweep (findOverlaps),
// so a design with many sites stays cheap.
struct InternetOverlaps
{
    // The internet announcement is as specific as ExpressRoute's or more: Microsoft's return
    // traffic follows the other path than the request for some flows.
    std::vector<std::pair<const PublicPrefix *, const PublicPrefix *>> asymmetric;
    // ExpressRoute's prefix is more specific than the internet announcement: Microsoft's
    // documented fallback when a range apart from the internet is impossible.
    std::vector<std::pair<const PublicPrefix *, const PublicPrefix *>> moreSpecific;
};

std::vector<PublicPrefix> publicPrefixes(const RuleContext &c)
{
    std::vector<PublicPrefix> prefixes;
    const auto add = [&](const std::string &text, const Node &owner, const Peering *peering) {
        const auto cidr = Cidr::parse(text);
        // Malformed: ADDR-003; non-public or a default route: PEERING-006 / PEERING-012.
        if (cidr && !cidr->isDefaultRoute() && cidr->isPubliclyRoutable())
            prefixes.push_back({cidr->normalized(), &owner, peering});
    };
    for (const Node *circuit : c.index.nodesOfKind(NodeKind::Circuit)) {
        for (const Peering &peering : peeringsOf(*circuit)) {
            if (!isMicrosoftPeering(peering))
                continue;
            for (const std::string &text : peering.advertisedPrefixes.value_or(StringList{}))
                add(text, *circuit, &peering);
        }
    }
    for (const Node *site : c.index.nodesOfKind(NodeKind::Site)) {
        for (const std::string &text :
             site->site()->internetAdvertisedPrefixes.value_or(StringList{})) {
            add(text, *site, nullptr);
        }
    }
    return prefixes;
}

InternetOverlaps internetOverlaps(const std::vector<PublicPrefix> &prefixes)
{
    std::vector<Cidr> cidrs;
    cidrs.reserve(prefixes.size());
    for (const PublicPrefix &prefix : prefixes)
        cidrs.push_back(prefix.cidr);
    InternetOverlaps result;
    for (auto [i, j] : findOverlaps(cidrs)) {
        const PublicPrefix *expressRoute = &prefixes[i];
        const PublicPrefix *internet = &prefixes[j];
        if ((expressRoute->peering == nullptr) == (internet->peering == nullptr))
            continue; // two of the same side: not this rule's business
        if (!expressRoute->peering)
            std::swap(expressRoute, internet);
        if (expressRoute->cidr.prefixLength > internet->cidr.prefixLength)
            result.moreSpecific.emplace_back(expressRoute, internet);
        else
            result.asymmetric.emplace_back(expressRoute, internet);
    }
    return result;
}

// PEERING-016 [§3.6 ROUTE; NAT; ASYM]
void checkInternetAnnouncedPool(const RuleContext &c, FindingSink &sink)
{
    const std::vector<PublicPrefix> prefixes = publicPrefixes(c);
    const InternetOverlaps overlaps = internetOverlaps(prefixes);
    for (const auto &[expressRoute, internet] : overlaps.asymmetric) {
        const bool same = expressRoute->cidr == internet->cidr;
        const std::string erText = expressRoute->cidr.toString();
        const std::string netText = internet->cidr.toString();
        std::string message = capitalized(
                                  describePeering(*expressRoute->owner, *expressRoute->peering))
                              + " advertises " + erText + ", and site " + quoted(*internet->owner)
                              + " announces " + (same ? "the same prefix" : netText)
                              + " to the internet: ";
        if (same) {
            message += "Microsoft prefers ExpressRoute for the same prefix, so replies to "
                       "traffic that went out over the internet come back over ExpressRoute";
        } else {
            message += "the longer internet prefix wins at Microsoft, so replies to traffic "
                       "that went out over ExpressRoute from "
                       + netText + " come back over the internet";
        }
        message += "; a stateful firewall drops such asymmetric flows, and a NAT pool advertised "
                   "over ExpressRoute that is also on the internet breaks connectivity to other "
                   "Microsoft services";
        sink.report({expressRoute->owner->id, internet->owner->id}, message,
                    "Advertise over Microsoft peering a NAT pool that is not announced to the "
                    "internet at all; if that is impossible, advertise a more specific range over "
                    "ExpressRoute than over the internet");
    }
}

// PEERING-017 [§3.6 ROUTE; ASYM]
void checkMoreSpecificOverExpressRoute(const RuleContext &c, FindingSink &sink)
{
    const std::vector<PublicPrefix> prefixes = publicPrefixes(c);
    const InternetOverlaps overlaps = internetOverlaps(prefixes);
    for (const auto &[expressRoute, internet] : overlaps.moreSpecific) {
        sink.report({expressRoute->owner->id, internet->owner->id},
                    capitalized(describePeering(*expressRoute->owner, *expressRoute->peering))
                        + " advertises " + expressRoute->cidr.toString() + ", inside the "
                        + internet->cidr.toString() + " that site " + quoted(*internet->owner)
                        + " announces to the internet: the more specific prefix keeps "
                          "Microsoft's replies on ExpressRoute, which Microsoft accepts only "
                          "when a range apart from the internet is impossible",
                    "Prefer a NAT pool for Microsoft peering that is not announced to the "
                    "internet; meanwhile do not NAT traffic to services reached over the internet "
                    "to "
                        + expressRoute->cidr.toString()
                        + ", or its replies return over ExpressRoute");
    }
}

// PEERING-018 [§3.4 CFGPEER; PEER]: the customer ASN is the public AS the prefixes are registered
// to.
void checkCustomerAsn(const RuleContext &c, FindingSink &sink)
{
    for (const Node *circuit : c.index.nodesOfKind(NodeKind::Circuit)) {
        for (const Peering &peering : peeringsOf(*circuit)) {
            if (!isMicrosoftPeering(peering) || !peering.customerASN)
                continue;
            const std::int64_t asn = *peering.customerASN;
            std::string what;
            if (c.catalogue.isAzureReservedAsn(asn))
                what = "reserved by Azure (65515-65520)";
            else if (c.catalogue.isPrivateAsn(asn))
                what = "a private AS number";
            else if (c.catalogue.isOtherReservedAsn(asn))
                what = "a reserved AS number";
            else
                continue;
            sink.report({circuit->id},
                        "Customer ASN " + std::to_string(asn) + " of "
                            + describePeering(*circuit, peering) + " is " + what
                            + ": the customer ASN names the public AS the advertised prefixes "
                              "are registered to, and must be public",
                        "Set the customer ASN to the public AS number the prefixes are "
                        "registered to, or leave it empty when that is the peer ASN");
        }
    }
}

// PEERING-019 [§3.2, §3.6 ROUTE; NAT]: Microsoft validates the advertised prefixes against the
// routing registries.
void checkPrefixValidation(const RuleContext &c, FindingSink &sink)
{
    for (const Node *circuit : c.index.nodesOfKind(NodeKind::Circuit)) {
        for (const Peering &peering : peeringsOf(*circuit)) {
            if (!isMicrosoftPeering(peering)
                || peering.advertisedPublicPrefixesState.value_or("") == "Configured") {
                continue;
            }
            std::vector<std::string> listed;
            for (const std::string &text : peering.advertisedPrefixes.value_or(StringList{})) {
                const auto cidr = Cidr::parse(text);
                if (cidr && !cidr->isDefaultRoute() && cidr->isPubliclyRoutable())
                    listed.push_back(text);
            }
            if (listed.empty())
                continue; // nothing public to validate (PEERING-006 names non-public prefixes)
            std::string as = "its AS";
            if (peering.customerASN)
                as = "AS " + std::to_string(*peering.customerASN);
            else if (peering.peerASN)
                as = "AS " + std::to_string(*peering.peerASN);
            const std::string state = peering.advertisedPublicPrefixesState
                                          ? " (Azure reports "
                                                + quoted(*peering.advertisedPublicPrefixesState)
                                                + ")"
                                          : std::string();
            sink.report({circuit->id},
                        "Microsoft checks that the prefixes " + joinList(listed)
                            + " advertised over " + describePeering(*circuit, peering) + " and " + as
                            + " are registered to you in a routing registry (ARIN, APNIC, "
                              "AFRINIC, LACNIC, RIPE NCC, RADB or ALTDB); otherwise a support "
                              "request with proof such as a Letter of Authorization validates "
                              "them by hand"
                            + state,
                        "Register the prefixes and the AS in a routing registry before the "
                        "peering is configured, or open the validation request early; mark the "
                        "prefixes' state Configured in the design once Azure shows it");
        }
    }
}

} // namespace

void registerMicrosoftPeeringRules(RuleRegistry &registry)
{
    const auto add = [&](const char *id, Severity severity, const char *summary, const char *facts,
                         const std::string &reference,
                         std::function<void(const RuleContext &, FindingSink &)> check) {
        registry.add({id, severity, summary, facts, reference, false, std::move(check)});
    };
    add("PEERING-016", Severity::Warning,
        "A prefix advertised over Microsoft peering is also announced to the internet",
        "§3.6 [ROUTE; NAT; ASYM]", routingReference, checkInternetAnnouncedPool);
    add("PEERING-017", Severity::Info,
        "Microsoft peering advertises a more specific part of an internet announcement",
        "§3.6 [ROUTE; ASYM]", asymmetricReference, checkMoreSpecificOverExpressRoute);
    add("PEERING-018", Severity::Error, "Microsoft peering with a private or reserved customer ASN",
        "§3.4 [CFGPEER; PEER]", configureReference, checkCustomerAsn);
    add("PEERING-019", Severity::Info,
        "Microsoft validates the advertised public prefixes against routing registries",
        "§3.2, §3.6 [ROUTE; NAT]", natReference, checkPrefixValidation);
}

} // namespace Er
