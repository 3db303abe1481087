#include "model/validation/designcheck.h"

#include "model/analysis/analyzer.h"
#include "model/catalogue/catalogue.h"
#include "model/validation/ruleregistry.h"
#include "model/validation/validator.h"

#include <iterator>
#include <thread>

namespace Er {

DesignCheck checkDesign(const Topology &topology,
                        const Catalogue &catalogue,
                        const RuleRegistry &registry,
                        const AnalysisOptions &options)
{
    DesignCheck check;
    std::vector<Finding> plain;
    {
        const std::jthread plainRules([&] {
            plain = validate(topology, catalogue, registry, nullptr, RuleSelection::WithoutAnalysis);
        });
        check.analysis = analyze(topology, catalogue, options);
    } // joined here, also when the analysis throws
    check.findings = validate(topology, catalogue, registry, &check.analysis,
                              RuleSelection::AnalysisOnly);
    std::move(plain.begin(), plain.end(), std::back_inserter(check.findings));
    sortFindings(check.findings);
    return check;
}

DesignCheck checkDesign(const Topology &topology, const AnalysisOptions &options)
{
    return checkDesign(topology, Catalogue::builtIn(), RuleRegistry::standard(), options);
}

} // namespace Er
