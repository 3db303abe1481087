#pragma once

// Internal to model/import: `terraform show -json` output (of a state, or of a plan's
// planned_values), azurerm resources rewritten into ARM's shape so that one mapping reads both.

#include "model/import/azureresource.h"

namespace Er::Import {

bool isTerraformJson(const Json &document);
Collected readTerraformJson(const Json &document, const std::string &fileName);

} // namespace Er::Import
