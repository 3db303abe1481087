#pragma once

// Internal to model/export: the Azure side of a design as the resources one deployment creates
// (docs/spec/arm-export.md). The ARM writer and the Bicep writer both render this one list, so
// the mapping from the design to Azure lives in one place. nlohmann_json is used here, so only
// the exporters' .cpp files include this header.

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace Er {

class Catalogue;
class Topology;

namespace Export {

using Json = nlohmann::ordered_json;

// The Microsoft.Network API version every exported resource is declared with.
inline constexpr const char *networkApiVersion = "2024-05-01";

struct DeploymentParameter
{
    std::string name;
    std::string type; // "string", "securestring" or "int"
    std::optional<Json> defaultValue;
    std::string description;
};

// One resource. Values that refer to parameters or other resources are ARM expressions in
// properties ("[parameters('x')]", "[resourceId('type', 'name')]"); a literal string that starts
// with '[' is escaped as ARM escapes it ("[[").
struct DeploymentResource
{
    std::string symbol;                    // a Bicep identifier, unique in the deployment
    std::string type;                      // "Microsoft.Network/expressRouteCircuits/peerings"
    std::vector<std::string> nameSegments; // {"er-ldn", "AzurePrivatePeering"} for a child
    std::string parentSymbol;              // the parent resource's symbol for a child, or ""
    std::optional<std::string> location;   // a region name, or an expression
    Json sku;                              // null when the resource has none
    Json zones;                            // null, or ["1", "2", "3"]
    Json properties = Json::object();
    std::vector<std::string> dependsOn; // symbols, in the order Azure needs them

    std::string armName() const; // the segments joined by '/'
};

// What the deployment holds, and what the reader must know besides.
struct AzureDeployment
{
    std::string designName;
    std::vector<DeploymentParameter> parameters;
    std::vector<DeploymentResource> resources;
    // The customer side, one line per element (sites, routers, access links, the provider).
    std::vector<std::string> customerSide;
    // What the design holds that the template does not, and why.
    std::vector<std::string> notExported;
    // Traps the deployer must know about (an AZ gateway SKU in a region without zones, a
    // template over ARM's limits).
    std::vector<std::string> warnings;
};

AzureDeployment azureDeployment(const Topology &topology, const Catalogue &catalogue);

// "[resourceId('type', 'a', 'b')]" for the resource.
std::string resourceIdExpression(const DeploymentResource &resource);

// ARM's limits on one template: resources and parameters
// (docs/facts-additions.md, ARMLIMITS).
inline constexpr std::size_t armMaximumResources = 800;
inline constexpr std::size_t armMaximumParameters = 256;

} // namespace Export
} // namespace Er
