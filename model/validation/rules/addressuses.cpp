#include "model/validation/rules/addressuses.h"

#include "model/core/topologyindex.h"
#include "model/validation/rules/rulehelpers.h"

#include <algorithm>

namespace Er {

namespace {

bool wanted(const std::vector<AddressUse> &uses, AddressUse use)
{
    return std::find(uses.begin(), uses.end(), use) != uses.end();
}

void add(std::vector<AddressEntry> &entries, const std::string &text, AddressEntry entry)
{
    if (const auto cidr = Cidr::parse(text)) {
        entry.cidr = *cidr;
        entry.text = &text;
        entries.push_back(entry);
    }
}

void add(std::vector<AddressEntry> &entries,
         const std::optional<std::string> &text,
         const AddressEntry &entry)
{
    if (text)
        add(entries, *text, entry);
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

// The label reads "<what> <prefix><owner>": "address space 10.0.0.0/16 of VNet 'hub'".
std::string AddressEntry::label(const TopologyIndex &index) const
{
    std::string owned = std::string(what) + " " + *text;
    switch (use) {
    case AddressUse::LinkSubnet:
        return owned + " of " + peeringName(*peering) + " of circuit " + quoted(*owner);
    case AddressUse::GlobalReachSubnet: {
        const Node *from = index.from(*link);
        const Node *to = index.to(*link);
        return owned
               + (from && to ? " between " + quoted(*from) + " and " + quoted(*to)
                             : " of link " + quoted(link->id));
    }
    case AddressUse::VnetSpace:
        return owned + " of VNet " + quoted(*owner);
    case AddressUse::SitePrefix:
        return owned + " of site " + quoted(*owner);
    }
    return owned;
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
                add(entries, peering.primaryPeerAddressPrefix,
                    {.use = AddressUse::LinkSubnet,
                     .what = "primary link subnet",
                     .owner = circuit,
                     .peering = &peering});
                add(entries, peering.secondaryPeerAddressPrefix,
                    {.use = AddressUse::LinkSubnet,
                     .what = "secondary link subnet",
                     .owner = circuit,
                     .peering = &peering});
            }
        }
    }
    if (wanted(uses, AddressUse::GlobalReachSubnet)) {
        for (const Link *link : index.linksOfKind(LinkKind::GlobalReach)) {
            add(entries, link->addressPrefix,
                {.use = AddressUse::GlobalReachSubnet, .what = "Global Reach subnet", .link = link});
        }
    }
    if (wanted(uses, AddressUse::VnetSpace)) {
        for (const Node *vnet : index.nodesOfKind(NodeKind::VirtualNetwork)) {
            if (const auto &prefixes = vnet->virtualNetwork()->addressPrefixes) {
                for (const std::string &prefix : *prefixes) {
                    add(entries, prefix,
                        {.use = AddressUse::VnetSpace, .what = "address space", .owner = vnet});
                }
            }
        }
    }
    if (wanted(uses, AddressUse::SitePrefix)) {
        for (const Node *site : index.nodesOfKind(NodeKind::Site)) {
            if (const auto &prefixes = site->site()->addressPrefixes) {
                for (const std::string &prefix : *prefixes) {
                    add(entries, prefix,
                        {.use = AddressUse::SitePrefix,
                         .what = "on-premises prefix",
                         .owner = site});
                }
            }
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
