#include "model/validation/rules/sitecircuits.h"

#include "model/core/topologyindex.h"
#include "model/validation/rule.h"

#include <algorithm>
#include <functional>

namespace Er {

const SiteCircuits &RuleContext::siteCircuits() const
{
    std::call_once(siteCircuitsTraced,
                   [this] { tracedSiteCircuits = std::make_shared<const SiteCircuits>(index); });
    return *tracedSiteCircuits;
}

SiteCircuits::SiteCircuits(const TopologyIndex &index)
    : m_index(index)
    , m_portCircuits(index.topology().nodes().size())
    , m_siteCircuits(index.topology().nodes().size())
{
    for (const Link *port : index.linksOfKind(LinkKind::CircuitPort)) {
        const Node *from = index.from(*port);
        const Node *circuit = index.to(*port);
        if (!from || !circuit || !circuit->circuit())
            continue;
        m_portCircuits[index.indexOf(*from)].push_back(circuit);
    }
    // Design order (nodes live in one vector), each circuit once.
    for (std::vector<const Node *> &circuits : m_portCircuits) {
        std::sort(circuits.begin(), circuits.end(), std::less<const Node *>());
        circuits.erase(std::unique(circuits.begin(), circuits.end()), circuits.end());
    }
    // `seen` marks the circuits already listed for the site being traced; only the entries set
    // are cleared again, so the whole trace stays linear in the links visited.
    std::vector<char> seen(index.topology().nodes().size(), 0);
    for (const Node *site : index.nodesOfKind(NodeKind::Site)) {
        std::vector<const Node *> &circuits = m_siteCircuits[index.indexOf(*site)];
        addEdgeCircuits(*site, seen, circuits);
        for (const Link *lan : index.outgoing(*site, LinkKind::Lan)) {
            if (const Node *edge = index.to(*lan))
                addEdgeCircuits(*edge, seen, circuits);
        }
        for (const Node *circuit : circuits)
            seen[index.indexOf(*circuit)] = 0;
        std::sort(circuits.begin(), circuits.end(), std::less<const Node *>());
    }
}

void SiteCircuits::addEdgeCircuits(const Node &edge,
                                   std::vector<char> &seen,
                                   std::vector<const Node *> &circuits) const
{
    const auto add = [&](const Node &from) {
        for (const Node *circuit : portCircuitsOf(from)) {
            char &mark = seen[m_index.indexOf(*circuit)];
            if (!mark) {
                mark = 1;
                circuits.push_back(circuit);
            }
        }
    };
    add(edge);
    for (const Link *access : m_index.outgoing(edge, LinkKind::Access)) {
        if (const Node *providerEdge = m_index.to(*access))
            add(*providerEdge);
    }
}

const std::vector<const Node *> &SiteCircuits::circuitsOf(const Node &site) const
{
    return m_siteCircuits[m_index.indexOf(site)];
}

const std::vector<const Node *> &SiteCircuits::portCircuitsOf(const Node &node) const
{
    return m_portCircuits[m_index.indexOf(node)];
}

std::vector<const Node *> sitesOfCustomerEdge(const TopologyIndex &index, const Node &customerEdge)
{
    std::vector<const Node *> sites;
    for (const Link *lan : index.incoming(customerEdge, LinkKind::Lan)) {
        if (const Node *site = index.from(*lan))
            sites.push_back(site);
    }
    return sites;
}

} // namespace Er
