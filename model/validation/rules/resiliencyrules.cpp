#include "model/validation/rules/resiliencyrules.h"

#include "model/catalogue/catalogue.h"
#include "model/core/topologyindex.h"
#include "model/validation/ruleregistry.h"
#include "model/validation/rules/circuitlookup.h"
#include "model/validation/rules/rulehelpers.h"
#include "model/validation/rules/sitecircuits.h"

#include <algorithm>
#include <map>
#include <unordered_map>
#include <unordered_set>

namespace Er {

namespace {

const std::string highAvailabilityReference = std::string(learnBase)
                                              + "designing-for-high-availability-with-expressroute";
const std::string bfdReference = std::string(learnBase) + "expressroute-bfd";
const std::string disasterRecoveryReference
    = std::string(learnBase) + "designing-for-disaster-recovery-with-expressroute-privatepeering";

// A router that carries both the primary and the secondary link of a circuit, with the access
// links it does so over (nullptr where the router holds the circuit port itself: Direct).
struct SharedRouter
{
    const Node *router = nullptr;
    const Link *primaryAccess = nullptr;
    const Link *secondaryAccess = nullptr;
};

// The edge routers behind each provider edge by the role of their access links (topology-format.md:
// role defaults to both). Which routers two port ends share is computed once per pair of ends, so
// a provider edge shared by many circuits is not scanned once per circuit.
class AccessRoles
{
public:
    explicit AccessRoles(const TopologyIndex &index)
    {
        for (const Link *access : index.linksOfKind(LinkKind::Access)) {
            const Node *providerEdge = index.to(*access);
            const Node *router = index.from(*access);
            if (!providerEdge || !router)
                continue;
            Sources &sources = m_byProviderEdge[providerEdge];
            const std::string role = access->role.value_or("both");
            if (role == "primary" || role == "both")
                sources.primary.push_back({router, access});
            if (role == "secondary" || role == "both")
                sources.secondary.push_back({router, access});
        }
    }

    // The routers that carry a primary link from `primaryEnd` and a secondary link from
    // `secondaryEnd` (the nodes the circuit's ports start from).
    const std::vector<SharedRouter> &shared(const Node &primaryEnd, const Node &secondaryEnd)
    {
        const auto key = std::make_pair(&primaryEnd, &secondaryEnd);
        const auto cached = m_shared.find(key);
        if (cached != m_shared.end())
            return cached->second;
        std::unordered_map<const Node *, const Link *> primary;
        for (const auto &[router, access] : routers(primaryEnd, true))
            primary.emplace(router, access);
        std::vector<SharedRouter> result;
        for (const auto &[router, access] : routers(secondaryEnd, false)) {
            const auto match = primary.find(router);
            if (match != primary.end())
                result.push_back({router, match->second, access});
        }
        return m_shared.emplace(key, std::move(result)).first->second;
    }

private:
    using Source = std::pair<const Node *, const Link *>;
    struct Sources
    {
        std::vector<Source> primary;
        std::vector<Source> secondary;
    };

    std::vector<Source> routers(const Node &portEnd, bool primary) const
    {
        if (!portEnd.providerEdge())
            return {{&portEnd, nullptr}}; // Direct: the customer edge holds the port
        const auto it = m_byProviderEdge.find(&portEnd);
        if (it == m_byProviderEdge.end())
            return {};
        return primary ? it->second.primary : it->second.secondary;
    }

