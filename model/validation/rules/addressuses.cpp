#include "addressuses.h"

#include "core/topologyindex.h"
#include "rulehelpers.h"

#include <algorithm>

namespace Er {

namespace {

bool wanted(const std::vector<AddressUse> &uses, AddressUse use)
{
    return std::find(uses.begin(), uses.end(), use) != uses.end();
}

// The label reads "<what> <prefix><owner>": "address space 10.0.0.0/16 of VNet 'hub'".
void add(std::vector<AddressEntry> &entries,
         const std::optional<std::string> &text,
         AddressUse use,
         const std::string &elementId,
         const std::string &what,
         const std::string &owner)
{
    if (!text)
        return;
    if (const auto cidr = Cidr::parse(*text))
        entries.push_back({*cidr, use, elementId, what + " " + *text + owner});
}

} // namespace

std::string peeringName(const Peering &peering)
{
    const std::string type = peering.peeringType.value_or("");
    if (type == "AzurePrivatePeering")
        return "private peering";
    if (type == "MicrosoftPeering")
        return "Microsoft peering";
    if (type == "AzurePublicPeering")
        return "Azure public peering";
    return type.empty() ? "peering" : type;
}

std::vector<AddressEntry> collectAddresses(const TopologyIndex &index,
                                           const std::vector<AddressUse> &uses)
{
    std::vector<AddressEntry> entries;
    if (wanted(uses, AddressUse::LinkSubnet)) {
        for (const Node *circuit : index.nodesOfKind(NodeKind::Circuit)) {
            const auto &peerings = circuit->circuit()->peerings;
            if (!peerings)
                continue;
            for (const Peering &peering : *peerings) {
                const std::string owner = " of " + peeringName(peering) + " of circuit "
                                          + quoted(*circuit);
                add(entries, peering.primaryPeerAddressPrefix, AddressUse::LinkSubnet, circuit->id,
                    "primary link subnet", owner);
                add(entries, peering.secondaryPeerAddressPrefix, AddressUse::LinkSubnet,
                    circuit->id, "secondary link subnet", owner);
            }
        }
    }
    if (wanted(uses, AddressUse::GlobalReachSubnet)) {
        for (const Link *link : index.linksOfKind(LinkKind::GlobalReach)) {
            const Node *from = index.from(*link);
            const Node *to = index.to(*link);
            const std::string owner = from && to
                                          ? " between " + quoted(*from) + " and " + quoted(*to)
                                          : " of link " + quoted(link->id);
            add(entries, link->addressPrefix, AddressUse::GlobalReachSubnet, link->id,
                "Global Reach subnet", owner);
        }
    }
    if (wanted(uses, AddressUse::VnetSpace)) {
        for (const Node *vnet : index.nodesOfKind(NodeKind::VirtualNetwork)) {
            const auto &prefixes = vnet->virtualNetwork()->addressPrefixes;
            for (const std::string &prefix : prefixes.value_or(StringList{}))
                add(entries, prefix, AddressUse::VnetSpace, vnet->id, "address space",
                    " of VNet " + quoted(*vnet));
        }
    }
    if (wanted(uses, AddressUse::SitePrefix)) {
        for (const Node *site : index.nodesOfKind(NodeKind::Site)) {
            const auto &prefixes = site->site()->addressPrefixes;
            for (const std::string &prefix : prefixes.value_or(StringList{}))
                add(entries, prefix, AddressUse::SitePrefix, site->id, "on-premises prefix",
                    " of site " + quoted(*site));
        }
    }
    return entries;
}

std::vector<std::pair<const AddressEntry *, const AddressEntry *>> overlappingPairs(
    const std::vector<AddressEntry> &entries)
{
    std::vector<Cidr> list;
    list.reserve(entries.size());
    for (const AddressEntry &entry : entries)
        list.push_back(entry.cidr);
    std::vector<std::pair<const AddressEntry *, const AddressEntry *>> pairs;
    for (const auto &[first, second] : findOverlaps(list))
        pairs.emplace_back(&entries[first], &entries[second]);
    return pairs;
}

} // namespace Er
