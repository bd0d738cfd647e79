// Geodesy and coordinate formatting. Reference values were computed independently
// (spherical law of cosines and vector averaging, R = 6371008.8 m), not with the code
// under test.
#include "models/geo/coordinateformat.h"
#include "models/geo/geobounds.h"
#include "models/geo/geodesy.h"

#include <QTest>

#include <cmath>

using namespace sortie;

namespace
{
const GeoPoint kVnukovo{ 55.5915, 37.2615 };
const GeoPoint kSunan{ 39.2241, 125.6700 };
const GeoPoint kKnevichi{ 43.3990, 132.1480 };
const GeoPoint kKhabarovsk{ 48.5280, 135.1883 };
} // namespace

class TestGeo : public QObject
{
    Q_OBJECT

  private slots:
    void distanceBetweenAirfields_data()
    {
      QTest::addColumn<GeoPoint>( "from" );
      QTest::addColumn<GeoPoint>( "to" );
      QTest::addColumn<double>( "expectedMetres" );
      QTest::newRow( "Vnukovo-Sunan" ) << kVnukovo << kSunan << 6419591.52;
      QTest::newRow( "Knevichi-Sunan" ) << kKnevichi << kSunan << 712519.33;
      QTest::newRow( "Sunan-Khabarovsk" ) << kSunan << kKhabarovsk << 1283305.53;
      QTest::newRow( "one degree of equator" ) << GeoPoint{ 0, 0 } << GeoPoint{ 0, 1 } << 111195.08;
      QTest::newRow( "pole to equator" )
          << GeoPoint{ 90, 0 } << GeoPoint{ 0, 77 } << geodesy::kEarthRadiusMetres * M_PI / 2;
      QTest::newRow( "same point" ) << kSunan << kSunan << 0.0;
    }
    void distanceBetweenAirfields()
    {
      QFETCH( GeoPoint, from );
      QFETCH( GeoPoint, to );
      QFETCH( double, expectedMetres );
      QVERIFY2( std::abs( geodesy::distanceMetres( from, to ) - expectedMetres ) < 1.0,
                qPrintable( QString::number( geodesy::distanceMetres( from, to ), 'f', 2 ) ) );
      // Symmetric.
      QVERIFY( std::abs( geodesy::distanceMetres( to, from ) - expectedMetres ) < 1.0 );
    }

    void initialBearing()
    {
      QCOMPARE( qRound( geodesy::initialBearingDegrees( { 0, 0 }, { 0, 10 } ) ), 90 );
      QCOMPARE( qRound( geodesy::initialBearingDegrees( { 0, 0 }, { 10, 0 } ) ), 0 );
      QCOMPARE( qRound( geodesy::initialBearingDegrees( { 0, 0 }, { 0, -10 } ) ), 270 );
      QCOMPARE( qRound( geodesy::initialBearingDegrees( { 10, 0 }, { 0, 0 } ) ), 180 );
      // Moscow to Pyongyang leaves to the east-north-east, not south-east as on a
      // plate carree map: the great circle first climbs towards Siberia.
      const double bearing = geodesy::initialBearingDegrees( kVnukovo, kSunan );
      QVERIFY2( bearing > 55 && bearing < 75, qPrintable( QString::number( bearing ) ) );
    }

    void intermediatePointFollowsGreatCircle()
    {
      const GeoPoint start = geodesy::intermediatePoint( kVnukovo, kSunan, 0.0 );
      const GeoPoint end = geodesy::intermediatePoint( kVnukovo, kSunan, 1.0 );
      QVERIFY( geodesy::distanceMetres( start, kVnukovo ) < 0.01 );
      QVERIFY( geodesy::distanceMetres( end, kSunan ) < 0.01 );

      const GeoPoint middle = geodesy::intermediatePoint( kVnukovo, kSunan, 0.5 );
      QVERIFY2( std::abs( middle.latitude - 56.31298 ) < 1e-4,
                qPrintable( QString::number( middle.latitude, 'f', 6 ) ) );
      QVERIFY2( std::abs( middle.longitude - 90.11700 ) < 1e-4,
                qPrintable( QString::number( middle.longitude, 'f', 6 ) ) );
      // Equal halves.
      QVERIFY( std::abs( geodesy::distanceMetres( kVnukovo, middle ) -
                         geodesy::distanceMetres( middle, kSunan ) ) < 1.0 );
    }

