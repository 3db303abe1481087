#include "model/export/templateexport.h"

#include "model/export/azuredeployment.h"

#include "model/io/topologywriter.h"

#include <algorithm>
#include <cctype>

namespace Er {

namespace {

bool endsWith(std::string_view text, std::string_view suffix)
{
    return text.size() >= suffix.size()
           && std::equal(suffix.rbegin(), suffix.rend(), text.rbegin(), [](char a, char b) {
                  return std::tolower(static_cast<unsigned char>(a))
                         == std::tolower(static_cast<unsigned char>(b));
              });
}

} // namespace

std::optional<TemplateFormat> templateFormatForPath(std::string_view path)
{
    if (endsWith(path, ".json"))
        return TemplateFormat::Arm;
    if (endsWith(path, ".bicep"))
        return TemplateFormat::Bicep;
    return std::nullopt;
}

std::vector<std::string> templateWarnings(const Topology &topology, const Catalogue &catalogue)
{
    return Export::azureDeployment(topology, catalogue).warnings;
}

std::optional<std::string> exportTemplate(const Topology &topology,
                                          const Catalogue &catalogue,
                                          const std::string &path)
{
    const auto format = templateFormatForPath(path);
    if (!format)
        return path + ": a template is exported as .json (ARM) or .bicep";
    return writeFileAtomically(path, *format == TemplateFormat::Arm
                                         ? armTemplateText(topology, catalogue)
                                         : bicepText(topology, catalogue));
}

} // namespace Er
