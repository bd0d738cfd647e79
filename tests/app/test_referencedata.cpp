// Reference data (issue 14 point 4), against a real HTTP server on this machine: `sortie
// refdata update` downloads the airports file and an aircraft database into the user's data
// folder and says from where and when; a failed download leaves what was there. In the
// window, Reference Data updates them with progress, the tracks that only had an ICAO
// address get their registration from the database (marked so in the flight details), a
// cancelled update installs nothing, and the airports can be added to the project.
#include "app/controllers/referencedatacontroller.h"
#include "app/mainwindow.h"
#include "app/project/projectcontroller.h"
#include "app/refdata/refdatacommand.h"
#include "app/sortieapplication.h"
#include "models/workspace/workspace.h"
#include "tests/support/apptestmain.h"
#include "tests/support/httpserver.h"
#include "tests/support/testwindow.h"
#include "widgets/flight/legdetails.h"
#include "widgets/referencedatadialog.h"

#include <qgsproject.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace sortie;

namespace
{
bool writeFile( const QString &path, const QByteArray &bytes )
{
  QFile file( path );
  return file.open( QIODevice::WriteOnly ) && file.write( bytes ) == bytes.size();
}

QByteArray readFile( const QString &path )
{
  QFile file( path );
  return file.open( QIODevice::ReadOnly ) ? file.readAll() : QByteArray();
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runSortie( const QStringList &arguments )
{
  QProcess process;
  process.start( QStringLiteral( SORTIE_BINARY ), arguments );
  process.waitForFinished( 120000 );
  return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
           QString::fromUtf8( process.readAllStandardOutput() ),
           QString::fromUtf8( process.readAllStandardError() ) };
}

// Files in OurAirports' and OpenSky's shapes, as the public addresses serve them.
const QByteArray kAirports =
    "id,ident,type,name,latitude_deg,longitude_deg,elevation_ft,continent,iso_country,iso_region,"
    "municipality,"
    "scheduled_service,gps_code,iata_code,local_code,home_link,wikipedia_link,keywords\n"
    "26396,UUEE,large_airport,\"Sheremetyevo International "
    "Airport\",55.972599,37.4146,622,EU,RU,RU-MOS,Moscow,"
    "yes,UUEE,SVO,,,,\n"
    "6391,UHWW,large_airport,\"Vladivostok International Airport\",43.396256,132.148155,46,AS,RU,RU-PRI,"
    "Vladivostok,yes,UHWW,VVO,,,,\n";
const QByteArray kAircraft = "icao24,registration,manufacturername,model,typecode,operator,owner\n"
                             "abcdef,RA-TEST1,Ilyushin,Il-62M,IL62,,Russia - Air Force\n"
                             "123abc,RA-TEST2,Tupolev,Tu-204,T204,Test Airline,\n";
} // namespace

