#include "model/validation/validator.h"

#include "model/catalogue/catalogue.h"
#include "model/core/parallelfor.h"
#include "model/core/topology.h"
#include "model/core/topologyindex.h"
#include "model/validation/ruleregistry.h"

namespace Er {

namespace {
// Below this many nodes validation takes a few milliseconds and runs on the calling thread.
constexpr std::size_t parallelDesignNodes = 500;
} // namespace

std::vector<Finding> validate(const Topology &topology,
                              const Catalogue &catalogue,
                              const RuleRegistry &registry,
                              const AnalysisResult *analysis)
{
    return validate(topology, catalogue, registry, analysis, RuleSelection::All);
}

std::vector<Finding> validate(const Topology &topology,
                              const Catalogue &catalogue,
                              const RuleRegistry &registry,
                              const AnalysisResult *analysis,
                              RuleSelection selection)
{
    const TopologyIndex index(topology);
    const RuleContext context{topology, index, catalogue, analysis};
    const std::vector<Rule> &rules = registry.rules();
    // Rules are independent queries: on a large design they run on every core, each into its
    // own list; the lists are joined in registry order, so the result does not depend on threads.
    std::vector<std::vector<Finding>> byRule(rules.size());
    const std::size_t rulesPerThread = topology.nodes().size() < parallelDesignNodes
                                           ? rules.size() + 1
                                           : 1;
    parallelFor(
        rules.size(),
        [&](std::size_t r) {
            const Rule &rule = rules[r];
            if (rule.needsAnalysis && !analysis)
                return;
            if ((selection == RuleSelection::WithoutAnalysis && rule.needsAnalysis)
                || (selection == RuleSelection::AnalysisOnly && !rule.needsAnalysis)) {
                return;
            }
            FindingSink sink(byRule[r]);
            sink.setRule(&rule);
            rule.check(context, sink);
        },
        rulesPerThread);
    std::vector<Finding> findings;
    for (std::vector<Finding> &ruleFindings : byRule)
        std::move(ruleFindings.begin(), ruleFindings.end(), std::back_inserter(findings));
    sortFindings(findings);
    return findings;
}

std::vector<Finding> validate(const Topology &topology, const AnalysisResult *analysis)
{
    return validate(topology, Catalogue::builtIn(), RuleRegistry::standard(), analysis);
}

} // namespace Er
