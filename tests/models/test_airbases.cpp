// The airbase index (issue 14 point 3): the worldwide OurAirports file has about 85,000
// fields, so look-ups go through a spatial index; its answers must be those of a plain scan,
// across the antimeridian and near the poles, and a leg or an approach must be named after
// the field an aircraft was using, not a strip it passed over.
#include "models/analysis/airbaseusage.h"
#include "models/analysis/flightanalysis.h"
#include "models/domain/airbase.h"
#include "models/domain/airbasesearch.h"
#include "models/geo/geodesy.h"

#include <QRandomGenerator>
#include <QTest>

#include <limits>

using namespace sortie;

namespace
{
Airbase field( const char *icao, double latitude, double longitude, AirbaseKind kind = AirbaseKind::Unknown )
{
  Airbase airbase;
  airbase.icao = QString::fromLatin1( icao );
  airbase.name = airbase.icao;
  airbase.position = { latitude, longitude };
  airbase.kind = kind;
  return airbase;
}

// What AirbaseIndex::nearestAny() must return: a scan of every field.
int scanNearest( const QVector<Airbase> &airbases, const GeoPoint &point, double radius )
{
  int best = -1;
  double bestDistance = std::numeric_limits<double>::infinity();
  for ( int i = 0; i < airbases.size(); ++i )
  {
    const double d = geodesy::distanceMetres( point, airbases.at( i ).position );
    if ( d <= radius && d < bestDistance )
    {
      bestDistance = d;
      best = i;
    }
  }
  return best;
}
} // namespace

class TestAirbases : public QObject
{
    Q_OBJECT

  private slots:
    void indexAgreesWithAScan()
    {
      // Fields everywhere, crowded at the poles and along 180°, where a box in degrees is
      // most wrong; points near them and far from them; radii from 1 km to 3,000 km.
      QRandomGenerator random( 1414 );
      QVector<Airbase> airbases;
      for ( int i = 0; i < 4000; ++i )
      {
        const double latitude = i % 4 == 0 ? 85.0 + random.bounded( 5.0 ) : random.bounded( 180.0 ) - 90.0;
        const double longitude = i % 5 == 0 ? 179.0 + random.bounded( 2.0 ) : random.bounded( 360.0 ) - 180.0;
        airbases.append( field( "X", latitude, longitude > 180.0 ? longitude - 360.0 : longitude ) );
      }
      const AirbaseIndex index( airbases );
      int found = 0;
      for ( int i = 0; i < 3000; ++i )
      {
        const GeoPoint point{ random.bounded( 180.0 ) - 90.0, random.bounded( 360.0 ) - 180.0 };
        const GeoPoint near = i % 2 ? point : airbases.at( i % airbases.size() ).position;
        const double radius = 1000.0 * std::pow( 10.0, random.bounded( 3.5 ) );
        const int expected = scanNearest( airbases, near, radius );
        double distance = -1.0;
        const int actual = index.nearestAny( near, radius, &distance );
        QVERIFY2( actual == expected, qPrintable( QStringLiteral( "at %1 %2 within %3 m: %4, a scan says %5" )
                                                      .arg( near.latitude )
                                                      .arg( near.longitude )
                                                      .arg( radius )
                                                      .arg( actual )
                                                      .arg( expected ) ) );
        if ( actual >= 0 )
        {
          ++found;
          QCOMPARE( distance, geodesy::distanceMetres( near, airbases.at( actual ).position ) );
        }
      }
      QVERIFY( found > 1500 ); // the test looked at answers, not only at misses
    }

    void acrossTheAntimeridianAndAtThePole()
    {
      const AirbaseIndex index( { field( "EAST", 64.7, 179.9 ), field( "POLE", 89.9, 10.0 ) } );
      QCOMPARE( index.nearest( { 64.7, -179.9 }, 20000.0 ), 0 ); // 9.5 km, on the other side of 180°
      QCOMPARE( index.nearest( { 89.9, -170.0 }, 30000.0 ), 1 ); // 22 km across the pole
      QCOMPARE( index.nearest( { 0.0, 0.0 }, 1000.0 ), -1 );
      QCOMPARE( index.nearest( { std::nan( "" ), 0.0 }, 1e7 ), -1 );
      QCOMPARE( AirbaseIndex().nearest( { 0.0, 0.0 }, 1e7 ), -1 );
    }

