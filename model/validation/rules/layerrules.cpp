#include "model/validation/rules/layerrules.h"

#include "model/core/topologyindex.h"
#include "model/validation/ruleregistry.h"
#include "model/validation/rules/addressuses.h"
#include "model/validation/rules/circuitlookup.h"
#include "model/validation/rules/rulehelpers.h"

#include <algorithm>
#include <unordered_set>

namespace Er {

namespace {

const std::string modelsReference = std::string(learnBase) + "expressroute-connectivity-models";
const std::string routingReference = std::string(learnBase) + "expressroute-routing";
const std::string peeringsReference = std::string(learnBase) + "expressroute-circuit-peerings";
const std::string directReference = std::string(learnBase) + "expressroute-erdirect-about";

bool isLayer2(const Node &pe)
{
    const auto &layer = pe.providerEdge()->serviceLayer;
    return layer && *layer == "L2";
}

bool isLayer3(const Node &pe)
{
    const auto &layer = pe.providerEdge()->serviceLayer;
    return layer && *layer == "L3";
}

// How a circuit is reached: the provider edges and customer edges at its circuit ports.
struct CircuitAccess
{
    std::vector<const Node *> layer2Edges; // provider edges with Layer 2 service
    std::vector<const Node *> layer3Edges; // provider edges with managed Layer 3 service
    std::vector<const Node *> providerEdges;
    std::vector<const Node *> customerEdges;
};

void addOnce(std::vector<const Node *> &list, const Node *node)
{
    if (std::find(list.begin(), list.end(), node) == list.end())
        list.push_back(node);
}

CircuitAccess accessOf(const TopologyIndex &index, const Node &circuit)
{
    CircuitAccess access;
    for (const Link *port : index.incoming(circuit, LinkKind::CircuitPort)) {
        const Node *end = index.from(*port);
        if (!end)
            continue;
        if (end->kind() == NodeKind::CustomerEdge) {
            addOnce(access.customerEdges, end);
        } else if (end->providerEdge()) {
            addOnce(access.providerEdges, end);
            if (isLayer2(*end))
                addOnce(access.layer2Edges, end);
            else if (isLayer3(*end))
                addOnce(access.layer3Edges, end);
        }
    }
    return access;
}

// §1.2: with Layer 2 service or ExpressRoute Direct the customer runs BGP to Microsoft.
bool customerRunsBgp(const Node &circuit, const CircuitAccess &access)
{
    return circuit.circuit()->isDirect() || !access.layer2Edges.empty();
}

std::string whyCustomerRunsBgp(const Node &circuit, const CircuitAccess &access)
{
    if (circuit.circuit()->isDirect())
        return "Circuit " + quoted(circuit) + " is ExpressRoute Direct";
    const Node &pe = *access.layer2Edges.front();
    return "Circuit " + quoted(circuit) + " is reached through Layer 2 service of "
           + pe.providerEdge()->provider.value_or("the provider") + " (provider edge " + quoted(pe)
           + ")";
}

std::vector<std::string> idsOf(const Node &first, const std::vector<const Node *> &nodes)
{
    std::vector<std::string> ids{first.id};
    for (const Node *node : nodes)
        ids.push_back(node->id);
    return ids;
}

// LAYER-001 [§1.1 MODELS]: IPVPN providers offer managed Layer 3.
void checkAnyToAnyLayer(const RuleContext &c, FindingSink &sink)
{
    for (const Node *pe : c.index.nodesOfKind(NodeKind::ProviderEdge)) {
        const auto &model = pe->providerEdge()->connectivityModel;
        if (!model || *model != "anyToAny" || !isLayer2(*pe))
            continue;
        sink.report({pe->id},
                    "Provider edge " + quoted(*pe)
                        + " is any-to-any (IPVPN) but offers Layer 2 "
                          "service: IPVPN providers connect your WAN at managed Layer 3",
                    "Set the service layer of " + quoted(*pe)
                        + " to L3, or choose the cloud exchange or point-to-point Ethernet "
                          "model if you need Layer 2");
    }
}

// LAYER-002 [§1.2 PEER; §3.2-§3.4 CFGPEER]: the customer configures the peering's BGP settings.
void checkLayer2PeeringSettings(const RuleContext &c, FindingSink &sink)
{
    for (const Node *circuit : c.index.nodesOfKind(NodeKind::Circuit)) {
        const CircuitFields &fields = *circuit->circuit();
        const CircuitAccess access = accessOf(c.index, *circuit);
        if (!customerRunsBgp(*circuit, access) || !fields.peerings)
            continue;
        for (const Peering &peering : *fields.peerings) {
            std::vector<std::string> missing;
            if (!peering.peerASN)
                missing.push_back("the peer ASN");
            if (!peering.primaryPeerAddressPrefix || peering.primaryPeerAddressPrefix->empty())
                missing.push_back("the primary /30 subnet");
            if (!peering.secondaryPeerAddressPrefix || peering.secondaryPeerAddressPrefix->empty())
                missing.push_back("the secondary /30 subnet");
            if (!peering.vlanId)
                missing.push_back("the VLAN id");
            if (missing.empty())
                continue;
            const std::string type = peeringName(peering);
            sink.report(idsOf(*circuit, access.layer2Edges),
                        whyCustomerRunsBgp(*circuit, access)
                            + ", so your routers run BGP with Microsoft, but its " + type
                            + " lacks " + joinList(missing),
                        "Set " + joinList(missing) + " on the " + type + " of " + quoted(*circuit)
                            + ": your edge routers use them for the two eBGP sessions to "
                              "Microsoft (AS 12076)");
        }
    }
}

// LAYER-003 [§1.2 PEER; §2.6 ROUTE]: with Layer 2, a customer router runs both BGP sessions.
void checkLayer2HasCustomerRouter(const RuleContext &c, FindingSink &sink)
{
    std::unordered_set<const Node *> edgesWithRouter; // provider edges a customer edge reaches
    for (const Link *access : c.index.linksOfKind(LinkKind::Access)) {
        const Node *from = c.index.from(*access);
        if (from && from->kind() == NodeKind::CustomerEdge)
            edgesWithRouter.insert(c.index.to(*access));
    }
    for (const Node *circuit : c.index.nodesOfKind(NodeKind::Circuit)) {
        const CircuitAccess access = accessOf(c.index, *circuit);
        if (!customerRunsBgp(*circuit, access))
            continue;
        const bool direct = circuit->circuit()->isDirect();
        std::vector<const Node *> withoutRouter;
        for (const Node *pe : direct ? access.providerEdges : access.layer2Edges) {
            if (!edgesWithRouter.count(pe))
                withoutRouter.push_back(pe);
        }
        if (withoutRouter.empty())
            continue;
        std::vector<std::string> names;
        for (const Node *pe : withoutRouter)
            names.push_back(quoted(*pe));
        sink.report(idsOf(*circuit, withoutRouter),
                    whyCustomerRunsBgp(*circuit, access)
                        + ", but no customer edge router "
                          "connects to provider edge "
                        + joinList(names)
                        + ": somebody must run the primary and secondary BGP sessions to "
                          "Microsoft",
                    "Add a customer edge router between the site and " + joinList(names)
                        + " (site → lan → customer edge → access → provider edge), or order "
                          "managed Layer 3 service from the provider");
    }
}

// LAYER-004 [§1.1 MODELS; DIRECT]: Direct ports are the customer's own; provider circuits are
// handed over by the provider.
void checkPortOwner(const RuleContext &c, FindingSink &sink)
{
    for (const Link *port : c.index.linksOfKind(LinkKind::CircuitPort)) {
        const Node *from = c.index.from(*port);
        const Node *circuit = c.index.to(*port);
        if (!from || !circuit || !circuit->circuit())
            continue;
        const bool direct = circuit->circuit()->isDirect();
        if (direct && from->kind() == NodeKind::ProviderEdge) {
            sink.report({circuit->id, port->id, from->id},
                        "ExpressRoute Direct circuit " + quoted(*circuit)
                            + " is reached through provider edge " + quoted(*from)
                            + ": Direct ports connect your own routers to Microsoft at the "
                              "peering location, with no connectivity provider",
                        "Connect a customer edge router to " + quoted(*circuit)
                            + " with the circuit port, or make it a provider circuit (remove "
                              "its ExpressRoute Direct port and set its provider)");
        } else if (!direct && from->kind() == NodeKind::CustomerEdge) {
            sink.report({circuit->id, port->id, from->id},
                        "Provider circuit " + quoted(*circuit)
                            + " is reached straight from "
                              "customer edge "
                            + quoted(*from)
                            + ": only ExpressRoute Direct connects your routers to Microsoft "
                              "without a connectivity provider",
                        "Put the provider's edge router (a provider edge) between " + quoted(*from)
                            + " and the circuit, or make " + quoted(*circuit)
                            + " ExpressRoute Direct (set its Direct port)");
        }
    }
}

// LAYER-005 [§1.2 CFGPEER; ROUTE; §5.2 item 3 BFD; §3.5]: with managed Layer 3 the provider
// runs BGP with Microsoft, so BFD and MD5 on those sessions are the provider's to configure.
void checkManagedLayer3(const RuleContext &c, FindingSink &sink)
{
    for (const Node *circuit : c.index.nodesOfKind(NodeKind::Circuit)) {
        const CircuitAccess access = accessOf(c.index, *circuit);
        if (circuit->circuit()->isDirect() || access.layer3Edges.empty())
            continue;
        std::vector<std::string> providers;
        for (const Node *pe : access.layer3Edges) {
            const std::string name = pe->providerEdge()->provider.value_or(pe->label());
            if (std::find(providers.begin(), providers.end(), name) == providers.end())
                providers.push_back(name);
        }
        const std::string who = joinList(providers);
        sink.report(idsOf(*circuit, access.layer3Edges),
                    "Circuit " + quoted(*circuit) + " uses managed Layer 3 service of " + who + ": "
                        + who
                        + " runs the BGP sessions with Microsoft, and your "
                          "routers peer with "
                        + who + ", not with Microsoft",
                    "Agree the peer ASN, link subnets, VLAN and the prefixes to advertise with "
                        + who + ", and ask " + who
                        + " to run BFD and MD5 authentication on its BGP sessions with Microsoft "
                          "(and BFD on its sessions with your routers); the design's peering "
                          "settings record what the provider configures");
    }
}

} // namespace

void registerLayerRules(RuleRegistry &registry)
{
    registry.add({"LAYER-001", Severity::Error, "An any-to-any (IPVPN) provider offers Layer 2",
                  "§1.1 [MODELS]", modelsReference, false, checkAnyToAnyLayer});
    registry.add({"LAYER-002", Severity::Error,
                  "Layer 2 or Direct, and a peering lacks its customer-side BGP settings",
                  "§1.2 [PEER], §3.2-§3.4 [CFGPEER]", routingReference, false,
                  checkLayer2PeeringSettings});
    registry.add({"LAYER-003", Severity::Warning,
                  "Layer 2 or Direct, and no customer edge router runs the BGP sessions",
                  "§1.2 [PEER], §2.6 [ROUTE]", peeringsReference, false,
                  checkLayer2HasCustomerRouter});
    registry.add({"LAYER-004", Severity::Error,
                  "A Direct circuit behind a provider edge, or a provider circuit without one",
                  "§1.1 [MODELS; DIRECT]", directReference, false, checkPortOwner});
    registry.add({"LAYER-005", Severity::Info,
                  "Managed Layer 3: the provider runs BGP with Microsoft", "§1.2 [CFGPEER; ROUTE]",
                  modelsReference, false, checkManagedLayer3});
}

} // namespace Er
