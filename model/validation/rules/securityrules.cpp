#include "model/validation/rules/securityrules.h"

#include "model/analysis/ipsecprecedence.h"
#include "model/catalogue/catalogue.h"
#include "model/core/topologyindex.h"
#include "model/validation/ruleregistry.h"
#include "model/validation/rules/circuitlookup.h"
#include "model/validation/rules/rulehelpers.h"
#include "model/validation/rules/sitecircuits.h"

#include <algorithm>
#include <unordered_set>

namespace Er {

namespace {

const std::string encryptionReference = std::string(learnBase) + "expressroute-about-encryption";
const std::string scalableReference = std::string(learnBase) + "scalable-gateway";
const std::string routingReference = std::string(learnBase) + "expressroute-routing";

bool isIpsecOverExpressRoute(const Link &vpn)
{
    return vpn.overExpressRoute.value_or(false);
}

// MACsec encrypts every circuit on an ExpressRoute Direct port [§9; ENC].
bool hasMacsec(const CircuitFields &circuit)
{
    return circuit.isDirect() && circuit.expressRouteDirect->macsec.value_or(false);
}

// The IPsec-over-ExpressRoute links from a site or its customer edges.
std::vector<const Link *> ipsecLinks(const RuleContext &c, const Node &site)
{
    std::vector<const Link *> links;
    const auto addFrom = [&](const Node &edge) {
        for (const Link *vpn : c.index.outgoing(edge, LinkKind::Vpn)) {
            if (isIpsecOverExpressRoute(*vpn))
                links.push_back(vpn);
        }
    };
    addFrom(site);
    for (const Link *lan : c.index.outgoing(site, LinkKind::Lan)) {
        if (const Node *edge = c.index.to(*lan))
            addFrom(*edge);
    }
    return links;
}

// The VNets the site reaches with IPsec over ExpressRoute.
std::unordered_set<const Node *> ipsecVnets(const RuleContext &c, const Node &site)
{
    std::unordered_set<const Node *> vnets;
    for (const Link *vpn : ipsecLinks(c, site))
        vnets.insert(c.index.to(*vpn));
    return vnets;
}

// SEC-001 [§9; ENC 03/15/2023, S2SPP 07/28/2023]
void checkEncryptionRequired(const RuleContext &c, FindingSink &sink)
{
    const SiteCircuits &reach = c.siteCircuits();
    for (const Node *site : c.index.nodesOfKind(NodeKind::Site)) {
        const auto &requirements = site->site()->requirements;
        if (!requirements || !requirements->encryptionRequired.value_or(false))
            continue;
        const std::unordered_set<const Node *> encryptedVnets = ipsecVnets(c, *site);
        std::vector<std::string> elements{site->id};
        std::string names;
        for (const Node *circuit : reach.circuitsOf(*site)) {
            if (hasMacsec(*circuit->circuit()))
                continue;
            // IPsec covers the circuit when every VNet it connects to is reached over IPsec.
            const TopologyIndex::Links connections = c.index.outgoing(*circuit,
                                                                      LinkKind::Connection);
            const bool allIpsec = !connections.empty()
                                  && std::all_of(connections.begin(), connections.end(),
                                                 [&](const Link *connection) {
                                                     return encryptedVnets.count(
                                                         c.index.to(*connection));
                                                 });
            if (allIpsec)
                continue;
            elements.push_back(circuit->id);
            names += (names.empty() ? "" : ", ") + quoted(*circuit);
        }
        if (elements.size() == 1)
            continue;
        sink.report(elements,
                    "Site " + quoted(*site) + " requires encryption, but its traffic over circuit"
                        + (elements.size() > 2 ? "s " : " ") + names
                        + " has neither MACsec nor IPsec: ExpressRoute is not encrypted by "
                          "default",
                    "Use ExpressRoute Direct with MACsec, or run IPsec over private peering: a "
                    "vpn link with overExpressRoute to a VPN gateway (an AZ SKU) in each VNet, "
                    "with the VPN advertising more specific prefixes than ExpressRoute");
    }
}

// SEC-002 [§4.3, §9; SCALE 11/06/2025]
void checkIpsecGatewaySku(const RuleContext &c, FindingSink &sink)
{
    for (const Link *vpn : c.index.linksOfKind(LinkKind::Vpn)) {
        const Node *vnet = c.index.to(*vpn);
        if (!isIpsecOverExpressRoute(*vpn) || !vnet || !vnet->virtualNetwork())
            continue;
        const auto &gateway = vnet->virtualNetwork()->expressRouteGateway;
        const GatewaySkuInfo *sku = gateway && gateway->sku
                                        ? c.catalogue.expressRouteGatewaySku(*gateway->sku)
                                        : nullptr;
        if (!sku || sku->ipsecOverExpressRoute)
            continue;
        std::string alternatives;
        for (const GatewaySkuInfo &other : c.catalogue.expressRouteGatewaySkus()) {
            if (other.ipsecOverExpressRoute && other.zoneRedundant)
                alternatives += (alternatives.empty() ? "" : ", ") + other.name;
        }
        sink.report({vpn->id, vnet->id},
                    "VPN " + quoted(vpn->id) + " runs IPsec over ExpressRoute into VNet "
                        + quoted(*vnet) + ", whose ExpressRoute gateway is " + sku->name
                        + ", which does not support IPsec over ExpressRoute",
                    "Use another ExpressRoute gateway SKU (" + alternatives
                        + ") in this VNet, or encrypt with MACsec on ExpressRoute Direct");
    }
}

std::string peeringName(const Peering &peering)
{
    if (peering.peeringType == "AzurePrivatePeering")
        return "private peering";
    if (peering.peeringType == "MicrosoftPeering")
        return "Microsoft peering";
    return peering.peeringType ? *peering.peeringType : std::string("a peering");
}

// SEC-003 [§2.7, §3.5; ROUTE 03/12/2026: MD5 is optional]
void checkMd5(const RuleContext &c, FindingSink &sink)
{
    for (const Node *circuit : c.index.nodesOfKind(NodeKind::Circuit)) {
        const auto &peerings = circuit->circuit()->peerings;
        // Managed Layer 3: the provider's sessions, advised by LAYER-005 [CFGPEER] (facts §1.2).
        if (!peerings || isManagedLayer3(c.index, *circuit))
            continue;
        for (const Peering &peering : *peerings) {
            // Public peering is retired (PEERING-010): advice on it would be noise.
            if (peering.md5.value_or(false) || peering.peeringType == "AzurePublicPeering")
                continue;
            sink.report({circuit->id},
                        "BGP MD5 authentication is not configured on " + peeringName(peering)
                            + " of circuit " + quoted(*circuit),
                        "Configure an MD5 key on both BGP sessions of the peering; the key itself "
                        "is never stored in the design");
        }
    }
}

// SEC-004 [§9; S2SPP 07/28/2023]
void checkIpsecVpnSku(const RuleContext &c, FindingSink &sink)
{
    for (const Link &link : c.topology.links()) {
        if (link.kind != LinkKind::Vpn || !isIpsecOverExpressRoute(link))
            continue;
        const Node *vnet = c.index.to(link);
        const auto &gateway = vnet && vnet->virtualNetwork() ? vnet->virtualNetwork()->vpnGateway
                                                             : std::nullopt;
        const VpnSkuInfo *sku = gateway && gateway->sku ? c.catalogue.vpnSku(*gateway->sku)
                                                        : nullptr;
        if (!sku || sku->zoneRedundant)
            continue;
        sink.report({link.id, vnet->id},
                    "IPsec over ExpressRoute (" + quoted(link.id) + ") ends at the " + sku->name
                        + " VPN gateway of VNet " + quoted(*vnet)
                        + ": a site-to-site VPN over private peering needs an AZ SKU (VpnGw1AZ to "
                          "VpnGw5AZ) with a Standard public IP",
                    "Use a VpnGw1AZ to VpnGw5AZ gateway with a Standard public IP");
    }
}

// SEC-005 [§9; S2SPP 07/28/2023]
void checkIpsecPrecedence(const RuleContext &c, FindingSink &sink)
{
    const SiteCircuits &reach = c.siteCircuits();
    for (const Node *site : c.index.nodesOfKind(NodeKind::Site)) {
        const auto &requirements = site->site()->requirements;
        if (!requirements || !requirements->encryptionRequired.value_or(false))
            continue;
        const std::vector<std::string> announced = expressRoutePrefixes(*site,
                                                                        reach.circuitsOf(*site));
        for (const Link *vpn : ipsecLinks(c, *site)) {
            if (ipsecTakesPrecedence(*vpn, announced))
                continue;
            sink.report({site->id, vpn->id},
                        "Site " + quoted(*site) + " requires encryption, but its IPsec tunnel "
                            + quoted(vpn->id)
                            + " over ExpressRoute announces no prefixes more specific than (or "
                              "apart from) those ExpressRoute announces: Azure then uses the "
                              "ExpressRoute path directly, without the tunnel's protection",
                        "Announce more specific prefixes over the tunnel (e.g. 10.1.1.0/24 over "
                        "the VPN when ExpressRoute announces 10.1.0.0/16), or prefixes that "
                        "ExpressRoute does not announce (advertisedPrefixes on the vpn link)");
        }
    }
}

} // namespace

void registerSecurityRules(RuleRegistry &registry)
{
    registry.add({"SEC-001", Severity::Warning,
                  "Encryption required but the ExpressRoute paths have neither MACsec nor IPsec",
                  "§9", encryptionReference, false, checkEncryptionRequired});
    registry.add({"SEC-002", Severity::Error,
                  "IPsec over ExpressRoute into a VNet whose gateway is ErGwScale", "§4.3, §9",
                  scalableReference, false, checkIpsecGatewaySku});
    registry.add({"SEC-003", Severity::Info, "BGP MD5 not configured on a peering", "§3.5",
                  routingReference, false, checkMd5});
    registry.add({"SEC-004", Severity::Error,
                  "IPsec over ExpressRoute to a VPN gateway that is not an AZ SKU", "§9",
                  "https://learn.microsoft.com/azure/vpn-gateway/site-to-site-vpn-private-peering",
                  false, checkIpsecVpnSku});
    registry.add({"SEC-005", Severity::Warning,
                  "IPsec over ExpressRoute does not take precedence over ExpressRoute's routes",
                  "§9",
                  "https://learn.microsoft.com/azure/vpn-gateway/site-to-site-vpn-private-peering",
                  false, checkIpsecPrecedence});
}

} // namespace Er
