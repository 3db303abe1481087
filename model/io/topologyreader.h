#pragma once

#include "model/core/topology.h"
#include "model/io/jsondocument.h"
#include "model/io/loaderror.h"

#include <optional>
#include <string>
#include <vector>

namespace Er {

struct LoadResult
{
    std::optional<Topology> topology;
    LoadError error; // meaningful when topology is empty
    // What was changed while loading, each naming its place: a credential member is removed
    // ("nodes[3].peerings[0].md5Key: a BGP MD5 key is never stored in a design; it was removed").
    // The user must see these; the design loads all the same.
    std::vector<std::string> warnings;

    bool ok() const { return topology.has_value(); }
};

// Parses an .ertopo document (docs/spec/topology-format.md). `fileName` only labels errors.
LoadResult readTopology(const std::string &bytes,
                        const std::string &fileName,
                        const ReadLimits &limits = {});

// Reads and parses a file. Reading never changes the file.
LoadResult readTopologyFile(const std::string &path, const ReadLimits &limits = {});

} // namespace Er
