#include "geodistance.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace imbang::geo {

double greatCircleKm(double lat1, double lon1, double lat2, double lon2) {
    constexpr double radius = 6371.0;
    constexpr double rad = std::numbers::pi / 180.0;
    const double dLat = (lat2 - lat1) * rad;
    const double dLon = (lon2 - lon1) * rad;
    const double a = std::sin(dLat / 2) * std::sin(dLat / 2) +
                     std::cos(lat1 * rad) * std::cos(lat2 * rad) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * radius * std::asin(std::min(1.0, std::sqrt(a)));
}

} // namespace imbang::geo

namespace imbang::geo {

Point Point::of(double latitude, double longitude) {
    constexpr double rad = std::numbers::pi / 180.0;
    const double lat = latitude * rad, lon = longitude * rad;
    return {std::cos(lat) * std::cos(lon), std::cos(lat) * std::sin(lon), std::sin(lat)};
}

double Point::km(const Point &a, const Point &b) {
    const double dx = a.x - b.x, dy = a.y - b.y, dz = a.z - b.z;
    const double chord = std::sqrt(dx * dx + dy * dy + dz * dz);
    return 2 * 6371.0 * std::asin(std::min(1.0, chord / 2));
}

} // namespace imbang::geo
