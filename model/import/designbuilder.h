#pragma once

// Internal to model/import: Azure resources (in ARM's shape, from any importer) mapped to a
// design, joined by their ARM ids (docs/spec/import.md "Mapping").

#include "model/core/topology.h"
#include "model/import/azureresource.h"

namespace Er {
class Catalogue;
}

namespace Er::Import {

// The design of `resources`: circuits with their peerings, Global Reach, ExpressRoute Direct
// ports, VNets with their gateways and peerings, connections, local network gateways as sites;
// per circuit a placeholder site, customer edge and provider edge; every resource it cannot hold
// kept in the top-level member "unmapped". Adds what the user should know to `warnings`.
Topology buildDesign(const std::vector<AzureResource> &resources,
                     const Catalogue &catalogue,
                     std::vector<std::string> &warnings);

// The top-level member that keeps the resources a design cannot hold (IMPORT-002).
inline constexpr const char *unmappedMember = "unmapped";

} // namespace Er::Import
