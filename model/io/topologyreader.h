#pragma once

#include "core/topology.h"
#include "loaderror.h"

#include <optional>
#include <string>

namespace Er {

struct LoadResult
{
    std::optional<Topology> topology;
    LoadError error; // meaningful when topology is empty

    bool ok() const { return topology.has_value(); }
};

struct ReadLimits
{
    std::size_t maxBytes = 256u * 1024u * 1024u;
    int maxDepth = 64;
};

// Parses an .ertopo document (shared/spec/topology-format.md). `fileName` only labels errors.
LoadResult readTopology(const std::string &bytes, const std::string &fileName,
                        const ReadLimits &limits = {});

// Reads and parses a file. Reading never changes the file.
LoadResult readTopologyFile(const std::string &path, const ReadLimits &limits = {});

} // namespace Er
