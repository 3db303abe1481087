#pragma once

// Internal to model/import: Azure's spellings mapped to the catalogue's.

#include <optional>
#include <string>

namespace Er {
class Catalogue;
}

namespace Er::Import {

// A gateway SKU in the catalogue's spelling ("ergw1az" -> "ErGw1AZ"; Azure treats SKU names
// case-insensitively); the name as given when the catalogue does not know it.
std::string expressRouteGatewaySkuName(const Catalogue &catalogue, const std::string &sku);
std::string vpnGatewaySkuName(const Catalogue &catalogue, const std::string &sku);

// A circuit's peering location in the catalogue's spelling; an ExpressRoute Direct port's
// location ("Equinix-Amsterdam-AM5") through the catalogue's facilities ("Equinix AM5" is
// Amsterdam). nullopt when nothing matches.
std::optional<std::string> peeringLocationName(const Catalogue &catalogue,
                                               const std::string &location);

// An ARM region name ("West Europe" and "westeurope" give "westeurope").
std::string regionName(const Catalogue &catalogue, const std::string &location);

} // namespace Er::Import
