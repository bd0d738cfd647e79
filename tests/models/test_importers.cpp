// Every importer: golden dumps of files shaped like the real exports, the facts that
// matter checked one by one (units, ground flags, identity), and bad input of every kind
// reported with file and line while the good rest loads.
#include "importdump.h"
#include "models/io/importer.h"
#include "models/workspace/workspace.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

using namespace sortie;

namespace
{
QString dataPath( const QString &name )
{
  return QStringLiteral( SORTIE_TEST_DATA_DIR "/" ) + name;
}

ImportResult import( const QString &name )
{
  return ImporterRegistry::standard().importFile( dataPath( name ) );
}

// The warnings as "line: message" strings, for compact checks.
QStringList warningLines( const ImportResult &result )
{
  QStringList lines;
  for ( const ImportWarning &w : result.warnings )
    lines.append( QStringLiteral( "%1: %2" ).arg( w.line ).arg( w.message ) );
  return lines;
}

bool hasWarning( const ImportResult &result, qint64 line, const QString &fragment )
{
  for ( const ImportWarning &w : result.warnings )
  {
    if ( w.line == line && w.message.contains( fragment ) )
      return true;
  }
  return false;
}
} // namespace

class TestImporters : public QObject
{
    Q_OBJECT

  private slots:
    void golden_data()
    {
      QTest::addColumn<QString>( "file" );
      QTest::addColumn<QString>( "format" );
      QTest::newRow( "fr24" ) << QStringLiteral( "fr24/XXTEST_good.csv" )
                              << QStringLiteral( "Flightradar24 CSV" );
      QTest::newRow( "fr24 bad rows" )
          << QStringLiteral( "fr24/bad_rows.csv" ) << QStringLiteral( "Flightradar24 CSV" );
      QTest::newRow( "readsb" ) << QStringLiteral( "readsb/trace_full_abcdef.json" )
                                << QStringLiteral( "readsb trace" );
      QTest::newRow( "readsb bad rows" )
          << QStringLiteral( "readsb/trace_bad_rows.json" ) << QStringLiteral( "readsb trace" );
      // A historical-database extract: a subset of the columns in another order, no onground,
      // an empty barometric altitude (the geometric one taken), a row without a position.
      // Time zones the file defines (VTIMEZONE with DST rules by weekday and by month day),
      // a Thunderbird path, an Outlook offset and a Windows name: each event's UTC in its title.
      // Several receivers out of order and repeated, a message without a position (0,0), a
      // time without seconds (the receiver time taken), a row with no time at all, two aircraft.
      // aircraft.json snapshots: dump1090's field names ("altitude": "ground", speed) and
      // readsb's (alt_baro, gs, baro_rate, r, t); aircraft without a position; a bad latitude.
      QTest::newRow( "aircraft.json dump1090" )
          << QStringLiteral( "readsb/aircraft_dump1090.json" ) << QStringLiteral( "readsb aircraft.json" );
      QTest::newRow( "aircraft.json readsb" )
          << QStringLiteral( "readsb/aircraft_readsb.json" ) << QStringLiteral( "readsb aircraft.json" );
      QTest::newRow( "fr24 granular" )
          << QStringLiteral( "fr24/granular.csv" ) << QStringLiteral( "Flightradar24 granular CSV" );
      QTest::newRow( "ics vtimezones" )
          << QStringLiteral( "ics/vtimezones.ics" ) << QStringLiteral( "iCalendar" );
      QTest::newRow( "opensky subset" ) << QStringLiteral( "opensky/subset_reordered.csv" )
                                        << QStringLiteral( "OpenSky state vectors CSV" );
      QTest::newRow( "opensky" ) << QStringLiteral( "opensky/states.csv" )
                                 << QStringLiteral( "OpenSky state vectors CSV" );
      QTest::newRow( "airbases" ) << QStringLiteral( "airbases/simple.csv" )
                                  << QStringLiteral( "Airbase CSV" );
      QTest::newRow( "ourairports" ) << QStringLiteral( "airbases/airports.csv" )
                                     << QStringLiteral( "OurAirports airports.csv" );
      QTest::newRow( "events json" ) << QStringLiteral( "events/events.json" )
                                     << QStringLiteral( "Sortie events JSON" );
      QTest::newRow( "events csv" ) << QStringLiteral( "events/events.csv" )
                                    << QStringLiteral( "Sortie events CSV" );
      QTest::newRow( "flightaware kml" )
          << QStringLiteral( "kml/flightaware.kml" ) << QStringLiteral( "KML" );
      QTest::newRow( "fr24 kml" ) << QStringLiteral( "kml/fr24.kml" ) << QStringLiteral( "KML" );
      QTest::newRow( "kml bad" ) << QStringLiteral( "kml/bad.kml" ) << QStringLiteral( "KML" );
      QTest::newRow( "gpx" ) << QStringLiteral( "gpx/track.gpx" ) << QStringLiteral( "GPX" );
      QTest::newRow( "geojson points" )
          << QStringLiteral( "geojson/points.geojson" ) << QStringLiteral( "GeoJSON" );
      QTest::newRow( "mf-json" ) << QStringLiteral( "geojson/mfjson.geojson" ) << QStringLiteral( "GeoJSON" );
      QTest::newRow( "icalendar" ) << QStringLiteral( "ics/events.ics" ) << QStringLiteral( "iCalendar" );
      QTest::newRow( "geopackage" ) << QStringLiteral( "gpkg/positions.gpkg" )
                                    << QStringLiteral( "GeoPackage" );
    }
    void aFolderOfSnapshotsIsOneTrackPerAircraft()
    {
      // Two snapshots a minute apart, in a folder: TST601 is one track of two positions, with
      // the registration and type that only the second one gives.
      QTemporaryDir folder;
      QVERIFY( QFile::copy( dataPath( QStringLiteral( "readsb/aircraft_dump1090.json" ) ),
                            folder.filePath( QStringLiteral( "history_0.json" ) ) ) );
      QVERIFY( QFile::copy( dataPath( QStringLiteral( "readsb/aircraft_readsb.json" ) ),
                            folder.filePath( QStringLiteral( "history_1.json" ) ) ) );
      Workspace workspace;
      const ImportSummary summary = workspace.importFiles( { folder.path() } );
      QCOMPARE( summary.filesRead, 2 );
      QCOMPARE( summary.tracks, 3 ); // abcdef, 123abc, a0aba6
      const auto tst601 =
          std::find_if( workspace.tracks().cbegin(), workspace.tracks().cend(),
                        []( const Track &t ) { return t.identity.icao24 == QLatin1String( "abcdef" ); } );
      QVERIFY( tst601 != workspace.tracks().cend() );
      QCOMPARE( tst601->size(), 2 );
      QCOMPARE( tst601->identity.registration, QStringLiteral( "XX-TEST" ) );
      QCOMPARE( tst601->identity.aircraftType, QStringLiteral( "IL62" ) );
      QVERIFY( tst601->point( 0 ).hasFlag( PointOnGround ) );
      QCOMPARE( tst601->altitudeMetres( 1 ), 3800.0f * 0.3048f );
    }

