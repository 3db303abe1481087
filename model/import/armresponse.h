#pragma once

// Internal to model/import: what Azure itself prints about deployed resources. ARM REST
// responses (one resource, a `value` list, the REST API examples' `responses.200.body`
// wrapper), `az ... show/list` output (properties flattened to the top level) and Azure
// Resource Graph output (`data` rows; `count`, `skipToken`/`skip_token`, ...).

#include "model/import/azureresource.h"

namespace Er::Import {

// The resource objects of such a document, with the JSON path of each; empty when the document
// is none of these shapes.
std::vector<std::pair<std::string, const Json *>> armResponseItems(const Json &document);

// Whether the document is one of these shapes, possibly with no resources (`{"value": []}`).
bool isArmResponse(const Json &document);

Collected readArmResponse(const Json &document, const std::string &fileName);

} // namespace Er::Import
