#include "model/validation/rules/routefilterrules.h"

#include "model/catalogue/catalogue.h"
#include "model/core/topologyindex.h"
#include "model/validation/ruleregistry.h"
#include "model/validation/rules/circuitlookup.h"
#include "model/validation/rules/rulehelpers.h"

#include <algorithm>

namespace Er {

namespace {

const std::string routingReference = std::string(learnBase) + "expressroute-routing";
const std::string faqReference = std::string(learnBase) + "expressroute-faqs";

const Peering *microsoftPeering(const Node &circuit)
{
    return circuit.circuit()->peering("MicrosoftPeering");
}

// Why the circuit's tier does not reach the region, or empty when it does (or the catalogue does
// not confirm that it does not): Local reaches its location's Local regions, Standard its
// geopolitical area, Premium every region [FAQ; ROUTE] (facts §2.2).
std::string outOfReach(const CircuitFields &circuit,
                       const CircuitPlace &place,
                       const AzureRegionInfo &region)
{
    const std::string tier = circuit.skuTier.value_or("");
    if (tier == "Standard") {
        if (!place.areaConfirmed || !region.geopoliticalAreaConfirmed
            || region.geopoliticalArea == place.geopoliticalArea) {
            return {};
        }
        return "Standard at " + place.name + ", which reaches only the regions of "
               + place.geopoliticalArea;
    }
    if (tier == "Local") {
        if (!place.localRegionsConfirmed
            || std::find(place.localRegions.begin(), place.localRegions.end(), region.name)
                   != place.localRegions.end()) {
            return {};
        }
        return "Local at " + place.name + ", which reaches only its Local region(s)";
    }
    return {};
}

// PEERING-014 [§2.2 FAQ; §3.7 ROUTE]: a regional community outside the circuit's reach.
void checkRouteFilterReach(const RuleContext &c, FindingSink &sink)
{
    for (const Node *circuit : c.index.nodesOfKind(NodeKind::Circuit)) {
        const Peering *peering = microsoftPeering(*circuit);
        if (!peering || !peering->routeFilter)
            continue;
        const auto place = circuitPlace(c.catalogue, *circuit->circuit());
        if (!place)
            continue; // TOPO-004
        for (const std::string &entry : *peering->routeFilter) {
            const AzureRegionInfo *region = c.catalogue.regionByCommunity(entry);
            if (!region)
                continue;
            const std::string why = outOfReach(*circuit->circuit(), *place, *region);
            if (why.empty())
                continue;
            sink.report({circuit->id},
                        "The route filter of circuit " + quoted(*circuit) + " admits " + entry
                            + " (" + region->displayName + "), but the circuit is " + why
                            + ": Microsoft advertises no routes for " + region->displayName
                            + " over it, so those services are reached over the internet",
                        "Make " + quoted(*circuit)
                            + " Premium (or Standard, if the region is in its geopolitical area), "
                              "or reach "
                            + region->displayName
                            + " through a circuit at a peering location that serves it");
        }
    }
}

// PEERING-015 [§3.7 ROUTE]: a legacy service community (12076:5040, CRM Online up to v8.2).
void checkLegacyCommunities(const RuleContext &c, FindingSink &sink)
{
    for (const Node *circuit : c.index.nodesOfKind(NodeKind::Circuit)) {
        const Peering *peering = microsoftPeering(*circuit);
        if (!peering || !peering->routeFilter)
            continue;
        for (const std::string &entry : *peering->routeFilter) {
            const ServiceInfo *service = c.catalogue.serviceByCommunity(entry);
            if (!service
                || std::find(service->legacyCommunities.begin(), service->legacyCommunities.end(),
                             entry)
                       == service->legacyCommunities.end()) {
                continue;
            }
            // Regional Azure communities of Microsoft peering (12076:51nnn) admit current
            // Dynamics 365 [ROUTE] (facts §3.7).
            const bool regionalAdmitted = std::any_of(peering->routeFilter->begin(),
                                                      peering->routeFilter->end(),
                                                      [&](const std::string &other) {
                                                          return other.rfind("12076:51", 0) == 0
                                                                 && c.catalogue.regionByCommunity(
                                                                     other);
                                                      });
            std::string message = "The route filter of circuit " + quoted(*circuit) + " admits "
                                  + entry + ", a legacy community of " + service->displayName
                                  + ": it carries only CRM Online (Dynamics up to v8.2)";
            std::string fix;
            if (service->regionalCommunities && regionalAdmitted) {
                message += "; current " + service->displayName
                           + " is admitted by the regional communities the filter also holds";
                fix = "Remove " + entry + " unless CRM Online (v8.2 or older) is still in use";
            } else {
                message += ", not current " + service->displayName;
                fix = "Keep " + entry + " only for CRM Online (v8.2 or older)";
                if (service->regionalCommunities)
                    fix += "; admit " + service->displayName
                           + " with the regional community (12076:51nnn) of the region its "
                             "environment is in";
            }
            sink.report({circuit->id}, message, fix);
        }
    }
}

} // namespace

void registerRouteFilterRules(RuleRegistry &registry)
{
    registry.add({"PEERING-014", Severity::Warning,
                  "A route filter admits a region outside the circuit's reach", "§2.2, §3.7",
                  faqReference, false, checkRouteFilterReach});
    registry.add({"PEERING-015", Severity::Info, "A route filter admits a legacy service community",
                  "§3.7", routingReference, false, checkLegacyCommunities});
}

} // namespace Er
