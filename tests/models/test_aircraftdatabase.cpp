// The aircraft database (issue 14 point 4): OpenSky's two editions and ADS-B Exchange's
// basic database converted to Sortie's sorted form and found by address; a track with only
// an ICAO address gets its registration, type, operator and military flag from it, marked
// as the database's, and a project file keeps only what the source said.
#include "models/project/projectstore.h"
#include "models/refdata/aircraftdatabase.h"
#include "models/workspace/workspace.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cpl_vsi.h>

using namespace sortie;

namespace
{
bool writeFile( const QString &path, const QByteArray &bytes )
{
  QFile file( path );
  return file.open( QIODevice::WriteOnly ) && file.write( bytes ) == bytes.size();
}

// @p bytes as a gzip file, as ADS-B Exchange serves its database (GDAL's gzip writer).
bool writeGzip( const QString &path, const QByteArray &bytes )
{
  const QByteArray vsiPath = QByteArrayLiteral( "/vsigzip/" ) + QFile::encodeName( path );
  VSILFILE *file = VSIFOpenL( vsiPath.constData(), "wb" );
  if ( !file )
    return false;
  const bool written = VSIFWriteL( bytes.constData(), 1, static_cast<size_t>( bytes.size() ), file ) ==
                       static_cast<size_t>( bytes.size() );
  return VSIFCloseL( file ) == 0 && written;
}

std::shared_ptr<const AircraftDatabase> openDatabase( const QString &path )
{
  auto database = std::make_shared<AircraftDatabase>();
  return database->open( path ) ? database : nullptr;
}

Track trackOf( const QString &icao24, const QString &registration = QString() )
{
  Track track;
  track.identity.icao24 = icao24;
  track.identity.registration = registration;
  track.source.format = QStringLiteral( "test" );
  for ( int i = 0; i < 10; ++i )
  {
    TrackPoint point;
    point.timeMs = 1700000000000LL + i * 60000LL;
    point.latitude = 55.0 + i * 0.05;
    point.longitude = 37.0 + i * 0.05;
    point.altitudeMetres = 9000.0f;
    point.groundSpeedMps = 230.0f;
    track.append( point );
  }
  return track;
}
} // namespace

class TestAircraftDatabase : public QObject
{
    Q_OBJECT

  private slots:
    void openSkyClassicEdition()
    {
      QTemporaryDir folder;
      const QString source = folder.filePath( QStringLiteral( "aircraftDatabase.csv" ) );
      QVERIFY( writeFile(
          source,
          "\"icao24\",\"registration\",\"manufacturericao\",\"manufacturername\",\"model\",\"typecode\","
          "\"serialnumber\",\"operator\",\"owner\"\n"
          "\"150b5f\",\"RA-86559\",\"ILYUSHIN\",\"Ilyushin\",\"Il-62M\",\"IL62\",\"4934512\",\"\",\"Russia - "
          "Air Force\"\n"
          "\"4b1805\",\"HB-JVE\",\"FOKKER\",\"Fokker\",\"Fokker 100\",\"F100\",\"11489\",\"Helvetic "
          "Airways\",\"\"\n"
          "\"not-hex\",\"X-XXXX\",\"\",\"\",\"\",\"\",\"\",\"\",\"\"\n"
          "\"0d0abc\",\"XC-LJG\",\"\",\"\",\"Gulfstream G450\",\"GLF4\",\"\",\"Fuerza Aérea Mexicana\",\"\"\n"
          "\"4B1805\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"later row, nothing new\"\n" ) );
      const QString converted = folder.filePath( QStringLiteral( "aircraft.tsv" ) );
      const AircraftDatabase::ConvertResult result = AircraftDatabase::convert( source, converted );
      QVERIFY2( result.error.isEmpty(), qPrintable( result.error ) );
      QCOMPARE( result.airframes, 3 );
      QCOMPARE( result.skipped, 1 );
      AircraftDatabase database;
      QVERIFY( database.open( converted ) );
      QVERIFY2(
          database.description().startsWith( QStringLiteral( "OpenSky aircraft database, 3 airframes" ) ),
          qPrintable( database.description() ) );
      const std::optional<AircraftRecord> ilyushin = database.find( QStringLiteral( "150B5F" ) );
      QVERIFY( ilyushin );
      QCOMPARE( ilyushin->registration, QStringLiteral( "RA-86559" ) );
      QCOMPARE( ilyushin->typeCode, QStringLiteral( "IL62" ) );
      QCOMPARE( ilyushin->model, QStringLiteral( "Il-62M" ) );
      QCOMPARE( ilyushin->operatorName, QStringLiteral( "Russia - Air Force" ) ); // the owner, no operator
      QVERIFY( ilyushin->military );
      const std::optional<AircraftRecord> fokker = database.find( QStringLiteral( "4b1805" ) );
      QVERIFY( fokker );
      QCOMPARE( fokker->registration, QStringLiteral( "HB-JVE" ) );
      QVERIFY( !fokker->military );
      QVERIFY( database.find( QStringLiteral( "0d0abc" ) )->military ); // Spanish
      QVERIFY( !database.find( QStringLiteral( "000000" ) ) );
      QVERIFY( !database.find( QStringLiteral( "ffffff" ) ) );
      QVERIFY( !database.find( QStringLiteral( "zzz" ) ) );
    }

