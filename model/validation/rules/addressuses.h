#pragma once

#include "core/topology.h"
#include "net/cidr.h"

#include <string>
#include <utility>
#include <vector>

namespace Er {

class TopologyIndex;

// The address space a design uses, gathered once per check so that overlaps are found with
// findOverlaps (O(n log n + k)) rather than pair by pair. Shared by PEERING-002 and GR-001.
enum class AddressUse { LinkSubnet, GlobalReachSubnet, VnetSpace, SitePrefix };

struct AddressEntry
{
    Cidr cidr;
    AddressUse use = AddressUse::LinkSubnet;
    std::string elementId; // the circuit, globalReach link, VNet or site that uses it
    std::string label;     // "primary link subnet 192.168.10.16/30 of private peering of circuit
                           // 'ER London'"
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
