#pragma once

#include "model/io/jsondocument.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace Er {

// A JSON document parsed from bytes, or why it is not one: empty, too large, a NUL byte, not
// UTF-8, nested too deep, not JSON, a number out of range. Each error names its line and column.
// `what` names the kind of file in the messages, in the singular ("design", "price list").
struct ParsedJson
{
    std::optional<nlohmann::ordered_json> document;
    LoadError error; // meaningful when document is empty
};
ParsedJson parseJsonDocument(const std::string &bytes,
                             const std::string &fileName,
                             const ReadLimits &limits,
                             const std::string &what);

} // namespace Er
