#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace Er {

class Topology;
struct Node;

namespace Export {

// The customer side of a design for the template's reader, one line per site, customer edge,
// provider edge and lan, access and circuitPort link: "customer edge ce-1 (CE London): ASN 65001,
// BFD on", "access acc-1: ce-1 -> pe-1, primary, 1000 Mbps". It is not Azure's, so it is not
// deployed (docs/spec/arm-export.md).
std::vector<std::string> customerSideLines(const Topology &topology);

// The site a VPN ends at: the node itself, or a customer edge's site (over a lan link); nullptr
// when the edge belongs to no site.
const Node *vpnSite(const Topology &topology, const Node &end);

// The ASN the VPN's end speaks BGP with: the customer edge's, or that of a customer edge of the
// site; nullopt when the design does not say.
std::optional<std::int64_t> vpnAsn(const Topology &topology, const Node &end);

} // namespace Export
} // namespace Er
