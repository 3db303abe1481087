#include "model/validation/rules/addressrules.h"

#include "model/core/topologyindex.h"
#include "model/net/cidr.h"
#include "model/validation/ruleregistry.h"
#include "model/validation/rules/rulehelpers.h"
#include "model/validation/rules/smallset.h"

#include <map>
#include <set>

namespace Er {

namespace {

const std::string planReference
    = "https://learn.microsoft.com/azure/virtual-network/virtual-network-vnet-plan-design-arm";
const std::string routingReference = std::string(learnBase) + "expressroute-routing";

struct OwnedPrefix
{
    const Node *owner = nullptr;
    const std::string *text = nullptr; // as written in the design
};

// Prefixes that are the same network once normalized, split by the kind of their owner.
struct PrefixGroup
{
    Cidr network;
    std::vector<OwnedPrefix> sites;
    std::vector<OwnedPrefix> vnets;
};

// The address plan of some sites and VNets. Overlaps are found between distinct networks, so
// the search stays O(n log n) even when many elements reuse one prefix; only the owner pairs a
// rule asks for are then listed.
class AddressPlan
{
public:
    void add(const Node &owner, const std::string &text)
    {
        const std::optional<Cidr> cidr = Cidr::parse(text);
        if (!cidr)
            return; // ADDR-003
        PrefixGroup &group = m_groups[groupOf(cidr->normalized())];
        (owner.site() ? group.sites : group.vnets).push_back({&owner, &text});
    }

    void addPrefixes(const Node &owner, const std::optional<StringList> &prefixes)
    {
        if (!prefixes)
            return;
        for (const std::string &text : *prefixes)
            add(owner, text);
    }

    // Calls visit(a, b) for every pair of overlapping groups, and visit(a, a) for each group.
    template<typename Visit>
    void forEachOverlap(Visit visit) const
    {
        for (const PrefixGroup &group : m_groups)
            visit(group, group);
        if (m_groups.size() <= linearGroups) {
            // Pair by pair, in findOverlaps' order: cheaper than sorting for a few groups.
            for (std::size_t i = 0; i < m_groups.size(); ++i) {
                for (std::size_t j = i + 1; j < m_groups.size(); ++j) {
                    if (m_groups[i].network.overlaps(m_groups[j].network))
                        visit(m_groups[i], m_groups[j]);
                }
            }
            return;
        }
        std::vector<Cidr> networks;
        networks.reserve(m_groups.size());
        for (const PrefixGroup &group : m_groups)
            networks.push_back(group.network);
        for (const auto &[i, j] : findOverlaps(networks))
            visit(m_groups[i], m_groups[j]);
    }

private:
    // ADDR-002 makes a plan per circuit, of a few VNets: searched linearly while it is small.
    static constexpr std::size_t linearGroups = 16;

    std::size_t groupOf(const Cidr &network)
    {
        if (m_groups.size() < linearGroups) {
            for (std::size_t i = 0; i < m_groups.size(); ++i) {
                if (m_groups[i].network == network)
                    return i;
            }
        } else {
            if (m_groupByNetwork.empty()) {
                for (std::size_t i = 0; i < m_groups.size(); ++i)
                    m_groupByNetwork.emplace(m_groups[i].network, i);
            }
            const auto [it, added] = m_groupByNetwork.emplace(network, m_groups.size());
            if (!added)
                return it->second;
        }
        m_groups.push_back({network, {}, {}});
        return m_groups.size() - 1;
    }

