#pragma once

#include <QMetaType>

namespace sortie
{

/**
 * A position on the WGS84 ellipsoid in decimal degrees: latitude north positive,
 * longitude east positive. Plain value type; no validity flag: use isValid().
 */
struct GeoPoint
{
    double latitude = 0.0;  //!< Degrees, -90..90.
    double longitude = 0.0; //!< Degrees, -180..180 after normalisation.

    /** True when both coordinates are finite and the latitude is within -90..90. */
    bool isValid() const;

    friend bool operator==( const GeoPoint &a, const GeoPoint &b )
    {
      return a.latitude == b.latitude && a.longitude == b.longitude;
    }
    friend bool operator!=( const GeoPoint &a, const GeoPoint &b ) { return !( a == b ); }
};

} // namespace sortie

Q_DECLARE_METATYPE( sortie::GeoPoint )
