#include "models/geo/geodesy.h"

#include <algorithm>
#include <cmath>

namespace sortie
{

bool GeoPoint::isValid() const
{
  return std::isfinite( latitude ) && std::isfinite( longitude ) && latitude >= -90.0 && latitude <= 90.0;
}

namespace geodesy
{

namespace
{
constexpr double kPi = 3.14159265358979323846;
constexpr double kDegToRad = kPi / 180.0;
constexpr double kRadToDeg = 180.0 / kPi;

struct Vector3
{
    double x, y, z;
};

Vector3 toUnitVector( const GeoPoint &p )
{
  const double lat = p.latitude * kDegToRad;
  const double lon = p.longitude * kDegToRad;
  return { std::cos( lat ) * std::cos( lon ), std::cos( lat ) * std::sin( lon ), std::sin( lat ) };
}

GeoPoint fromVector( const Vector3 &v )
{
  const double lat = std::atan2( v.z, std::hypot( v.x, v.y ) );
  const double lon = std::atan2( v.y, v.x );
  return { lat * kRadToDeg, lon * kRadToDeg };
}

// Central angle in radians between two points (haversine: well conditioned for the
// short segments between consecutive fixes, where the spherical law of cosines is not).
double centralAngle( const GeoPoint &a, const GeoPoint &b )
{
  const double lat1 = a.latitude * kDegToRad;
  const double lat2 = b.latitude * kDegToRad;
  const double dLat = lat2 - lat1;
  const double dLon = ( b.longitude - a.longitude ) * kDegToRad;
  const double h = std::sin( dLat / 2 ) * std::sin( dLat / 2 ) +
                   std::cos( lat1 ) * std::cos( lat2 ) * std::sin( dLon / 2 ) * std::sin( dLon / 2 );
  return 2.0 * std::asin( std::min( 1.0, std::sqrt( h ) ) );
}
} // namespace

double normalizedLongitude( double longitude )
{
  if ( !std::isfinite( longitude ) )
    return longitude;
  if ( longitude >= -180.0 && longitude <= 180.0 )
    return longitude;
  double wrapped = std::fmod( longitude + 180.0, 360.0 );
  if ( wrapped < 0 )
    wrapped += 360.0;
  return wrapped - 180.0;
}

double distanceMetres( const GeoPoint &from, const GeoPoint &to )
{
  return centralAngle( from, to ) * kEarthRadiusMetres;
}

double initialBearingDegrees( const GeoPoint &from, const GeoPoint &to )
{
  const double lat1 = from.latitude * kDegToRad;
  const double lat2 = to.latitude * kDegToRad;
  const double dLon = ( to.longitude - from.longitude ) * kDegToRad;
  const double y = std::sin( dLon ) * std::cos( lat2 );
  const double x =
      std::cos( lat1 ) * std::sin( lat2 ) - std::sin( lat1 ) * std::cos( lat2 ) * std::cos( dLon );
  const double bearing = std::atan2( y, x ) * kRadToDeg;
  return std::fmod( bearing + 360.0, 360.0 );
}

GeoPoint destinationPoint( const GeoPoint &start, double bearingDegrees, double distanceMetres )
{
  const double delta = distanceMetres / kEarthRadiusMetres;
  const double theta = bearingDegrees * kDegToRad;
  const double lat1 = start.latitude * kDegToRad;
  const double lon1 = start.longitude * kDegToRad;
  const double sinLat2 =
      std::sin( lat1 ) * std::cos( delta ) + std::cos( lat1 ) * std::sin( delta ) * std::cos( theta );
  const double lat2 = std::asin( std::clamp( sinLat2, -1.0, 1.0 ) );
  const double lon2 = lon1 + std::atan2( std::sin( theta ) * std::sin( delta ) * std::cos( lat1 ),
                                         std::cos( delta ) - std::sin( lat1 ) * sinLat2 );
  return { lat2 * kRadToDeg, normalizedLongitude( lon2 * kRadToDeg ) };
}

GeoPoint intermediatePoint( const GeoPoint &from, const GeoPoint &to, double fraction )
{
  const Vector3 a = toUnitVector( from );
  const Vector3 b = toUnitVector( to );
  // Angle from the vectors, atan2(|a x b|, a . b): well conditioned at every angle, where
  // the haversine's asin loses half its digits near 180 degrees.
  const Vector3 cross{ a.y * b.z - a.z * b.y, a.z * b.x - a.x * b.z, a.x * b.y - a.y * b.x };
  const double sinDelta = std::sqrt( cross.x * cross.x + cross.y * cross.y + cross.z * cross.z );
  const double cosDelta = a.x * b.x + a.y * b.y + a.z * b.z;
  if ( sinDelta < 1e-9 )
  {
    if ( cosDelta > 0 )
      return from; // the same point (to within millimetres)
    // Antipodal: every great circle through both points is as short. Take the meridian of
    // `from`, northwards: deterministic and well defined. The point 90 degrees along it
    // lies past the pole, on the opposite meridian, when `from` is north of the equator.
    const GeoPoint via = from.latitude <= 0.0 ? GeoPoint{ from.latitude + 90.0, from.longitude }
                                              : GeoPoint{ 90.0 - from.latitude,
                                                          normalizedLongitude( from.longitude + 180.0 ) };
    return fraction <= 0.5 ? intermediatePoint( from, via, fraction * 2.0 )
                           : intermediatePoint( via, to, ( fraction - 0.5 ) * 2.0 );
  }
  // Spherical linear interpolation of the unit vectors.
  const double delta = std::atan2( sinDelta, cosDelta );
  const double wa = std::sin( ( 1.0 - fraction ) * delta ) / sinDelta;
  const double wb = std::sin( fraction * delta ) / sinDelta;
  return fromVector( { wa * a.x + wb * b.x, wa * a.y + wb * b.y, wa * a.z + wb * b.z } );
}

namespace
{
// Shift `p`'s longitude by whole turns so that it lies within 180 degrees of `reference`.
GeoPoint unwrappedNear( GeoPoint p, double referenceLongitude )
{
  while ( p.longitude - referenceLongitude > 180.0 )
    p.longitude -= 360.0;
  while ( p.longitude - referenceLongitude < -180.0 )
    p.longitude += 360.0;
  return p;
}

void appendDensified( QVector<GeoPoint> &out, const GeoPoint &from, const GeoPoint &to,
                      double maxSegmentMetres, bool includeStart )
{
  const double length = distanceMetres( from, to );
  const int segments =
      maxSegmentMetres > 0 ? std::max( 1, static_cast<int>( std::ceil( length / maxSegmentMetres ) ) ) : 1;
  // Callers pass `from` already unwrapped; intermediate points come back in -180..180.
  double previousLongitude = from.longitude;
  if ( includeStart )
    out.append( from );
  for ( int i = 1; i <= segments; ++i )
  {
    GeoPoint p = i == segments ? to : intermediatePoint( from, to, static_cast<double>( i ) / segments );
    p = unwrappedNear( p, previousLongitude );
    previousLongitude = p.longitude;
    out.append( p );
  }
}
} // namespace

QVector<GeoPoint> densify( const GeoPoint &from, const GeoPoint &to, double maxSegmentMetres )
{
  QVector<GeoPoint> out;
  appendDensified( out, from, to, maxSegmentMetres, true );
  return out;
}

QVector<GeoPoint> densifyPath( const QVector<GeoPoint> &path, double maxSegmentMetres )
{
  QVector<GeoPoint> out;
  if ( path.isEmpty() )
    return out;
  out.append( path.first() );
  for ( int i = 1; i < path.size(); ++i )
  {
    // A copy: appendDensified() appends to `out`, which moves its elements as it grows, and
    // a reference to out.last() would then read freed memory (found by AddressSanitizer).
    const GeoPoint from = out.last();
    appendDensified( out, from, path.at( i ), maxSegmentMetres, false );
  }
  return out;
}

} // namespace geodesy
} // namespace sortie