    void golden()
    {
      QFETCH( QString, file );
      QFETCH( QString, format );
      const ImportResult result = import( file );
      QCOMPARE( result.format, format );
      QVERIFY2( !result.failed, qPrintable( warningLines( result ).join( QLatin1Char( '\n' ) ) ) );
      const QString difference = compareWithGolden( result, file + QStringLiteral( ".golden" ) );
      QVERIFY2( difference.isEmpty(), qPrintable( difference ) );
    }

    void fr24UnitsAndIdentity()
    {
      const ImportResult result = import( QStringLiteral( "fr24/XXTEST_good.csv" ) );
      QCOMPARE( result.tracks.size(), std::size_t( 1 ) );
      const Track &track = result.tracks.front();
      QCOMPARE( track.size(), 6 );
      QCOMPARE( track.identity.callsigns,
                ( QStringList{ QStringLiteral( "TST101" ), QStringLiteral( "TST102" ) } ) );
      QVERIFY( track.identity.registration.isEmpty() ); // FR24 CSV has none; never guessed
      const TrackPoint cruise = track.point( 4 );
      QCOMPARE( cruise.timeMs, 1720499400000LL );
      QVERIFY( std::abs( cruise.altitudeMetres - 10668.0f ) < 0.01f ); // 35,000 ft
      QVERIFY( std::abs( cruise.groundSpeedMps - 231.5f ) < 0.01f );   // 450 kt
      QVERIFY( std::abs( cruise.latitude - 56.3 ) < 1e-7 );
      QVERIFY( std::abs( cruise.longitude - 40.0 ) < 1e-7 );
      QCOMPARE( track.point( 0 ).altitudeMetres, 0.0f );
      QVERIFY( !track.point( 0 ).hasFlag( PointOnGroundKnown ) ); // FR24 does not say
      QVERIFY( result.warnings.isEmpty() );
    }

