#pragma once

#include "model/core/topology.h"
#include "model/io/loaderror.h"

#include <optional>
#include <string>
#include <vector>

namespace Er {

class Catalogue;

// Importing what is already deployed (docs/spec/import.md): ARM templates (and bicep build
// output) with an optional parameters file, ARM REST responses, `az ... show/list` output, Azure
// Resource Graph output and `terraform show -json`, recognised by their content. Several inputs
// make one design, joined by ARM ids.

struct ImportInput
{
    std::string fileName; // labels messages
    std::string bytes;
};

struct ImportOptions
{
    // The region resourceGroup().location stands for in templates; unknown without it.
    std::optional<std::string> region;
    // A deploymentParameters file for the templates among the inputs.
    std::optional<ImportInput> parameters;
};

struct ImportResult
{
    std::optional<Topology> topology;
    LoadError error; // an input that cannot be read or recognised; meaningful without topology
    // What the user must know, each naming its file and place: a credential that was dropped, an
    // expression that could not be evaluated, a resource known only by reference.
    std::vector<std::string> warnings;

    bool ok() const { return topology.has_value(); }
};

// The design of the inputs, with placeholders for the customer side, the resources it cannot
// hold kept as unmapped data, and laid out by tidyLayout. Pure: no files are read or written.
ImportResult importDesign(const std::vector<ImportInput> &inputs,
                          const ImportOptions &options,
                          const Catalogue &catalogue);

// Reads a file for importDesign; nullopt with `error` set when it cannot be read.
std::optional<ImportInput> readImportInput(const std::string &path, LoadError &error);

} // namespace Er
