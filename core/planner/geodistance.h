#pragma once

namespace imbang::geo {

// Great-circle distance in kilometres between two points given in degrees (haversine, mean Earth
// radius 6,371 km). Roads are longer: the planner multiplies by the road-factor setting.
double greatCircleKm(double lat1, double lon1, double lat2, double lon2);

} // namespace imbang::geo
