#include "validator.h"

#include "catalogue/catalogue.h"
#include "core/topologyindex.h"
#include "ruleregistry.h"

namespace Er {

std::vector<Finding> validate(const Topology &topology, const Catalogue &catalogue,
                              const RuleRegistry &registry, const AnalysisResult *analysis)
{
    const TopologyIndex index(topology);
    const RuleContext context{topology, index, catalogue, analysis};
    std::vector<Finding> findings;
    FindingSink sink(findings);
    for (const Rule &rule : registry.rules()) {
        if (rule.needsAnalysis && !analysis)
            continue;
        sink.setRule(&rule);
        rule.check(context, sink);
    }
    sortFindings(findings);
    return findings;
}

std::vector<Finding> validate(const Topology &topology, const AnalysisResult *analysis)
{
    return validate(topology, Catalogue::builtIn(), RuleRegistry::standard(), analysis);
}

} // namespace Er