    void fr24BadRowsAreReportedAndSkipped()
    {
      const ImportResult result = import( QStringLiteral( "fr24/bad_rows.csv" ) );
      QVERIFY( !result.failed );
      QCOMPARE( result.tracks.front().size(), 2 ); // lines 2 and 8
      QVERIFY2( hasWarning( result, 3, QStringLiteral( "is not \"lat,lon\"" ) ),
                qPrintable( warningLines( result ).join( QLatin1Char( '\n' ) ) ) );
      QVERIFY( hasWarning( result, 4, QStringLiteral( "latitude 200 out of range" ) ) );
      QVERIFY( hasWarning( result, 5, QStringLiteral( "1900-01-01T00:00:00Z is not plausible" ) ) );
      QVERIFY( hasWarning( result, 6, QStringLiteral( "3 columns instead of 7" ) ) );
      QVERIFY( hasWarning( result, 7, QStringLiteral( "no valid time" ) ) );
      QCOMPARE( result.warnings.size(), 5 );
      for ( const ImportWarning &w : result.warnings )
        QCOMPARE( w.file, QStringLiteral( "bad_rows.csv" ) );
    }

    void readsbGroundFlagsAndLegs()
    {
      const ImportResult result = import( QStringLiteral( "readsb/trace_full_abcdef.json" ) );
      const Track &track = result.tracks.front();
      QCOMPARE( track.size(), 6 );
      QCOMPARE( track.identity.icao24, QStringLiteral( "abcdef" ) );
      QCOMPARE( track.identity.registration, QStringLiteral( "XX-TEST" ) );
      QCOMPARE( track.identity.aircraftType, QStringLiteral( "IL62" ) );
      QCOMPARE( track.identity.callsigns,
                ( QStringList{ QStringLiteral( "TST201" ), QStringLiteral( "TST202" ) } ) );
      QVERIFY( track.point( 0 ).hasFlag( PointOnGround ) && track.point( 0 ).hasFlag( PointOnGroundKnown ) );
      QVERIFY( !track.point( 2 ).hasFlag( PointOnGround ) && track.point( 2 ).hasFlag( PointOnGroundKnown ) );
      QCOMPARE( track.point( 1 ).timeMs, 1695621900500LL ); // timestamp + 300.5 s
      QVERIFY( track.point( 4 ).hasFlag( PointStale ) );
      QVERIFY( track.point( 5 ).hasFlag( PointNewLeg ) );
      QVERIFY( std::abs( track.point( 2 ).verticalRateMps - 12.7f ) < 0.01f ); // 2,500 ft/min
    }

    void readsbGzipWhateverTheName()
    {
      const ImportResult plain = import( QStringLiteral( "readsb/trace_full_abcdef.json" ) );
      const ImportResult gzipped = import( QStringLiteral( "readsb/trace_full_abcdef_gzip.json" ) );
      QCOMPARE( gzipped.format, plain.format );
      QString plainDump = dumpImport( plain );
      QString gzipDump = dumpImport( gzipped );
      gzipDump.replace( QStringLiteral( "trace_full_abcdef_gzip.json" ),
                        QStringLiteral( "trace_full_abcdef.json" ) );
      QCOMPARE( gzipDump, plainDump );
    }

