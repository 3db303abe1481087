#pragma once

#include "model/io/jsondocument.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace Er {

// A JSON document parsed from bytes, or why it is not one: empty, too large, a NUL byte, not
// UTF-8, nested too deep, not JSON, a number out of range. Each error names its line and column.
// `what` names the kind of file in the messages, in the singular ("design", "price list").
// `largeArray` names a top-level array that holds much of a large file ("links" of a design): the
// program writes it on lines of its own, two spaces in, and then parses it on a second thread
// beside the rest of the document (the same tree, in about half the time). Any other layout, and
// any error, is parsed in one piece, which says where the error is.
struct ParsedJson
{
    std::optional<nlohmann::ordered_json> document;
    LoadError error; // meaningful when document is empty
};
ParsedJson parseJsonDocument(const std::string &bytes,
                             const std::string &fileName,
                             const ReadLimits &limits,
                             const std::string &what,
                             const std::string &largeArray = {});

// The document parsed in two parts at once, as parseJsonDocument does with `largeArray`: the
// top-level array `member` as the program writes it ("\n  \"links\": [" ... "\n  ]") and the
// rest. None where the bytes are laid out otherwise or are not valid JSON within `maxDepth`.
std::optional<nlohmann::ordered_json> parseJsonInTwoParts(const std::string &bytes,
                                                          const std::string &member,
                                                          int maxDepth);

} // namespace Er