    void codesAnyCaseFirstOfDuplicates()
    {
      const AirbaseIndex index(
          { field( "ZKPY", 39.2, 125.7 ), field( "UUMU", 55.9, 38.1 ), field( "zkpy", 1, 1 ) } );
      QCOMPARE( index.findByIcao( QStringLiteral( "zkpy" ) ), 0 );
      QCOMPARE( index.findByIcao( QStringLiteral( "UUMU" ) ), 1 );
      QCOMPARE( index.findByIcao( QStringLiteral( "XXXX" ) ), -1 );
      QCOMPARE( index.findByIcao( QString() ), -1 );
    }

    void aLegEndIsTheFieldNotTheStripBeside()
    {
      // A last fix 3 km from a large airport's reference point and 1 km from a private strip:
      // the airport. A closed field on the spot never ends a leg; a strip alone still does.
      const GeoPoint lastFix{ 47.60, -117.50 };
      const AirbaseIndex index( { field( "STRIP", 47.605, -117.51, AirbaseKind::Small ),
                                  field( "KGEG", 47.6199, -117.5338, AirbaseKind::Large ),
                                  field( "OLD", 47.60, -117.50, AirbaseKind::Closed ) } );
      QCOMPARE( index.nearest( lastFix, 15000.0 ), 1 );
      QCOMPARE( index.nearestAny( lastFix, 15000.0 ), 2 );
      const AirbaseIndex stripOnly( { field( "STRIP", 47.605, -117.51, AirbaseKind::Small ) } );
      QCOMPARE( stripOnly.nearest( lastFix, 15000.0 ), 0 );
    }

    void anApproachIsToTheLargestFieldAround()
    {
      // Shaped like the real 737 into Spokane: last seen 36 km east of the airport, right
      // over a small strip, with a medium field 20 km away: it was making for the airport.
      const GeoPoint approach{ 47.457, -117.106 };
      const AirbaseIndex index( { field( "STRIP", 47.46, -117.11, AirbaseKind::Small ),
                                  field( "KSFF", 47.6828, -117.3226, AirbaseKind::Medium ),
                                  field( "KGEG", 47.6199, -117.5338, AirbaseKind::Large ),
                                  field( "HELI", 47.457, -117.106, AirbaseKind::Heliport ) } );
      double distance = 0.0;
      QCOMPARE( index.largestNear( approach, 60000.0, &distance ), 2 );
      QVERIFY( distance > 30000.0 && distance < 40000.0 );
      QCOMPARE( index.largestNear( approach, 33000.0 ), 1 ); // the airport beyond reach: the medium field
    }

    void fieldsInUseAreThoseTheDataNames()
    {
      FlightAnalysis analysis;
      Leg leg;
      leg.fromAirbase = 2;
      leg.toAirbase = -1;
      analysis.legs.append( leg );
      Gap gap;
      gap.nearestAirbase = 4;
      analysis.gaps.append( gap );
      Event event;
      event.place.airbaseIcao = QStringLiteral( "uumu" );
      QVector<Airbase> airbases;
      for ( const char *code : { "A", "UUMU", "C", "D", "E", "F" } )
        airbases.append( field( code, 0, 0 ) );
      const QSet<int> used = airbasesInUse( { analysis }, { event }, AirbaseIndex( airbases ) );
      QCOMPARE( used, ( QSet<int>{ 1, 2, 4 } ) );
    }