    void readsbBadInput()
    {
      const ImportResult rows = import( QStringLiteral( "readsb/trace_bad_rows.json" ) );
      QCOMPARE( rows.tracks.front().size(), 2 );
      QVERIFY2( hasWarning( rows, 4, QStringLiteral( "trace row 2 lacks time" ) ),
                qPrintable( warningLines( rows ).join( QLatin1Char( '\n' ) ) ) );
      QVERIFY( hasWarning( rows, 5, QStringLiteral( "latitude 95 out of range" ) ) );
      QVERIFY( hasWarning( rows, 6, QStringLiteral( "trace row 4 lacks" ) ) );

      // Cut short after the first row: that row is kept, the break reported with its line.
      const ImportResult broken = import( QStringLiteral( "readsb/broken.json" ) );
      QVERIFY( !broken.failed );
      QCOMPARE( broken.tracks.front().size(), 1 );
      QVERIFY2( broken.warnings.last().message.contains( QStringLiteral( "not valid JSON" ) ),
                qPrintable( broken.warnings.last().toString() ) );
      QVERIFY( broken.warnings.last().message.contains(
          QStringLiteral( "the 1 positions before it were kept" ) ) );
      QVERIFY( broken.warnings.last().line >= 4 );

      // Broken before any row: nothing to keep.
      QTemporaryDir dir;
      QFile early( dir.filePath( QStringLiteral( "trace_full_early.json" ) ) );
      QVERIFY( early.open( QIODevice::WriteOnly ) );
      early.write(
          "{\"icao\":\"abcdef\",\"timestamp\": 1695621600.0,\n\"trace\":[\n[0.0,55.8,38.0,\"ground\"" );
      early.close();
      const ImportResult earlyResult = ImporterRegistry::standard().importFile( early.fileName() );
      QVERIFY( earlyResult.failed );
      QCOMPARE( earlyResult.warnings.last().line, 3LL );

      const ImportResult truncated = import( QStringLiteral( "readsb/truncated.json.gz" ) );
      QVERIFY( truncated.failed );
      QVERIFY2( truncated.warnings.last().message.contains( QStringLiteral( "truncated or corrupt gzip" ) ),
                qPrintable( truncated.warnings.last().message ) );
    }

    void openSkyOneTrackPerAircraft()
    {
      const ImportResult result = import( QStringLiteral( "opensky/states.csv" ) );
      QCOMPARE( result.tracks.size(), std::size_t( 2 ) );
      const Track &first = result.tracks.at( 0 );
      const Track &second = result.tracks.at( 1 );
      QCOMPARE( first.identity.icao24, QStringLiteral( "abcdef" ) );
      QCOMPARE( second.identity.icao24, QStringLiteral( "123abc" ) );
      QCOMPARE( first.size(), 2 );
      QCOMPARE( second.size(), 2 );
      QCOMPARE( first.identity.callsigns, QStringList{ QStringLiteral( "TST301" ) } );
      QVERIFY( first.point( 0 ).hasFlag( PointOnGround ) );
      QVERIFY( !first.point( 1 ).hasFlag( PointOnGround ) && first.point( 1 ).hasFlag( PointOnGroundKnown ) );
      QVERIFY( std::abs( first.point( 1 ).altitudeMetres - 152.4f ) < 0.01f ); // metres already
      QVERIFY( std::abs( first.point( 1 ).groundSpeedMps - 80.5f ) < 0.01f );  // m/s already
      QVERIFY( hasWarning( result, 7, QStringLiteral( "no icao24" ) ) );
      QVERIFY( hasWarning( result, 8, QStringLiteral( "latitude 155 out of range" ) ) );
      QVERIFY( hasWarning( result, 0, QStringLiteral( "1 rows without a position skipped" ) ) );
    }

