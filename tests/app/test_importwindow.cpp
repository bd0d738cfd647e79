// File > Import in the window runs beside it (issue 12, point 5): while big files are read the
// window's event loop turns, the status bar shows which file with a progress bar and Cancel;
// Cancel leaves the project as it was; a finished import adds everything in one change and
// selects nothing away. Screenshots of the progress go to SORTIE_TEST_OUTPUT_DIR (or TMPDIR).
#include "app/controllers/importcontroller.h"
#include "app/mainwindow.h"
#include "app/map/aircraftlayer.h"
#include "app/map/workspacelayers.h"
#include "app/project/projectcontroller.h"
#include "app/sortieapplication.h"
#include "models/workspace/selection.h"
#include "models/workspace/workspace.h"
#include "tests/support/apptestmain.h"
#include "tests/support/samplefiles.h"
#include "tests/support/testwindow.h"

#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QToolButton>

using namespace sortie;

namespace
{
// A Flightradar24 CSV export of one synthetic flight of @p rows positions, a second apart.
void writeBigExport( const QString &path, int rows, int flight )
{
  QFile file( path );
  QVERIFY( file.open( QIODevice::WriteOnly ) );
  QTextStream out( &file );
  out << "Timestamp,UTC,Callsign,Position,Altitude,Speed,Direction\n";
  const qint64 start = 1720498200 + flight * 86400LL;
  for ( int i = 0; i < rows; ++i )
  {
    const qint64 t = start + i;
    const double lat = 40.0 + flight + i * 1e-5;
    const double lon = 100.0 + i * 1e-5;
    out << t << ',' << QDateTime::fromSecsSinceEpoch( t, Qt::UTC ).toString( Qt::ISODate ) << ",TST" << flight
        << ",\"" << QString::number( lat, 'f', 6 ) << ',' << QString::number( lon, 'f', 6 )
        << "\",35000,450,90\n";
  }
}

QString outputDir()
{
  QString dir = qEnvironmentVariable( "SORTIE_TEST_OUTPUT_DIR" );
  if ( dir.isEmpty() )
    dir = QDir::tempPath();
  QDir().mkpath( dir );
  return dir;
}
} // namespace

