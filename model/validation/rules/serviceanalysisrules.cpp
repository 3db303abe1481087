#include "model/validation/rules/serviceanalysisrules.h"

#include "model/analysis/analysisresult.h"
#include "model/catalogue/catalogue.h"
#include "model/validation/ruleregistry.h"
#include "model/validation/rules/rulehelpers.h"

namespace Er {

namespace {

const std::string servicesReference = std::string(learnBase) + "expressroute-faqs";
const std::string routeFilterReference = std::string(learnBase) + "how-to-routefilter-portal";

std::string siteName(const RuleContext &c, const std::string &id)
{
    const Node *node = c.topology.node(id);
    return node ? describe(*node) : quoted(id);
}

// SVC-001 [§7.2, §7.3]
void checkServiceReachable(const RuleContext &c, FindingSink &sink)
{
    for (const ServiceAccess &access : c.analysis->services) {
        if (access.via != ServiceVia::None || !access.knownService)
            continue;
        sink.report({access.site},
                    siteName(c, access.site) + " needs " + access.service + " but cannot reach it: "
                        + (access.internetOnly
                               ? access.service + " is reachable only over the internet"
                               : std::string("no circuit it reaches has Microsoft peering with a "
                                             "route filter that admits it"))
                        + ", and the site has no internet breakout",
                    access.internetOnly
                        ? "Give the site an internet breakout"
                        : "Give the site an internet breakout, or add " + access.service
                              + " (or its BGP community) to the route filter of a circuit with "
                                "Microsoft peering that the site reaches");
    }
}

// SVC-003 [§7.3]
void checkServiceOverInternet(const RuleContext &c, FindingSink &sink)
{
    for (const ServiceAccess &access : c.analysis->services) {
        if (access.via != ServiceVia::Internet || !access.knownService)
            continue;
        sink.report({access.site},
                    siteName(c, access.site) + " reaches " + access.service
                        + " over the internet, not ExpressRoute: "
                        + (access.internetOnly
                               ? "Microsoft does not offer it over ExpressRoute"
                               : std::string(
                                   "no Microsoft peering route filter it reaches admits it")),
                    access.internetOnly
                        ? "Nothing to change: keep the internet breakout for it"
                        : "If it should use ExpressRoute, add " + access.service
                              + " (or its BGP community) to the route filter of a circuit with "
                                "Microsoft peering");
    }
}

} // namespace

void registerServiceAnalysisRules(RuleRegistry &registry)
{
    registry.add({"SVC-001", Severity::Error, "A site cannot reach a service it needs",
                  "§7.2, §7.3", routeFilterReference, true, checkServiceReachable});
    registry.add({"SVC-003", Severity::Info, "A needed service is reached over the internet",
                  "§7.3", servicesReference, true, checkServiceOverInternet});
}

} // namespace Er
