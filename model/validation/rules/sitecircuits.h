#pragma once

#include "model/core/topology.h"

#include <vector>

namespace Er {

class TopologyIndex;

// The ExpressRoute circuits each site's edge reaches, traced once for a whole design
// (docs/spec/analysis-model.md, "Which paths count"): site → lan → customer edge → access →
// provider edge → circuitPort → circuit; a site linked straight to a provider edge (its implicit
// edge router); and, for ExpressRoute Direct, customer edge → circuitPort → circuit.
// Holds pointers into the topology of the index it was built from.
class SiteCircuits
{
public:
    explicit SiteCircuits(const TopologyIndex &index);

    // The circuits the site reaches, each once, in design order; empty for any other node.
    const std::vector<const Node *> &circuitsOf(const Node &site) const;
    // The circuits the node's circuitPort links lead to (a provider edge, or a customer edge of
    // ExpressRoute Direct), each once, in design order.
    const std::vector<const Node *> &portCircuitsOf(const Node &node) const;

private:
    void addEdgeCircuits(const Node &edge,
                         std::vector<char> &seen,
                         std::vector<const Node *> &circuits) const;

    const TopologyIndex &m_index;
    // Both by node position in the design.
    std::vector<std::vector<const Node *>> m_portCircuits;
    std::vector<std::vector<const Node *>> m_siteCircuits;
};

// The sites whose lan links reach the customer edge.
std::vector<const Node *> sitesOfCustomerEdge(const TopologyIndex &index, const Node &customerEdge);

} // namespace Er
