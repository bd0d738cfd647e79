// One aircraft, one lane, all its sources (issue 14, point 8), in the window: two exports of
// one flight shaped like the real pair in ../shared/realdata/fr24_csv (Flightradar24's CSV,
// callsign only, with the take-off; its granular ADS-B data, with the address, from later
// on) are one aircraft: one lane naming both sources with a band each, one symbol on the
// map, no false gap, and flight details that say which source covered what.
#include "app/mainwindow.h"
#include "app/map/aircraftlayer.h"
#include "app/map/workspacelayers.h"
#include "app/project/projectcontroller.h"
#include "models/analysis/correlationfacts.h"
#include "models/commands/undostack.h"
#include "models/time/timecontroller.h"
#include "models/workspace/selection.h"
#include "models/workspace/workspace.h"
#include "tests/support/apptestmain.h"
#include "tests/support/testwindow.h"
#include "widgets/flight/flightpanel.h"
#include "widgets/timeline/timelinepanel.h"
#include "widgets/timeline/timelinewidget.h"

#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <QAction>
#include <QDateTime>
#include <QFile>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimeZone>

#include <memory>

using namespace sortie;

namespace
{
constexpr qint64 kStart = 1704180000000LL; // 2024-01-02T07:20:00Z

// New Chitose to Haneda in 100 minutes: on the ground the first and last 5.
struct Fix
{
    double latitude, longitude;
    int altitudeFeet, speedKnots;
};
Fix fixAt( double minute )
{
  const double f = minute / 100.0;
  const bool ground = minute < 5 || minute > 95;
  return { 42.79 + ( 35.55 - 42.79 ) * f, 141.69 + ( 139.78 - 141.69 ) * f, ground ? 0 : 30000,
           ground ? 10 : 420 };
}

QString utc( qint64 ms, const QString &format )
{
  return QDateTime::fromMSecsSinceEpoch( ms, QTimeZone::utc() ).toString( format );
}

bool writeText( const QString &path, const QString &text )
{
  QFile file( path );
  return file.open( QIODevice::WriteOnly ) && file.write( text.toUtf8() ) == text.toUtf8().size();
}
} // namespace

class TestAircraftSources : public QObject
{
    Q_OBJECT

