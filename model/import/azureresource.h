#pragma once

// Internal to model/import: the one shape every importer reads its input into, ARM's own
// (a resource's id, type, name, location, sku and properties). nlohmann_json is used here, so
// only the importers' .cpp files include this header.

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace Er::Import {

using Json = nlohmann::ordered_json;

struct AzureResource
{
    std::string id;   // ARM id; joins resources across files (compared case-insensitively)
    std::string type; // ARM type, "Microsoft.Network/expressRouteCircuits"
    std::string name;
    std::string location;
    Json sku = Json::object();
    Json properties = Json::object();
    std::string origin; // "estate.json: value[3]", for messages
};

// What an importer collected from one file, besides its resources.
struct Collected
{
    std::vector<AzureResource> resources;
    std::vector<std::string> warnings; // each names its file and place
};

// ARM ids and types compare case-insensitively.
std::string lowered(std::string text);

// The id of a resource's parent: "/.../expressRouteCircuits/c1/peerings/p" gives
// "/.../expressRouteCircuits/c1"; empty where there is none.
std::string parentId(const std::string &id);
// The last segment of an id: the resource's name.
std::string lastSegment(const std::string &id);
// The string member at a path of keys, or "" when any part is missing or not of that type.
std::string stringAt(const Json &value, std::initializer_list<const char *> keys);
const Json *memberAt(const Json &value, std::initializer_list<const char *> keys);

} // namespace Er::Import
