#pragma once

#include "model/core/topology.h"

#include <optional>
#include <string>

namespace Er {

// The .ertopo text of a design: members in the spec's order, unknown members after the known
// ones in their original order, two-space indentation, a final newline. Saving the same design
// twice gives the same bytes.
std::string writeTopology(const Topology &topology);

// One node or link as the file holds it, as compact JSON text (io/elementfields.h reads an
// element's fields from it).
std::string nodeJsonText(const Node &node);
std::string linkJsonText(const Link &link);

// Writes `bytes` to `path` atomically: a temporary file `.NAME.saving-XXXXXX` in the same folder,
// flushed to disk, then renamed over the target. On failure the previous file is untouched and no
// temporary file is left; the result says why. A temporary file left by a saving process that was
// killed is removed by the next successful save of the same target.
std::optional<std::string> writeFileAtomically(const std::string &path, const std::string &bytes);

// Tests only: the function that writes the temporary file's bytes, in place of ::write (same
// contract: bytes written, or -1 with errno set). nullptr restores ::write. Not thread-safe.
using WriteFunction = long (*)(int fd, const void *data, std::size_t size);
void setWriteFunctionForTesting(WriteFunction function);

// writeTopology + writeFileAtomically.
std::optional<std::string> saveTopologyFile(const Topology &topology, const std::string &path);

} // namespace Er