  private slots:
    void twoExportsOfOneFlightAreOneAircraft()
    {
      QTemporaryDir folder;
      // Flightradar24 CSV: a fix a minute, callsign only.
      QString csv = QStringLiteral( "Timestamp,UTC,Callsign,Position,Altitude,Speed,Direction\n" );
      for ( int minute = 0; minute <= 100; ++minute )
      {
        const Fix f = fixAt( minute );
        const qint64 ms = kStart + minute * 60000LL;
        csv += QStringLiteral( "%1,%2,JAL516,\"%3,%4\",%5,%6,190\n" )
                   .arg( ms / 1000 )
                   .arg( utc( ms, QStringLiteral( "yyyy-MM-ddTHH:mm:ssZ" ) ) )
                   .arg( f.latitude, 0, 'f', 6 )
                   .arg( f.longitude, 0, 'f', 6 )
                   .arg( f.altitudeFeet )
                   .arg( f.speedKnots );
      }
      // Granular ADS-B data: a fix every 5 s from minute 20, with the address.
      QString granular =
          QStringLiteral( "network_time,receiver_time,hex,callsign,latitude,longitude,no_position,"
                          "altitude,squawk,speed,track,vspeed,on_ground,flags,position_class\n" );
      for ( int second = 20 * 60; second <= 100 * 60; second += 5 )
      {
        const Fix f = fixAt( second / 60.0 );
        const qint64 ms = kStart + second * 1000LL;
        const QString time = utc( ms, QStringLiteral( "yyyy-MM-dd HH:mm:ss" ) ) + QStringLiteral( "Z.250" );
        granular += QStringLiteral( "%1,%1,0x8467d8,JAL516,%2,%3,P,%4,416,%5,190,0,%6,0,ADS-B\n" )
                        .arg( time )
                        .arg( f.latitude, 0, 'f', 5 )
                        .arg( f.longitude, 0, 'f', 5 )
                        .arg( f.altitudeFeet )
                        .arg( f.speedKnots )
                        .arg( f.altitudeFeet == 0 ? QStringLiteral( "G" ) : QStringLiteral( "A" ) );
      }
      const QString csvPath = folder.filePath( QStringLiteral( "traffic_JL516.csv" ) );
      const QString granularPath = folder.filePath( QStringLiteral( "JL516_granular.csv" ) );
      QVERIFY( writeText( csvPath, csv ) );
      QVERIFY( writeText( granularPath, granular ) );

      QgsProject project;
      std::unique_ptr<MainWindow> window = test::makeTestWindow( &project );
      QVERIFY( QTest::qWaitForWindowExposed( window.get() ) );
      const ImportSummary summary = window->importFiles( { csvPath, granularPath }, false );
      QCOMPARE( summary.tracks, 2 );
      const Workspace &workspace = *window->workspace();
      QCOMPARE( workspace.sourceTracks().size(), std::size_t( 2 ) );
      QCOMPARE( workspace.tracks().size(), std::size_t( 1 ) );
      QCOMPARE( workspace.tracks()[0].id, QStringLiteral( "aircraft-8467d8" ) );

      // One lane, named by the aircraft and its sources, a band each.
      TimelineWidget *timeline = window->timelinePanel()->timeline();
      QCOMPARE( timeline->laneCount(), 1 );
      const TimelineLane &lane = timeline->lanes().first();
      QCOMPARE( lane.label, QStringLiteral( "JAL516 (2 sources)" ) );
      QCOMPARE( lane.sources.size(), 2 );
      QVERIFY( lane.sources.at( 0 ).label().contains( QLatin1String( "traffic_JL516.csv" ) ) );
      QVERIFY( lane.sources.at( 1 ).label().contains( QLatin1String( "JL516_granular.csv" ) ) );

      // One flight from the CSV's take-off to the landing, no gap claimed.
      QCOMPARE( workspace.analyses()[0].legs.size(), 1 );
      QVERIFY( workspace.analyses()[0].legs.first().takeoffObserved );
      QCOMPARE( window->workspaceLayers()->gapsLayer()->featureCount(), 0LL );
      QCOMPARE( window->workspaceLayers()->legsLayer()->featureCount(), 1LL );

      // One aircraft on the map (one symbol at any moment), not one per source.
      window->timeController()->setCurrentTime( kStart + 50 * 60000LL );
      QCOMPARE( window->workspaceLayers()->aircraftLayer()->aircraft()->size(), std::size_t( 1 ) );

      // The flight details say which source covered what.
      window->selection()->setLeg( legKey( workspace, 0, 0 ) );
      const QString details = window->flightPanel()->summary()->toPlainText();
      QVERIFY2( details.contains( QLatin1String( "Sources" ) ) &&
                    details.contains(
                        QLatin1String( "Flightradar24 CSV (traffic_JL516.csv): 2024-01-02 07:25" ) ) &&
                    details.contains( QLatin1String( "(JL516_granular.csv): 2024-01-02 07:40" ) ),
                qPrintable( details ) );

      // Edit > Remove Track on an aircraft of two sources asks which: one source (the
      // other stays the aircraft), or all; each one undo step.
      auto chooseAndRemove = [&window]( int choice )
      {
        window->findChild<QAction *>( QStringLiteral( "actionRemoveTrack" ) )->trigger();
        auto *dialog = window->findChild<QInputDialog *>( QStringLiteral( "chooseSourceToRemove" ) );
        if ( !dialog )
          return QStringList();
        const QStringList items = dialog->comboBoxItems();
        dialog->setTextValue( items.value( choice ) );
        dialog->accept();
        QCoreApplication::sendPostedEvents( nullptr, QEvent::DeferredDelete );
        return items;
      };
      const QStringList items = chooseAndRemove( 1 );
      QCOMPARE( items.size(), 3 );
      QCOMPARE( items.at( 0 ), QStringLiteral( "All 2 sources of JAL516" ) );
      QVERIFY2( items.at( 1 ).startsWith(
                    QLatin1String( "Only Flightradar24 CSV (traffic_JL516.csv, 101 positions)" ) ),
                qPrintable( items.at( 1 ) ) );
      QCOMPARE( workspace.sourceTracks().size(), std::size_t( 1 ) );
      QCOMPARE( workspace.tracks().size(), std::size_t( 1 ) );
      QCOMPARE( timeline->lanes().first().sources.size(), 0 );          // one source now
      QVERIFY( !workspace.analyses()[0].legs.first().takeoffObserved ); // the granular data starts airborne
      window->undoStack()->undo();
      QCOMPARE( workspace.sourceTracks().size(), std::size_t( 2 ) );
      QCOMPARE( timeline->lanes().first().sources.size(), 2 );

      window->selection()->setLeg( legKey( workspace, 0, 0 ) );
      chooseAndRemove( 0 );
      auto *box = window->findChild<QMessageBox *>( QStringLiteral( "confirmRemoveTrack" ) );
      QVERIFY( box ); // all: confirmed as for one track
      box->button( QMessageBox::Yes )->click();
      QCoreApplication::sendPostedEvents( nullptr, QEvent::DeferredDelete );
      QVERIFY( workspace.tracks().empty() );
      QVERIFY( workspace.sourceTracks().empty() );
      window->undoStack()->undo();
      QCOMPARE( workspace.tracks().size(), std::size_t( 1 ) );
      QCOMPARE( workspace.sourceTracks().size(), std::size_t( 2 ) );
      window->projectController()->setModified( false );
    }
};

SORTIE_APP_TEST_MAIN( TestAircraftSources )
#include "test_aircraftsources.moc"
