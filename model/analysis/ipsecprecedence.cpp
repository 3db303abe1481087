#include "model/analysis/ipsecprecedence.h"

#include "model/core/topology.h"
#include "model/net/cidr.h"

namespace Er {

std::vector<std::string> expressRoutePrefixes(const Node &site,
                                              const std::vector<const Node *> &circuits)
{
    std::vector<std::string> prefixes;
    const auto &own = site.site() ? site.site()->addressPrefixes : std::nullopt;
    for (const Node *circuit : circuits) {
        const Peering *peering = circuit->circuit()
                                     ? circuit->circuit()->peering("AzurePrivatePeering")
                                     : nullptr;
        const auto &listed = peering && peering->advertisedPrefixes ? peering->advertisedPrefixes
                                                                    : own;
        if (listed)
            prefixes.insert(prefixes.end(), listed->begin(), listed->end());
    }
    return prefixes;
}

bool ipsecTakesPrecedence(const Link &vpn, const std::vector<std::string> &expressRoute)
{
    if (!vpn.advertisedPrefixes || vpn.advertisedPrefixes->empty())
        return false;
    for (const std::string &text : *vpn.advertisedPrefixes) {
        const std::optional<Cidr> tunnel = Cidr::parse(text);
        if (!tunnel)
            return false;
        for (const std::string &other : expressRoute) {
            const std::optional<Cidr> route = Cidr::parse(other);
            if (route && route->normalized().overlaps(tunnel->normalized())
                && route->prefixLength >= tunnel->prefixLength) {
                return false; // as specific over ExpressRoute, which then wins
            }
        }
    }
    return true;
}

} // namespace Er