    void airbasesByHeaderName()
    {
      const ImportResult simple = import( QStringLiteral( "airbases/simple.csv" ) );
      QCOMPARE( simple.airbases.size(), 3 );
      QCOMPARE( simple.airbases.at( 2 ).name, QStringLiteral( "Владивосток Кневичи" ) );
      QCOMPARE( simple.airbases.at( 2 ).use, AirbaseUse::Unknown );
      QVERIFY( hasWarning( simple, 4, QStringLiteral( "kind 'both'" ) ) );
      QVERIFY( hasWarning( simple, 5, QStringLiteral( "no valid lat/lon" ) ) );
      QVERIFY( hasWarning( simple, 6, QStringLiteral( "no valid lat/lon" ) ) );
      QCOMPARE( simple.airbases.at( 1 ).use, AirbaseUse::Military );

      const ImportResult ourAirports = import( QStringLiteral( "airbases/airports.csv" ) );
      QCOMPARE( ourAirports.airbases.size(), 5 ); // heliport and closed field kept: the map decides
      QCOMPARE( ourAirports.airbases.at( 0 ).icao, QStringLiteral( "ZKPY" ) );
      QCOMPARE( ourAirports.airbases.at( 0 ).kind, AirbaseKind::Large );
      QCOMPARE( ourAirports.airbases.at( 1 ).kind, AirbaseKind::Medium );
      QCOMPARE( ourAirports.airbases.at( 2 ).kind, AirbaseKind::Heliport );
      QCOMPARE( ourAirports.airbases.at( 3 ).kind, AirbaseKind::Closed );
      QCOMPARE( ourAirports.airbases.at( 4 ).use, AirbaseUse::Military ); // "авиабаза" among its keywords
      QCOMPARE( ourAirports.airbases.at( 0 ).iata, QStringLiteral( "FNJ" ) );
      QVERIFY( std::abs( *ourAirports.airbases.at( 0 ).elevationMetres - 35.66 ) < 0.01 ); // 117 ft
      QCOMPARE( ourAirports.airbases.at( 1 ).use, AirbaseUse::Military );                  // "Air Base"
      QVERIFY( hasWarning( ourAirports, 7, QStringLiteral( "no valid latitude_deg" ) ) );
    }

    void eventsWithPrecisionAndSources()
    {
      const ImportResult json = import( QStringLiteral( "events/events.json" ) );
      QCOMPARE( json.events.size(), 5 );
      const Event &visit = json.events.at( 0 );
      QCOMPARE( visit.precision, DatePrecision::Day );
      QCOMPARE( visit.start, QDateTime( QDate( 2023, 7, 25 ), QTime( 0, 0 ), QTimeZone::utc() ) );
      QCOMPARE( *visit.end,
                QDateTime( QDate( 2023, 7, 28 ), QTime( 0, 0 ), QTimeZone::utc() ) ); // inclusive 27th
      QCOMPARE( visit.actors,
                ( QStringList{ QStringLiteral( "Сергей Шойгу" ), QStringLiteral( "김정은" ) } ) );
      QCOMPARE( visit.sources.size(), 1 );
      QCOMPARE( visit.sources.at( 0 ).date, QDate( 2023, 7, 28 ) );
      QCOMPARE( json.events.at( 1 ).precision, DatePrecision::Month );
      QCOMPARE( json.events.at( 1 ).interval().second,
                QDateTime( QDate( 2023, 9, 1 ), QTime( 0, 0 ), QTimeZone::utc() ) );
      QCOMPARE( json.events.at( 2 ).kind, EventKind::FlightReport );
      QCOMPARE( json.events.at( 2 ).precision, DatePrecision::Time );
      QVERIFY( !json.events.at( 2 ).id.isEmpty() );
      QCOMPARE( json.events.at( 3 ).kind, EventKind::Other );
      QVERIFY( hasWarning( json, 6, QStringLiteral( "kind 'parade' unknown" ) ) );
      QVERIFY( hasWarning( json, 7, QStringLiteral( "no title" ) ) );
      QVERIFY( hasWarning( json, 8, QStringLiteral( "start 'sometime' is not a date" ) ) );
      QVERIFY( hasWarning( json, 9, QStringLiteral( "before the start" ) ) );

      const ImportResult csv = import( QStringLiteral( "events/events.csv" ) );
      QCOMPARE( csv.events.size(), 2 );
      QCOMPARE( csv.events.at( 0 ).title, QStringLiteral( "Summit, at the cosmodrome" ) );
      QCOMPARE( csv.events.at( 0 ).description, QStringLiteral( "Two leaders, one \"summit\"" ) );
      QCOMPARE( csv.events.at( 0 ).sources.size(), 2 );
      QCOMPARE( csv.events.at( 0 ).sources.at( 1 ).supports, QStringLiteral( "the place" ) );
      QCOMPARE( csv.events.at( 0 ).actors,
                ( QStringList{ QStringLiteral( "Putin" ), QStringLiteral( "Kim" ) } ) );
      QCOMPARE( csv.events.at( 1 ).precision, DatePrecision::Month );
      QVERIFY( hasWarning( csv, 5, QStringLiteral( "start '13/09/2023'" ) ) );
    }

