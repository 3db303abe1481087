#pragma once

#include "model/io/loaderror.h"

#include <optional>
#include <string>

namespace Er {

// Reading JSON files: limits, bytes, and errors that name their place. The parser itself is in
// jsonparse.h, inside the core (nlohmann_json stays out of the headers other targets include).

// From this size on a JSON file is large: a design's links are parsed on a thread of their own
// (jsonparse.h) and its tree is freed on another once read (topologyreader.cpp).
inline constexpr std::size_t largeJsonBytes = 4u * 1024u * 1024u;

// Size and depth limits on a JSON file the program reads (a design, a price list).
struct ReadLimits
{
    std::size_t maxBytes = 256u * 1024u * 1024u;
    int maxDepth = 64;
};

// A file's bytes, or why they cannot be read (a folder, missing, too large). `what` names the
// kind of file in the messages, in the singular ("design", "price list").
struct FileBytes
{
    std::optional<std::string> bytes;
    LoadError error;
};
FileBytes readFileBytes(const std::string &path, const ReadLimits &limits, const std::string &what);

// An error at `path` in the document `bytes`, with the line and column where that value starts.
LoadError errorAtJsonPath(const std::string &fileName,
                          const std::string &bytes,
                          const JsonPath &path,
                          std::string message);

} // namespace Er
