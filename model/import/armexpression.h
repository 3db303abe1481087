#pragma once

// Internal to model/import: the subset of ARM template expressions that ExpressRoute templates
// use, evaluated offline (docs/spec/import.md "ARM templates").

#include "model/import/azureresource.h"

#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>

namespace Er::Import {

// An expression that cannot be evaluated offline (resourceGroup().location without --region, a
// function outside the subset, a Key Vault reference); the value it sets is left out.
struct Unresolved : std::runtime_error
{
    using std::runtime_error::runtime_error;
};

class TemplateScope
{
public:
    // `parameters`: name -> value (defaults already replaced by a parameters file's values);
    // `variables`: the template's variables, evaluated when first used.
    TemplateScope(Json parameters, Json variables, std::optional<std::string> region);

    // A JSON value with every "[...]" string in it evaluated, at any depth. With `warnings`, a
    // member that cannot be evaluated is left out with a warning naming it below `place`;
    // without, the first one throws Unresolved.
    Json evaluate(const Json &value,
                  const std::string &place = {},
                  std::vector<std::string> *warnings = nullptr);
    // One string: an expression when it is "[...]" ("[[" escapes a literal '[').
    Json evaluateString(const std::string &text);

    Json parameter(const std::string &name);
    Json variable(const std::string &name);
    std::optional<std::string> region() const { return m_region; }

private:
    Json m_parameters;
    Json m_variables;
    std::map<std::string, Json> m_evaluatedVariables;
    std::set<std::string> m_evaluating; // variables being evaluated, against cycles
    std::optional<std::string> m_region;
};

// "/subscriptions/{subscription}/resourceGroups/{resourceGroup}/providers/<type>/<names>", as
// resourceId() builds it; `names` are the type's name segments ("vnet1", "GatewaySubnet").
std::string templateResourceId(const std::string &type,
                               const std::vector<std::string> &names,
                               const std::string &subscription = "{subscription}",
                               const std::string &resourceGroup = "{resourceGroup}");

} // namespace Er::Import
