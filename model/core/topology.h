#pragma once

#include "model/core/annotation.h"
#include "model/core/plainvalues.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <variant>
#include <vector>

namespace Er {

// The topology of an .ertopo design (docs/spec/topology-format.md), as plain values.
// Every kind field is optional: what a file omits stays omitted when it is saved again, and a
// missing required field is a validation finding (TOPO-007), not a load error. Enumerated values
// are kept as the strings the file holds, so an unknown value survives and can be flagged.

enum class NodeKind { Site, CustomerEdge, ProviderEdge, Circuit, AzureRegion, VirtualNetwork };
enum class LinkKind { Lan, Access, CircuitPort, Connection, GlobalReach, Vpn, VnetPeering };

inline constexpr NodeKind allNodeKinds[] = {NodeKind::Site,         NodeKind::CustomerEdge,
                                            NodeKind::ProviderEdge, NodeKind::Circuit,
                                            NodeKind::AzureRegion,  NodeKind::VirtualNetwork};
inline constexpr LinkKind allLinkKinds[] = {LinkKind::Lan,         LinkKind::Access,
                                            LinkKind::CircuitPort, LinkKind::Connection,
                                            LinkKind::GlobalReach, LinkKind::Vpn,
                                            LinkKind::VnetPeering};

std::string_view toString(NodeKind kind);
std::string_view toString(LinkKind kind);
std::optional<NodeKind> nodeKindFromString(std::string_view text);
std::optional<LinkKind> linkKindFromString(std::string_view text);
// Human-readable names for menus and reports ("Customer edge", "Circuit port").
std::string_view displayName(NodeKind kind);
std::string_view displayName(LinkKind kind);

struct GeoLocation
{
    std::optional<double> lat;
    std::optional<double> lon;
    std::optional<std::string> city;
    ExtraFields extra;
    bool operator==(const GeoLocation &) const = default;
};

struct Requirements
{
    std::optional<double> availabilityPercent;
    std::optional<double> maxLatencyMs;
    std::optional<double> bandwidthMbps;
    std::optional<bool> encryptionRequired;
    // Data sent from Azure to the site each month, for metered egress (docs/spec/price-list.md).
    std::optional<double> monthlyEgressGb;
    ExtraFields extra;
    bool operator==(const Requirements &) const = default;
};

struct SiteFields
{
    std::optional<GeoLocation> location;
    std::optional<StringList> addressPrefixes;
    std::optional<bool> internetBreakout;
    std::optional<bool> qosMarking;
    // The site's internet line: its bandwidth caps a VPN over the internet, and unless it is
    // marked diverse it shares the building entry with the site's access lines.
    std::optional<double> internetBandwidthMbps;
    std::optional<bool> internetLineDiverse;
    // The public prefixes the site's internet edge announces to the internet (its ISPs); compared
    // with what Microsoft peering advertises (asymmetric routing, PEERING-016/017).
    std::optional<StringList> internetAdvertisedPrefixes;
    std::optional<StringList> needsVnets;
    std::optional<StringList> needsServices;
    std::optional<Requirements> requirements;

