#include "app/map/mapregion.h"

#include "app/logging.h"

#include <qgscoordinatetransform.h>
#include <qgsexception.h>
#include <qgsproject.h>

namespace sortie::mapregion
{

QgsCoordinateReferenceSystem defaultCrs()
{
  QgsCoordinateReferenceSystem crs( QStringLiteral( "ESRI:102027" ) );
  if ( !crs.isValid() )
  {
    // A PROJ database without ESRI codes: same definition, no authority.
    crs = QgsCoordinateReferenceSystem::fromProj( QStringLiteral(
        "+proj=lcc +lat_0=30 +lon_0=95 +lat_1=15 +lat_2=65 +x_0=0 +y_0=0 +datum=WGS84 +units=m +no_defs" ) );
  }
  return crs;
}

QgsCoordinateReferenceSystem wgs84()
{
  return QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:4326" ) );
}

QgsRectangle defaultRegionWgs84()
{
  // Moscow (37.3 E, 55.6 N) to Vladivostok (132.1 E, 43.4 N) and Pyongyang (125.7 E, 39.2 N),
  // with room around them.
  return QgsRectangle( 30.0, 33.0, 142.0, 62.0 );
}

QgsRectangle regionExtent( const QgsRectangle &wgs84Region, const QgsCoordinateReferenceSystem &crs )
{
  try
  {
    const QgsCoordinateTransform transform( wgs84(), crs, QgsCoordinateTransformContext() );
    return transform.transformBoundingBox( wgs84Region );
  }
  catch ( const QgsCsException &e )
  {
    qCWarning( lcApp ).noquote() << "Cannot transform the default region:" << e.what();
    return QgsRectangle();
  }
}

} // namespace sortie::mapregion
