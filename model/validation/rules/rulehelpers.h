#pragma once

#include "model/core/topology.h"

#include <string>
#include <string_view>

namespace Er {

// 'London DC' — how findings name an element.
std::string quoted(const Node &node);
std::string quoted(std::string_view text);
// "circuit 'ER London'"
std::string describe(const Node &node);

// "1 Gbps", "500 Mbps".
std::string formatBandwidth(std::int64_t mbps);

inline constexpr std::string_view learnBase = "https://learn.microsoft.com/azure/expressroute/";

} // namespace Er
