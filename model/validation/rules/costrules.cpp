#include "model/validation/rules/costrules.h"

#include "model/analysis/analysisresult.h"
#include "model/validation/ruleregistry.h"
#include "model/validation/rules/rulehelpers.h"

#include <cstdio>

namespace Er {

namespace {

const std::string pricingReference = std::string(learnBase) + "plan-manage-cost";
const std::string billingReference = std::string(learnBase) + "expressroute-faqs";

std::string figure(double value)
{
    char text[64];
    std::snprintf(text, sizeof text, "%g", value);
    return text;
}

void checkNotNegative(FindingSink &sink,
                      const std::string &id,
                      const std::string &what,
                      const char *field,
                      const std::optional<double> &value)
{
    if (value && *value < 0) {
        sink.report({id},
                    "The " + std::string(field) + " of " + what + " is " + figure(*value)
                        + "; a cost or a data volume is zero or more",
                    "Enter " + std::string(field) + " as zero or more, or remove it");
    }
}

// COST-001 [price-list.md]: figures the cost cannot use.
void checkCostFigures(const RuleContext &c, FindingSink &sink)
{
    if (c.topology.pricing && c.topology.pricing->discountPercent) {
        const double discount = *c.topology.pricing->discountPercent;
        if (discount < 0 || discount > 100) {
            sink.report({},
                        "The design's discount is " + figure(discount)
                            + " %; a discount is 0 to 100 % (it is not applied)",
                        "Set pricing.discountPercent between 0 and 100");
        }
    }
    for (const Node &node : c.topology.nodes()) {
        checkNotNegative(sink, node.id, quoted(node), "providerMonthlyCost",
                         node.providerMonthlyCost);
        if (const SiteFields *site = node.site(); site && site->requirements) {
            checkNotNegative(sink, node.id, quoted(node), "monthlyEgressGb",
                             site->requirements->monthlyEgressGb);
        }
    }
    for (const Link &link : c.topology.links())
        checkNotNegative(sink, link.id, quoted(link.id), "providerMonthlyCost",
                         link.providerMonthlyCost);
}

// COST-002 [facts §2.3]: the other billing family is cheaper at the egress the sites state.
void checkBillingFamily(const RuleContext &c, FindingSink &sink)
{
    if (!c.analysis || !c.analysis->cost)
        return;
    for (const CircuitBillingAdvice &advice : c.analysis->cost->billing) {
        if (!advice.meteredMonthly || !advice.unlimitedMonthly)
            continue;
        const bool metered = advice.family == "MeteredData";
        const double saving = metered ? *advice.meteredMonthly - *advice.unlimitedMonthly
                                      : *advice.unlimitedMonthly - *advice.meteredMonthly;
        if (saving <= 0)
            continue;
        const Node *circuit = c.topology.node(advice.circuit);
        sink.report({advice.circuit},
                    (circuit ? describe(*circuit) : quoted(advice.circuit)) + ": " + advice.advice,
                    metered ? "Change the circuit's billing to UnlimitedData"
                            : "Keep UnlimitedData, or plan a new MeteredData circuit if the "
                              "egress stays this low");
    }
}

} // namespace

void registerCostRules(RuleRegistry &registry)
{
    registry.add({"COST-001", Severity::Error, "A cost figure is out of range", "price-list.md",
                  pricingReference, false, checkCostFigures});
    registry.add({"COST-002", Severity::Info,
                  "The other billing family is cheaper at the stated egress", "§2.3",
                  billingReference, true, checkBillingFamily});
}

} // namespace Er