    bool hasInternetBreakout() const { return internetBreakout.value_or(true); }
    bool marksQos() const { return qosMarking.value_or(false); }
    bool operator==(const SiteFields &) const = default;
};

struct CustomerEdgeFields
{
    std::optional<bool> bfd;
    std::optional<std::int64_t> asn;
    bool operator==(const CustomerEdgeFields &) const = default;
};

struct ProviderEdgeFields
{
    std::optional<std::string> provider;
    std::optional<std::string> peeringLocation;
    std::optional<std::string> connectivityModel; // cloudExchange | pointToPoint | anyToAny
    std::optional<std::string> serviceLayer;      // L2 | L3
    bool operator==(const ProviderEdgeFields &) const = default;
};

struct Peering
{
    // AzurePrivatePeering | MicrosoftPeering | AzurePublicPeering
    std::optional<std::string> peeringType;
    std::optional<std::int64_t> peerASN;
    std::optional<std::string> primaryPeerAddressPrefix;
    std::optional<std::string> secondaryPeerAddressPrefix;
    std::optional<std::int64_t> vlanId;
    std::optional<StringList> advertisedPrefixes;
    std::optional<std::int64_t> advertisedPrefixCount;
    std::optional<StringList> routeFilter;
    std::optional<std::int64_t> customerASN;
    std::optional<bool> md5;
    // Routing preference (analysis-model.md "Routing"): how many times the customer prepends its
    // ASN to the routes it advertises over this peering (Azure prefers the shorter AS path), and
    // the local preference the customer edge gives the routes it learns here (higher wins).
    std::optional<std::int64_t> asPathPrepend;
    std::optional<std::int64_t> localPreference;
    // Microsoft peering: Azure's validation of the advertised public prefixes, as ARM reports it
    // (NotConfigured | Configuring | Configured | ValidationNeeded); "Configured" = validated.
    std::optional<std::string> advertisedPublicPrefixesState;
    ExtraFields extra;
    bool operator==(const Peering &) const = default;
};

struct ExpressRouteDirectPort
{
    std::optional<double> portBandwidthInGbps;
    std::optional<std::string> encapsulation; // Dot1Q | QinQ
    std::optional<bool> macsec;
    ExtraFields extra;
    bool operator==(const ExpressRouteDirectPort &) const = default;
};

struct CircuitFields
{
    std::optional<std::string> peeringLocation;
    std::optional<std::string> serviceProviderName;
    std::optional<std::int64_t> bandwidthInMbps;
    std::optional<std::string> skuTier;   // Local | Standard | Premium
    std::optional<std::string> skuFamily; // MeteredData | UnlimitedData
    std::optional<bool> metro;
    std::optional<ExpressRouteDirectPort> expressRouteDirect;
    std::optional<std::vector<Peering>> peerings;

    bool isMetro() const { return metro.value_or(false); }
    bool isDirect() const { return expressRouteDirect.has_value(); }
    const Peering *peering(std::string_view type) const;
    bool operator==(const CircuitFields &) const = default;
};

struct AzureRegionFields
{
    std::optional<std::string> region; // ARM name, e.g. uksouth
    bool operator==(const AzureRegionFields &) const = default;
};

struct ScaleUnits
{
    std::optional<std::int64_t> min;
    std::optional<std::int64_t> max;
    ExtraFields extra;
    bool operator==(const ScaleUnits &) const = default;
};

struct ExpressRouteGateway
{
    std::optional<std::string> sku;
    std::optional<ScaleUnits> scaleUnits;
    // The last Resiliency Validation test of the gateway, "YYYY-MM-DD" (resiliencyindex.h).
    std::optional<std::string> resiliencyValidatedOn;
    ExtraFields extra;
    bool operator==(const ExpressRouteGateway &) const = default;
};

struct VpnGateway
{
    std::optional<std::string> sku;
    std::optional<bool> activeActive;
    ExtraFields extra;
    bool operator==(const VpnGateway &) const = default;
};

struct VirtualNetworkFields
{
    std::optional<std::string> region; // node id of an azureRegion
    std::optional<StringList> addressPrefixes;
    std::optional<std::string> gatewaySubnetPrefix;
    // IP addresses in use in the VNet (VMs, private endpoints, ...), where the designer knows them;
    // absent = unknown (the address space only bounds it). Used for FastPath's IP limit.
    std::optional<std::int64_t> ipAddressesInUse;
    std::optional<ExpressRouteGateway> expressRouteGateway;
    std::optional<VpnGateway> vpnGateway;
    bool operator==(const VirtualNetworkFields &) const = default;
};

// The alternatives are in NodeKind order.
using NodeFields = std::variant<SiteFields,
                                CustomerEdgeFields,
                                ProviderEdgeFields,
                                CircuitFields,
                                AzureRegionFields,
                                VirtualNetworkFields>;

NodeFields defaultFields(NodeKind kind);

struct Node
{
    std::string id;
    std::optional<std::string> name;
    std::optional<Point> position;
    std::optional<double> availabilityPercent;
    std::optional<std::string> notes;
    // What others than Microsoft bill for this element each month (provider port, cross-connect,
    // last mile), in the price list's currency.
    std::optional<double> providerMonthlyCost;
    // Added by an import in place of what Azure does not know (the customer side): the user fills
    // it in and clears the mark (topology-format.md, finding IMPORT-001).
    std::optional<bool> placeholder;
    // Arrange > Tidy leaves the node where it is.
    std::optional<bool> pinned;
    NodeFields fields;
    ExtraFields extra;

