#include "model/analysis/services.h"

#include "model/catalogue/catalogue.h"
#include "model/core/topology.h"

namespace Er {

bool routeFilterAdmits(const std::string &entry,
                       const ServiceInfo &service,
                       const Catalogue &catalogue)
{
    if (entry == service.name)
        return true;
    if (const ServiceInfo *byCommunity = catalogue.serviceByCommunity(entry);
        byCommunity && byCommunity->name == service.name) {
        return true;
    }
    // AzurePaaS, Dynamics 365, Power BI: admitted by Azure regional communities (facts §3.7, §7.2).
    return service.regionalCommunities && catalogue.regionByCommunity(entry) != nullptr;
}

std::vector<ServiceAccess> serviceAccess(const Node &site,
                                         const std::vector<const Node *> &reachedCircuits,
                                         const Catalogue &catalogue)
{
    std::vector<ServiceAccess> result;
    const SiteFields &fields = *site.site();
    if (!fields.needsServices)
        return result;
    for (const std::string &name : *fields.needsServices) {
        ServiceAccess access;
        access.site = site.id;
        access.service = name;
        const ServiceInfo *service = catalogue.service(name);
        access.knownService = service != nullptr;
        access.internetOnly = service && service->internetOnly; // facts §7.2 "Not supported"
        if (service && !service->internetOnly) {
            for (const Node *circuit : reachedCircuits) {
                const Peering *peering = circuit->circuit()->peering("MicrosoftPeering");
                if (!peering || !peering->routeFilter)
                    continue;
                for (const std::string &entry : *peering->routeFilter) {
                    if (routeFilterAdmits(entry, *service, catalogue)) {
                        access.circuits.push_back(circuit->id);
                        break;
                    }
                }
            }
        }
        access.via = !access.circuits.empty()       ? ServiceVia::MicrosoftPeering
                     : fields.hasInternetBreakout() ? ServiceVia::Internet
                                                    : ServiceVia::None;
        result.push_back(std::move(access));
    }
    return result;
}

} // namespace Er
