#pragma once

#include "model/analysis/analysisresult.h"

#include <mutex>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace Er {

class Topology;

// Keys of the analysis defaults (docs/spec/analysis-model.md). A design overrides any of them
// in its top-level "assumptions" object under the same name.
namespace AssumptionKey {
inline constexpr std::string_view circuit = "circuitAvailabilityPercent";
inline constexpr std::string_view metroCircuit = "metroCircuitAvailabilityPercent";
inline constexpr std::string_view expressRouteGatewayAz
    = "expressRouteGatewayAzAvailabilityPercent";
inline constexpr std::string_view expressRouteGateway = "expressRouteGatewayAvailabilityPercent";
inline constexpr std::string_view vpnGateway = "vpnGatewayAvailabilityPercent";
inline constexpr std::string_view vpnGatewayAz = "vpnGatewayAzAvailabilityPercent";
inline constexpr std::string_view vpnGatewayBasic = "vpnGatewayBasicAvailabilityPercent";
inline constexpr std::string_view providerEdge = "providerEdgeAvailabilityPercent";
inline constexpr std::string_view customerEdge = "customerEdgeAvailabilityPercent";
inline constexpr std::string_view accessLink = "accessLinkAvailabilityPercent";
inline constexpr std::string_view circuitPortLink = "circuitPortLinkAvailabilityPercent";
inline constexpr std::string_view vpnLink = "vpnLinkAvailabilityPercent";
inline constexpr std::string_view peeringLocation = "peeringLocationAvailabilityPercent";
inline constexpr std::string_view riskGroup = "riskGroupAvailabilityPercent";
inline constexpr std::string_view routeFactor = "routeFactor";
inline constexpr std::string_view internetRouteFactor = "internetRouteFactor";
inline constexpr std::string_view fibreMsPerKm = "fibreMsPerKm";
inline constexpr std::string_view nodeLatencyMs = "nodeLatencyMs";
inline constexpr std::string_view vpnOverheadMs = "vpnOverheadMs";
} // namespace AssumptionKey

// One row of the table of defaults.
struct AssumptionDefault
{
    std::string_view key;
    double value;
    std::string_view unit;
    std::string_view basis;
};

// The single table of analysis defaults, in the order the report lists them.
const std::vector<AssumptionDefault> &assumptionDefaults();

// The defaults with a design's overrides. Remembers which keys the analysis consulted, so the
// result can list the assumptions it used. Safe to consult from several threads at once.
class Assumptions
{
public:
    explicit Assumptions(const Topology &topology);

    // The design's override or the default; an unknown key is a programming error (throws).
    double value(std::string_view key) const;
    // A percentage as a probability: value(key) / 100.
    double probability(std::string_view key) const { return value(key) / 100.0; }

    // Every consulted key in table order, with its value and whether the design set it.
    std::vector<AssumptionUsed> used() const;

private:
    const Topology &m_topology;
    mutable std::mutex m_usedMutex;
    mutable std::set<std::string, std::less<>> m_used;
};

} // namespace Er
