#include "model/export/azuredeployment.h"
#include "model/export/templateexport.h"

namespace Er {

using Export::Json;

namespace {

const char *const deploymentTemplateSchema
    = "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#";

Json lines(const std::vector<std::string> &items)
{
    Json list = Json::array();
    for (const std::string &item : items)
        list.push_back(item);
    return list;
}

} // namespace

// The ARM rendering of the deployment: parameters, then the resources in dependency order, each
// with its dependsOn as resourceId() expressions.
std::string armTemplateText(const Topology &topology, const Catalogue &catalogue)
{
    const Export::AzureDeployment deployment = Export::azureDeployment(topology, catalogue);
    Json document = Json::object();
    document["$schema"] = deploymentTemplateSchema;
    document["contentVersion"] = "1.0.0.0";
    Json metadata = Json::object();
    metadata["generator"] = "ExpressRoute Designer (docs/spec/arm-export.md)";
    if (!deployment.designName.empty())
        metadata["design"] = deployment.designName;
    metadata["warnings"] = lines(deployment.warnings);
    metadata["customerSide"] = lines(deployment.customerSide);
    metadata["notExported"] = lines(deployment.notExported);
    document["metadata"] = metadata;
    Json parameters = Json::object();
    for (const Export::DeploymentParameter &parameter : deployment.parameters) {
        Json entry = Json::object();
        entry["type"] = parameter.type;
        if (parameter.defaultValue)
            entry["defaultValue"] = *parameter.defaultValue;
        entry["metadata"] = Json{{"description", parameter.description}};
        parameters[parameter.name] = entry;
    }
    document["parameters"] = parameters;
    std::map<std::string, const Export::DeploymentResource *> bySymbol;
    for (const Export::DeploymentResource &resource : deployment.resources)
        bySymbol[resource.symbol] = &resource;
    Json resources = Json::array();
    for (const Export::DeploymentResource &resource : deployment.resources) {
        Json entry = Json::object();
        entry["type"] = resource.type;
        entry["apiVersion"] = Export::networkApiVersion;
        entry["name"] = resource.armName();
        if (resource.location)
            entry["location"] = *resource.location;
        if (!resource.sku.is_null())
            entry["sku"] = resource.sku;
        if (!resource.zones.is_null())
            entry["zones"] = resource.zones;
        if (!resource.dependsOn.empty()) {
            Json dependsOn = Json::array();
            for (const std::string &symbol : resource.dependsOn)
                dependsOn.push_back(Export::resourceIdExpression(*bySymbol.at(symbol)));
            entry["dependsOn"] = dependsOn;
        }
        entry["properties"] = resource.properties;
        resources.push_back(std::move(entry));
    }
    document["resources"] = resources;
    return document.dump(2) + "\n";
}

} // namespace Er
