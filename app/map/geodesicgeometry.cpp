#include "app/map/geodesicgeometry.h"

#include "models/geo/geodesy.h"

#include <qgslinestring.h>

namespace sortie
{

QgsGeometry geodesicLineString( const QVector<GeoPoint> &vertices, double maxSegmentMetres )
{
  if ( vertices.size() < 2 )
    return QgsGeometry();
  const QVector<GeoPoint> dense = geodesy::densifyPath( vertices, maxSegmentMetres );
  QVector<double> x, y;
  x.reserve( dense.size() );
  y.reserve( dense.size() );
  for ( const GeoPoint &p : dense )
  {
    x.append( p.longitude );
    y.append( p.latitude );
  }
  return QgsGeometry( new QgsLineString( x, y ) );
}

} // namespace sortie
