#pragma once

#include "models/geo/geopoint.h"

#include <array>

namespace sortie
{

/**
 * A longitude/latitude box that may cross the antimeridian: east < west means it does, and
 * then east is given plus 360 by unwrappedEast().
 */
struct GeoBounds
{
    double west = 0.0;
    double south = 0.0;
    double east = 0.0;
    double north = 0.0;
    bool valid = false;

    /** east, plus 360 when the box crosses the antimeridian: always >= west. */
    double unwrappedEast() const { return east < west ? east + 360.0 : east; }
    double widthDegrees() const { return unwrappedEast() - west; }
    double heightDegrees() const { return north - south; }
    /** The middle longitude, -180..180. */
    double centreLongitude() const;
    double centreLatitude() const { return ( south + north ) / 2.0; }
};

/**
 * The smallest box around points added one by one, across the antimeridian where that is
 * smaller (a track from Anchorage to Petropavlovsk is 40 degrees wide, not 320).
 *
 * Longitudes are kept in 1-degree bins, so adding is O(1) and the box is found from the
 * widest run of empty bins: exact to a degree, then widened to the exact extremes inside.
 */
class GeoBoundsBuilder
{
  public:
    void add( const GeoPoint &point );
    bool isEmpty() const { return mCount == 0; }
    GeoBounds bounds() const;

  private:
    std::array<double, 360> mMinInBin{};
    std::array<double, 360> mMaxInBin{};
    std::array<bool, 360> mUsed{};
    double mSouth = 90.0;
    double mNorth = -90.0;
    long long mCount = 0;
};

} // namespace sortie