    bool isPlaceholder() const { return placeholder.value_or(false); }
    bool isPinned() const { return pinned.value_or(false); }
    NodeKind kind() const { return static_cast<NodeKind>(fields.index()); }
    // The display label: the name, or the id where there is none.
    const std::string &label() const { return name && !name->empty() ? *name : id; }

    const SiteFields *site() const { return std::get_if<SiteFields>(&fields); }
    const CustomerEdgeFields *customerEdge() const
    {
        return std::get_if<CustomerEdgeFields>(&fields);
    }
    const ProviderEdgeFields *providerEdge() const
    {
        return std::get_if<ProviderEdgeFields>(&fields);
    }
    const CircuitFields *circuit() const { return std::get_if<CircuitFields>(&fields); }
    const AzureRegionFields *azureRegion() const { return std::get_if<AzureRegionFields>(&fields); }
    const VirtualNetworkFields *virtualNetwork() const
    {
        return std::get_if<VirtualNetworkFields>(&fields);
    }
    SiteFields *site() { return std::get_if<SiteFields>(&fields); }
    CustomerEdgeFields *customerEdge() { return std::get_if<CustomerEdgeFields>(&fields); }
    ProviderEdgeFields *providerEdge() { return std::get_if<ProviderEdgeFields>(&fields); }
    CircuitFields *circuit() { return std::get_if<CircuitFields>(&fields); }
    AzureRegionFields *azureRegion() { return std::get_if<AzureRegionFields>(&fields); }
    VirtualNetworkFields *virtualNetwork() { return std::get_if<VirtualNetworkFields>(&fields); }

    bool operator==(const Node &) const = default;
};

Node makeNode(NodeKind kind, std::string id);

struct Link
{
    std::string id;
    LinkKind kind = LinkKind::Lan;
    std::string from;
    std::string to;
    std::optional<std::string> role; // access: primary|secondary|both; circuitPort: primary|secondary
    std::optional<std::int64_t> bandwidthInMbps;
    std::optional<double> lengthKm;
    std::optional<StringList> riskGroups;
    std::optional<std::int64_t> routingWeight;
    std::optional<bool> fastPath;
    std::optional<std::string> addressPrefix; // globalReach /29
    std::optional<bool> overExpressRoute;
    std::optional<bool> bgp;
    std::optional<StringList> advertisedPrefixes; // vpn: what the site announces over the tunnel
    std::optional<bool> useRemoteGateways;
    std::optional<double> availabilityPercent;
    std::optional<std::string> notes;
    std::optional<double> providerMonthlyCost; // as Node::providerMonthlyCost
    ExtraFields extra;

    bool operator==(const Link &) const = default;
};

// The design's pricing terms (docs/spec/price-list.md).
struct Pricing
{
    // An agreement's discount (EA, CSP) on everything Microsoft bills, in percent.
    std::optional<double> discountPercent;
    ExtraFields extra;
    bool operator==(const Pricing &) const = default;
};

// A whole design. Nodes and links keep the order they were loaded or added in; ids are unique
// across nodes and links together.
class Topology
{
public:
    static constexpr int currentFormatVersion = 1;