    void searchFindsCodesBeforeNames()
    {
      // What an analyst types: a code in any case, a word of a name, a name without its
      // accents. Each offered in the order that answers the question best.
      QVector<Airbase> airbases;
      auto add = [&airbases]( const char *icao, const char *iata, const QString &name, AirbaseKind kind )
      {
        Airbase airbase = field( icao, 0.0, 0.0, kind );
        airbase.iata = QString::fromLatin1( iata );
        airbase.name = name;
        airbases.append( airbase );
        return airbases.size() - 1;
      };
      const int sunan =
          add( "ZKPY", "FNJ", QStringLiteral( "Pyongyang Sunan International Airport" ), AirbaseKind::Large );
      const int strip = add( "KP-0042", "", QStringLiteral( "Sunan Airstrip" ), AirbaseKind::Small );
      const int closed = add( "KP-0001", "", QStringLiteral( "Sunan Old Field" ), AirbaseKind::Closed );
      const int guarulhos =
          add( "SBGR", "GRU", QStringLiteral( "São Paulo/Guarulhos–Governador André Franco Montoro" ),
               AirbaseKind::Large );
      const int sheremetyevo =
          add( "UUEE", "SVO", QStringLiteral( "Sheremetyevo International Airport" ), AirbaseKind::Large );
      const int fnjName = add( "XXFN", "", QStringLiteral( "FNJ Memorial Heliport" ), AirbaseKind::Heliport );
      const int uuwwPrefix =
          add( "UUWW", "VKO", QStringLiteral( "Vnukovo International Airport" ), AirbaseKind::Large );
      const AirbaseSearch search( ( AirbaseIndex( airbases ) ) );

      QCOMPARE( search.find( QStringLiteral( "zkpy" ), 5 ), QVector<int>{ sunan } );
      // The IATA code before a name that merely starts with the same letters.
      QCOMPARE( search.find( QStringLiteral( "FNJ" ), 5 ), ( QVector<int>{ sunan, fnjName } ) );
      // A word in the middle of a name; the airport before the strip, the closed field last.
      QCOMPARE( search.find( QStringLiteral( "sunan" ), 5 ), ( QVector<int>{ sunan, strip, closed } ) );
      QCOMPARE( search.find( QStringLiteral( "Sunan " ), 5 ), ( QVector<int>{ sunan, strip, closed } ) );
      QCOMPARE( search.find( QStringLiteral( "sao paulo" ), 5 ), QVector<int>{ guarulhos } );
      QCOMPARE( search.find( QStringLiteral( "andre franco" ), 5 ), QVector<int>{ guarulhos } );
      QCOMPARE( search.find( QStringLiteral( "sheremet" ), 5 ), QVector<int>{ sheremetyevo } );
      QCOMPARE( search.find( QStringLiteral( "remetyevo" ), 5 ), QVector<int>{ sheremetyevo } );
      // A code prefix: every field whose code starts so, the limit kept.
      QCOMPARE( search.find( QStringLiteral( "UU" ), 5 ), ( QVector<int>{ sheremetyevo, uuwwPrefix } ) );
      QCOMPARE( search.find( QStringLiteral( "international" ), 2 ).size(), 2 );
      QVERIFY( search.find( QStringLiteral( "   " ), 5 ).isEmpty() );
      QVERIFY( search.find( QStringLiteral( "no such place" ), 5 ).isEmpty() );
      QCOMPARE( AirbaseSearch::fold( QStringLiteral( "  São  Paulo/Guarulhos–André " ) ),
                QStringLiteral( "sao paulo guarulhos andre" ) );
    }

    void searchOfTheWorldsAirportsFindsEachByItsCode()
    {
      // Every one of many generated fields is found first by its ICAO code: no code is
      // shadowed by another field's prefix or name.
      QVector<Airbase> airbases;
      for ( int i = 0; i < 20000; ++i )
      {
        Airbase airbase =
            field( qPrintable( QStringLiteral( "X%1" ).arg( i, 3, 36, QLatin1Char( '0' ) ).toUpper() ), 0.0,
                   0.0, static_cast<AirbaseKind>( i % 8 ) );
        airbase.name = QStringLiteral( "Field %1" ).arg( i );
        airbases.append( airbase );
      }
      const AirbaseSearch search( ( AirbaseIndex( airbases ) ) );
      for ( int i = 0; i < airbases.size(); i += 97 )
        QCOMPARE( search.find( airbases.at( i ).icao.toLower(), 3 ).value( 0, -1 ), i );
    }
};

QTEST_GUILESS_MAIN( TestAirbases )
#include "test_airbases.moc"
