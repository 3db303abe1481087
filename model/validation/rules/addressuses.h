#pragma once

#include "model/core/topology.h"
#include "model/net/cidr.h"

#include <string>
#include <utility>
#include <vector>

namespace Er {

class TopologyIndex;

// The address space a design uses, gathered once per check so that overlaps are found with
// findOverlaps (O(n log n + k)) rather than pair by pair. Shared by PEERING-002 and GR-001.
enum class AddressUse { LinkSubnet, GlobalReachSubnet, VnetSpace, SitePrefix };

// One prefix and where it is written. It points into the topology, which outlives the check;
// its text for a message is made only when a rule reports it.
struct AddressEntry
{
    Cidr cidr{};
    AddressUse use = AddressUse::LinkSubnet;
    const std::string *text = nullptr; // the prefix as written
    const char *what = "";             // "primary link subnet", "address space", ...
    const Node *owner = nullptr;       // the circuit, VNet or site; nullptr for a Global Reach link
    const Peering *peering = nullptr;  // the circuit's peering, for a link subnet
    const Link *link = nullptr;        // the Global Reach link

    // The circuit, globalReach link, VNet or site that uses it.
    const std::string &elementId() const { return owner ? owner->id : link->id; }
    // "primary link subnet 192.168.10.16/30 of private peering of circuit 'ER London'"
    std::string label(const TopologyIndex &index) const;
};

// Every parseable prefix of the given uses, in design order. Text that is not a CIDR is left to
// ADDR-003 and PEERING-001.
std::vector<AddressEntry> collectAddresses(const TopologyIndex &index,
                                           const std::vector<AddressUse> &uses);

// The pairs of entries that overlap.
std::vector<std::pair<const AddressEntry *, const AddressEntry *>> overlappingPairs(
    const std::vector<AddressEntry> &entries);

// "private peering", "Microsoft peering", "Azure public peering"
std::string peeringName(const Peering &peering);

} // namespace Er
