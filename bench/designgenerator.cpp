#include "bench/designgenerator.h"

#include "model/catalogue/catalogue.h"

#include <algorithm>
#include <array>
#include <random>
#include <stdexcept>
#include <string_view>

namespace Er::Bench {

namespace {

// Metros with two peering locations and a local Azure region, in the catalogue's names
// (expressroute-facts.md §12, [LOC]); the region comes from the catalogue's localRegions.
struct MetroPair
{
    std::string_view first;
    std::string_view second;
};

constexpr std::array<MetroPair, 16> metroPairs = {{
    {"London", "London2"},
    {"Amsterdam", "Amsterdam2"},
    {"Frankfurt", "Frankfurt2"},
    {"Paris", "Paris2"},
    {"Dublin", "Dublin2"},
    {"Zurich", "Zurich2"},
    {"Madrid", "Madrid2"},
    {"Milan", "Milan2"},
    {"Washington DC", "Washington DC2"},
    {"Chicago", "Chicago2"},
    {"Silicon Valley", "Silicon Valley2"},
    {"Toronto", "Toronto2"},
    {"Singapore", "Singapore2"},
    {"Tokyo", "Tokyo2"},
    {"Sydney", "Sydney2"},
    {"Hong Kong", "Hong Kong2"},
}};

constexpr std::array<std::string_view, 6> providers = {"Equinix",      "Megaport", "Colt",
                                                       "AT&T NetBond", "Zayo",     "Verizon"};

// Layout of one site's band on the canvas; Azure regions are blocks right of the sites, each
// holding its VNets (the canvas frames a region around its VNets).
constexpr double bandHeight = 280;
constexpr double columnWidth = 900;
constexpr double vnetSpacingX = 220;
constexpr double vnetSpacingY = 160;
constexpr int podsPerRegionRow = 4;

constexpr int maxSites = 32768; // sites get a /24 each out of 10.0.0.0/9

struct Metro
{
    const PeeringLocationInfo *first = nullptr;
    const PeeringLocationInfo *second = nullptr;
    std::string region; // ARM name
};

std::vector<Metro> resolveMetros()
{
    const Catalogue &catalogue = Catalogue::builtIn();
    std::vector<Metro> metros;
    for (const MetroPair &pair : metroPairs) {
        Metro metro;
        metro.first = catalogue.peeringLocation(pair.first);
        metro.second = catalogue.peeringLocation(pair.second);
        if (!metro.first || !metro.second || metro.first->localRegions.empty())
            throw std::logic_error("the catalogue lacks peering location "
                                   + std::string(pair.first));
        metro.region = metro.first->localRegions.front();
        metros.push_back(std::move(metro));
    }
    return metros;
}

std::string ipv4(std::uint32_t address)
{
    return std::to_string(address >> 24) + "." + std::to_string((address >> 16) & 255) + "."
           + std::to_string((address >> 8) & 255) + "." + std::to_string(address & 255);
}

std::string cidr(std::uint32_t address, int length)
{
    return ipv4(address) + "/" + std::to_string(length);
}

constexpr std::uint32_t address(int a, int b, int c, int d)
{
    return (std::uint32_t(a) << 24) | (std::uint32_t(b) << 16) | (std::uint32_t(c) << 8)
           | std::uint32_t(d);
}

class Generator
{
public:
    explicit Generator(const GeneratorOptions &options)
        : m_options(options)
        , m_metros(resolveMetros())
        , m_random(options.seed)
    {
        if (options.sites < 1 || options.sites > maxSites)
            throw std::invalid_argument("the generator makes 1 to 32768 sites");
        if (options.sitesPerPod < 1 || options.spokesPerHub < 1 || options.sitesPerColumn < 1)
            throw std::invalid_argument("pods, spokes and columns need at least one element");
        m_pods = (options.sites + options.sitesPerPod - 1) / options.sitesPerPod;
        const int siteColumns = (options.sites + options.sitesPerColumn - 1)
                                / options.sitesPerColumn;
        m_azureX = siteColumns * columnWidth + 500;
        // Each region's block is as tall as its rows of pods' VNets.
        double y = 0;
        const int metros = int(m_metros.size());
        for (int region = 0; region < std::min(m_pods, metros); ++region) {
            m_regionTop.push_back(y);
            const int pods = (m_pods - region + metros - 1) / metros;
            const int rows = (pods + podsPerRegionRow - 1) / podsPerRegionRow;
            y += 180 + rows * vnetSpacingY + 160;
        }
    }

