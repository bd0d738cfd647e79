#pragma once

// A worldwide airports file in OurAirports' shape (issue 14 point 3), written by the tests
// and benchmarks: no real file is copied into the repository. About as many fields of each
// kind as the real one (80,000 in all: 480 large, 4,500 medium, 40,000 small, 21,000
// heliports, 1,200 seaplane bases, 40 balloonports, 12,780 closed; 3 % of the airports named
// "Air Base"). Large and medium airports on land: random points in QGIS's Natural Earth
// countries, countries drawn by area. The smaller fields crowd around them as real ones crowd
// around cities (70 % within 25 km of an airport, a large one for a third of those), the rest
// on land anywhere. Deterministic for a seed. Needs an initialised QgsApplication.

#include <qgsfeatureiterator.h>
#include <qgsgeometry.h>
#include <qgsgeometryengine.h>
#include <qgsvectorlayer.h>

#include <QByteArray>
#include <QRandomGenerator>
#include <QString>

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

namespace sortie::test
{

inline QByteArray worldAirportsCsv( const QString &basemapPath, quint32 seed = 85000 )
{
  QgsVectorLayer countries( basemapPath + QStringLiteral( "|layername=countries" ),
                            QStringLiteral( "countries" ), QStringLiteral( "ogr" ) );
  struct Land
  {
      QgsRectangle box;
      std::unique_ptr<QgsGeometryEngine> engine;
      QgsGeometry geometry;
      double cumulativeArea = 0.0;
  };
  std::vector<Land> lands;
  double area = 0.0;
  QgsFeature country;
  QgsFeatureIterator it = countries.getFeatures();
  while ( it.nextFeature( country ) )
  {
    const QgsGeometry geometry = country.geometry();
    if ( geometry.isEmpty() || geometry.boundingBox().yMaximum() < -60.0 ) // not Antarctica
      continue;
    Land land;
    land.geometry = geometry;
    land.box = geometry.boundingBox();
    land.engine.reset( QgsGeometry::createGeometryEngine( land.geometry.constGet() ) );
    land.engine->prepareGeometry();
    area += geometry.area();
    land.cumulativeArea = area;
    lands.push_back( std::move( land ) );
  }
  QRandomGenerator random( seed );
  auto pointOnLand = [&]() -> QgsPointXY
  {
    const double pick = random.bounded( area );
    const Land &land = *std::find_if( lands.begin(), lands.end(),
                                      [pick]( const Land &l ) { return l.cumulativeArea >= pick; } );
    for ( int attempt = 0; attempt < 100; ++attempt )
    {
      const QgsPointXY point( land.box.xMinimum() + random.bounded( land.box.width() ),
                              land.box.yMinimum() + random.bounded( land.box.height() ) );
      const QgsPoint candidate( point );
      if ( land.engine->intersects( &candidate ) )
        return point;
    }
    return land.geometry.pointOnSurface().asPoint();
  };
  auto code = []( int number, int length )
  {
    QString text;
    for ( int i = 0; i < length; ++i, number /= 26 )
      text.prepend( QChar( 'A' + number % 26 ) );
    return text;
  };

  QByteArray csv = "id,ident,type,name,latitude_deg,longitude_deg,elevation_ft,continent,iso_country,"
                   "iso_region,municipality,scheduled_service,gps_code,iata_code,local_code,home_link,"
                   "wikipedia_link,keywords\n";
  const std::pair<const char *, int> kinds[] = { { "large_airport", 480 },   { "medium_airport", 4500 },
                                                 { "small_airport", 40000 }, { "heliport", 21000 },
                                                 { "seaplane_base", 1200 },  { "balloonport", 40 },
                                                 { "closed", 12780 } };
  std::vector<QgsPointXY> large, airports; // the hubs the smaller fields crowd around
  auto nearAHub = [&]() -> QgsPointXY
  {
    const std::vector<QgsPointXY> &hubs = random.bounded( 3 ) == 0 ? large : airports;
    const QgsPointXY hub = hubs.at( random.bounded( int( hubs.size() ) ) );
    const double angle = random.bounded( 2 * M_PI );
    const double km = 25.0 * std::sqrt( random.generateDouble() );
    const double latitude = std::clamp( hub.y() + km / 111.2 * std::sin( angle ), -89.0, 89.0 );
    double longitude = hub.x() + km / ( 111.2 * std::cos( latitude * M_PI / 180.0 ) ) * std::cos( angle );
    longitude = longitude > 180.0 ? longitude - 360.0 : longitude < -180.0 ? longitude + 360.0 : longitude;
    return QgsPointXY( longitude, latitude );
  };
  int id = 0;
  for ( const auto &[kind, count] : kinds )
  {
    const bool airport = QByteArray( kind ).endsWith( "airport" );
    const bool hub = QByteArray( kind ) == "large_airport" || QByteArray( kind ) == "medium_airport";
    for ( int i = 0; i < count; ++i, ++id )
    {
      const QgsPointXY at = !hub && random.bounded( 10 ) < 7 ? nearAHub() : pointOnLand();
      if ( hub )
      {
        airports.push_back( at );
        if ( QByteArray( kind ) == "large_airport" )
          large.push_back( at );
      }
      const QString ident = code( id, 4 );
      const bool military = airport && random.bounded( 100 ) < 3;
      const QString name = QStringLiteral( "%1 %2" ).arg(
          military ? QStringLiteral( "Air Base" ) : QStringLiteral( "Field" ), ident );
      const QString iata = QByteArray( kind ) == "large_airport" ? code( id, 3 ) : QString();
      csv += QStringLiteral( "%1,%2,%3,\"%4\",%5,%6,%7,XX,XX,XX-01,,no,%8,%9,,,,\n" )
                 .arg( id )
                 .arg( ident, QString::fromLatin1( kind ), name )
                 .arg( at.y(), 0, 'f', 5 )
                 .arg( at.x(), 0, 'f', 5 )
                 .arg( random.bounded( 3000 ) )
                 .arg( airport ? ident : QString(), iata )
                 .toUtf8();
    }
  }
  return csv;
}

} // namespace sortie::test
