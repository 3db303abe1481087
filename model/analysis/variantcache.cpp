#include "model/analysis/variantcache.h"

#include "model/analysis/analyzer.h"
#include "model/io/topologywriter.h"

#include <cstdint>
#include <cstring>
#include <mutex>
#include <string_view>
#include <unordered_map>

namespace Er {

namespace {

// Two independent 64-bit hashes of the key: the map holds 128 bits, not the key text.
struct KeyHash
{
    std::uint64_t first = 0;
    std::uint64_t second = 0;
    bool operator==(const KeyHash &) const = default;
};

KeyHash hashOf(std::string_view text)
{
    std::uint64_t fnv = 14695981039346656037ull;
    for (const char c : text) {
        fnv ^= static_cast<unsigned char>(c);
        fnv *= 1099511628211ull;
    }
    return {std::hash<std::string_view>{}(text), fnv};
}

struct KeyHashHasher
{
    std::size_t operator()(const KeyHash &key) const noexcept
    {
        return static_cast<std::size_t>(key.first ^ (key.second * 0x9e3779b97f4a7c15ull));
    }
};

// About 4,000 sites of two designs; cleared whole when full (edits touch few sites).
constexpr std::size_t maxEntries = 8192;

std::mutex cacheMutex;
std::unordered_map<KeyHash, std::vector<OptionEstimate>, KeyHashHasher> &entries()
{
    static std::unordered_map<KeyHash, std::vector<OptionEstimate>, KeyHashHasher> map;
    return map;
}

// The price list's figures, folded: a list changed in place keys differently.
std::uint64_t fingerprint(const PriceList &prices)
{
    std::uint64_t hash = 14695981039346656037ull;
    const auto fold = [&](std::uint64_t value) {
        hash ^= value;
        hash *= 1099511628211ull;
    };
    for (const PriceItem &item : prices.items) {
        std::uint64_t bits = 0;
        static_assert(sizeof bits == sizeof item.unitPrice);
        std::memcpy(&bits, &item.unitPrice, sizeof bits);
        fold(bits);
        fold(static_cast<std::uint64_t>(item.meter));
        fold(std::hash<std::string>{}(item.sku + item.tier + item.family + item.region));
    }
    return hash;
}

} // namespace

std::string VariantCache::key(const Topology &part,
                              const std::string &extra,
                              const AnalysisOptions &options)
{
    const PriceList &prices = options.priceList();
    std::string text = writeTopology(part);
    text += '\n';
    text += extra;
    text += "\nseed " + std::to_string(options.seed) + " exact "
            + std::to_string(options.exactElementLimit) + " samples "
            + std::to_string(options.monteCarloSamples) + " date "
            + options.referenceDate.value_or("-");
    // The price list by identity and content summary: a list loaded again at the same address
    // differs in its file, date or items.
    text += "\nprices " + std::to_string(reinterpret_cast<std::uintptr_t>(&prices)) + " "
            + prices.fileName + " " + prices.pricesAsOf + " " + prices.currency + " "
            + std::to_string(prices.items.size()) + " " + std::to_string(fingerprint(prices));
    return text;
}

std::optional<std::vector<OptionEstimate>> VariantCache::find(const std::string &key)
{
    const KeyHash hash = hashOf(key);
    const std::lock_guard lock(cacheMutex);
    const auto found = entries().find(hash);
    if (found == entries().end())
        return std::nullopt;
    return found->second;
}

void VariantCache::store(const std::string &key, const std::vector<OptionEstimate> &variants)
{
    const KeyHash hash = hashOf(key);
    const std::lock_guard lock(cacheMutex);
    if (entries().size() >= maxEntries)
        entries().clear();
    entries()[hash] = variants;
}

void VariantCache::clear()
{
    const std::lock_guard lock(cacheMutex);
    entries().clear();
}

} // namespace Er
