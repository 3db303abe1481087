#pragma once

#include <string>
#include <utility>
#include <vector>

namespace Er {

// The small values every part of a design uses: nodes, links and annotations alike.

// JSON members the program does not know, kept as compact JSON text in their original order.
using ExtraFields = std::vector<std::pair<std::string, std::string>>;
using StringList = std::vector<std::string>;

struct Point
{
    double x = 0;
    double y = 0;
    bool operator==(const Point &) const = default;
};

} // namespace Er