    void openSkyCompleteEditionQuotedWithApostrophes()
    {
      QTemporaryDir folder;
      const QString source = folder.filePath( QStringLiteral( "aircraft-database-complete-2024-10.csv" ) );
      QVERIFY( writeFile( source,
                          "'icao24','timestamp','manufacturerName','model','operator','owner','registration',"
                          "'typecode'\n"
                          "'a0b1c2','2020-01-01 00:00:00','Boeing','737-932ER','Delta Air Lines, Inc.','',"
                          "'N899DN','B739'\n" ) );
      const QString converted = folder.filePath( QStringLiteral( "aircraft.tsv" ) );
      QVERIFY( AircraftDatabase::convert( source, converted ).error.isEmpty() );
      AircraftDatabase database;
      QVERIFY( database.open( converted ) );
      const std::optional<AircraftRecord> boeing = database.find( QStringLiteral( "a0b1c2" ) );
      QVERIFY( boeing );
      QCOMPARE( boeing->registration, QStringLiteral( "N899DN" ) );
      QCOMPARE( boeing->operatorName, QStringLiteral( "Delta Air Lines, Inc." ) ); // the comma inside quotes
      QCOMPARE( boeing->typeCode, QStringLiteral( "B739" ) );
    }

    void adsbExchangeBasicDatabaseGzipped()
    {
      QTemporaryDir folder;
      const QString source = folder.filePath( QStringLiteral( "basic-ac-db.json.gz" ) );
      QVERIFY( writeGzip(
          source,
          "{\"icao\":\"AE1234\",\"reg\":\"05-5140\",\"icaotype\":\"C17\",\"year\":\"2005\",\"manufacturer\":"
          "\"Boeing\","
          "\"model\":\"C-17A Globemaster III\",\"ownop\":\"United States Air Force\",\"mil\":true}\n"
          "{\"icao\":\"3c6444\",\"reg\":\"D-AIBD\",\"icaotype\":\"A319\",\"manufacturer\":\"Airbus\","
          "\"model\":\"A319 "
          "112\",\"ownop\":\"Lufthansa\",\"mil\":false}\n"
          "not json at all\n"
          "{\"icao\":\"43c0de\",\"reg\":\"ZZ336\",\"icaotype\":\"A332\",\"ownop\":\"\",\"mil\":true}\n" ) );
      const QString converted = folder.filePath( QStringLiteral( "aircraft.tsv" ) );
      const AircraftDatabase::ConvertResult result = AircraftDatabase::convert( source, converted );
      QVERIFY2( result.error.isEmpty(), qPrintable( result.error ) );
      QCOMPARE( result.airframes, 3 );
      QCOMPARE( result.skipped, 1 );
      AircraftDatabase database;
      QVERIFY( database.open( converted ) );
      QCOMPARE( database.find( QStringLiteral( "ae1234" ) )->model,
                QStringLiteral( "Boeing C-17A Globemaster III" ) );
      QVERIFY( database.find( QStringLiteral( "ae1234" ) )->military );
      QVERIFY( database.find( QStringLiteral( "43c0de" ) )->military ); // the flag, no operator
      QCOMPARE( database.find( QStringLiteral( "3c6444" ) )->model, QStringLiteral( "Airbus A319 112" ) );
      QVERIFY( !database.find( QStringLiteral( "3c6444" ) )->military );
    }