    void kmlTracks()
    {
      const ImportResult flightAware = import( QStringLiteral( "kml/flightaware.kml" ) );
      QCOMPARE( flightAware.tracks.size(), std::size_t( 1 ) ); // airport placemarks are not positions
      const Track &track = flightAware.tracks.front();
      QCOMPARE( track.size(), 4 );
      QCOMPARE( track.identity.registration, QStringLiteral( "XX-KML" ) );
      QCOMPARE( track.identity.callsigns, QStringList{ QStringLiteral( "TST401" ) } );
      QCOMPARE( track.source.note, QStringLiteral( "test data, not a real flight" ) );
      QCOMPARE( track.point( 2 ).altitudeMetres, 10668.0f ); // KML altitudes are metres
      QCOMPARE( track.point( 3 ).timeMs % 1000, 500LL );
      QVERIFY( std::abs( track.point( 1 ).longitude - 38.5 ) < 1e-7 ); // lon first in KML

      const ImportResult fr24 = import( QStringLiteral( "kml/fr24.kml" ) );
      QCOMPARE( fr24.tracks.size(), std::size_t( 1 ) );
      QCOMPARE( fr24.tracks.front().size(), 3 ); // the Route line is not a position
      QCOMPARE( fr24.tracks.front().identity.callsigns, QStringList{ QStringLiteral( "TST402" ) } );
    }

    void kmlBadInput()
    {
      const ImportResult result = import( QStringLiteral( "kml/bad.kml" ) );
      QVERIFY( !result.failed );
      QCOMPARE( result.tracks.size(), std::size_t( 2 ) ); // positions before the broken end are kept
      QCOMPARE( result.tracks.at( 0 ).size(), 1 );        // when 2 bad, coord 3 bad, 4th has no coord
      QVERIFY2( hasWarning( result, 8, QStringLiteral( "<when>yesterday</when>" ) ),
                qPrintable( warningLines( result ).join( QLatin1Char( '\n' ) ) ) );
      QVERIFY( hasWarning( result, 13, QStringLiteral( "<gx:coord> is not" ) ) );
      QVERIFY( hasWarning( result, 6, QStringLiteral( "4 <when> and 3 <gx:coord>" ) ) );
      QCOMPARE( result.warnings.size(), 4 ); // each problem once
      bool truncated = false;
      for ( const ImportWarning &w : result.warnings )
        truncated |= w.message.contains( QStringLiteral( "not well-formed XML" ) ) && w.line >= 23;
      QVERIFY( truncated );
    }

    void gpxThroughGdal()
    {
      const ImportResult result = import( QStringLiteral( "gpx/track.gpx" ) );
      QCOMPARE( result.tracks.size(), std::size_t( 2 ) );
      const Track &first = result.tracks.at( 0 );
      QCOMPARE( first.size(), 3 );
      QCOMPARE( first.identity.callsigns, QStringList{ QStringLiteral( "TST501" ) } );
      QCOMPARE( first.source.note, QStringLiteral( "test data, not a real flight" ) );
      QCOMPARE( first.point( 2 ).altitudeMetres, 10668.0f );
      QCOMPARE( first.point( 2 ).timeMs % 1000, 250LL );
      QVERIFY( hasWarning( result, 0, QStringLiteral( "track 1, point 3: no valid <time>" ) ) );
      // +09:00 converted to UTC.
      QCOMPARE( result.tracks.at( 1 ).timeMs( 0 ),
                QDateTime( QDate( 2023, 8, 2 ), QTime( 22, 0 ), QTimeZone::utc() ).toMSecsSinceEpoch() );

      const ImportResult broken = import( QStringLiteral( "gpx/broken.gpx" ) );
      QVERIFY( broken.failed );
      QVERIFY2( broken.warnings.last().message.contains( QStringLiteral( "GDAL" ) ),
                qPrintable( broken.warnings.last().toString() ) );
    }

