#pragma once

#include "model/core/topology.h"

#include <string>
#include <vector>

namespace Er {

// One field of an element as the file holds it, flattened to a name and a value.
struct ElementField
{
    std::string name;  // "bandwidthInMbps", "location.city", "peerings.AzurePrivatePeering.vlanId"
    std::string value; // for people: "1000", "London", "10.0.0.0/16, 10.1.0.0/16", "true"
    std::string json;  // the same value as compact JSON: 1000, "London", ["10.0.0.0/16"], true

    bool operator==(const ElementField &) const = default;
};

// Every field an element's saved form holds (docs/spec/topology-format.md), in the file's
// order: nested objects by dotted name ("expressRouteGateway.sku"), a circuit's peerings by their
// type ("peerings.AzurePrivatePeering.vlanId", by position where a peering has no type or shares
// it), a list of plain values as one field with its values joined by ", ". Fields the program
// does not know are included. The id, the kind and the position (layout, not design) are not.
std::vector<ElementField> elementFields(const Node &node);
std::vector<ElementField> elementFields(const Link &link);
// An annotation's text, colour and unknown members; like a node's position, its position and
// size are layout and are not included.
std::vector<ElementField> elementFields(const Annotation &annotation);

} // namespace Er
