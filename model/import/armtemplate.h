#pragma once

// Internal to model/import: ARM templates (and what `bicep build` writes).

#include "model/import/azureresource.h"

#include <optional>

namespace Er::Import {

bool isArmTemplate(const Json &document);
bool isArmParameterFile(const Json &document);

// The template's resources with their expressions evaluated: parameters take their defaults,
// or the values of `parameterFile` (a deploymentParameters document; may be null); variables;
// resourceGroup().location is `region` (unknown without it: a warning, and the value is left out).
Collected readArmTemplate(const Json &document,
                          const std::string &fileName,
                          const Json *parameterFile,
                          const std::optional<std::string> &region);

} // namespace Er::Import
