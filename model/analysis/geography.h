#pragma once

namespace Er {

// Where a node is, for latency estimates (docs/spec/analysis-model.md "Latency").
struct GeoCoordinates
{
    double lat = 0;
    double lon = 0;
};

// Great-circle (haversine) distance in kilometres, on a sphere of radius 6371 km.
double greatCircleKm(const GeoCoordinates &a, const GeoCoordinates &b);

} // namespace Er