    Topology run()
    {
        m_topology.name = "Generated bank, " + std::to_string(m_options.sites) + " sites (seed "
                          + std::to_string(m_options.seed) + ")";
        m_topology.description = "Synthetic design for the scale benchmark: every site at "
                                 "maximum resiliency, hubs and spokes per metro region.";
        for (int pod = 0; pod < m_pods; ++pod)
            addPod(pod);
        return std::move(m_topology);
    }

private:
    double unit() { return double(m_random()) / 4294967296.0; } // [0, 1), same on every libstdc++

    const Metro &metroOf(int pod) const { return m_metros[std::size_t(pod) % m_metros.size()]; }

    Point sitePosition(int site, double dx, double dy) const
    {
        const int column = site / m_options.sitesPerColumn;
        const int row = site % m_options.sitesPerColumn;
        return Point{column * columnWidth + dx, row * bandHeight + dy};
    }

    std::string regionNode(const Metro &metro)
    {
        const std::string id = "region-" + metro.region;
        if (m_topology.contains(id))
            return id;
        Node node = makeNode(NodeKind::AzureRegion, id);
        const AzureRegionInfo *info = Catalogue::builtIn().region(metro.region);
        node.name = info ? info->displayName : metro.region;
        node.azureRegion()->region = metro.region;
        node.position = Point{m_azureX, m_regionTop[std::size_t(m_regionCount)]};
        ++m_regionCount;
        m_topology.addNode(std::move(node));
        return id;
    }

    std::string addVnet(const std::string &id,
                        const std::string &name,
                        const std::string &region,
                        Point position,
                        bool hub)
    {
        const int index = m_vnetCount++;
        const std::uint32_t base = address(10, 128 + (index >> 8), index & 255, 0);
        Node node = makeNode(NodeKind::VirtualNetwork, id);
        node.name = name;
        node.position = position;
        VirtualNetworkFields &vnet = *node.virtualNetwork();
        vnet.region = region;
        vnet.addressPrefixes = StringList{cidr(base, 24)};
        if (hub) {
            vnet.gatewaySubnetPrefix = cidr(base + 192, 26);
            vnet.expressRouteGateway = ExpressRouteGateway{};
            vnet.expressRouteGateway->sku = "ErGw3AZ";
        }
        m_topology.addNode(std::move(node));
        return id;
    }

    static Link makeLink(const std::string &id,
                         LinkKind kind,
                         const std::string &from,
                         const std::string &to,
                         std::optional<std::string> role = std::nullopt)
    {
        Link link;
        link.id = id;
        link.kind = kind;
        link.from = from;
        link.to = to;
        link.role = std::move(role);
        return link;
    }

