#pragma once

namespace imbang::geo {

// Great-circle distance in kilometres between two points given in degrees (haversine, mean Earth
// radius 6,371 km). Roads are longer: the planner multiplies by the road-factor setting.
double greatCircleKm(double lat1, double lon1, double lat2, double lon2);

// A point as a unit vector, for the planner's inner loop: the distance of two points is then one square
// root and one arc sine (the same great-circle distance as greatCircleKm).
struct Point {
    double x = 0, y = 0, z = 0;
    static Point of(double latitude, double longitude);
    static double km(const Point &a, const Point &b);
};

} // namespace imbang::geo
