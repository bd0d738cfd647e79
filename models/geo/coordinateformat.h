#pragma once

#include "models/geo/geopoint.h"

#include <QString>

namespace sortie
{

/**
 * A position as people read it: "55.8783° N  38.0617° E". Hemisphere letters
 * rather than signs, because a dropped minus sign in a briefing puts Pyongyang in
 * the Pacific. @p decimals is clamped to 0..8.
 */
QString formatLatLon( const GeoPoint &point, int decimals = 4 );

} // namespace sortie
