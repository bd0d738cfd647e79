#include "models/geo/coordinateformat.h"

#include "models/geo/geodesy.h"

#include <algorithm>
#include <cmath>

namespace sortie
{

QString formatLatLon( const GeoPoint &point, int decimals )
{
  if ( !point.isValid() || !std::isfinite( point.longitude ) )
    return QStringLiteral( "—" );
  decimals = std::clamp( decimals, 0, 8 );
  const double longitude = geodesy::normalizedLongitude( point.longitude );
  const QChar degree( 0x00B0 );
  const QString lat = QString::number( std::abs( point.latitude ), 'f', decimals ) + degree +
                      ( point.latitude < 0 ? QStringLiteral( " S" ) : QStringLiteral( " N" ) );
  const QString lon = QString::number( std::abs( longitude ), 'f', decimals ) + degree +
                      ( longitude < 0 ? QStringLiteral( " W" ) : QStringLiteral( " E" ) );
  return lat + QStringLiteral( "  " ) + lon;
}

} // namespace sortie