    void destinationPointInvertsDistanceAndBearing()
    {
      const double bearing = geodesy::initialBearingDegrees( kVnukovo, kSunan );
      const GeoPoint end = geodesy::destinationPoint( kVnukovo, bearing, 6419591.52 );
      QVERIFY2( geodesy::distanceMetres( end, kSunan ) < 1.0,
                qPrintable( QString::number( geodesy::distanceMetres( end, kSunan ) ) ) );
      const GeoPoint east = geodesy::destinationPoint( { 0, 0 }, 90, 111195.08 );
      QVERIFY( std::abs( east.latitude ) < 1e-9 && std::abs( east.longitude - 1.0 ) < 1e-6 );
      const GeoPoint wrapped = geodesy::destinationPoint( { 0, 179.5 }, 90, 111195.08 );
      QVERIFY( std::abs( wrapped.longitude + 179.5 ) < 1e-6 ); // across the antimeridian, normalised
    }

    void antipodalPointsStayFinite()
    {
      const GeoPoint a{ 10, 20 };
      const GeoPoint b{ -10, -160 };
      for ( double f : { 0.0, 0.25, 0.5, 0.75, 1.0 } )
      {
        const GeoPoint p = geodesy::intermediatePoint( a, b, f );
        QVERIFY( p.isValid() );
        QVERIFY( std::abs( geodesy::distanceMetres( a, p ) - f * geodesy::distanceMetres( a, b ) ) < 1000.0 );
      }
    }

    void densifyBoundsSegmentLength()
    {
      const double maxSegment = 25000.0;
      const QVector<GeoPoint> line = geodesy::densify( kVnukovo, kSunan, maxSegment );
      // 6419.6 km in segments of at most 25 km: 257 segments, 258 vertices.
      QCOMPARE( line.size(), 258 );
      QCOMPARE( line.first(), kVnukovo );
      QCOMPARE( line.last(), kSunan );
      double total = 0;
      for ( int i = 1; i < line.size(); ++i )
      {
        const double segment = geodesy::distanceMetres( line.at( i - 1 ), line.at( i ) );
        QVERIFY( segment <= maxSegment + 1e-6 );
        total += segment;
      }
      QVERIFY( std::abs( total - 6419591.52 ) < 1.0 );
    }

    void densifyShortSegmentKeepsEnds()
    {
      const QVector<GeoPoint> line = geodesy::densify( kSunan, { 39.23, 125.68 }, 25000.0 );
      QCOMPARE( line.size(), 2 );
    }

    void densifyUnwrapsAntimeridian()
    {
      // Chukotka to Alaska: without unwrapping the line would jump across the whole map.
      const QVector<GeoPoint> line = geodesy::densify( { 64.7, 177.7 }, { 64.5, -165.4 }, 50000.0 );
      QVERIFY( line.size() > 3 );
      for ( int i = 1; i < line.size(); ++i )
        QVERIFY( std::abs( line.at( i ).longitude - line.at( i - 1 ).longitude ) < 5.0 );
      QVERIFY( std::abs( line.last().longitude - ( 360.0 - 165.4 ) ) < 1e-9 );
    }

    void densifyPathSharesVertices()
    {
      const QVector<GeoPoint> path = geodesy::densifyPath( { kKnevichi, kSunan, kKhabarovsk }, 100000.0 );
      QCOMPARE( path.first(), kKnevichi );
      QCOMPARE( path.last(), kKhabarovsk );
      // 712.5 km -> 8 segments, 1283.3 km -> 13 segments; 21 segments, 22 vertices.
      QCOMPARE( path.size(), 22 );
      QVERIFY( geodesy::densifyPath( {}, 1000.0 ).isEmpty() );
      QCOMPARE( geodesy::densifyPath( { kSunan }, 1000.0 ).size(), 1 );
    }

