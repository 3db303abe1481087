#include "model/validation/ruleregistry.h"

#include "model/validation/rulefixes.h"

#include "model/validation/rules/addressrules.h"
#include "model/validation/rules/circuitrules.h"
#include "model/validation/rules/costrules.h"
#include "model/validation/rules/gatewayrouterules.h"
#include "model/validation/rules/gatewayrules.h"
#include "model/validation/rules/globalreachrules.h"
#include "model/validation/rules/importrules.h"
#include "model/validation/rules/layerrules.h"
#include "model/validation/rules/microsoftpeeringrules.h"
#include "model/validation/rules/peeringrules.h"
#include "model/validation/rules/resiliencyanalysisrules.h"
#include "model/validation/rules/resiliencyrules.h"
#include "model/validation/rules/routefilterrules.h"
#include "model/validation/rules/securityrules.h"
#include "model/validation/rules/serviceanalysisrules.h"
#include "model/validation/rules/servicerules.h"
#include "model/validation/rules/toporules.h"
#include "model/validation/rules/vpnrules.h"

namespace Er {

const RuleRegistry &RuleRegistry::standard()
{
    static const RuleRegistry registry = [] {
        RuleRegistry r;
        registerTopoRules(r);
        registerLayerRules(r);
        registerCircuitRules(r);
        registerPeeringRules(r);
        registerRouteFilterRules(r);
        registerMicrosoftPeeringRules(r);
        registerGlobalReachRules(r);
        registerGatewayRules(r);
        registerGatewayRouteRules(r);
        registerVpnRules(r);
        registerAddressRules(r);
        registerSecurityRules(r);
        registerServiceRules(r);
        registerResiliencyRules(r);
        registerResiliencyAnalysisRules(r);
        registerServiceAnalysisRules(r);
        registerCostRules(r);
        registerImportRules(r);
        return r;
    }();
    return registry;
}

void RuleRegistry::add(Rule rule)
{
    if (rule.fix.empty())
        rule.fix = std::string(ruleFix(rule.id));
    m_rules.push_back(std::move(rule));
}

const Rule *RuleRegistry::rule(std::string_view id) const
{
    for (const Rule &rule : m_rules) {
        if (rule.id == id)
            return &rule;
    }
    return nullptr;
}

} // namespace Er
