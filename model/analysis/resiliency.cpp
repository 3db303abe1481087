#include "model/analysis/resiliency.h"

namespace Er {

ResiliencyEvaluator::ResiliencyEvaluator(const SiteGraph &site)
    : m_site(site)
{
    for (int v = 0; v < site.size(); ++v) {
        if (site.vertex(v).kind == VertexKind::Circuit)
            m_circuits.push_back(v);
    }
    for (int r = 0; r < static_cast<int>(site.riskGlobal.size()); ++r) {
        if (!site.risk(r).location)
            continue;
        m_locations.push_back(r);
        const auto &members = site.riskMembers[static_cast<std::size_t>(r)];
        m_locationMembers.insert(m_locationMembers.end(), members.begin(), members.end());
    }
}

bool ResiliencyEvaluator::reached(int target) const
{
    return target >= 0 && m_reached[static_cast<std::size_t>(target)];
}

std::vector<Resiliency> ResiliencyEvaluator::levels(const std::vector<int> &targets,
                                                    Removal &removal)
{
    const std::size_t count = targets.size();
    std::vector<Resiliency> level(count, Resiliency::None);
    std::vector<char> overExpressRoute(count, 0);

    reachFromSite(m_site, removal, false, m_reached, m_queue);
    std::vector<char> anyPath(count);
    for (std::size_t i = 0; i < count; ++i)
        anyPath[i] = reached(targets[i]);
    reachFromSite(m_site, removal, true, m_reached, m_queue);
    bool anyExpressRoute = false;
    for (std::size_t i = 0; i < count; ++i) {
        overExpressRoute[i] = reached(targets[i]);
        anyExpressRoute = anyExpressRoute || overExpressRoute[i];
        level[i] = overExpressRoute[i] ? Resiliency::Standard
                   : anyPath[i]        ? Resiliency::VpnOnly
                                       : Resiliency::None;
    }
    if (!anyExpressRoute)
        return level;

    // Over ExpressRoute alone: does every path pass a known peering location, and which single
    // circuit or location cuts it?
    std::vector<char> located(count, 0);
    removal.add(m_locationMembers);
    reachFromSite(m_site, removal, true, m_reached, m_queue);
    removal.remove(m_locationMembers);
    for (std::size_t i = 0; i < count; ++i)
        located[i] = overExpressRoute[i] && !reached(targets[i]);

    std::vector<char> survivesCircuit(count, 1);
    for (int circuit : m_circuits) {
        if (removal.removed(circuit))
            continue;
        removal.add(circuit);
        reachFromSite(m_site, removal, true, m_reached, m_queue);
        removal.remove(circuit);
        for (std::size_t i = 0; i < count; ++i)
            survivesCircuit[i] = survivesCircuit[i] && reached(targets[i]);
    }

    // VPN backup: a path without any circuit, and one that survives each location that cuts
    // the ExpressRoute paths.
    std::vector<char> survivesLocation(count, 1);
    std::vector<char> vpnSurvives(count, 1);
    for (int r : m_locations) {
        const auto &members = m_site.riskMembers[static_cast<std::size_t>(r)];
        removal.add(members);
        reachFromSite(m_site, removal, true, m_reached, m_queue);
        std::vector<char> cut(count, 0);
        bool anyCut = false;
        for (std::size_t i = 0; i < count; ++i) {
            cut[i] = overExpressRoute[i] && !reached(targets[i]);
            anyCut = anyCut || cut[i];
            if (cut[i])
                survivesLocation[i] = 0;
        }
        if (anyCut) {
            removal.add(m_circuits);
            reachFromSite(m_site, removal, false, m_reached, m_queue);
            removal.remove(m_circuits);
            for (std::size_t i = 0; i < count; ++i) {
                if (cut[i] && !reached(targets[i]))
                    vpnSurvives[i] = 0;
            }
        }
        removal.remove(members);
    }
    removal.add(m_circuits);
    reachFromSite(m_site, removal, false, m_reached, m_queue);
    removal.remove(m_circuits);

    for (std::size_t i = 0; i < count; ++i) {
        if (!overExpressRoute[i])
            continue;
        const bool vpnPath = reached(targets[i]);
        if (located[i] && survivesLocation[i])
            level[i] = survivesCircuit[i] ? Resiliency::Maximum : Resiliency::High;
        else if (vpnPath && vpnSurvives[i])
            level[i] = Resiliency::StandardWithVpnBackup;
    }
    return level;
}

} // namespace Er
