#pragma once

#include "model/io/loaderror.h"

#include <optional>
#include <string>

namespace Er {

// The byte offset at which the value at `path` starts in a well-formed JSON text (for a member,
// the offset of its key). Used only to point a load error at its place; nullopt if not found.
std::optional<std::size_t> findJsonPathOffset(const std::string &json, const JsonPath &path);

} // namespace Er