    void everyAirframeOfABigDatabaseIsFound()
    {
      // The binary search over lines, against what was written: 20,000 random addresses.
      QTemporaryDir folder;
      QByteArray csv = "icao24,registration,typecode\n";
      QSet<QString> addresses;
      QRandomGenerator random( 86559 );
      while ( addresses.size() < 20000 )
      {
        const QString address =
            QStringLiteral( "%1" ).arg( random.bounded( 0x1000000 ), 6, 16, QLatin1Char( '0' ) );
        if ( addresses.contains( address ) )
          continue;
        addresses.insert( address );
        csv += address.toLatin1() + ",R-" + address.toUpper().toLatin1() + ",T" +
               QByteArray::number( addresses.size() % 50 ) + '\n';
      }
      const QString source = folder.filePath( QStringLiteral( "big.csv" ) );
      const QString converted = folder.filePath( QStringLiteral( "aircraft.tsv" ) );
      QVERIFY( writeFile( source, csv ) );
      QCOMPARE( AircraftDatabase::convert( source, converted ).airframes, 20000 );
      AircraftDatabase database;
      QVERIFY( database.open( converted ) );
      for ( const QString &address : std::as_const( addresses ) )
      {
        const std::optional<AircraftRecord> record = database.find( address );
        QVERIFY2( record && record->registration == QStringLiteral( "R-" ) + address.toUpper(),
                  qPrintable( address ) );
      }
      for ( int i = 0; i < 2000; ++i )
      {
        const QString absent =
            QStringLiteral( "%1" ).arg( random.bounded( 0x1000000 ), 6, 16, QLatin1Char( '0' ) );
        QCOMPARE( database.find( absent ).has_value(), addresses.contains( absent ) );
      }
    }

    void aMilitaryFlagFromTheSourceIsSaved()
    {
      // readsb's dbFlags say military; the project keeps it (an added tracks column).
      QTemporaryDir folder;
      const QString trace = folder.filePath( QStringLiteral( "trace_full_ae1234.json" ) );
      QVERIFY( writeFile( trace, "{\"icao\":\"ae1234\",\"r\":\"05-5140\",\"t\":\"C17\",\"dbFlags\":1,"
                                 "\"timestamp\":1738627200,\"trace\":[[0,40.0,-100.0,30000,450,90,0,0,null,"
                                 "\"adsb_icao\",null,null,null,null],[60,40.1,-100.0,30000,450,90,0,0,null,"
                                 "\"adsb_icao\",null,null,null,null]]}" ) );
      Workspace workspace;
      workspace.importFiles( { trace } );
      QCOMPARE( workspace.tracks().size(), std::size_t( 1 ) );
      QVERIFY( workspace.tracks()[0].identity.military );
      QVERIFY( workspace.tracks()[0].identity.fromDatabase.isEmpty() ); // the source said it
      const QString project = folder.filePath( QStringLiteral( "m.sortie.gpkg" ) );
      QVERIFY( writeProject( project, workspace, ProjectMeta() ).isEmpty() );
      const ProjectReadResult read = readProject( project );
      QVERIFY2( read.ok(), qPrintable( read.message ) );
      QVERIFY( read.content.tracks[0].identity.military );
    }

    void refusesWhatIsNotADatabase()
    {
      QTemporaryDir folder;
      const QString source = folder.filePath( QStringLiteral( "events.csv" ) );
      QVERIFY( writeFile( source, "title,start\nSomething,2024-01-01\n" ) );
      const QString converted = folder.filePath( QStringLiteral( "aircraft.tsv" ) );
      const AircraftDatabase::ConvertResult result = AircraftDatabase::convert( source, converted );
      QVERIFY( result.error.contains( QStringLiteral( "icao24" ) ) );
      QVERIFY( !QFile::exists( converted ) );
      AircraftDatabase database;
      QString error;
      QVERIFY( !database.open( source, &error ) );
      QVERIFY( error.contains( QStringLiteral( "not an aircraft database" ) ) );
      QVERIFY( !database.open( folder.filePath( QStringLiteral( "missing.tsv" ) ), &error ) );
    }