    void addPod(int pod)
    {
        const Metro &metro = metroOf(pod);
        const std::string region = regionNode(metro);
        const int firstSite = pod * m_options.sitesPerPod;
        const int lastSite = std::min(m_options.sites, firstSite + m_options.sitesPerPod) - 1;

        const std::string podId = "pod" + std::to_string(pod + 1);
        const std::string city = metro.first->metro;
        // The pod's VNets: one run of hub and spokes in its region's block.
        const int metros = int(m_metros.size());
        const int inRegion = pod / metros;
        const double rowY = m_regionTop[std::size_t(pod % metros)] + 180
                            + (inRegion / podsPerRegionRow) * vnetSpacingY;
        const double runX = m_azureX + 260
                            + (inRegion % podsPerRegionRow) * (1 + m_options.spokesPerHub)
                                  * vnetSpacingX;
        const std::string hub = addVnet(podId + "-hub", city + " hub " + std::to_string(pod + 1),
                                        region, Point{runX, rowY}, true);
        std::vector<std::string> spokes;
        for (int s = 0; s < m_options.spokesPerHub; ++s) {
            const Point position{runX + (s + 1) * vnetSpacingX, rowY};
            const std::string spoke = addVnet(podId + "-spoke" + std::to_string(s + 1),
                                              city + " spoke " + std::to_string(pod + 1) + "."
                                                  + std::to_string(s + 1),
                                              region, position, false);
            Link peering = makeLink(spoke + "-peering", LinkKind::VnetPeering, spoke, hub);
            peering.useRemoteGateways = true;
            m_topology.addLink(std::move(peering));
            spokes.push_back(spoke);
        }
        for (int site = firstSite; site <= lastSite; ++site)
            addSite(site, metro, hub, spokes);
    }

    std::string addProviderEdge(const std::string &id,
                                const PeeringLocationInfo &location,
                                const std::string &provider,
                                Point position)
    {
        Node node = makeNode(NodeKind::ProviderEdge, id);
        node.name = provider + " " + location.name;
        node.position = position;
        ProviderEdgeFields &pe = *node.providerEdge();
        pe.provider = provider;
        pe.peeringLocation = location.name;
        pe.connectivityModel = "cloudExchange";
        pe.serviceLayer = "L2";
        m_topology.addNode(std::move(node));
        return id;
    }

    std::string addCircuit(const std::string &id,
                           const PeeringLocationInfo &location,
                           const std::string &provider,
                           std::int64_t peerAsn,
                           Point position)
    {
        const int index = m_circuitCount++;
        // Two /30 link subnets per circuit out of 172.16.0.0/12 (expressroute-facts.md §3).
        const std::uint32_t subnets = address(172, 16, 0, 0) + std::uint32_t(index) * 8;
        Node node = makeNode(NodeKind::Circuit, id);
        node.name = "ER " + location.name + " " + std::to_string(index + 1);
        node.position = position;
        CircuitFields &circuit = *node.circuit();
        circuit.peeringLocation = location.name;
        circuit.serviceProviderName = provider;
        circuit.bandwidthInMbps = unit() < 0.25 ? 2000 : 1000;
        circuit.skuTier = "Standard";
        circuit.skuFamily = "MeteredData";
        Peering peering;
        peering.peeringType = "AzurePrivatePeering";
        peering.peerASN = peerAsn;
        peering.primaryPeerAddressPrefix = cidr(subnets, 30);
        peering.secondaryPeerAddressPrefix = cidr(subnets + 4, 30);
        peering.vlanId = 100 + index % 3900;
        peering.md5 = true;
        circuit.peerings = std::vector<Peering>{std::move(peering)};
        m_topology.addNode(std::move(node));
        return id;
    }

