#include "ruleregistry.h"

#include "rulefixes.h"

#include "rules/addressrules.h"
#include "rules/circuitrules.h"
#include "rules/costrules.h"
#include "rules/gatewayrouterules.h"
#include "rules/gatewayrules.h"
#include "rules/globalreachrules.h"
#include "rules/importrules.h"
#include "rules/layerrules.h"
#include "rules/microsoftpeeringrules.h"
#include "rules/peeringrules.h"
#include "rules/resiliencyanalysisrules.h"
#include "rules/resiliencyrules.h"
#include "rules/routefilterrules.h"
#include "rules/securityrules.h"
#include "rules/serviceanalysisrules.h"
#include "rules/servicerules.h"
#include "rules/toporules.h"
#include "rules/vpnrules.h"

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
