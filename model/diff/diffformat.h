#pragma once

#include "model/diff/designdiff.h"

#include <string>

namespace Er {

// `diff` output (docs/spec/cli.md): lines for people, and the JSON for scripts.
std::string diffToText(const DesignDiff &diff);
std::string diffToJson(const DesignDiff &diff,
                       const std::string &oldFile,
                       const std::string &newFile);

} // namespace Er