    std::vector<PrefixGroup> m_groups;
    std::map<Cidr, std::size_t> m_groupByNetwork; // once there are linearGroups groups
};

// Each unordered pair of distinct elements once.
class PairSet
{
public:
    bool insert(const Node *a, const Node *b)
    {
        if (std::less<const Node *>()(b, a))
            std::swap(a, b);
        return m_pairs.emplace(a, b).second;
    }

private:
    std::set<std::pair<const Node *, const Node *>> m_pairs;
};

// Calls report(x, y) for each pair of prefixes of different owners, one from `first` and one from
// `second` (the same list: each pair once).
template<typename Report>
void forOwnerPairs(const std::vector<OwnedPrefix> &first,
                   const std::vector<OwnedPrefix> &second,
                   bool sameList,
                   Report report)
{
    for (std::size_t i = 0; i < first.size(); ++i) {
        for (std::size_t j = sameList ? i + 1 : 0; j < second.size(); ++j) {
            if (first[i].owner != second[j].owner)
                report(first[i], second[j]);
        }
    }
}

// ADDR-001: on-premises and Azure address spaces must be distinct for routes between them to be
// unambiguous (IP routing; the facts name no section for it).
void checkSiteVnetOverlap(const RuleContext &c, FindingSink &sink)
{
    AddressPlan plan;
    for (const Node *site : c.index.nodesOfKind(NodeKind::Site))
        plan.addPrefixes(*site, site->site()->addressPrefixes);
    for (const Node *vnet : c.index.nodesOfKind(NodeKind::VirtualNetwork))
        plan.addPrefixes(*vnet, vnet->virtualNetwork()->addressPrefixes);
    PairSet reported;
    const auto report = [&](const OwnedPrefix &site, const OwnedPrefix &vnet) {
        if (!reported.insert(site.owner, vnet.owner))
            return;
        sink.report({site.owner->id, vnet.owner->id},
                    "Site " + quoted(*site.owner) + " prefix " + *site.text
                        + " overlaps the address space " + *vnet.text + " of VNet "
                        + quoted(*vnet.owner),
                    "Re-address the VNet or the on-premises network: with overlapping prefixes, "
                    "traffic between them cannot be routed");
    };
    plan.forEachOverlap([&](const PrefixGroup &a, const PrefixGroup &b) {
        forOwnerPairs(a.sites, b.vnets, false, report);
        if (&a != &b)
            forOwnerPairs(b.sites, a.vnets, false, report);
    });
}

// The VNets on-premises reaches through the circuit: those it connects to, and their spokes
// that use the hub's gateway (docs/spec/analysis-model.md).
std::vector<const Node *> vnetsThroughCircuit(const RuleContext &c, const Node &circuit)
{
    std::vector<const Node *> vnets;
    SmallSet<const Node *> seen;
    const auto add = [&](const Node *vnet) {
        if (vnet && vnet->virtualNetwork() && seen.insert(vnet))
            vnets.push_back(vnet);
    };
    for (const Link *connection : c.index.outgoing(circuit, LinkKind::Connection)) {
        const Node *hub = c.index.to(*connection);
        if (!hub)
            continue;
        add(hub);
        for (const Link *peering : c.index.incoming(*hub, LinkKind::VnetPeering)) {
            if (peering->useRemoteGateways.value_or(false))
                add(c.index.from(*peering));
        }
    }
    return vnets;
}

// ADDR-002: on-premises learns every VNet behind a circuit from the same BGP sessions (§3.1;
// PEER), so two copies of a prefix cannot both be reached.
void checkVnetOverlapOnCircuit(const RuleContext &c, FindingSink &sink)
{
    PairSet reported;
    for (const Node *circuit : c.index.nodesOfKind(NodeKind::Circuit)) {
        const std::vector<const Node *> vnets = vnetsThroughCircuit(c, *circuit);
        if (vnets.size() < 2)
            continue;
        AddressPlan plan;
        for (const Node *vnet : vnets)
            plan.addPrefixes(*vnet, vnet->virtualNetwork()->addressPrefixes);
        const auto report = [&](const OwnedPrefix &a, const OwnedPrefix &b) {
            if (!reported.insert(a.owner, b.owner))
                return;
            sink.report({a.owner->id, b.owner->id, circuit->id},
                        "VNets " + quoted(*a.owner) + " (" + *a.text + ") and " + quoted(*b.owner)
                            + " (" + *b.text + ") overlap, and both are reached through circuit "
                            + quoted(*circuit),
                        "Re-address one of the VNets: on-premises cannot route to two copies of "
                        "one prefix");
        };
        plan.forEachOverlap([&](const PrefixGroup &a, const PrefixGroup &b) {
            forOwnerPairs(a.vnets, b.vnets, &a == &b, report);
        });
    }
}

// ADDR-003: every CIDR field of the design, strictly parsed (model/net/cidr.h). `where` makes
// the field's description ("addressPrefixes of VNet 'hub'") only for a finding.
class CidrFieldChecker
{
public:
    explicit CidrFieldChecker(FindingSink &sink)
        : m_sink(sink)
    {}

    template<typename Where>
    void check(const std::string &elementId, Where where, const std::optional<std::string> &text)
    {
        if (text)
            check(elementId, where, *text);
    }

    template<typename Where>
    void check(const std::string &elementId, Where where, const std::optional<StringList> &list)
    {
        if (!list)
            return;
        for (const std::string &text : *list)
            check(elementId, where, text);
    }

