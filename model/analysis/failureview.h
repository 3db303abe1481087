#pragma once

#include "model/analysis/analysisresult.h"
#include "model/core/topology.h"

#include <string>
#include <unordered_set>

namespace Er {

// What the window shows when one element, peering location or risk fails (the ids of
// AnalysisResult::failures: an element id, "location:London", "risk:conduit-A",
// "risk:internet-line+<access link>", "<vnet>/expressRouteGateway" or "<vnet>/vpnGateway").
struct FailureView
{
    // What fails together: the element itself; a location's provider edges and (non-Metro)
    // circuits; a risk group's links; a site's internet line with its access line and VPNs; a
    // gateway's connections or VPN links.
    std::unordered_set<std::string> failing;
    // What lay on a path of some pair and lies on none left (greyed out), `failing` excluded.
    std::unordered_set<std::string> cutOff;
};

FailureView failureView(const Topology &topology,
                        const AnalysisResult &analysis,
                        const std::string &failure);

} // namespace Er
