#include "model/analysis/geography.h"

#include <algorithm>
#include <cmath>

namespace Er {

double greatCircleKm(const GeoCoordinates &a, const GeoCoordinates &b)
{
    constexpr double earthRadiusKm = 6371.0;
    constexpr double degree = 3.14159265358979323846 / 180.0;
    const double dLat = (b.lat - a.lat) * degree;
    const double dLon = (b.lon - a.lon) * degree;
    const double h = std::sin(dLat / 2) * std::sin(dLat / 2)
                     + std::cos(a.lat * degree) * std::cos(b.lat * degree) * std::sin(dLon / 2)
                           * std::sin(dLon / 2);
    return 2 * earthRadiusKm * std::asin(std::min(1.0, std::sqrt(h)));
}

} // namespace Er