    void tracksGetWhatTheirSourceDidNotSay()
    {
      QTemporaryDir folder;
      const QString source = folder.filePath( QStringLiteral( "aircraftDatabase.csv" ) );
      QVERIFY( writeFile( source, "icao24,registration,typecode,owner\n"
                                  "150b5f,RA-86559,IL62,Russia - Air Force\n"
                                  "4b1805,HB-JVE,F100,Helvetic Airways\n" ) );
      const QString converted = folder.filePath( QStringLiteral( "aircraft.tsv" ) );
      QVERIFY( AircraftDatabase::convert( source, converted ).error.isEmpty() );

      Workspace workspace;
      ProjectContent content;
      content.tracks.push_back( trackOf( QStringLiteral( "150b5f" ) ) );
      content.tracks.push_back( trackOf( QStringLiteral( "4b1805" ), QStringLiteral( "HB-SOURCE" ) ) );
      content.tracks.push_back( trackOf( QStringLiteral( "abcdef" ) ) );
      workspace.setContent( content );
      QCOMPARE( workspace.sourceTracks()[0].identity.label(), QStringLiteral( "150b5f" ) );

      QSignalSpy changed( &workspace, &Workspace::itemsChanged );
      workspace.setAircraftDatabase( openDatabase( converted ) );
      QCOMPARE( changed.size(), 1 ); // every view told: labels change
      const AircraftIdentity &ilyushin = workspace.sourceTracks()[0].identity;
      QCOMPARE( ilyushin.label(), QStringLiteral( "RA-86559" ) );
      QCOMPARE( ilyushin.aircraftType, QStringLiteral( "IL62" ) );
      QCOMPARE( ilyushin.operatorName, QStringLiteral( "Russia - Air Force" ) );
      QVERIFY( ilyushin.military );
      QCOMPARE( ilyushin.fromDatabase,
                ( QStringList{ QStringLiteral( "registration" ), QStringLiteral( "aircraftType" ),
                               QStringLiteral( "operator" ), QStringLiteral( "military" ) } ) );
      // What the source said stays; only what it left out is filled.
      const AircraftIdentity &fokker = workspace.sourceTracks()[1].identity;
      QCOMPARE( fokker.registration, QStringLiteral( "HB-SOURCE" ) );
      QCOMPARE( fokker.aircraftType, QStringLiteral( "F100" ) );
      QVERIFY( !fokker.fromDatabase.contains( QStringLiteral( "registration" ) ) );
      QVERIFY( workspace.sourceTracks()[2].identity.fromDatabase.isEmpty() );

      // A track imported later is filled too.
      ProjectContent more;
      Track later = trackOf( QStringLiteral( "150b5f" ) ); // the same aircraft, one more position
      TrackPoint extra;
      extra.timeMs = 1800000000000LL;
      extra.latitude = 39.0;
      extra.longitude = 125.7;
      later.append( extra );
      more.tracks.push_back( later );
      workspace.mergeContent( more );
      QCOMPARE( workspace.sourceTracks().size(), std::size_t( 4 ) );
      QCOMPARE( workspace.sourceTracks()[3].identity.registration, QStringLiteral( "RA-86559" ) );

      // The file keeps what the sources said; opened again, the database fills it again.
      const QString project = folder.filePath( QStringLiteral( "p.sortie.gpkg" ) );
      QVERIFY( writeProject( project, workspace, ProjectMeta() ).isEmpty() );
      const ProjectReadResult read = readProject( project );
      QVERIFY2( read.ok(), qPrintable( read.message ) );
      QVERIFY( read.content.tracks[0].identity.registration.isEmpty() );
      QVERIFY( read.content.tracks[0].identity.aircraftType.isEmpty() );
      QCOMPARE( read.content.tracks[1].identity.registration, QStringLiteral( "HB-SOURCE" ) );
      workspace.setContent( read.content );
      QCOMPARE( workspace.sourceTracks()[0].identity.registration, QStringLiteral( "RA-86559" ) );

      // Undo of a removal gives the track back filled from the database in use now.
      Track taken = workspace.takeTrack( workspace.sourceTracks()[0].id );
      QCOMPARE( taken.identity.registration, QStringLiteral( "RA-86559" ) );
      const QString otherDatabase = folder.filePath( QStringLiteral( "other.csv" ) );
      QVERIFY( writeFile( otherDatabase, "icao24,registration,typecode\n150b5f,RA-OTHER,IL62\n" ) );
      QVERIFY( AircraftDatabase::convert( otherDatabase, folder.filePath( QStringLiteral( "other.tsv" ) ) )
                   .error.isEmpty() );
      workspace.setAircraftDatabase( openDatabase( folder.filePath( QStringLiteral( "other.tsv" ) ) ) );
      workspace.insertTrack( taken, 0 );
      QCOMPARE( workspace.sourceTracks()[0].identity.registration, QStringLiteral( "RA-OTHER" ) );
      QVERIFY( !workspace.sourceTracks()[0].identity.military ); // the other database does not say it
      workspace.setAircraftDatabase( openDatabase( converted ) );

      // No database: back to what the sources said.
      workspace.setAircraftDatabase( nullptr );
      QVERIFY( workspace.sourceTracks()[0].identity.registration.isEmpty() );
      QVERIFY( !workspace.sourceTracks()[0].identity.military );
      QCOMPARE( workspace.sourceTracks()[1].identity.registration, QStringLiteral( "HB-SOURCE" ) );
    }
};

QTEST_GUILESS_MAIN( TestAircraftDatabase )
#include "test_aircraftdatabase.moc"
