#pragma once

#include "model/core/topology.h"

#include <cstddef>
#include <optional>
#include <string>

namespace Er {

// The fields of a node that name other nodes, in one place: the reader checks them, a delete
// follows them (a region takes its VNets along, a deleted VNet leaves the sites that need it),
// a copy drops those outside the selection and a paste renames them. A link's two ends are the
// only other references in a design.
enum class ReferenceKind {
    Region,     // a VNet's region: the VNet belongs to it
    NeededVnet, // an entry of a site's needsVnets
};

struct NodeReference
{
    ReferenceKind kind;
    const char *key; // the format's field
    NodeKind target; // the kind of node it must name
};

inline constexpr NodeReference regionReference{ReferenceKind::Region, "region",
                                               NodeKind::AzureRegion};
inline constexpr NodeReference neededVnetReference{ReferenceKind::NeededVnet, "needsVnets",
                                                   NodeKind::VirtualNetwork};

// Calls visit(reference, id, index) for every id the node names; `index` is the id's place in
// a list field, nullopt for a single value. `id` may be changed (a paste renames).
template<typename NodeType, typename Visit>
void forEachReference(NodeType &node, Visit &&visit)
{
    if (auto *vnet = node.virtualNetwork(); vnet && vnet->region)
        visit(regionReference, *vnet->region, std::optional<std::size_t>());
    if (auto *site = node.site(); site && site->needsVnets) {
        for (std::size_t i = 0; i < site->needsVnets->size(); ++i)
            visit(neededVnetReference, (*site->needsVnets)[i], std::optional<std::size_t>(i));
    }
}

// Removes every reference for which drop(reference, id) is true: a list entry is erased, a
// single value is cleared. Returns whether anything was removed.
template<typename Drop>
bool dropReferences(Node &node, Drop &&drop)
{
    bool dropped = false;
    if (VirtualNetworkFields *vnet = node.virtualNetwork();
        vnet && vnet->region && drop(regionReference, *vnet->region)) {
        vnet->region.reset();
        dropped = true;
    }
    if (SiteFields *site = node.site(); site && site->needsVnets) {
        StringList &needs = *site->needsVnets;
        const std::size_t before = needs.size();
        std::erase_if(needs, [&](const std::string &id) { return drop(neededVnetReference, id); });
        dropped = dropped || needs.size() != before;
    }
    return dropped;
}

} // namespace Er
