#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace Er {

class Catalogue;
class Topology;

// The Azure side of a design as a deployable template (docs/spec/arm-export.md): an ARM
// deployment template (.json) or a Bicep file (.bicep). Keys never appear in it: shared keys,
// authorization keys and MD5 keys are secure parameters. The customer side is listed for the
// reader, in the template's metadata or the Bicep file's opening comment.
enum class TemplateFormat { Arm, Bicep };

// By the path's extension (.json, .bicep, any case); nullopt for any other.
std::optional<TemplateFormat> templateFormatForPath(std::string_view path);

// The template's text, ending with a newline. Pure: the same design gives the same bytes.
std::string armTemplateText(const Topology &topology, const Catalogue &catalogue);
std::string bicepText(const Topology &topology, const Catalogue &catalogue);

// What the deployer must know, as the template's metadata (ARM) or opening comment (Bicep) says
// it: an AZ gateway SKU in a region without zones, a circuit without its provider, a template
// over ARM's limits.
std::vector<std::string> templateWarnings(const Topology &topology, const Catalogue &catalogue);

// Writes the template of the format the path names, atomically; the error says why it was not
// written.
std::optional<std::string> exportTemplate(const Topology &topology,
                                          const Catalogue &catalogue,
                                          const std::string &path);

} // namespace Er
