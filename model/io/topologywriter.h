#pragma once

#include "core/topology.h"

#include <optional>
#include <string>

namespace Er {

// The .ertopo text of a design: members in the spec's order, unknown members after the known
// ones in their original order, two-space indentation, a final newline. Saving the same design
// twice gives the same bytes.
std::string writeTopology(const Topology &topology);

// Writes `bytes` to `path` atomically: a temporary file in the same folder, flushed to disk, then
// renamed over the target. On failure the previous file is untouched and no temporary file is
// left; the result says why.
std::optional<std::string> writeFileAtomically(const std::string &path, const std::string &bytes);

// writeTopology + writeFileAtomically.
std::optional<std::string> saveTopologyFile(const Topology &topology, const std::string &path);

} // namespace Er
