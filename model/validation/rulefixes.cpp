#include "model/validation/rulefixes.h"

#include <algorithm>
#include <iterator>
#include <utility>

namespace Er {

namespace {

// One entry per rule id of docs/spec/rules.md, in the catalogue's order.
constexpr std::pair<std::string_view, std::string_view> fixes[] = {
    {"TOPO-001",
     "Connect a provider edge (or, for ExpressRoute Direct, a customer edge) to the circuit with a "
     "primary and a secondary circuitPort link."},
    {"TOPO-002",
     "Give the VNet an ExpressRoute virtual network gateway (e.g. ErGw1AZ), or connect the circuit "
     "to a hub VNet that has one."},
    {"TOPO-003",
     "Give the VNet a VPN gateway (e.g. VpnGw2AZ), or end the VPN at a VNet that has one."},
    {"TOPO-004",
     "Choose a peering location or region from the catalogue's list (the inspector offers them)."},
    {"TOPO-005", "Link the element to the rest of the design, or delete it."},
    {"TOPO-006",
     "Link the provider edge to a circuit at its own peering location (for Metro: one of the "
     "metro's sites), or correct the peering location."},
    {"TOPO-007", "Fill in the required field, or choose one of the values the inspector offers."},
    {"LAYER-001", "Set the any-to-any (IPVPN) provider edge to Layer 3."},
    {"LAYER-002",
     "Give every peering its peer ASN, both /30 link subnets and its VLAN ID: with Layer 2 or "
     "Direct the customer runs BGP with Microsoft."},
    {"LAYER-003",
     "Add a customer edge router on the path to run the two BGP sessions with Microsoft."},
    {"LAYER-004",
     "Reach an ExpressRoute Direct circuit from a customer edge, and a provider circuit through a "
     "provider edge."},
    {"LAYER-005",
     "Nothing to fix: agree the BGP settings with the provider, who peers with Microsoft."},
    {"CIRCUIT-001",
     "Choose a bandwidth the circuit's kind offers (provider circuits 50 Mbps to 10 Gbps; Direct "
     "per port size)."},
    {"CIRCUIT-002",
     "Make the circuit Premium, or connect it to VNets in its own geopolitical area."},
    {"CIRCUIT-003",
     "Make the circuit Standard or Premium, or connect it to VNets in the location's Local "
     "region(s)."},
    {"CIRCUIT-004",
     "Reduce the VNet connections and Global Reach links, make the circuit Premium (more VNet "
     "links), or add a circuit."},
    {"CIRCUIT-005",
     "Summarise the advertised prefixes, or make the circuit Premium for the larger route limit."},
    {"CIRCUIT-006", "Add the missing primary or secondary link so that the circuit has both."},
    {"CIRCUIT-007", "Give one circuit port the primary role and the other the secondary."},
    {"CIRCUIT-008",
     "Make the circuit Premium, or remove the Microsoft 365 communities from its route filter."},
    {"CIRCUIT-009", "Connect the Metro circuit's two links at the metro's two different sites."},
    {"CIRCUIT-010", "Add a private or Microsoft peering to the circuit, or remove the circuit."},
    {"CIRCUIT-011",
     "Set the Local circuit's billing to UnlimitedData: Microsoft bills every Local circuit with "
     "unlimited data."},
    {"PEERING-001", "Use a /30 (IPv6: /126) for each of the primary and secondary link subnets."},
    {"PEERING-002",
     "Choose link subnets that overlap no other link subnet, Global Reach subnet or VNet."},
    {"PEERING-003",
     "Use a VLAN ID from 1 to 4094 that no other peering of the circuit's port uses."},
    {"PEERING-004", "Choose a peer ASN outside 65515-65520, which Azure reserves."},
    {"PEERING-005",
     "Choose a peer ASN that is not reserved (never 12076, Microsoft's own AS); use a private or "
     "your own public ASN."},
    {"PEERING-006",
     "Use public addresses you own for Microsoft peering's link subnets and advertised prefixes."},
    {"PEERING-007", "Use a public ASN for Microsoft peering."},
    {"PEERING-008",
     "Attach a route filter that admits the service communities you need (e.g. Dynamics365)."},
    {"PEERING-009",
     "Reach Microsoft 365 over the internet, or obtain Microsoft's authorization before admitting "
     "it in the route filter."},
    {"PEERING-010",
     "Replace Azure public peering with Microsoft peering (with a route filter) or private "
     "endpoints."},
    {"PEERING-011", "Keep one peering of each type on a circuit: merge or delete the duplicate."},
    {"PEERING-012", "Stop advertising 0.0.0.0/0 over Microsoft peering."},
    {"PEERING-013",
     "Advertise a default route over private peering only on purpose: it forces the VNets' "
     "internet traffic on-premises."},
    {"GR-001",
     "Use a /29 (IPv6: /125) for the Global Reach subnet that overlaps no other address space."},
    {"GR-002", "Give both circuits of the Global Reach link a private peering."},
    {"GR-003", "Link circuits at two different peering locations with Global Reach."},
    {"GR-004", "Make the Local circuit Standard or Premium before using Global Reach."},
    {"GR-005", "Make both circuits Premium, or link circuits in the same geopolitical area."},
    {"GR-006", "Use a peering location in a country where Global Reach is offered."},
    {"GATEWAY-001",
     "Make the GatewaySubnet a /27 or larger (a /26 for 16 circuits; IPv6 at least /64)."},
    {"GATEWAY-002",
     "Use a larger gateway SKU (or ErGwScale), connect fewer circuits, or take circuits from "
     "several peering locations."},
    {"GATEWAY-003", "Use a gateway SKU that supports FastPath, or turn FastPath off."},
    {"GATEWAY-004", "Use a zone-redundant SKU (ErGw1AZ-ErGw3AZ or ErGwScale)."},
    {"GATEWAY-005",
     "Use a larger gateway SKU, turn on FastPath where the SKU allows it, or lower the circuits' "
     "bandwidth."},
    {"GATEWAY-006",
     "Make the GatewaySubnet a /27 or larger where ExpressRoute and VPN gateways coexist."},
    {"GATEWAY-007",
     "Give ErGwScale a minimum and maximum scale unit within the allowed range, minimum not above "
     "maximum."},
    {"GATEWAY-008",
     "Place the VNet in a region with availability zones, or count the gateway as a single point "
     "of failure and add another path."},
    {"VPN-001", "Move to a zone-redundant VPN SKU (VpnGw1AZ-VpnGw5AZ)."},
    {"VPN-002", "Give the site an internet breakout, or run the VPN over ExpressRoute instead."},
    {"VPN-003",
     "Back up ExpressRoute with a second circuit at another peering location instead of a VPN."},
    {"VPN-004", "Use a VPN SKU with more tunnels, or spread the tunnels over more gateways."},
    {"VPN-005", "Use a VPN gateway SKU other than Basic beside the ExpressRoute gateway."},
    {"ADDR-001", "Renumber the site or the VNet so that their address spaces do not overlap."},
    {"ADDR-002",
     "Renumber one of the VNets, or connect them through different circuits that no site shares."},
    {"ADDR-003", "Correct the address to CIDR notation (e.g. 10.1.0.0/16)."},
    {"ADDR-004",
     "Renumber one of the sites so that their prefixes are unique, or confirm they are the same "
     "network."},
    {"SEC-001",
     "Add MACsec on ExpressRoute Direct, or IPsec over ExpressRoute private peering, or lift the "
     "encryption requirement."},
    {"SEC-002",
     "Use a fixed ExpressRoute gateway SKU (ErGw1AZ-ErGw3AZ) for IPsec over ExpressRoute."},
    {"SEC-003", "Configure a BGP MD5 key on the peering (kept out of the design file)."},
    {"SEC-004", "Use a zone-redundant VPN SKU (VpnGw1AZ-VpnGw5AZ) for IPsec over ExpressRoute."},
    {"SEC-005",
     "Announce more specific prefixes over the IPsec tunnel than over ExpressRoute, so that "
     "Azure uses the tunnel."},
    {"SVC-001",
     "Add Microsoft peering with a route filter that admits the service, or an internet breakout "
     "at the site."},
    {"SVC-002",
     "Give the site an internet breakout: Microsoft 365 still needs it for DNS and CDN."},
    {"SVC-003",
     "Nothing to fix if the internet is intended; otherwise admit the service in the Microsoft "
     "peering's route filter."},
    {"SVC-004", "Turn on QoS (DSCP) marking at the site for Teams' media."},
    {"SVC-005", "Choose a service name from the catalogue's list."},
    {"RES-001", "Add a second circuit at another peering location (high or maximum resiliency)."},
    {"RES-002",
     "Duplicate the element that every path passes through: a second router, line, circuit or "
     "gateway."},
    {"RES-003",
     "Terminate the circuit's primary and secondary links on two different customer edge routers."},
    {"RES-004",
     "Route the redundant paths through different risk groups (ducts, buildings, providers)."},
    {"RES-005", "Turn on BFD on the customer edge's BGP sessions with Microsoft."},
    {"RES-006",
     "Add redundancy where the paths share an element (a second circuit at another peering "
     "location, separate routers); where they are already redundant, what they all share (the "
     "VNet's gateway, its region) caps the estimate: add a second gateway in another region, or "
     "lower the required availability."},
    {"RES-007",
     "Use a peering location nearer the site or the region, or raise the latency limit."},
    {"RES-008",
     "Raise the bandwidth of the narrowest element (circuit, link or gateway), or spread the load "
     "over more circuits."},
    {"RES-009", "Consider a second provider for one of the redundant circuits."},
    {"RES-010",
     "Connect the site to the VNet: a path through a circuit (or VPN) to a gateway the VNet uses."},
    {"RES-011",
     "Make both directions prefer the same circuit: match connection weights, AS path prepending "
     "and local preference."},
    {"RES-012",
     "Announce no more specific prefixes over the VPN than over ExpressRoute, so that ExpressRoute "
     "carries the traffic while it is up."},
    {"RES-013",
     "Add capacity that survives the worst failure: a second circuit or a wider one, so that what "
     "remains carries the site's need."},
    {"GATEWAY-009",
     "Advertise fewer, summarised prefixes from on-premises, or move to a gateway SKU that learns "
     "more routes (9,500 from ErGw2AZ up)."},
    {"GATEWAY-010",
     "Summarise the VNet and spoke address spaces the gateway advertises to at most 1,000 IPv4 "
     "(100 IPv6) prefixes."},
    {"GATEWAY-011",
     "Keep the routes the gateway learns and advertises together under 11,000: summarise on both "
     "sides."},
    {"GATEWAY-012",
     "Use a fixed-size ExpressRoute gateway SKU (ErGw1AZ-ErGw3AZ) in this region, or place the "
     "gateway in a region that offers ErGwScale."},
    {"GATEWAY-013",
     "Keep the VNets behind FastPath under its IP limit (move workloads off the circuit, or use "
     "ExpressRoute Direct for a higher limit), or accept that the rest goes through the gateway; "
     "give each VNet its IP addresses in use to check it exactly."},
    {"GATEWAY-014",
     "Add the VNet's GatewaySubnet: a /27 or larger inside the VNet's address space, apart from "
     "its other subnets; a /26 or larger to connect 16 circuits."},
    {"PEERING-014",
     "Remove the regional community from the route filter, or raise the circuit's tier (Standard "
     "for its geopolitical area, Premium for every region)."},
    {"PEERING-015",
     "Replace the legacy community with the service's current communities (for Dynamics 365 the "
     "regional ones of the regions it runs in)."},
    {"PEERING-016", "Advertise over Microsoft peering a NAT pool the internet never sees; if "
                    "impossible, advertise "
                    "a more specific range over ExpressRoute than over the internet."},
    {"PEERING-017",
     "Prefer a NAT pool apart from the internet; until then keep internet-bound traffic off the "
     "more specific range advertised over ExpressRoute."},
    {"PEERING-018",
     "Use the public AS number the prefixes are registered to as customer ASN, or leave it empty."},
    {"PEERING-019",
     "Register the prefixes and the AS in a routing registry (or request manual validation early), "
     "then mark the prefixes' state Configured in the design."},
    {"IMPORT-001",
     "Fill in the placeholder with the real site, router or provider edge (name, location, ASN, "
     "peering location), then clear its placeholder mark (Edit ▸ Arrange ▸ Confirm Placeholders)."},
    {"IMPORT-002",
     "Model the listed Azure resources by hand where the format can hold them; they stay in the "
     "design as unmapped data until then."},
    {"IMPORT-003",
     "Connect a circuit to the gateway, or remove the gateway if nothing will use it."},
    {"COST-001",
     "Enter the discount as 0 to 100 %, and provider costs and monthly egress as zero or more."},
    {"COST-002",
     "Change a metered circuit to UnlimitedData above the break-even egress; an unlimited circuit "
     "cannot go back to metered, so plan a new circuit only if the egress stays low."},
};

} // namespace

std::string_view ruleFix(std::string_view ruleId)
{
    const auto found = std::find_if(std::begin(fixes), std::end(fixes),
                                    [&](const auto &entry) { return entry.first == ruleId; });
    return found == std::end(fixes) ? std::string_view() : found->second;
}

} // namespace Er