class TestReferenceData : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase()
    {
      QVERIFY( mServed.isValid() );
      QVERIFY( writeFile( mServed.filePath( QStringLiteral( "airports.csv" ) ), kAirports ) );
      QVERIFY( writeFile( mServed.filePath( QStringLiteral( "aircraftDatabase.csv" ) ), kAircraft ) );
      QVERIFY(
          writeFile( mServed.filePath( QStringLiteral( "not-a-database.csv" ) ), "title,start\nx,2024\n" ) );
      QVERIFY2( mServer.start( mServed.path() ), qPrintable( mServer.error() ) );
    }

    void commandLineDownloadsAndSaysWhen()
    {
      const Run update = runSortie(
          { QStringLiteral( "refdata" ), QStringLiteral( "update" ), QStringLiteral( "--airports-url" ),
            mServer.url( QStringLiteral( "airports.csv" ) ), QStringLiteral( "--aircraft-url" ),
            mServer.url( QStringLiteral( "aircraftDatabase.csv" ) ) } );
      QVERIFY2( update.exitCode == 0, qPrintable( update.err ) );
      const ReferenceFolder folder = userReferenceFolder(); // the same HOME as the command's
      QCOMPARE( readFile( folder.airportsPath() ), kAirports );
      QVERIFY( QFile::exists( folder.aircraftPath() ) );
      const Run status = runSortie( { QStringLiteral( "refdata" ), QStringLiteral( "status" ) } );
      QCOMPARE( status.exitCode, 0 );
      // The date of the download: today, or yesterday when the test ran across midnight UTC.
      QString today = QDateTime::currentDateTimeUtc().toString( QStringLiteral( "yyyy-MM-dd" ) );
      if ( !status.out.contains( today ) )
        today = QDateTime::currentDateTimeUtc().addDays( -1 ).toString( QStringLiteral( "yyyy-MM-dd" ) );
      QVERIFY2( status.out.contains(
                    QStringLiteral( "airports: OurAirports airports file, downloaded %1" ).arg( today ) ),
                qPrintable( status.out ) );
      QVERIFY2(
          status.out.contains( QStringLiteral( "aircraft database: OpenSky aircraft database, 2 airframes, "
                                               "downloaded %1" )
                                   .arg( today ) ),
          qPrintable( status.out ) );

      // 'sortie info' names a track that only had an address, and says where the name came from.
      const Run info =
          runSortie( { QStringLiteral( "info" ), QStringLiteral( SORTIE_TEST_DATA_DIR "/opensky/states.csv" ),
                       QStringLiteral( "--json" ) } );
      QCOMPARE( info.exitCode, 0 );
      bool named = false;
      for ( const QJsonValue &track : QJsonDocument::fromJson( info.out.toUtf8() )
                                          .object()
                                          .value( QStringLiteral( "tracks" ) )
                                          .toArray() )
      {
        const QJsonObject object = track.toObject();
        if ( object.value( QStringLiteral( "icao24" ) ).toString() != QLatin1String( "abcdef" ) )
          continue;
        named = object.value( QStringLiteral( "registration" ) ).toString() == QLatin1String( "RA-TEST1" ) &&
                object.value( QStringLiteral( "military" ) ).toBool() &&
                object.value( QStringLiteral( "from_aircraft_database" ) )
                    .toArray()
                    .contains( QJsonValue( QStringLiteral( "registration" ) ) );
      }
      QVERIFY2( named, qPrintable( info.out.left( 1500 ) ) );

      // 'sortie import' takes from the reference airports the fields the flights use (here
      // Vladivostok, where the flight takes off; not Moscow, which it never comes near).
      const QString withAirports = mServed.filePath( QStringLiteral( "airports.sortie.gpkg" ) );
      QCOMPARE( runSortie( { QStringLiteral( "import" ), withAirports,
                             QStringLiteral( SORTIE_SAMPLES_DIR "/2024-09-20_govt_uhww-zkws.fr24.csv" ) } )
                    .exitCode,
                0 );
      const Run imported =
          runSortie( { QStringLiteral( "info" ), withAirports, QStringLiteral( "--json" ) } );
      const QJsonObject importedRoot = QJsonDocument::fromJson( imported.out.toUtf8() ).object();
      QCOMPARE( importedRoot.value( QStringLiteral( "airbases" ) ).toInt(), 1 );
      const QJsonObject firstLeg = importedRoot.value( QStringLiteral( "tracks" ) )
                                       .toArray()
                                       .first()
                                       .toObject()
                                       .value( QStringLiteral( "legs" ) )
                                       .toArray()
                                       .first()
                                       .toObject();
      QCOMPARE( firstLeg.value( QStringLiteral( "from" ) ).toString(), QStringLiteral( "UHWW" ) );

      // So does 'sortie export' (KML), marking what came from the database.
      const QString project = mServed.filePath( QStringLiteral( "exported.sortie.gpkg" ) );
      const QString kml = mServed.filePath( QStringLiteral( "exported.kml" ) );
      QCOMPARE( runSortie( { QStringLiteral( "import" ), project,
                             QStringLiteral( SORTIE_TEST_DATA_DIR "/opensky/states.csv" ) } )
                    .exitCode,
                0 );
      const Run exported = runSortie( { QStringLiteral( "export" ), project, kml } );
      QVERIFY2( exported.exitCode == 0, qPrintable( exported.err ) );
      const QByteArray kmlText = readFile( kml );
      QVERIFY2( kmlText.contains( "RA-TEST1" ) &&
                    kmlText.contains( "From the aircraft database, not the source: registration" ),
                kmlText.left( 1500 ).constData() );

      // A missing file, then one that is not a database: each refused, what was there stays.
      const QByteArray before = readFile( folder.aircraftPath() );
      for ( const QString &bad : { QStringLiteral( "missing.csv" ), QStringLiteral( "not-a-database.csv" ) } )
      {
        const Run failed = runSortie( { QStringLiteral( "refdata" ), QStringLiteral( "update" ),
                                        QStringLiteral( "--only" ), QStringLiteral( "aircraft" ),
                                        QStringLiteral( "--aircraft-url" ), mServer.url( bad ) } );
        QCOMPARE( failed.exitCode, 1 );
        QVERIFY2( failed.err.contains( mServer.url( bad ) ), qPrintable( failed.err ) );
        QCOMPARE( readFile( folder.aircraftPath() ), before );
      }
      const QStringList left =
          QDir( folder.path() ).entryList( { QStringLiteral( "download-*" ) }, QDir::Files );
      QVERIFY2( left.isEmpty(), qPrintable( left.join( ' ' ) ) );
    }

    void windowUpdatesAndTracksGetTheirNames()
    {
      QFile::remove( userReferenceFolder().aircraftPath() ); // from the test before: start with none
      QgsProject project;
      auto window = test::makeTestWindow( &project );
      QVERIFY( QTest::qWaitForWindowExposed( window.get() ) );
      window->importFiles( { QStringLiteral( SORTIE_TEST_DATA_DIR "/opensky/states.csv" ) }, false );
      Workspace *workspace = window->workspace();
      QVERIFY( !workspace->tracks().empty() );
      const auto trackOf = [workspace]( const QString &icao24 ) -> const Track *
      {
        for ( const Track &track : workspace->tracks() )
          if ( track.identity.icao24 == icao24 )
            return &track;
        return nullptr;
      };
      QVERIFY( trackOf( QStringLiteral( "abcdef" ) ) );
      QVERIFY( trackOf( QStringLiteral( "abcdef" ) )->identity.registration.isEmpty() );

      ReferenceDataController *controller = window->referenceDataController();
      controller->setUrls( mServer.url( QStringLiteral( "airports.csv" ) ),
                           mServer.url( QStringLiteral( "aircraftDatabase.csv" ) ),
                           mServer.url( QStringLiteral( "basic-ac-db.json.gz" ) ) );
      controller->showDialog();
      ReferenceDataDialog *dialog = controller->dialog();
      QVERIFY( dialog && dialog->isVisible() );

      // Cancelled at once: nothing installed, the tracks as their source said.
      QSignalSpy finished( controller, &ReferenceDataController::updateFinished );
      QTest::mouseClick( dialog->updateButton(), Qt::LeftButton );
      QVERIFY( !dialog->updateButton()->isEnabled() );
      QTest::mouseClick( dialog->cancelButton(), Qt::LeftButton );
      QTRY_COMPARE( finished.size(), 1 );
      QCOMPARE( finished.at( 0 ).at( 0 ).toBool(), false );
      QVERIFY( !QFile::exists( controller->folder().aircraftPath() ) );
      QVERIFY( trackOf( QStringLiteral( "abcdef" ) )->identity.registration.isEmpty() );
      QVERIFY( dialog->messageLabel()->text().contains( QStringLiteral( "Cancelled" ) ) );

      // Updated: both files, and the tracks named from the database.
      QTest::mouseClick( dialog->updateButton(), Qt::LeftButton );
      QTRY_COMPARE_WITH_TIMEOUT( finished.size(), 2, 30000 );
      QCOMPARE( finished.at( 1 ).at( 0 ).toBool(), true );
      QVERIFY( dialog->updateButton()->isEnabled() );
      QVERIFY2( dialog->findChild<QLabel *>( QStringLiteral( "aircraftStatus" ) )
                    ->text()
                    .startsWith( QStringLiteral( "OpenSky aircraft database, 2 airframes, downloaded" ) ),
                qPrintable( dialog->findChild<QLabel *>( QStringLiteral( "aircraftStatus" ) )->text() ) );
      const Track *named = trackOf( QStringLiteral( "abcdef" ) );
      QCOMPARE( named->identity.registration, QStringLiteral( "RA-TEST1" ) );
      QCOMPARE( named->identity.label(), QStringLiteral( "RA-TEST1" ) );
      QVERIFY( named->identity.military );
      QCOMPARE( trackOf( QStringLiteral( "123abc" ) )->identity.operatorName,
                QStringLiteral( "Test Airline" ) );
      // The flight details say where the name came from.
      const std::size_t t = static_cast<std::size_t>( workspace->trackIndex( named->id ) );
      if ( !workspace->analyses()[t].legs.isEmpty() )
      {
        const QString html =
            legDetailsHtml( legDetails( *named, workspace->analyses()[t], 0, workspace->airbases() ) );
        QVERIFY2( html.contains( QStringLiteral( "RA-TEST1 <i>(aircraft database)</i>" ) ),
                  qPrintable( html ) );
      }
      else
      {
        LegDetails details;
        details.identity = named->identity;
        QVERIFY(
            legDetailsHtml( details ).contains( QStringLiteral( "RA-TEST1 <i>(aircraft database)</i>" ) ) );
      }

      // Cancelled while the database is converted: the one in use stays, nothing half-made is left.
      {
        QByteArray big = "icao24,registration,typecode\n";
        for ( int i = 0; i < 600000; ++i )
          big += QByteArray::number( 0x100000 + i, 16 ) + ",R-" + QByteArray::number( i ) + ",B739\n";
        QVERIFY( writeFile( mServed.filePath( QStringLiteral( "big.csv" ) ), big ) );
      }
      controller->setUrls( mServer.url( QStringLiteral( "airports.csv" ) ),
                           mServer.url( QStringLiteral( "big.csv" ) ), QString() );
      const QByteArray inUse = readFile( controller->folder().aircraftPath() );
      QTest::mouseClick( dialog->updateButton(), Qt::LeftButton );
      auto *stage = dialog->findChild<QLabel *>( QStringLiteral( "referenceStage" ) );
      QTRY_VERIFY_WITH_TIMEOUT(
          stage->text().startsWith( QStringLiteral( "Converting" ) ) || finished.size() > 2, 30000 );
      QCOMPARE( finished.size(), 2 ); // still converting when cancelled
      QTest::mouseClick( dialog->cancelButton(), Qt::LeftButton );
      QTRY_COMPARE_WITH_TIMEOUT( finished.size(), 3, 30000 );
      QCOMPARE( finished.at( 2 ).at( 0 ).toBool(), false );
      QCOMPARE( readFile( controller->folder().aircraftPath() ), inUse );
      QVERIFY( !QFile::exists( controller->folder().aircraftPath() + QStringLiteral( ".new" ) ) );
      QCOMPARE( trackOf( QStringLiteral( "abcdef" ) )->identity.registration, QStringLiteral( "RA-TEST1" ) );

      // An import in the window takes the reference airports its flights use (Vladivostok).
      QVERIFY( workspace->referenceAirports() );
      QCOMPARE( workspace->airbases().findByIcao( QStringLiteral( "UHWW" ) ), -1 );
      window->importFiles( { QStringLiteral( SORTIE_SAMPLES_DIR "/2024-09-20_govt_uhww-zkws.fr24.csv" ) },
                           false );
      QVERIFY( workspace->airbases().findByIcao( QStringLiteral( "UHWW" ) ) >= 0 );
      QCOMPARE( workspace->airbases().findByIcao( QStringLiteral( "UUEE" ) ), -1 );

      // All the airports added to the project.
      const int airbasesBefore = workspace->airbases().airbases().size();
      QTest::mouseClick( dialog->importAirportsButton(), Qt::LeftButton );
      QTRY_COMPARE_WITH_TIMEOUT( workspace->airbases().airbases().size(), airbasesBefore + 1, 30000 );
      window->projectController()->setModified( false );
    }

  private:
    QTemporaryDir mServed;
    test::HttpServer mServer;
};

SORTIE_APP_TEST_MAIN( TestReferenceData )

#include "test_referencedata.moc"
