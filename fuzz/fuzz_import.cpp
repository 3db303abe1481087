// libFuzzer target: any bytes go through the importer (model/import) the way `import` and
// File > Import… use it. A crash, an exception, a design that does not save and load again, or a
// credential that reaches the saved text is a bug. The first byte picks the options, so that
// templates are also read with a region and the input as a parameters file for a fixed template.

#include "model/catalogue/catalogue.h"
#include "model/import/importer.h"
#include "model/io/credentials.h"
#include "model/io/topologyreader.h"
#include "model/io/topologywriter.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace {

[[noreturn]] void invariantBroken(const char *what, const std::string &detail)
{
    std::fprintf(stderr, "fuzz_import: %s\n%s\n", what, detail.c_str());
    std::abort();
}

const char *const fixedTemplate
    = R"({"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {"name": {"type": "string", "defaultValue": "er"}, "location": {"type": "string", "defaultValue": "[resourceGroup().location]"}},
  "resources": [{"type": "Microsoft.Network/expressRouteCircuits", "name": "[parameters('name')]",
    "location": "[parameters('location')]", "sku": {"tier": "Standard", "family": "MeteredData"},
    "properties": {"serviceProviderProperties": {"peeringLocation": "London", "bandwidthInMbps": 50}}}]})";

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const std::uint8_t mode = data[0] % 3;
    const std::string bytes(reinterpret_cast<const char *>(data) + 1, size - 1);
    Er::ImportOptions options;
    std::vector<Er::ImportInput> inputs;
    if (mode == 2) {
        options.parameters = Er::ImportInput{"parameters.json", bytes};
        inputs.push_back({"template.json", fixedTemplate});
    } else {
        inputs.push_back({"input.json", bytes});
        if (mode == 1)
            options.region = "westeurope";
    }
    const Er::ImportResult imported = Er::importDesign(inputs, options, Er::Catalogue::builtIn());
    if (!imported.ok()) {
        if (imported.error.file.empty() || imported.error.message.empty())
            invariantBroken("an import error without its file or message",
                            imported.error.toString());
        return 0;
    }
    const Er::Topology &design = *imported.topology;
    for (const Er::Node &node : design.nodes()) {
        if (!node.position)
            invariantBroken("an imported node without a position", node.id);
    }
    const std::string saved = Er::writeTopology(design);
    const Er::LoadResult reloaded = Er::readTopology(saved, "imported.ertopo");
    if (!reloaded.ok())
        invariantBroken("an imported design does not load",
                        reloaded.error.toString() + "\n" + saved);
    if (!reloaded.warnings.empty())
        invariantBroken("an imported design still holds a credential", reloaded.warnings.front());
    if (!(*reloaded.topology == design))
        invariantBroken("an imported design loads as a different design", saved);
    return 0;
}
