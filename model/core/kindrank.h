#pragma once

#include "model/core/topology.h"

namespace Er {

// Where a kind stands on the way from on-premises to Azure: site 0, customer edge 1, provider edge
// 2, circuit 3, virtual network 4, Azure region 5. The layouts draw the kinds in this order, left
// to right, and the failure view walks along it.
constexpr int onPremisesToAzureRank(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Site:
        return 0;
    case NodeKind::CustomerEdge:
        return 1;
    case NodeKind::ProviderEdge:
        return 2;
    case NodeKind::Circuit:
        return 3;
    case NodeKind::VirtualNetwork:
        return 4;
    case NodeKind::AzureRegion:
        return 5;
    }
    return 5;
}

} // namespace Er