    std::optional<std::string> name;
    std::optional<std::string> description;
    ExtraFields assumptions; // analysis overrides, as JSON text per key
    std::optional<Pricing> pricing;
    ExtraFields extra; // unknown top-level members

    const std::vector<Node> &nodes() const { return m_nodes; }
    const std::vector<Link> &links() const { return m_links; }

    // The design's notes and rectangles (core/annotation.h), in file order; drawn beneath the
    // nodes and links, the last on top.
    const std::vector<Annotation> &annotations() const { return m_annotations; }

    const Node *node(std::string_view id) const;
    const Link *link(std::string_view id) const;
    const Annotation *annotation(std::string_view id) const;
    // Whether a node, a link or an annotation has this id.
    bool contains(std::string_view id) const;
    std::optional<std::size_t> nodeIndex(std::string_view id) const;
    std::optional<std::size_t> linkIndex(std::string_view id) const;
    // The nodes the link at this position starts and ends at, or null where its id names no node.
    // Kept up to date by the mutators, so that no look-up by id is needed.
    const Node *linkFrom(std::size_t linkIndex) const;
    const Node *linkTo(std::size_t linkIndex) const;

    // A numeric assumption override, if the design sets one.
    std::optional<double> assumption(std::string_view key) const;

    // Mutators keep the id index up to date. Adding an id that exists, or changing an id through
    // replace, is refused (returns false).
    bool addNode(Node node, std::optional<std::size_t> atIndex = std::nullopt);
    // Room for this many nodes and links (a reader that knows the counts).
    void reserve(std::size_t nodes, std::size_t links);
    bool addLink(Link link, std::optional<std::size_t> atIndex = std::nullopt);
    bool replaceNode(const Node &node);
    bool replaceLink(const Link &link);
    std::optional<Node> removeNode(std::string_view id);
    std::optional<Link> removeLink(std::string_view id);
    // Annotations share the id space of nodes and links; a design holds a few, so they are
    // looked up by a scan.
    bool addAnnotation(Annotation annotation, std::optional<std::size_t> atIndex = std::nullopt);
    bool replaceAnnotation(const Annotation &annotation);
    std::optional<Annotation> removeAnnotation(std::string_view id);
    std::optional<std::size_t> annotationIndex(std::string_view id) const;
    void clear();

    // A fresh id with the given prefix ("site-1", "site-2", ...), unused in this design.
    std::string uniqueId(std::string_view prefix) const;

    bool operator==(const Topology &other) const;

private:
    // Positions in m_nodes of a link's ends; noNode where the id names no node (yet).
    static constexpr std::size_t noNode = static_cast<std::size_t>(-1);
    struct LinkEnds
    {
        std::size_t from = noNode;
        std::size_t to = noNode;
    };

    void reindexFrom(std::size_t nodeStart, std::size_t linkStart);
    LinkEnds resolveEnds(const Link &link) const;
    void shiftLinkEnds(std::size_t fromNodeIndex, bool inserted);
    void resolveDanglingEnds(std::size_t nodeIndex);
    static std::size_t danglingCount(const LinkEnds &ends);

    std::vector<Node> m_nodes;
    std::vector<Link> m_links;
    std::vector<Annotation> m_annotations;
    std::vector<LinkEnds> m_linkEnds; // parallel to m_links
    std::size_t m_danglingEnds = 0;   // link ends that are noNode
    // Looked up by string_view without building a std::string for each look-up. Deliberately
    // not noexcept: libstdc++ then keeps each id's hash in the index, so growing it and
    // comparing ids cost no rehashing of strings (loading 10,000 sites is a third faster).
    struct IdHash
    {
        using is_transparent = void;
        std::size_t operator()(std::string_view id) const
        {
            return std::hash<std::string_view>{}(id);
        }
    };
    using IdIndex = std::unordered_map<std::string, std::size_t, IdHash, std::equal_to<>>;
    IdIndex m_nodeIndex;
    IdIndex m_linkIndex;
};

} // namespace Er