    void addSite(int site,
                 const Metro &metro,
                 const std::string &hub,
                 const std::vector<std::string> &spokes)
    {
        const std::string id = "s" + std::to_string(site + 1);
        const std::string city = metro.first->metro;
        // Private ASNs: 2-byte while they last, then 4-byte ([CFGPEER]: both are accepted;
        // 65515-65520 are never reached).
        const std::int64_t peerAsn = site < 1000 ? 64512 + site : 4200000000LL + site;

        Node node = makeNode(NodeKind::Site, id);
        node.name = city + " DC " + std::to_string(site + 1);
        node.position = sitePosition(site, 0, bandHeight / 4);
        SiteFields &fields = *node.site();
        GeoLocation location;
        location.lat = metro.first->coordinates.lat + (unit() - 0.5) * 0.4;
        location.lon = metro.first->coordinates.lon + (unit() - 0.5) * 0.4;
        location.city = city;
        fields.location = location;
        fields.addressPrefixes = StringList{cidr(address(10, site >> 8, site & 255, 0), 24)};
        fields.needsVnets = StringList{hub, spokes[std::size_t(site) % spokes.size()]};
        if (site % 4 == 0) {
            Requirements requirements;
            requirements.availabilityPercent = 99.95;
            requirements.bandwidthMbps = 500;
            fields.requirements = requirements;
        }
        m_topology.addNode(std::move(node));

        for (int ce = 1; ce <= 2; ++ce) {
            Node router = makeNode(NodeKind::CustomerEdge, id + "-ce" + std::to_string(ce));
            router.name = "CE " + std::to_string(site + 1) + "." + std::to_string(ce);
            router.position = sitePosition(site, 220, (ce - 1) * bandHeight / 2);
            router.customerEdge()->bfd = true;
            m_topology.addNode(std::move(router));
            m_topology.addLink(makeLink(id + "-lan" + std::to_string(ce), LinkKind::Lan, id,
                                        id + "-ce" + std::to_string(ce)));
        }

        const std::size_t firstProvider = std::size_t(unit() * double(providers.size()));
        const std::size_t offset = 1 + std::size_t(unit() * double(providers.size() - 1));
        const std::string providerA(providers[firstProvider]);
        const std::string providerB(providers[(firstProvider + offset) % providers.size()]);
        const std::array<const PeeringLocationInfo *, 2> locations = {metro.first, metro.second};
        const std::array<std::string, 2> circuitProviders = {providerA, providerB};
        for (int leg = 0; leg < 2; ++leg) {
            const std::string n = std::to_string(leg + 1);
            const double dy = leg * bandHeight / 2;
            const std::string pe = addProviderEdge(id + "-pe" + n, *locations[std::size_t(leg)],
                                                   circuitProviders[std::size_t(leg)],
                                                   sitePosition(site, 440, dy));
            const std::string circuit = addCircuit(id + "-er" + n, *locations[std::size_t(leg)],
                                                   circuitProviders[std::size_t(leg)], peerAsn,
                                                   sitePosition(site, 660, dy));
            // Each customer edge carries one link of each circuit (RES-003).
            for (int ce = 1; ce <= 2; ++ce) {
                const std::string c = std::to_string(ce);
                Link access = makeLink(id + "-acc" + n + c, LinkKind::Access, id + "-ce" + c, pe,
                                       ce == 1 ? "primary" : "secondary");
                access.riskGroups = StringList{"trench-" + id + (ce == 1 ? "-a" : "-b")};
                m_topology.addLink(std::move(access));
            }
            m_topology.addLink(
                makeLink(id + "-port" + n + "p", LinkKind::CircuitPort, pe, circuit, "primary"));
            m_topology.addLink(
                makeLink(id + "-port" + n + "s", LinkKind::CircuitPort, pe, circuit, "secondary"));
            m_topology.addLink(makeLink(id + "-conn" + n, LinkKind::Connection, circuit, hub));
        }
    }

    const GeneratorOptions m_options;
    const std::vector<Metro> m_metros;
    std::mt19937 m_random;
    Topology m_topology;
    int m_pods = 0;
    double m_azureX = 0;
    std::vector<double> m_regionTop; // by region, in order of first use
    int m_regionCount = 0;
    int m_vnetCount = 0;
    int m_circuitCount = 0;
};

} // namespace

Topology generateDesign(const GeneratorOptions &options)
{
    return Generator(options).run();
}

GeneratedDesignCounts expectedCounts(const GeneratorOptions &options)
{
    GeneratedDesignCounts counts;
    counts.sites = options.sites;
    counts.pods = (options.sites + options.sitesPerPod - 1) / options.sitesPerPod;
    counts.regions = std::min<int>(counts.pods, int(metroPairs.size()));
    counts.circuits = 2 * options.sites;
    counts.virtualNetworks = counts.pods * (1 + options.spokesPerHub);
    return counts;
}

} // namespace Er::Bench
