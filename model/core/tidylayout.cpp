#include "model/core/tidylayout.h"

#include "model/core/kindrank.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <numeric>
#include <unordered_map>

namespace Er {

namespace {

constexpr int layerCount = 5;
constexpr int azureLayer = 4;
constexpr int sweeps = 4;
// Between one region's block and the next: room for the container's title and padding.
constexpr double regionGap = 60;

int layerOf(NodeKind kind)
{
    return std::min(onPremisesToAzureRank(kind), azureLayer); // regions and VNets share a layer
}

class Tidy
{
public:
    explicit Tidy(const Topology &topology)
        : m_nodes(topology.nodes())
        , m_layer(m_nodes.size())
        , m_rank(m_nodes.size(), 0.0)
        , m_y(m_nodes.size(), 0.0)
        , m_neighbours(m_nodes.size())
        , m_region(m_nodes.size(), none)
    {
        for (std::size_t i = 0; i < m_nodes.size(); ++i) {
            m_layer[i] = layerOf(m_nodes[i].kind());
            if (const VirtualNetworkFields *vnet = m_nodes[i].virtualNetwork();
                vnet && vnet->region) {
                if (const auto region = topology.nodeIndex(*vnet->region))
                    m_region[i] = *region;
            }
        }
        for (std::size_t l = 0; l < topology.links().size(); ++l) {
            const auto from = topology.nodeIndex(topology.links()[l].from);
            const auto to = topology.nodeIndex(topology.links()[l].to);
            if (!from || !to || m_layer[*from] == m_layer[*to])
                continue;
            m_neighbours[*from].push_back(*to);
            m_neighbours[*to].push_back(*from);
        }
    }

    std::vector<std::pair<std::string, Point>> run()
    {
        initialOrder();
        for (int sweep = 0; sweep < sweeps; ++sweep) {
            for (int layer = 1; layer < layerCount; ++layer)
                reorder(layer, true);
            for (int layer = layerCount - 2; layer >= 0; --layer)
                reorder(layer, false);
        }
        place();
        std::vector<std::pair<std::string, Point>> positions;
        positions.reserve(m_nodes.size());
        for (std::size_t i = 0; i < m_nodes.size(); ++i) {
            if (pinned(i))
                continue;
            positions.emplace_back(m_nodes[i].id, Point{m_layer[i] * tidyColumnSpacing, m_y[i]});
        }
        return positions;
    }

private:
    static constexpr std::size_t none = static_cast<std::size_t>(-1);

    // A pinned node without a position has nowhere to stay: it is laid out like the others.
    bool pinned(std::size_t i) const { return m_nodes[i].isPinned() && m_nodes[i].position; }

    void initialOrder()
    {
        for (std::size_t i = 0; i < m_nodes.size(); ++i) {
            if (m_nodes[i].kind() != NodeKind::VirtualNetwork || m_region[i] == none)
                m_order[m_layer[i]].push_back(i);
        }
        // The Azure layer: each region followed by its VNets.
        std::unordered_map<std::size_t, std::vector<std::size_t>> members;
        for (std::size_t v = 0; v < m_nodes.size(); ++v) {
            if (m_region[v] != none && m_nodes[v].kind() == NodeKind::VirtualNetwork)
                members[m_region[v]].push_back(v);
        }
        std::vector<std::size_t> azure;
        for (const std::size_t i : m_order[azureLayer]) {
            azure.push_back(i);
            if (const auto found = members.find(i); found != members.end())
                azure.insert(azure.end(), found->second.begin(), found->second.end());
        }
        m_order[azureLayer] = std::move(azure);
        // Pinned nodes start where their positions put them among the others.
        for (auto &order : m_order) {
            std::vector<double> key(m_nodes.size());
            for (std::size_t k = 0; k < order.size(); ++k) {
                const std::size_t i = order[k];
                key[i] = pinned(i) ? m_nodes[i].position->y
                                   : static_cast<double>(k) * tidyRowSpacing;
            }
            if (&order != &m_order[azureLayer])
                std::stable_sort(order.begin(), order.end(),
                                 [&](std::size_t a, std::size_t b) { return key[a] < key[b]; });
            setRanks(order);
        }
    }

    void setRanks(const std::vector<std::size_t> &order)
    {
        // Ranks in [0, 1] so that layers of different sizes compare.
        const double scale = order.size() > 1 ? 1.0 / static_cast<double>(order.size() - 1) : 0.0;
        for (std::size_t k = 0; k < order.size(); ++k)
            m_rank[order[k]] = static_cast<double>(k) * scale;
    }

    // The mean rank of the neighbours in earlier (`forward`) or later layers; the node's own
    // rank where it has none there. Pinned nodes keep the place their position gives them.
    double barycentre(std::size_t i, bool forward) const
    {
        double sum = 0;
        int count = 0;
        for (const std::size_t n : m_neighbours[i]) {
            if (forward ? m_layer[n] < m_layer[i] : m_layer[n] > m_layer[i]) {
                sum += m_rank[n];
                ++count;
            }
        }
        return count ? sum / count : m_rank[i];
    }