    void geoJsonPointsAndTrajectories()
    {
      const ImportResult points = import( QStringLiteral( "geojson/points.geojson" ) );
      QCOMPARE( points.tracks.size(), std::size_t( 2 ) );
      QCOMPARE( points.tracks.at( 0 ).identity.icao24, QStringLiteral( "abc001" ) );
      QCOMPARE( points.tracks.at( 0 ).size(), 2 );
      QVERIFY( points.tracks.at( 0 ).point( 0 ).hasFlag( PointOnGround ) );
      QCOMPARE( points.tracks.at( 0 ).point( 1 ).timeMs, 1721281200000LL ); // Unix seconds
      QCOMPARE( points.tracks.at( 0 ).point( 1 ).altitudeMetres, 3000.0f );
      QVERIFY( hasWarning( points, 6, QStringLiteral( "no valid time property" ) ) );
      QVERIFY( hasWarning( points, 7, QStringLiteral( "latitude 156.3 out of range" ) ) );
      QVERIFY( hasWarning( points, 8, QStringLiteral( "neither a timed Point nor an MF-JSON trajectory" ) ) );

      const ImportResult mf = import( QStringLiteral( "geojson/mfjson.geojson" ) );
      QCOMPARE( mf.tracks.size(), std::size_t( 2 ) );
      QCOMPARE( mf.tracks.at( 0 ).identity.registration, QStringLiteral( "XX-MFJ" ) );
      QCOMPARE( mf.tracks.at( 0 ).size(), 3 );
      QCOMPARE( mf.tracks.at( 0 ).source.note, QStringLiteral( "test data, not a real flight" ) );
      QCOMPARE( mf.tracks.at( 1 ).size(), 2 ); // MovingPoint: 3 positions, 2 datetimes
      QVERIFY(
          hasWarning( mf, 7, QStringLiteral( "3 positions and 2 datetimes" ) ) ); // where the feature starts
    }

    void iCalendarEvents()
    {
      const ImportResult result = import( QStringLiteral( "ics/events.ics" ) );
      QCOMPARE( result.events.size(), 4 );
      const Event &visit = result.events.at( 0 );
      QCOMPARE( visit.id, QStringLiteral( "ics-1" ) );
      QCOMPARE( visit.title, QStringLiteral( "Delegation visit, armistice anniversary" ) );
      QCOMPARE( visit.precision, DatePrecision::Day );
      QCOMPARE( *visit.end,
                QDateTime( QDate( 2023, 7, 28 ), QTime( 0, 0 ), QTimeZone::utc() ) ); // DTEND is exclusive
      QCOMPARE( visit.kind, EventKind::DelegationVisit );
      QCOMPARE( visit.description,
                QStringLiteral( "First line\nsecond line that is long enough to be folded here" ) );
      QVERIFY( visit.place.position && std::abs( visit.place.position->latitude - 39.2241 ) < 1e-9 );
      QCOMPARE( visit.sources.at( 0 ).url, QStringLiteral( "https://example.invalid/visit" ) );
      QCOMPARE( result.events.at( 1 ).precision, DatePrecision::Time );
      // 12:37 Pyongyang time (UTC+9) is 03:37 UTC.
      QCOMPARE( result.events.at( 2 ).start,
                QDateTime( QDate( 2024, 9, 20 ), QTime( 3, 37 ), QTimeZone::utc() ) );
      QCOMPARE( *result.events.at( 2 ).end,
                QDateTime( QDate( 2024, 9, 20 ), QTime( 5, 21 ), QTimeZone::utc() ) );
      QVERIFY( hasWarning( result, 26, QStringLiteral( "GEO 'not;valid'" ) ) );
      QVERIFY( hasWarning( result, 30, QStringLiteral( "floating time" ) ) );
      QVERIFY( hasWarning( result, 35, QStringLiteral( "DTSTART 'tomorrow'" ) ) );
      QVERIFY( hasWarning( result, 33, QStringLiteral( "without a valid DTSTART" ) ) );
      QVERIFY( hasWarning( result, 38, QStringLiteral( "not closed" ) ) );
    }

