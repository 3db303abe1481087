#include "model/export/customerside.h"

#include "model/core/topology.h"

namespace Er::Export {

namespace {

std::string joined(const StringList &items)
{
    std::string text;
    for (const std::string &item : items)
        text += (text.empty() ? "" : ", ") + item;
    return text;
}

std::string numberText(double value)
{
    std::string text = std::to_string(value);
    text.erase(text.find_last_not_of('0') + 1);
    if (!text.empty() && text.back() == '.')
        text.pop_back();
    return text;
}

} // namespace

std::vector<std::string> customerSideLines(const Topology &topology)
{
    std::vector<std::string> lines;
    for (const Node &node : topology.nodes()) {
        std::string line;
        if (const SiteFields *site = node.site()) {
            line = "site " + node.id + " (" + node.label() + ")";
            if (site->addressPrefixes)
                line += ": address prefixes " + joined(*site->addressPrefixes);
        } else if (const CustomerEdgeFields *ce = node.customerEdge()) {
            line = "customer edge " + node.id + " (" + node.label() + ")";
            if (ce->asn)
                line += ": ASN " + std::to_string(*ce->asn);
            if (ce->bfd)
                line += std::string(ce->asn ? "," : ":") + " BFD " + (*ce->bfd ? "on" : "off");
        } else if (const ProviderEdgeFields *pe = node.providerEdge()) {
            line = "provider edge " + node.id + " (" + node.label() + ")";
            StringList parts;
            if (pe->provider)
                parts.push_back(*pe->provider);
            if (pe->peeringLocation)
                parts.push_back("at " + *pe->peeringLocation);
            if (pe->connectivityModel)
                parts.push_back(*pe->connectivityModel);
            if (pe->serviceLayer)
                parts.push_back(*pe->serviceLayer);
            if (!parts.empty()) {
                line += ":";
                for (const std::string &part : parts)
                    line += " " + part;
            }
        } else {
            continue;
        }
        if (node.isPlaceholder())
            line += " [placeholder]";
        lines.push_back(line);
    }
    for (const Link &link : topology.links()) {
        if (link.kind != LinkKind::Lan && link.kind != LinkKind::Access
            && link.kind != LinkKind::CircuitPort)
            continue;
        std::string line = std::string(toString(link.kind)) + " " + link.id + ": " + link.from
                           + " -> " + link.to;
        if (link.role)
            line += ", " + *link.role;
        if (link.bandwidthInMbps)
            line += ", " + std::to_string(*link.bandwidthInMbps) + " Mbps";
        if (link.lengthKm)
            line += ", " + numberText(*link.lengthKm) + " km";
        lines.push_back(line);
    }
    return lines;
}

// The site a VPN ends at: the node itself, or a customer edge's site (over a lan link).
const Node *vpnSite(const Topology &topology, const Node &end)
{
    if (end.site())
        return &end;
    for (std::size_t i = 0; i < topology.links().size(); ++i) {
        const Link &link = topology.links()[i];
        if (link.kind != LinkKind::Lan)
            continue;
        const Node *from = topology.linkFrom(i);
        const Node *to = topology.linkTo(i);
        if (from && to && to->id == end.id && from->site())
            return from;
        if (from && to && from->id == end.id && to->site())
            return to;
    }
    return nullptr;
}

// The ASN the site's customer edges speak BGP with, if the design says.
std::optional<std::int64_t> vpnAsn(const Topology &topology, const Node &end)
{
    if (end.customerEdge() && end.customerEdge()->asn)
        return end.customerEdge()->asn;
    for (const Link &link : topology.links()) {
        if (link.kind != LinkKind::Lan || (link.from != end.id && link.to != end.id))
            continue;
        const Node *other = topology.node(link.from == end.id ? link.to : link.from);
        if (other && other->customerEdge() && other->customerEdge()->asn)
            return other->customerEdge()->asn;
    }
    return std::nullopt;
}

} // namespace Er::Export
