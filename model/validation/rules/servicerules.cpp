#include "model/validation/rules/servicerules.h"

#include "model/catalogue/catalogue.h"
#include "model/core/topologyindex.h"
#include "model/validation/ruleregistry.h"
#include "model/validation/rules/rulehelpers.h"
#include "model/validation/rules/sitecircuits.h"

#include <algorithm>
#include <cctype>

namespace Er {

namespace {

const std::string microsoft365Reference
    = "https://learn.microsoft.com/microsoft-365/enterprise/azure-expressroute";
const std::string qosReference = std::string(learnBase) + "expressroute-qos";
const std::string routingReference = std::string(learnBase) + "expressroute-routing";

// The Teams entry of the catalogue's services [§8; QOS 06/30/2023].
constexpr std::string_view teamsServiceName = "Teams";

// What a route filter entry admits: a service by name or by one of its communities (a regional
// community admits AzurePaaS) [§3.7; ROUTE 03/12/2026]. nullptr when the catalogue knows neither.
const ServiceInfo *admittedService(const Catalogue &catalogue, const std::string &entry)
{
    if (const ServiceInfo *service = catalogue.service(entry))
        return service;
    return catalogue.serviceByCommunity(entry);
}

// A Microsoft service that a circuit's Microsoft peering route filter admits.
struct Admission
{
    const Node *circuit = nullptr;
    const ServiceInfo *service = nullptr;
};

std::vector<Admission> microsoftPeeringAdmissions(const RuleContext &c, const Node &circuit)
{
    std::vector<Admission> result;
    const Peering *peering = circuit.circuit()->peering("MicrosoftPeering");
    if (!peering || !peering->routeFilter)
        return result;
    for (const std::string &entry : *peering->routeFilter) {
        const ServiceInfo *service = admittedService(c.catalogue, entry);
        if (!service)
            continue; // SVC-005
        const bool listed = std::any_of(result.begin(), result.end(),
                                        [&](const Admission &a) { return a.service == service; });
        if (!listed)
            result.push_back({&circuit, service});
    }
    return result;
}

// Whether the site uses the service: it lists it in needsServices, or lists none at all (then
// whatever the route filters admit reaches it over ExpressRoute).
bool siteUses(const Catalogue &catalogue, const SiteFields &site, const ServiceInfo &service)
{
    if (!site.needsServices)
        return true;
    return std::any_of(site.needsServices->begin(), site.needsServices->end(),
                       [&](const std::string &name) { return catalogue.service(name) == &service; });
}

// The services the site uses that reach it over Microsoft peering of its circuits, chosen by
// `wanted`; `circuits` receives the circuits that carry them.
template<typename Wanted>
std::vector<const ServiceInfo *> servicesOverExpressRoute(const RuleContext &c,
                                                          const SiteCircuits &reach,
                                                          const Node &site,
                                                          Wanted wanted,
                                                          std::vector<const Node *> &circuits)
{
    std::vector<const ServiceInfo *> services;
    for (const Node *circuit : reach.circuitsOf(site)) {
        bool carries = false;
        for (const Admission &admission : microsoftPeeringAdmissions(c, *circuit)) {
            if (!wanted(*admission.service)
                || !siteUses(c.catalogue, *site.site(), *admission.service)) {
                continue;
            }
            carries = true;
            if (std::find(services.begin(), services.end(), admission.service) == services.end())
                services.push_back(admission.service);
        }
        if (carries)
            circuits.push_back(circuit);
    }
    return services;
}

std::string displayNames(const std::vector<const ServiceInfo *> &services)
{
    std::string text;
    for (const ServiceInfo *service : services)
        text += (text.empty() ? "" : ", ") + service->displayName;
    return text;
}

std::string circuitNames(const std::vector<const Node *> &circuits)
{
    std::string text;
    for (const Node *circuit : circuits)
        text += (text.empty() ? "" : ", ") + quoted(*circuit);
    return std::string(circuits.size() == 1 ? "circuit " : "circuits ") + text;
}

std::vector<std::string> ids(const Node &site, const std::vector<const Node *> &circuits)
{
    std::vector<std::string> result{site.id};
    for (const Node *circuit : circuits)
        result.push_back(circuit->id);
    return result;
}

// SVC-002 [§7.3; M365 03/15/2024: "Public DNS and Content Delivery Network nodes still require
// the public internet connection"]
void checkMicrosoft365Breakout(const RuleContext &c, FindingSink &sink)
{
    const SiteCircuits &reach = c.siteCircuits();
    for (const Node *site : c.index.nodesOfKind(NodeKind::Site)) {
        if (site->site()->hasInternetBreakout())
            continue;
        std::vector<const Node *> circuits;
        const auto services = servicesOverExpressRoute(
            c, reach, *site, [](const ServiceInfo &s) { return s.microsoft365; }, circuits);
        if (services.empty())
            continue;
        sink.report(ids(*site, circuits),
                    "Site " + quoted(*site) + " reaches Microsoft 365 (" + displayNames(services)
                        + ") over Microsoft peering of " + circuitNames(circuits)
                        + " but has no internet breakout: Microsoft 365 still needs the internet "
                          "for public DNS and CDN",
                    "Give the site internet access (internetBreakout), or take the Microsoft 365 "
                    "services out of the route filter and reach them over the internet, as "
                    "Microsoft recommends");
    }
}

// SVC-004 [§8; QOS 06/30/2023]
void checkTeamsQos(const RuleContext &c, FindingSink &sink)
{
    const ServiceInfo *teams = c.catalogue.service(teamsServiceName);
    if (!teams)
        return;
    const SiteCircuits &reach = c.siteCircuits();
    for (const Node *site : c.index.nodesOfKind(NodeKind::Site)) {
        if (site->site()->marksQos())
            continue;
        std::vector<const Node *> circuits;
        const auto services = servicesOverExpressRoute(
            c, reach, *site, [&](const ServiceInfo &s) { return &s == teams; }, circuits);
        if (services.empty())
            continue;
        sink.report(ids(*site, circuits),
                    teams->displayName + " traffic of site " + quoted(*site)
                        + " crosses Microsoft peering of " + circuitNames(circuits)
                        + ", but the site does not mark QoS",
                    "Mark and queue DSCP as Microsoft requires (voice EF 46 in its own priority "
                    "queue, video AF41 34, app sharing AF21 18, file transfer AF11 10, the rest "
                    "CS0; rewrite other values to 0) and set qosMarking");
    }
}

bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x))
                      == std::tolower(static_cast<unsigned char>(y));
           });
}