    void reorder(int layer, bool forward)
    {
        std::vector<std::size_t> &order = m_order[layer];
        std::vector<double> key(m_nodes.size());
        for (const std::size_t i : order)
            key[i] = pinned(i) ? m_rank[i] : barycentre(i, forward);
        if (layer == azureLayer) {
            // A region's key is its VNets' mean; VNets stay in their region's block.
            std::unordered_map<std::size_t, std::pair<double, int>> regionKeys;
            for (const std::size_t i : order) {
                if (m_region[i] != none) {
                    auto &[sum, count] = regionKeys[m_region[i]];
                    sum += key[i];
                    ++count;
                }
            }
            std::vector<double> groupKey(m_nodes.size());
            std::vector<std::size_t> group(m_nodes.size());
            for (const std::size_t i : order) {
                group[i] = m_region[i] != none ? m_region[i] : i;
                const auto found = regionKeys.find(group[i]);
                groupKey[i] = found != regionKeys.end() ? found->second.first / found->second.second
                                                        : key[i];
            }
            std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
                if (group[a] != group[b]) {
                    if (groupKey[a] != groupKey[b])
                        return groupKey[a] < groupKey[b];
                    return group[a] < group[b];
                }
                // The region heads its block.
                const bool aRegion = m_nodes[a].kind() == NodeKind::AzureRegion;
                const bool bRegion = m_nodes[b].kind() == NodeKind::AzureRegion;
                if (aRegion != bRegion)
                    return aRegion;
                return key[a] < key[b];
            });
        } else {
            std::stable_sort(order.begin(), order.end(),
                             [&](std::size_t a, std::size_t b) { return key[a] < key[b]; });
        }
        setRanks(order);
    }

    double desiredY(std::size_t i, const std::vector<bool> &placed) const
    {
        double sum = 0;
        int count = 0;
        for (const std::size_t n : m_neighbours[i]) {
            if (placed[n]) {
                sum += m_y[n];
                ++count;
            }
        }
        return count ? sum / count : -1e300;
    }

    // Places one layer in its order: at the neighbours' mean where it can, never closer than a
    // row to the node before, and clear of the pinned nodes in the column, which stay.
    void placeLayer(int layer, const std::vector<bool> &placed, bool evenly)
    {
        const double column = layer * tidyColumnSpacing;
        std::vector<double> pinnedRows;
        for (const std::size_t i : m_order[layer]) {
            if (pinned(i)) {
                m_y[i] = m_nodes[i].position->y;
                if (std::abs(m_nodes[i].position->x - column) < tidyColumnSpacing / 2)
                    pinnedRows.push_back(m_y[i]);
            }
        }
        std::sort(pinnedRows.begin(), pinnedRows.end());
        double previous = -1e300;
        const std::vector<std::size_t> &order = m_order[layer];
        for (std::size_t k = 0; k < order.size(); ++k) {
            const std::size_t i = order[k];
            if (pinned(i))
                continue;
            double gap = tidyRowSpacing;
            if (layer == azureLayer && k > 0 && m_nodes[i].kind() == NodeKind::AzureRegion)
                gap += regionGap;
            const double earliest = previous == -1e300 ? 0.0 : previous + gap;
            double wanted = evenly ? earliest : desiredY(i, placed);
            if (layer == azureLayer && m_nodes[i].kind() == NodeKind::AzureRegion
                && k + 1 < order.size() && m_region[order[k + 1]] == i)
                wanted = desiredY(order[k + 1], placed) - tidyRowSpacing;
            double y = std::max(wanted, earliest);
            for (const double row : pinnedRows) {
                if (std::abs(row - y) < tidyRowSpacing)
                    y = row + tidyRowSpacing;
            }
            m_y[i] = y;
            previous = y;
        }
    }

    void place()
    {
        // The fullest layer is spaced evenly; the others follow their neighbours outwards.
        int widest = 0;
        for (int layer = 1; layer < layerCount; ++layer) {
            if (m_order[layer].size() > m_order[widest].size())
                widest = layer;
        }
        std::vector<bool> placed(m_nodes.size(), false);
        auto markPlaced = [&](int layer) {
            for (const std::size_t i : m_order[layer])
                placed[i] = true;
        };
        placeLayer(widest, placed, true);
        markPlaced(widest);
        for (int layer = widest + 1; layer < layerCount; ++layer) {
            placeLayer(layer, placed, false);
            markPlaced(layer);
        }
        for (int layer = widest - 1; layer >= 0; --layer) {
            placeLayer(layer, placed, false);
            markPlaced(layer);
        }
    }

    const std::vector<Node> &m_nodes;
    std::vector<int> m_layer;
    std::vector<double> m_rank;
    std::vector<double> m_y;
    std::vector<std::vector<std::size_t>> m_neighbours;
    std::vector<std::size_t> m_region; // a VNet's region node, or none
    std::vector<std::size_t> m_order[layerCount];
};

} // namespace

std::vector<std::pair<std::string, Point>> tidyLayout(const Topology &topology)
{
    return Tidy(topology).run();
}

} // namespace Er
