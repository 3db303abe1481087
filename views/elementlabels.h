#pragma once

#include "model/core/topology.h"

#include <QString>

namespace Er {

// The text the canvas writes under a node and along a link.
// A short second label line for a node: "London · 1 Gbps · Standard".
QString nodeDetail(const Node &node);
// A link's role and bandwidth: "secondary · 10 Gbps"; "500 Mbps · VPN".
QString linkLabel(const Link &link);

} // namespace Er