std::string knownServicesHint(const Catalogue &catalogue, const std::string &name)
{
    for (const ServiceInfo &service : catalogue.services()) {
        if (equalsIgnoringCase(service.name, name))
            return "Did you mean " + quoted(service.name) + "?";
    }
    std::string list;
    for (const ServiceInfo &service : catalogue.services())
        list += (list.empty() ? "" : ", ") + service.name;
    return "Use one of: " + list;
}

// A route filter entry is a BGP community ("12076:5010") when it holds a colon.
bool isCommunity(std::string_view entry)
{
    return entry.find(':') != std::string_view::npos;
}

// SVC-005 [§7; topology-format.md service names]. An unknown name only skips its own checks.
void checkServiceNames(const RuleContext &c, FindingSink &sink)
{
    for (const Node *site : c.index.nodesOfKind(NodeKind::Site)) {
        const auto &needs = site->site()->needsServices;
        if (!needs)
            continue;
        for (const std::string &name : *needs) {
            if (c.catalogue.service(name))
                continue;
            sink.report({site->id},
                        "Site " + quoted(*site) + " needs service " + quoted(name)
                            + ", which is not in the catalogue: checks for it are skipped",
                        knownServicesHint(c.catalogue, name));
        }
    }
    for (const Node *circuit : c.index.nodesOfKind(NodeKind::Circuit)) {
        const auto &peerings = circuit->circuit()->peerings;
        if (!peerings)
            continue;
        for (const Peering &peering : *peerings) {
            if (!peering.routeFilter)
                continue;
            for (const std::string &entry : *peering.routeFilter) {
                if (admittedService(c.catalogue, entry)
                    || (isCommunity(entry) && c.catalogue.regionByCommunity(entry))) {
                    continue;
                }
                if (isCommunity(entry)) {
                    sink.report({circuit->id},
                                "The route filter of circuit " + quoted(*circuit)
                                    + " lists community " + quoted(entry)
                                    + ", which is no Microsoft service or regional community "
                                      "in the catalogue: checks for it are skipped",
                                "Use a service community such as 12076:5010, or the regional "
                                "community 12076:51nnn of an Azure region");
                    continue;
                }
                sink.report({circuit->id},
                            "The route filter of circuit " + quoted(*circuit) + " lists service "
                                + quoted(entry)
                                + ", which is not in the catalogue: checks for it are skipped",
                            knownServicesHint(c.catalogue, entry));
            }
        }
    }
}

} // namespace

void registerServiceRules(RuleRegistry &registry)
{
    registry.add({"SVC-002", Severity::Error,
                  "Microsoft 365 over ExpressRoute from a site without internet breakout", "§7.3",
                  microsoft365Reference, false, checkMicrosoft365Breakout});
    registry.add({"SVC-004", Severity::Warning,
                  "Teams over ExpressRoute from a site without QoS marking", "§8", qosReference,
                  false, checkTeamsQos});
    registry.add({"SVC-005", Severity::Warning, "Unknown service name", "§7", routingReference,
                  false, checkServiceNames});
}

} // namespace Er