    void filesThatAreNotWhatTheySeem_data()
    {
      QTest::addColumn<QString>( "file" );
      QTest::addColumn<QString>( "reason" );
      QTest::newRow( "empty" ) << QStringLiteral( "misc/empty.csv" ) << QStringLiteral( "empty file" );
      QTest::newRow( "unknown columns" ) << QStringLiteral( "misc/unknown_columns.csv" )
                                         << QStringLiteral( "not a track, airbase or event file" );
      QTest::newRow( "binary" ) << QStringLiteral( "misc/binary.csv" )
                                << QStringLiteral( "not a track, airbase or event file" );
      QTest::newRow( "header only" ) << QStringLiteral( "fr24/header_only.csv" )
                                     << QStringLiteral( "nothing usable" );
      QTest::newRow( "missing" ) << QStringLiteral( "misc/does-not-exist.csv" )
                                 << QStringLiteral( "no such file" );
      QTest::newRow( "folder" ) << QStringLiteral( "misc" ) << QStringLiteral( "is a folder" );
      QTest::newRow( "truncated geopackage" )
          << QStringLiteral( "gpkg/truncated.gpkg" ) << QStringLiteral( "damaged" );
    }
    void filesThatAreNotWhatTheySeem()
    {
      QFETCH( QString, file );
      QFETCH( QString, reason );
      const ImportResult result = import( file );
      QVERIFY( result.failed );
      QVERIFY( result.isEmpty() );
      QVERIFY( !result.warnings.isEmpty() );
      QVERIFY2( result.warnings.last().message.contains( reason ),
                qPrintable( result.warnings.last().toString() ) );
      QVERIFY( !result.warnings.last().toString().contains( QLatin1Char( '\n' ) ) ); // one line
    }

    void encodings()
    {
      const ImportResult utf16 = import( QStringLiteral( "misc/utf16.fr24.csv" ) );
      QCOMPARE( utf16.format, QStringLiteral( "Flightradar24 CSV" ) );
      QCOMPARE( utf16.tracks.front().size(), 6 );

      const ImportResult invalid = import( QStringLiteral( "misc/invalid_utf8.fr24.csv" ) );
      QVERIFY( !invalid.failed );
      QCOMPARE( invalid.tracks.front().size(), 1 );
      QVERIFY( hasWarning( invalid, 2, QStringLiteral( "not valid UTF-8" ) ) );
    }

    void contentDecidesNotTheName()
    {
      // An FR24 CSV saved as .kml is still read as what it is.
      QTemporaryDir dir;
      const QString misnamed = dir.filePath( QStringLiteral( "flight.kml" ) );
      QVERIFY( QFile::copy( dataPath( QStringLiteral( "fr24/XXTEST_good.csv" ) ), misnamed ) );
      const ImportResult result = ImporterRegistry::standard().importFile( misnamed );
      QCOMPARE( result.format, QStringLiteral( "Flightradar24 CSV" ) );
      QCOMPARE( result.tracks.front().size(), 6 );
    }

    void manyBadRowsAreSummarised()
    {
      QTemporaryDir dir;
      const QString path = dir.filePath( QStringLiteral( "many.csv" ) );
      QFile file( path );
      QVERIFY( file.open( QIODevice::WriteOnly ) );
      file.write( "Timestamp,UTC,Callsign,Position,Altitude,Speed,Direction\n" );
      file.write( "1720498200,2024-07-09T04:10:00Z,T,\"55.8,38.0\",0,0,0\n" );
      for ( int i = 0; i < 500; ++i )
        file.write( "1720498200,2024-07-09T04:10:00Z,T,\"x\",0,0,0\n" );
      file.close();
      const ImportResult result = ImporterRegistry::standard().importFile( path );
      QCOMPARE( result.tracks.front().size(), 1 );
      QCOMPARE( result.warnings.size(), 101 );
      QCOMPARE( result.warnings.last().message, QStringLiteral( "400 more problems not listed" ) );
    }
};

QTEST_GUILESS_MAIN( TestImporters )
#include "test_importers.moc"
