#include "model/import/importnames.h"

#include "model/catalogue/catalogue.h"
#include "model/import/azureresource.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <vector>

namespace Er::Import {

namespace {

std::vector<std::string> tokens(const std::string &text)
{
    std::vector<std::string> words;
    std::string word;
    for (const char c : text) {
        if (std::isalnum(static_cast<unsigned char>(c))) {
            word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        } else if (!word.empty()) {
            words.push_back(word);
            word.clear();
        }
    }
    if (!word.empty())
        words.push_back(word);
    return words;
}

template<typename List>
std::string catalogueSpelling(const List &list, const std::string &name)
{
    const std::string wanted = lowered(name);
    for (const auto &entry : list) {
        if (lowered(entry.name) == wanted)
            return entry.name;
    }
    return name;
}

} // namespace

std::string expressRouteGatewaySkuName(const Catalogue &catalogue, const std::string &sku)
{
    return catalogueSpelling(catalogue.expressRouteGatewaySkus(), sku);
}

std::string vpnGatewaySkuName(const Catalogue &catalogue, const std::string &sku)
{
    return catalogueSpelling(catalogue.vpnSkus(), sku);
}

std::optional<std::string> peeringLocationName(const Catalogue &catalogue,
                                               const std::string &location)
{
    const std::string wanted = lowered(location);
    for (const PeeringLocationInfo &info : catalogue.peeringLocations()) {
        if (lowered(info.name) == wanted)
            return info.name;
    }
    for (const MetroLocationInfo &info : catalogue.metroLocations()) {
        if (lowered(info.name) == wanted)
            return info.name;
    }
    // ExpressRoute Direct names its locations by facility: "Equinix-Amsterdam-AM5". The
    // facility's site code (the word with a digit, "am5") must be there; the most words of the
    // facility and the metro in common win.
    const std::vector<std::string> words = tokens(location);
    const std::set<std::string> given(words.begin(), words.end());
    const PeeringLocationInfo *best = nullptr;
    std::size_t bestScore = 0;
    for (const PeeringLocationInfo &info : catalogue.peeringLocations()) {
        const std::vector<std::string> facility = tokens(info.facility);
        const auto code = std::find_if(facility.rbegin(), facility.rend(), [](const std::string &w) {
            return std::any_of(w.begin(), w.end(), ::isdigit);
        });
        if (code == facility.rend() || !given.contains(*code))
            continue;
        std::size_t score = 0;
        for (const std::string &word : facility)
            score += given.contains(word) ? 1 : 0;
        for (const std::string &word : tokens(info.metro))
            score += given.contains(word) ? 1 : 0;
        if (score > bestScore) {
            best = &info;
            bestScore = score;
        }
    }
    if (best)
        return best->name;
    return std::nullopt;
}

std::string regionName(const Catalogue &catalogue, const std::string &location)
{
    if (const AzureRegionInfo *region = catalogue.region(location))
        return region->name;
    std::string name;
    for (const char c : location) {
        if (!std::isspace(static_cast<unsigned char>(c)))
            name += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    if (const AzureRegionInfo *region = catalogue.region(name))
        return region->name;
    return name;
}

} // namespace Er::Import