    void normalizedLongitude_data()
    {
      QTest::addColumn<double>( "input" );
      QTest::addColumn<double>( "expected" );
      QTest::newRow( "inside" ) << 125.67 << 125.67;
      QTest::newRow( "180 stays" ) << 180.0 << 180.0;
      QTest::newRow( "-180 stays" ) << -180.0 << -180.0;
      QTest::newRow( "unwrapped east" ) << 194.6 << -165.4;
      QTest::newRow( "unwrapped west" ) << -200.0 << 160.0;
      QTest::newRow( "two turns" ) << 725.0 << 5.0;
    }
    void normalizedLongitude()
    {
      QFETCH( double, input );
      QFETCH( double, expected );
      QVERIFY( std::abs( geodesy::normalizedLongitude( input ) - expected ) < 1e-9 );
    }

    void formatLatLon_data()
    {
      QTest::addColumn<GeoPoint>( "point" );
      QTest::addColumn<int>( "decimals" );
      QTest::addColumn<QString>( "expected" );
      QTest::newRow( "Sunan" ) << kSunan << 4 << QStringLiteral( "39.2241° N  125.6700° E" );
      QTest::newRow( "south west" ) << GeoPoint{ -33.9461, -18.6017 } << 2
                                    << QStringLiteral( "33.95° S  18.60° W" );
      QTest::newRow( "unwrapped" ) << GeoPoint{ 64.5, 194.6 } << 1 << QStringLiteral( "64.5° N  165.4° W" );
      QTest::newRow( "decimals clamped" ) << GeoPoint{ 1, 2 } << -3 << QStringLiteral( "1° N  2° E" );
      QTest::newRow( "invalid latitude" ) << GeoPoint{ 200, 10 } << 4 << QStringLiteral( "—" );
      QTest::newRow( "not a number" ) << GeoPoint{ std::nan( "" ), 10 } << 4 << QStringLiteral( "—" );
    }
    void formatLatLon()
    {
      QFETCH( GeoPoint, point );
      QFETCH( int, decimals );
      QFETCH( QString, expected );
      QCOMPARE( sortie::formatLatLon( point, decimals ), expected );
    }

    void boundsAcrossTheAntimeridian()
    {
      // Anchorage to Petropavlovsk-Kamchatsky: 40 degrees wide across 180, not 320 around.
      GeoBoundsBuilder across;
      across.add( { 61.17, -149.99 } );
      across.add( { 53.17, 158.45 } );
      across.add( { 58.0, 179.5 } );
      across.add( { 57.0, -179.5 } );
      const GeoBounds b = across.bounds();
      QVERIFY( b.valid );
      QVERIFY2( b.west > 158.0 && b.west < 159.0, qPrintable( QString::number( b.west ) ) );
      QVERIFY2( b.east < -149.0 && b.east > -151.0, qPrintable( QString::number( b.east ) ) );
      QVERIFY( b.widthDegrees() > 51.0 && b.widthDegrees() < 53.0 );
      QVERIFY( std::abs( b.centreLongitude() - ( -175.8 ) ) < 0.5 ||
               std::abs( b.centreLongitude() - 184.2 ) < 0.5 );
      QCOMPARE( b.south, 53.17 );
      QCOMPARE( b.north, 61.17 );

      // Frankfurt to Paris stays where it is; one point is a box of no size; nothing is invalid.
      GeoBoundsBuilder europe;
      europe.add( { 50.03, 8.57 } );
      europe.add( { 49.01, 2.55 } );
      QCOMPARE( europe.bounds().west, 2.55 );
      QCOMPARE( europe.bounds().east, 8.57 );
      GeoBoundsBuilder one;
      one.add( { 39.22, 125.67 } );
      QCOMPARE( one.bounds().widthDegrees(), 0.0 );
      QVERIFY( !GeoBoundsBuilder().bounds().valid );
      // Points all round the world: the whole world.
      GeoBoundsBuilder world;
      for ( int longitude = -180; longitude < 180; ++longitude )
        world.add( { 0.0, longitude + 0.5 } );
      QCOMPARE( world.bounds().widthDegrees(), 360.0 );
    }
};

QTEST_GUILESS_MAIN( TestGeo )
#include "test_geo.moc"
