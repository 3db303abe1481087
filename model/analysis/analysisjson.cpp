#include "model/analysis/analysisjson.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>

namespace Er {

namespace {

using Json = nlohmann::ordered_json;

double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

Json optionalNumber(const std::optional<double> &value, int decimals)
{
    return value && std::isfinite(*value) ? Json(rounded(*value, decimals)) : Json(nullptr);
}

Json sitePair(const std::string &site, const std::string &vnet)
{
    return Json{{"site", site}, {"vnet", vnet}};
}

Json routedJson(const RoutedFigures &figures)
{
    return Json{{"toAzure", figures.toAzure},
                {"fromAzure", figures.fromAzure},
                {"toAzureDecidedBy", figures.toAzureDecision},
                {"fromAzureDecidedBy", figures.fromAzureDecision},
                {"symmetric", figures.symmetric},
                {"overVpn", figures.overVpn},
                {"latencyMs", optionalNumber(figures.latencyMs, 3)},
                {"latencyVariable", figures.latencyVariable},
                {"bottleneckMbps", optionalNumber(figures.bottleneckMbps, 0)}};
}

Json pairJson(const PairAnalysis &pair)
{
    Json paths = Json::array();
    for (const PathInfo &path : pair.paths) {
        paths.push_back(
            Json{{"elements", path.elements},
                 {"overExpressRoute", path.overExpressRoute},
                 {"latencyMs", optionalNumber(path.latencyMs, 3)},
                 {"bottleneckMbps",
                  optionalNumber(path.bottleneckMbps > 0 ? std::optional(path.bottleneckMbps)
                                                         : std::nullopt,
                                 0)},
                 {"role", std::string(toString(path.role))}});
    }
    Json json{{"site", pair.site},
              {"vnet", pair.vnet},
              {"reachable", pair.reachable},
              {"resiliency", std::string(toString(pair.resiliency))},
              {"disjointPaths", pair.disjointPaths},
              {"singlePointsOfFailure", pair.singlePointsOfFailure},
              {"availabilityPercent", rounded(pair.availabilityPercent, 6)},
              {"availabilityExact", pair.availabilityExact},
              {"latencyMs", optionalNumber(pair.latencyMs, 3)},
              {"bottleneckMbps", optionalNumber(pair.bottleneckMbps, 0)}};
    if (!pair.availabilityExact)
        json["availabilityErrorBound"] = rounded(pair.availabilityErrorBound, 6);
    json["independentPaths"] = pair.independentPaths;
    json["availabilityElements"] = pair.availabilityElements;
    json["latencyVariable"] = pair.latencyVariable;
    json["expressRouteLatencyMs"] = optionalNumber(pair.expressRouteLatencyMs, 3);
    json["vpnLatencyMs"] = optionalNumber(pair.vpnLatencyMs, 3);
    json["sharedRiskGroups"] = pair.sharedRiskGroups;
    json["steady"] = routedJson(pair.steady);
    json["failover"] = pair.failover ? routedJson(*pair.failover) : Json(nullptr);
    json["bandwidthAfterWorstFailureMbps"] = optionalNumber(pair.bandwidthAfterWorstFailureMbps, 0);
    json["worstFailure"] = pair.worstFailure.empty() ? Json(nullptr) : Json(pair.worstFailure);
    json["vpnTakesTrafficByPrefix"] = pair.vpnTakesTrafficByPrefix;
    json["steadyElements"] = pair.steadyElements;
    json["failoverElements"] = pair.failoverElements;
    json["paths"] = std::move(paths);
    return json;
}

Json optionJson(const OptionEstimate &option)
{
    return Json{{"option", std::string(toString(option.option))},
                {"availabilityPercent", rounded(option.availabilityPercent, 6)},
                {"latencyMs", optionalNumber(option.latencyMs, 3)},
                {"bottleneckMbps", option.bottleneckMbps > 0
                                       ? Json(rounded(option.bottleneckMbps, 0))
                                       : Json(nullptr)},
                {"meets", option.meets},
                {"encrypted", option.encrypted},
                {"shortfalls", option.shortfalls},
                {"variant", std::string(toString(option.variant))},
                {"label", option.label},
                {"failoverLatencyMs", optionalNumber(option.failoverLatencyMs, 3)},
                {"bandwidthAfterWorstFailureMbps",
                 optionalNumber(option.bandwidthAfterWorstFailureMbps, 0)},
                {"allowed", option.allowed},
                {"notAllowedBecause",
                 option.allowed ? Json(nullptr) : Json(option.notAllowedBecause)},
                {"monthlyCost", optionalNumber(option.monthlyCost, 2)},
                {"pricedMonthlyCost", rounded(option.pricedMonthlyCost, 2)},
                {"unpriced", option.unpriced}};
}

// "cost" (docs/spec/cli.md): the design's monthly cost by the price list.
Json costJson(const DesignCost &cost)
{
    Json items = Json::array();
    for (const CostLine &line : cost.lines) {
        items.push_back(
            Json{{"element", line.element},
                 {"description", line.description},
                 {"meter", line.meter ? Json(std::string(toString(*line.meter))) : Json(nullptr)},
                 {"billedByMicrosoft", line.billedByMicrosoft},
                 {"quantity", rounded(line.quantity, 3)},
                 {"unit", line.quantityUnit},
                 {"unitPrice", optionalNumber(line.unitPrice, 6)},
                 {"monthly", optionalNumber(line.monthly, 2)},
                 {"unpricedBecause", line.monthly ? Json(nullptr) : Json(line.unpricedBecause)},
                 {"note", line.note.empty() ? Json(nullptr) : Json(line.note)},
                 {"source", line.source.empty() ? Json(nullptr) : Json(line.source)}});
    }
    Json billing = Json::array();
    for (const CircuitBillingAdvice &advice : cost.billing) {
        billing.push_back(Json{{"circuit", advice.circuit},
                               {"family", advice.family},
                               {"egressGb", optionalNumber(advice.egressGb, 1)},
                               {"meteredMonthly", optionalNumber(advice.meteredMonthly, 2)},
                               {"unlimitedMonthly", optionalNumber(advice.unlimitedMonthly, 2)},
                               {"breakEvenGb", optionalNumber(advice.breakEvenGb, 0)},
                               {"advice", advice.advice}});
    }
    return Json{{"currency", cost.currency},
                {"pricesAsOf", cost.pricesAsOf},
                {"priceSource", cost.priceSource},
                {"priceFile", cost.priceFile.empty() ? Json(nullptr) : Json(cost.priceFile)},
                {"discountPercent", rounded(cost.discountPercent, 2)},
                {"monthly", optionalNumber(cost.monthly, 2)},
                {"yearly", cost.monthly ? Json(rounded(*cost.monthly * 12, 2)) : Json(nullptr)},
                {"pricedMonthly", rounded(cost.pricedMonthly, 2)},
                {"microsoftMonthly", rounded(cost.microsoftMonthly, 2)},
                {"otherMonthly", rounded(cost.otherMonthly, 2)},
                {"items", std::move(items)},
                {"unpriced", cost.unpriced},
                {"billing", std::move(billing)},
                {"assumptions", cost.assumptions}};
}

std::string number(double value, int decimals)
{
    char text[64];
    std::snprintf(text, sizeof text, "%.*f", decimals, value);
    return text;
}

Json optionalText(const std::optional<std::string> &value)
{
    return value ? Json(*value) : Json(nullptr);
}

Json indexPartJson(const ResiliencyIndexPart &part)
{
    return Json{{"points", rounded(part.points, 2)},
                {"maximum", rounded(part.maximum, 2)},
                {"assumed", part.assumed},
                {"reason", part.reason}};
}

// "resiliencyIndex" (docs/spec/cli.md): one object per VNet ExpressRoute gateway.
Json resiliencyIndexJson(const std::vector<GatewayResiliencyIndex> &gateways)
{
    Json entries = Json::array();
    for (const GatewayResiliencyIndex &gateway : gateways) {
        Json route = indexPartJson(gateway.route);
        route["level"] = gateway.route.level;
        route["peeringLocations"] = gateway.route.peeringLocations;
        route["circuits"] = gateway.route.circuits;
        const ValidationMultiplier &validation = gateway.validation;
        entries.push_back(
            Json{{"vnet", gateway.vnet},
                 {"gateway", gateway.gateway},
                 {"sku", gateway.sku.empty() ? Json(nullptr) : Json(gateway.sku)},
                 {"index", rounded(gateway.index, 2)},
                 {"lowestIndex", rounded(gateway.lowestIndex, 2)},
                 {"maximum", 100},
                 {"routeResiliency", std::move(route)},
                 {"validation",
                  Json{{"multiplier", rounded(validation.multiplier, 2)},
                       {"maximum", rounded(validation.maximum, 2)},
                       {"tested", validation.tested},
                       {"testedOn", optionalText(validation.testedOn)},
                       {"referenceDate", optionalText(validation.referenceDate)},
                       {"ageDays", validation.ageDays ? Json(*validation.ageDays) : Json(nullptr)},
                       {"reason", validation.reason}}},
                 {"zoneRedundancy", indexPartJson(gateway.zoneRedundancy)},
                 {"recommendations", indexPartJson(gateway.recommendations)},
                 {"basis", gateway.basis}});
    }
    return entries;
}

std::string money(double amount, const std::string &currency)
{
    return formatMoney(amount, currency);
}

std::string monthlyText(const OptionEstimate &option)
{
    // The options share the design's currency; the text names it once, in the cost section.
    if (option.monthlyCost)
        return number(*option.monthlyCost, 2) + " a month";
    return "at least " + number(option.pricedMonthlyCost, 2) + " a month ("
           + std::to_string(option.unpriced.size()) + " unpriced)";
}

std::string costText(const DesignCost &cost)
{
    std::string text = "Monthly cost (" + cost.currency + ", prices as of " + cost.pricesAsOf
                       + (cost.priceFile.empty() ? ", built-in list" : ", " + cost.priceFile)
                       + (cost.discountPercent > 0
                              ? ", " + number(cost.discountPercent, 2) + " % discount"
                              : "")
                       + ")\n";
    for (const CostLine &line : cost.lines) {
        text += "  " + line.element + ": " + line.description + ": "
                + (line.monthly ? money(*line.monthly, cost.currency)
                                : "unpriced (" + line.unpricedBecause + ")")
                + (line.billedByMicrosoft ? "" : " [not Microsoft]")
                + (line.note.empty() ? "" : " (" + line.note + ")") + "\n";
    }
    text += cost.monthly
                ? "  Total: " + money(*cost.monthly, cost.currency) + " a month, "
                      + money(*cost.monthly * 12, cost.currency) + " a year\n"
                : "  Total: incomplete, at least " + money(cost.pricedMonthly, cost.currency)
                      + " a month (" + std::to_string(cost.unpriced.size()) + " item"
                      + (cost.unpriced.size() == 1 ? "" : "s") + " unpriced)\n";
    for (const CircuitBillingAdvice &advice : cost.billing)
        text += "  " + advice.circuit + " billing: " + advice.advice + "\n";
    for (const std::string &assumption : cost.assumptions)
        text += "  - " + assumption + "\n";
    return text;
}

} // namespace

std::string analysisToJson(const std::string &file, const AnalysisResult &result)
{
    Json pairs = Json::array();
    for (const PairAnalysis &pair : result.pairs)
        pairs.push_back(pairJson(pair));
    Json services = Json::array();
    for (const ServiceAccess &access : result.services) {
        services.push_back(Json{{"site", access.site},
                                {"service", access.service},
                                {"via", std::string(toString(access.via))},
                                {"circuits", access.circuits},
                                {"knownService", access.knownService},
                                {"internetOnly", access.internetOnly}});
    }
    Json failures = Json::array();
    for (const FailureImpact &impact : result.failures) {
        Json lost = Json::array();
        for (const SitePair &pair : impact.lost)
            lost.push_back(sitePair(pair.site, pair.vnet));
        Json degraded = Json::array();
        for (const DegradedPair &pair : impact.degraded) {
            Json entry = sitePair(pair.site, pair.vnet);
            entry["resiliency"] = std::string(toString(pair.resiliency));
            degraded.push_back(std::move(entry));
        }
        failures.push_back(Json{{"element", impact.element},
                                {"lost", std::move(lost)},
                                {"degraded", std::move(degraded)}});
    }
    Json recommendations = Json::array();
    for (const Recommendation &recommendation : result.recommendations) {
        Json options = Json::array();
        for (const OptionEstimate &option : recommendation.options)
            options.push_back(optionJson(option));
        Json entry{{"site", recommendation.site},
                   {"option", std::string(toString(recommendation.option))},
                   {"variant", std::string(toString(recommendation.variant))},
                   {"options", std::move(options)},
                   {"reasons", recommendation.reasons}};
        if (recommendation.designed) {
            Json designed = optionJson(*recommendation.designed);
            designed.erase("option");
            entry["designed"] = std::move(designed);
        }
        recommendations.push_back(std::move(entry));
    }
    Json globalReach = Json::array();
    for (const SiteToSite &pair : result.globalReach) {
        globalReach.push_back(
            Json{{"siteA", pair.siteA}, {"siteB", pair.siteB}, {"circuits", pair.circuits}});
    }
    Json assumptions = Json::array();
    for (const AssumptionUsed &used : result.assumptions) {
        assumptions.push_back(Json{{"key", used.key},
                                   {"value", used.value},
                                   {"unit", used.unit},
                                   {"basis", used.basis},
                                   {"overridden", used.overridden}});
    }
    Json document = Json::object();
    document["file"] = file;
    document["pairs"] = std::move(pairs);
    document["services"] = std::move(services);
    document["failures"] = std::move(failures);
    document["recommendations"] = std::move(recommendations);
    document["globalReach"] = std::move(globalReach);
    document["assumptions"] = std::move(assumptions);
    document["resiliencyIndex"] = resiliencyIndexJson(result.resiliencyIndex);
    document["cost"] = result.cost ? costJson(*result.cost) : Json(nullptr);
    return document.dump(2) + "\n";
}

std::string analysisToText(const AnalysisResult &result)
{
    std::string text = "Site-VNet pairs\n";
    for (const PairAnalysis &pair : result.pairs) {
        text += "  " + pair.site + " -> " + pair.vnet + ": "
                + std::string(toString(pair.resiliency));
        if (!pair.reachable) {
            text += ", unreachable\n";
            continue;
        }
        text += ", " + std::to_string(pair.disjointPaths) + " disjoint path"
                + (pair.disjointPaths == 1 ? "" : "s") + ", availability "
                + number(pair.availabilityPercent, 4) + " %"
                + (pair.availabilityExact
                       ? ""
                       : " (+/- " + number(pair.availabilityErrorBound, 4) + ")");
        text += ", RTT "
                + (pair.latencyMs ? number(*pair.latencyMs, 2) + " ms" : std::string("unknown"))
                + (pair.latencyVariable ? " (internet, variable)" : "");
        text += ", bottleneck "
                + (pair.bottleneckMbps ? number(*pair.bottleneckMbps, 0) + " Mbps"
                                       : std::string("unknown"));
        text += "\n";
        const auto carriers = [](const std::vector<std::string> &ids) {
            std::string list;
            for (const std::string &id : ids)
                list += (list.empty() ? "" : " + ") + id;
            return list;
        };
        text += "    carried by " + carriers(pair.steady.toAzure) + " to Azure, "
                + carriers(pair.steady.fromAzure) + " back"
                + (pair.steady.symmetric ? "" : " (asymmetric)");
        if (pair.failover) {
            text += "; failover " + carriers(pair.failover->fromAzure) + ", RTT "
                    + (pair.failover->latencyMs ? number(*pair.failover->latencyMs, 2) + " ms"
                                                : std::string("unknown"))
                    + (pair.failover->latencyVariable ? " (internet, variable)" : "");
        }
        if (pair.bandwidthAfterWorstFailureMbps) {
            text += "; after the worst single failure (" + pair.worstFailure + ") "
                    + number(*pair.bandwidthAfterWorstFailureMbps, 0) + " Mbps";
        }
        text += "\n";
        if (!pair.singlePointsOfFailure.empty()) {
            std::string list;
            for (const std::string &spof : pair.singlePointsOfFailure)
                list += (list.empty() ? "" : ", ") + spof;
            text += "    single points of failure: " + list + "\n";
        }
    }
    if (!result.services.empty()) {
        text += "Services\n";
        for (const ServiceAccess &access : result.services) {
            text += "  " + access.site + " -> " + access.service + ": "
                    + std::string(toString(access.via));
            for (const std::string &circuit : access.circuits)
                text += " " + circuit;
            text += "\n";
        }
    }
    if (!result.globalReach.empty()) {
        text += "Global Reach\n";
        for (const SiteToSite &pair : result.globalReach)
            text += "  " + pair.siteA + " <-> " + pair.siteB + " via " + pair.circuits.front()
                    + " + " + pair.circuits.back() + "\n";
    }
    if (!result.failures.empty()) {
        text += "Single failures\n";
        for (const FailureImpact &impact : result.failures) {
            text += "  " + impact.element + ":";
            for (const SitePair &pair : impact.lost)
                text += " loses " + pair.site + "->" + pair.vnet + ";";
            for (const DegradedPair &pair : impact.degraded)
                text += " " + pair.site + "->" + pair.vnet + " drops to "
                        + std::string(toString(pair.resiliency)) + ";";
            text.back() = '\n';
        }
    }
    text += "Recommendations\n";
    for (const Recommendation &recommendation : result.recommendations) {
        text += "  " + recommendation.site + ": " + std::string(toString(recommendation.option))
                + "\n";
        for (const OptionEstimate &option : recommendation.options) {
            text += "    " + option.label + ": " + number(option.availabilityPercent, 4) + " %, "
                    + (option.latencyMs ? number(*option.latencyMs, 2) + " ms" : "RTT unknown")
                    + ", "
                    + (option.bottleneckMbps > 0 ? number(option.bottleneckMbps, 0) + " Mbps"
                                                 : std::string("bandwidth unknown"))
                    + (option.bandwidthAfterWorstFailureMbps
                           ? ", " + number(*option.bandwidthAfterWorstFailureMbps, 0)
                                 + " Mbps after the worst failure"
                           : "")
                    + ", " + monthlyText(option) + (option.meets ? ", meets the requirements" : "")
                    + (option.allowed ? "" : ", not advised") + "\n";
        }
        for (const std::string &reason : recommendation.reasons)
            text += "    - " + reason + "\n";
    }
    if (!result.resiliencyIndex.empty()) {
        text += "Resiliency index (estimated before deployment)\n";
        for (const GatewayResiliencyIndex &entry : result.resiliencyIndex) {
            text += "  " + entry.vnet + ": " + number(entry.index, 0) + " of 100 (route "
                    + number(entry.route.points, 0) + " x validation "
                    + number(entry.validation.multiplier, 0)
                    + (entry.validation.tested ? "" : " (not yet tested)") + ", zones "
                    + number(entry.zoneRedundancy.points, 0) + ", recommendations "
                    + number(entry.recommendations.points, 0) + " assumed)\n";
        }
    }
    if (result.cost)
        text += costText(*result.cost);
    text += "Assumptions\n";
    for (const AssumptionUsed &used : result.assumptions) {
        text += "  " + used.key + " = " + number(used.value, 4) + " " + used.unit + " ("
                + used.basis + ")\n";
    }
    return text;
}

} // namespace Er
