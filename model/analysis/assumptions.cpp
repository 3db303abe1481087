#include "model/analysis/assumptions.h"

#include "model/core/topology.h"

#include <stdexcept>

namespace Er {

// Every default of the analysis, with its basis: a documented figure cites its source key in
// docs/reference/expressroute-facts.md; everything else is an assumption the report prints.
const std::vector<AssumptionDefault> &assumptionDefaults()
{
    using namespace AssumptionKey;
    static const std::vector<AssumptionDefault> table = {
        {circuit, 99.95, "%",
         "Microsoft's circuit SLA, both links configured [LEARNMOD] (facts §2.6)"},
        {metroCircuit, 99.99, "%", "assumption (Metro SLA UNCONFIRMED, facts §2.6)"},
        {expressRouteGatewayAz, 99.99, "%", "assumption (ErGw1AZ-ErGw3AZ, ErGwScale; facts §4.7)"},
        {expressRouteGateway, 99.95, "%",
         "assumption (Standard, HighPerformance, UltraPerformance)"},
        {vpnGateway, 99.95, "%", "documented for non-Basic SKUs [ARCHVPN] (facts §10.2)"},
        {vpnGatewayAz, 99.99, "%", "assumption (AZ SKUs; UNCONFIRMED, facts §10.2)"},
        {vpnGatewayBasic, 99.9, "%", "assumption (UNCONFIRMED, facts §10.2)"},
        {providerEdge, 99.9, "%", "assumption"},
        {customerEdge, 99.9, "%", "assumption"},
        {accessLink, 99.9, "%", "assumption (last mile)"},
        {circuitPortLink, 99.99, "%", "assumption (cross-connect)"},
        {vpnLink, 99.5, "%", "assumption (internet path)"},
        {peeringLocation, 99.99, "%",
         "assumption: a whole peering location (building, power, its MSEE pair) is out about 53 "
         "minutes a year; Microsoft publishes no figure (facts §2.6, §5.1)"},
        {riskGroup, 100.0, "%", "assumption: a shared risk's own outage is not modelled"},
        {routeFactor, 1.5, "x", "assumption: fibre route length / great-circle distance"},
        {internetRouteFactor, 2.0, "x", "assumption: internet route length / great-circle distance"},
        {fibreMsPerKm, 0.005, "ms/km", "light in fibre, ~5 us/km [WIKI; MYT] (facts §11)"},
        {nodeLatencyMs, 0.05, "ms", "assumption: per node passed, one way"},
        {vpnOverheadMs, 1.0, "ms", "assumption: IPsec and internet overhead per round trip"},
    };
    return table;
}

namespace {

const AssumptionDefault &defaultFor(std::string_view key)
{
    for (const AssumptionDefault &row : assumptionDefaults()) {
        if (row.key == key)
            return row;
    }
    throw std::logic_error("unknown analysis assumption " + std::string(key));
}

} // namespace

Assumptions::Assumptions(const Topology &topology)
    : m_topology(topology)
{}

double Assumptions::value(std::string_view key) const
{
    const AssumptionDefault &row = defaultFor(key);
    {
        const std::lock_guard lock(m_usedMutex);
        if (m_used.find(key) == m_used.end())
            m_used.emplace(key);
    }
    return m_topology.assumption(key).value_or(row.value);
}

std::vector<AssumptionUsed> Assumptions::used() const
{
    std::vector<AssumptionUsed> result;
    const std::lock_guard lock(m_usedMutex);
    for (const AssumptionDefault &row : assumptionDefaults()) {
        if (m_used.find(row.key) == m_used.end())
            continue;
        const std::optional<double> override = m_topology.assumption(row.key);
        result.push_back({std::string(row.key), override.value_or(row.value), std::string(row.unit),
                          override ? "set by the design" : std::string(row.basis),
                          override.has_value()});
    }
    return result;
}

} // namespace Er