    std::unordered_map<const Node *, Sources> m_byProviderEdge;
    std::map<std::pair<const Node *, const Node *>, std::vector<SharedRouter>> m_shared;
};

std::string routerName(const Node &router)
{
    return router.site() ? "the edge router of site " + quoted(router)
                         : "customer edge " + quoted(router);
}

void reportSharedRouter(FindingSink &sink,
                        const Node &circuit,
                        const SharedRouter &shared,
                        bool managedLayer3)
{
    std::vector<std::string> elements{circuit.id, shared.router->id};
    std::string how;
    if (shared.primaryAccess && shared.primaryAccess == shared.secondaryAccess) {
        elements.push_back(shared.primaryAccess->id);
        how = " over one access link " + quoted(shared.primaryAccess->id) + " (role both)";
    } else if (shared.primaryAccess && shared.secondaryAccess) {
        elements.push_back(shared.primaryAccess->id);
        elements.push_back(shared.secondaryAccess->id);
        how = " (access links " + quoted(shared.primaryAccess->id) + " and "
              + quoted(shared.secondaryAccess->id) + ")";
    }
    sink.report(elements,
                "The primary and secondary links of circuit " + quoted(circuit) + " both pass "
                    + routerName(*shared.router) + how
                    + (managedLayer3 ? ": one router failure cuts the site off from both links "
                                       "(the provider runs the BGP sessions with Microsoft, but "
                                       "this edge stays a single point of failure)"
                                     : ": one router failure takes down both BGP sessions"),
                "Terminate the primary and secondary links on two separate customer edge "
                "routers, each with its own access link (role primary and role secondary)");
}

// RES-003 [§5.2 item 4; HA 11/18/2024]
void checkSeparateRouters(const RuleContext &c, FindingSink &sink)
{
    AccessRoles roles(c.index);
    for (const Node *circuit : c.index.nodesOfKind(NodeKind::Circuit)) {
        std::vector<const Node *> primaryEnds;
        std::vector<const Node *> secondaryEnds;
        for (const Link *port : c.index.incoming(*circuit, LinkKind::CircuitPort)) {
            const Node *end = c.index.from(*port);
            if (end && port->role == "primary")
                primaryEnds.push_back(end);
            else if (end && port->role == "secondary")
                secondaryEnds.push_back(end);
        }
        std::unordered_set<const Node *> reported;
        const bool managedLayer3 = isManagedLayer3(c.index, *circuit);
        for (const Node *primaryEnd : primaryEnds) {
            for (const Node *secondaryEnd : secondaryEnds) {
                for (const SharedRouter &shared : roles.shared(*primaryEnd, *secondaryEnd)) {
                    if (reported.insert(shared.router).second)
                        reportSharedRouter(sink, *circuit, shared, managedLayer3);
                }
            }
        }
    }
}

// RES-005 [§5.2 item 3; BFD 12/14/2020, HA]
void checkBfd(const RuleContext &c, FindingSink &sink)
{
    const SiteCircuits &reach = c.siteCircuits();
    for (const Node *edge : c.index.nodesOfKind(NodeKind::CustomerEdge)) {
        if (edge->customerEdge()->bfd.value_or(false))
            continue;
        // A circuit this router reaches whose BGP sessions with Microsoft the customer runs:
        // straight (Direct) or through a provider edge. With managed Layer 3 the provider runs
        // them; LAYER-005 advises asking it for BFD [CFGPEER] (facts §1.2).
        const Node *circuit = nullptr;
        const auto customerRuns = [&](const std::vector<const Node *> &circuits) {
            for (const Node *candidate : circuits) {
                if (!circuit && !isManagedLayer3(c.index, *candidate))
                    circuit = candidate;
            }
        };
        customerRuns(reach.portCircuitsOf(*edge));
        for (const Link *access : c.index.outgoing(*edge, LinkKind::Access)) {
            if (const Node *providerEdge = c.index.to(*access))
                customerRuns(reach.portCircuitsOf(*providerEdge));
        }
        if (!circuit)
            continue;
        sink.report({edge->id},
                    "Customer edge " + quoted(*edge) + " is on the ExpressRoute path to circuit "
                        + quoted(*circuit)
                        + " without BFD: a failed link is noticed only when BGP's 180 s hold "
                          "timer expires",
                    "Configure BFD on the router's ExpressRoute BGP sessions (Microsoft uses a "
                    "300 ms interval; e.g. interval 300 min_rx 300 multiplier 3) and set bfd");
    }
}

// RES-009 [§5.2 items 6, 7; RESARCH 04/18/2024, DR]
void checkProviderDiversity(const RuleContext &c, FindingSink &sink)
{
    const SiteCircuits &reach = c.siteCircuits();
    for (const Node *site : c.index.nodesOfKind(NodeKind::Site)) {
        const std::vector<const Node *> &circuits = reach.circuitsOf(*site);
        if (circuits.size() < 2)
            continue;
        const auto &provider = circuits.front()->circuit()->serviceProviderName;
        if (!provider || provider->empty())
            continue;
        const bool oneProvider = std::all_of(circuits.begin(), circuits.end(),
                                             [&](const Node *circuit) {
                                                 return circuit->circuit()->serviceProviderName
                                                        == provider;
                                             });
        if (!oneProvider)
            continue;
        std::vector<std::string> elements{site->id};
        std::string names;
        for (const Node *circuit : circuits) {
            elements.push_back(circuit->id);
            names += (names.empty() ? "" : ", ") + quoted(*circuit);
        }
        // Other providers the catalogue names at the last circuit's peering location.
        std::string others;
        const auto &location = circuits.back()->circuit()->peeringLocation;
        if (const PeeringLocationInfo *info = location ? c.catalogue.peeringLocation(*location)
                                                       : nullptr) {
            int listed = 0;
            for (const std::string &name : info->providers) {
                if (name == *provider || listed == 3)
                    continue;
                others += (others.empty() ? "" : ", ") + name;
                ++listed;
            }
        }
        sink.report(elements,
                    (circuits.size() == 2 ? std::string("Both circuits")
                                          : "All " + std::to_string(circuits.size()) + " circuits")
                        + " of site " + quoted(*site) + " (" + names + ") come from one provider, "
                        + quoted(*provider)
                        + ": a fault or dispute at that provider reaches all "
                          "of them",
                    "Order one of the circuits from another connectivity provider"
                        + (others.empty() ? std::string()
                                          : " (at " + quoted(*location) + " e.g. " + others + ")"));
    }
}

} // namespace

void registerResiliencyRules(RuleRegistry &registry)
{
    registry.add({"RES-003", Severity::Warning,
                  "A circuit's primary and secondary links pass one customer edge router", "§5.2",
                  highAvailabilityReference, false, checkSeparateRouters});
    registry.add({"RES-005", Severity::Warning,
                  "A customer edge on an ExpressRoute path without BFD", "§5.2", bfdReference,
                  false, checkBfd});
    registry.add({"RES-009", Severity::Info, "All redundant circuits of a site from one provider",
                  "§5.2", disasterRecoveryReference, false, checkProviderDiversity});
}

} // namespace Er