    template<typename Where>
    void check(const std::string &elementId, Where where, const std::string &text)
    {
        std::string error;
        const std::optional<Cidr> cidr = Cidr::parse(text, &error);
        if (!cidr) {
            m_sink.report({elementId},
                          "Address prefix " + quoted(text) + " in " + where()
                              + " is not a valid CIDR: " + error,
                          "Write it as address/length, e.g. 10.1.0.0/16 or 2001:db8::/48");
        } else if (cidr->hostBitsSet()) {
            const std::string network = cidr->normalized().toString();
            m_sink.report({elementId},
                          "Address prefix " + quoted(text) + " in " + where()
                              + " has host bits set: its network is " + network,
                          "Write it as " + network + ", or use the prefix length you meant");
        }
    }

private:
    FindingSink &m_sink;
};

std::string peeringName(const Peering &peering)
{
    if (peering.peeringType == "AzurePrivatePeering")
        return "private peering";
    if (peering.peeringType == "MicrosoftPeering")
        return "Microsoft peering";
    return peering.peeringType ? *peering.peeringType : std::string("peering");
}

void checkMalformedCidrs(const RuleContext &c, FindingSink &sink)
{
    CidrFieldChecker check(sink);
    for (const Node &node : c.topology.nodes()) {
        const auto field = [&node](const char *name) {
            return [name, &node] { return name + (" of " + describe(node)); };
        };
        if (const SiteFields *site = node.site()) {
            check.check(node.id, field("the address prefixes"), site->addressPrefixes);
            check.check(node.id, field("the prefixes announced to the internet"),
                        site->internetAdvertisedPrefixes);
        } else if (const VirtualNetworkFields *vnet = node.virtualNetwork()) {
            check.check(node.id, field("the address prefixes"), vnet->addressPrefixes);
            check.check(node.id, field("the gateway subnet"), vnet->gatewaySubnetPrefix);
        } else if (const CircuitFields *circuit = node.circuit()) {
            if (!circuit->peerings)
                continue;
            for (const Peering &peering : *circuit->peerings) {
                const auto peeringField = [&](const char *name) {
                    return [name, &peering, &node] {
                        return name + (" of " + peeringName(peering) + " of " + describe(node));
                    };
                };
                check.check(node.id, peeringField("the primary /30 subnet"),
                            peering.primaryPeerAddressPrefix);
                check.check(node.id, peeringField("the secondary /30 subnet"),
                            peering.secondaryPeerAddressPrefix);
                check.check(node.id, peeringField("the advertised prefixes"),
                            peering.advertisedPrefixes);
            }
        }
    }
    for (const Link *link : c.index.linksOfKind(LinkKind::GlobalReach)) {
        check.check(
            link->id,
            [link] { return "the address prefix of Global Reach link " + quoted(link->id); },
            link->addressPrefix);
    }
}

// ADDR-004: Azure learns every site's prefixes into the same VNet route tables; overlapping ones
// cannot both be reached (IP routing; the facts name no section for it).
void checkSiteOverlap(const RuleContext &c, FindingSink &sink)
{
    AddressPlan plan;
    for (const Node *site : c.index.nodesOfKind(NodeKind::Site))
        plan.addPrefixes(*site, site->site()->addressPrefixes);
    PairSet reported;
    const auto report = [&](const OwnedPrefix &a, const OwnedPrefix &b) {
        if (!reported.insert(a.owner, b.owner))
            return;
        sink.report({a.owner->id, b.owner->id},
                    "Sites " + quoted(*a.owner) + " (" + *a.text + ") and " + quoted(*b.owner)
                        + " (" + *b.text + ") have overlapping prefixes",
                    "Re-address one site, or advertise only distinct prefixes from each: Azure "
                    "cannot tell the two apart");
    };
    plan.forEachOverlap([&](const PrefixGroup &a, const PrefixGroup &b) {
        forOwnerPairs(a.sites, b.sites, &a == &b, report);
    });
}

} // namespace

void registerAddressRules(RuleRegistry &registry)
{
    registry.add({"ADDR-001", Severity::Error, "A site's prefixes overlap a VNet's address space",
                  "", planReference, false, checkSiteVnetOverlap});
    registry.add({"ADDR-002", Severity::Error,
                  "Two VNets reachable through one circuit overlap each other", "§3.1",
                  routingReference, false, checkVnetOverlapOnCircuit});
    registry.add({"ADDR-003", Severity::Error, "A malformed CIDR in the design",
                  "topology-format.md", planReference, false, checkMalformedCidrs});
    registry.add({"ADDR-004", Severity::Warning, "Two sites' prefixes overlap", "",
                  routingReference, false, checkSiteOverlap});
}

} // namespace Er