class TestImportWindow : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase()
    {
      QVERIFY( mFolder.isValid() );
      for ( int i = 0; i < 4; ++i )
      {
        const QString path = mFolder.filePath( QStringLiteral( "big%1.csv" ).arg( i ) );
        writeBigExport( path, 150000, i );
        mBigFiles << path;
      }
    }

    void importRunsBesideTheWindowAndCancelKeepsTheProject()
    {
      QgsProject project;
      auto window = test::makeTestWindow( &project );
      QVERIFY( QTest::qWaitForWindowExposed( window.get() ) );
      window->importFiles( test::sampleFiles(), false );
      const std::size_t tracksBefore = window->workspace()->tracks().size();
      const QString selectedEvent = window->workspace()->events().at( 2 ).id;
      window->selection()->setEvent( selectedEvent );

      ImportController *import = window->importController();
      auto *progress = window->findChild<QWidget *>( QStringLiteral( "importProgress" ) );
      auto *cancel = window->findChild<QToolButton *>( QStringLiteral( "cancelImport" ) );
      QVERIFY( progress && cancel );
      QVERIFY( !progress->isVisible() );

      // Started as File > Import starts it: the window's loop turns while files are read.
      QSignalSpy finished( import, &ImportController::finished );
      QVERIFY( import->start( mBigFiles ) );
      QVERIFY( progress->isVisible() );
      QVERIFY( !import->start( mBigFiles ) ); // one import at a time
      auto *bar = progress->findChild<QProgressBar *>();
      QVERIFY( bar );
      QTRY_VERIFY2_WITH_TIMEOUT( bar->maximum() == mBigFiles.size() && bar->value() >= 1,
                                 qPrintable( QStringLiteral( "%1 %2 %3 running %4" )
                                                 .arg( bar->minimum() )
                                                 .arg( bar->maximum() )
                                                 .arg( bar->value() )
                                                 .arg( import->service()->isRunning() ) ),
                                 30000 );
      QVERIFY( finished.isEmpty() );
      QVERIFY( window->grab().save( outputDir() + QStringLiteral( "/import-progress.png" ) ) );

      // Cancel: nothing of it is added, now or when the worker ends.
      QTest::mouseClick( cancel, Qt::LeftButton );
      QCOMPARE( finished.size(), 1 );
      QVERIFY( finished.first().first().value<ImportSummary>().cancelled );
      QVERIFY( !progress->isVisible() );
      QTest::qWait( 3000 );
      QCOMPARE( window->workspace()->tracks().size(), tracksBefore );
      QCOMPARE( finished.size(), 1 );

      // Again, to the end: one track per file, in one change; the selection stays, and the
      // map's layers are the same layers (by QGIS's id) with the new tracks' features added.
      WorkspaceLayers *layers = window->workspaceLayers();
      const QString legsLayer = layers->legsLayer()->id();
      const QString eventsLayer = layers->eventsLayer()->id();
      const long long legsBefore = layers->legsLayer()->featureCount();
      QSignalSpy changed( window->workspace(), &Workspace::changed );
      QVERIFY( import->start( mBigFiles ) );
      QVERIFY( finished.wait( 60000 ) );
      const auto summary = finished.last().first().value<ImportSummary>();
      QVERIFY( !summary.cancelled );
      QCOMPARE( summary.tracks, mBigFiles.size() );
      QCOMPARE( window->workspace()->tracks().size(), tracksBefore + mBigFiles.size() );
      QCOMPARE( changed.size(), 1 );
      QCOMPARE( window->selection()->eventId(), selectedEvent );
      QVERIFY( !progress->isVisible() );
      QCOMPARE( layers->legsLayer()->id(), legsLayer );
      QCOMPARE( layers->eventsLayer()->id(), eventsLayer );
      QVERIFY( layers->legsLayer()->featureCount() > legsBefore );
      QCOMPARE( layers->aircraftLayer()->aircraft()->size(), window->workspace()->tracks().size() );
    }

    // A new project while an import reads: the import stops and nothing of it lands in the
    // new project (it used to be added to whichever project was open when it finished).
    void aNewProjectStopsTheImport()
    {
      QgsProject project;
      auto window = test::makeTestWindow( &project );
      window->projectController()->setInteractive( false );
      window->importFiles( test::sampleFiles(), false );
      ImportController *import = window->importController();
      QSignalSpy finished( import, &ImportController::finished );
      QVERIFY( import->start( mBigFiles ) );
      window->findChild<QAction *>( QStringLiteral( "actionNewProject" ) )->trigger();
      QCOMPARE( finished.size(), 1 );
      QVERIFY( finished.first().first().value<ImportSummary>().cancelled );
      QVERIFY( window->workspace()->isEmpty() );
      QVERIFY( !import->service()->isRunning() );
      QTest::qWait( 500 ); // a worker ending now adds nothing
      QVERIFY( window->workspace()->isEmpty() );
    }

    // File > Import Folder: a folder of trace files in their two-level layout, the analyst's
    // filter applied, what it left out said in the status bar (issue 14 point 6).
    void aFolderImportKeepsTheAircraftAskedFor()
    {
      QTemporaryDir day;
      for ( int n = 0; n < 30; ++n )
      {
        const QString icao = QStringLiteral( "%1" ).arg( 0xae0000 + n, 6, 16, QLatin1Char( '0' ) );
        QDir( day.path() ).mkpath( QStringLiteral( "traces/" ) + icao.right( 2 ) );
        QFile file(
            day.filePath( QStringLiteral( "traces/%1/trace_full_%2.json" ).arg( icao.right( 2 ), icao ) ) );
        QVERIFY( file.open( QIODevice::WriteOnly ) );
        QByteArray text = QStringLiteral( "{\"icao\":\"%1\",\"r\":\"%2\",\"t\":\"C17\",\"dbFlags\":%3,"
                                          "\"timestamp\":1738627200,\"trace\":[" )
                              .arg( icao, QStringLiteral( "05-%1" ).arg( 5100 + n ) )
                              .arg( n < 10 ? 1 : 0 )
                              .toUtf8();
        for ( int i = 0; i < 40; ++i )
          text += QStringLiteral( "%1[%2,%3,-100.0,30000,450,90,0,0,null,\"adsb_icao\",null,null,null,null]" )
                      .arg( i ? QStringLiteral( "," ) : QString() )
                      .arg( i * 10 )
                      .arg( 40.0 + i * 0.01 )
                      .toUtf8();
        file.write( text + "]}" );
      }
      QgsProject project;
      auto window = test::makeTestWindow( &project );
      window->projectController()->setInteractive( false );
      QVERIFY( window->findChild<QAction *>( QStringLiteral( "actionImportFolder" ) ) );
      ImportController *import = window->importController();
      QSignalSpy finished( import, &ImportController::finished );
      QVERIFY( import->start( { day.path() }, false, ImportFilter::parse( QStringLiteral( "military" ) ) ) );
      QVERIFY( finished.wait( 30000 ) );
      const auto summary = finished.first().first().value<ImportSummary>();
      QCOMPARE( summary.filesRead, 30 );
      QCOMPARE( summary.tracks, 10 );
      QCOMPARE( summary.tracksFilteredOut, 20 );
      QCOMPARE( window->workspace()->tracks().size(), std::size_t( 10 ) );
      QVERIFY2(
          window->statusBar()->currentMessage().contains( QStringLiteral( "20 left out by the filter" ) ),
          qPrintable( window->statusBar()->currentMessage() ) );
      window->projectController()->setModified( false );
    }

  private:
    QTemporaryDir mFolder;
    QStringList mBigFiles;
};

SORTIE_APP_TEST_MAIN( TestImportWindow )

#include "test_importwindow.moc"
