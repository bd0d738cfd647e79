// The workbench window under a real X server (xvfb-run): QGIS start-up through
// SortieApplication, the basemap, the projection, the map render compared with a
// reference image, the status bar, the dock layout that persists, and Help > About.
#include "app/mainwindow.h"
#include "app/map/geodesicgeometry.h"
#include "app/map/mapregion.h"
#include "app/map/workspacelayers.h"
#include "app/sortieapplication.h"
#include "imagecheck.h"
#include "models/analysis/correlationfacts.h"
#include "models/commands/eventcommands.h"
#include "models/commands/undostack.h"
#include "models/geo/geodesy.h"
#include "models/time/timecontroller.h"
#include "models/workspace/workspace.h"
#include "tests/support/apptestmain.h"
#include "tests/support/samplefiles.h"
#include "widgets/eventdialog.h"
#include "widgets/eventpanel.h"
#include "widgets/flight/flightpanel.h"
#include "widgets/timeline/timelinepanel.h"
#include "widgets/timeline/timelinewidget.h"

#include <qgscoordinatetransform.h>
#include <qgsfeatureiterator.h>
#include <qgslayertree.h>
#include <qgsmapcanvas.h>
#include <qgsproject.h>
#include <qgsproviderregistry.h>
#include <qgsvectorlayer.h>

#include <QAction>
#include <QDialog>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMouseEvent>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimeZone>

#include <memory>

using namespace sortie;
using sortie::test::sampleFiles;

namespace
{
const GeoPoint kVnukovo{ 55.5915, 37.2615 };
const GeoPoint kSunan{ 39.2241, 125.6700 };
const GeoPoint kKnevichi{ 43.3990, 132.1480 };

// Wait until the canvas has finished a render it was asked for, and nothing is drawing.
// Under load a render can be cancelled and restarted (a time change re-renders the aircraft
// layer), so the wait is for the canvas to come to rest, within a minute, not for one signal.
bool waitForRender( QgsMapCanvas *canvas )
{
  QSignalSpy rendered( canvas, &QgsMapCanvas::mapCanvasRefreshed );
  canvas->refresh();
  QElapsedTimer clock;
  clock.start();
  while ( clock.elapsed() < 60000 )
  {
    if ( rendered.isEmpty() && !rendered.wait( 1000 ) )
    {
      if ( !canvas->isDrawing() )
        canvas->refresh(); // a cancelled render sends nothing: ask again
      continue;
    }
    QTest::qWait( 50 ); // let the finished image reach the viewport
    if ( !canvas->isDrawing() )
      return true;
    rendered.clear();
  }
  return false;
}

// Every file of the bundled sample scenario.
QgsPointXY toCanvasCrs( QgsMapCanvas *canvas, const GeoPoint &p )
{
  const QgsCoordinateTransform transform( mapregion::wgs84(), canvas->mapSettings().destinationCrs(),
                                          canvas->mapSettings().transformContext() );
  return transform.transform( QgsPointXY( p.longitude, p.latitude ) );
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

  private slots:
    void init()
    {
      QSettings().clear();
      mProject = std::make_unique<QgsProject>();
      mWindow = std::make_unique<MainWindow>( mProject.get() );
      mWindow->show();
      QVERIFY( QTest::qWaitForWindowExposed( mWindow.get() ) );
    }

    void cleanup()
    {
      mWindow.reset();
      mProject.reset();
    }

    void qgisStartedWithProviders()
    {
      // Without the prefix path only built-in providers load; delimitedtext is a plugin.
      QVERIFY( QgsApplication::prefixPath().endsWith( SortieApplication::qgisPrefixPath() ) );
      QVERIFY(
          QgsProviderRegistry::instance()->providerList().contains( QStringLiteral( "delimitedtext" ) ) );
      // The QGIS profile lives in the sandboxed data folder, never the real home.
      QVERIFY( SortieApplication::profileFolder().startsWith( qEnvironmentVariable( "XDG_DATA_HOME" ) ) );
    }

    void basemapIsLoadedAndQuiet()
    {
      QgsVectorLayer *basemap = mWindow->basemapLayer();
      QVERIFY( basemap );
      QVERIFY( basemap->isValid() );
      QCOMPARE( basemap->featureCount(), 240LL ); // Natural Earth countries in world_map.gpkg
      QVERIFY( mWindow->mapCanvas()->layers().contains( basemap ) );
      QCOMPARE( mProject->mapLayers().size(), 1 );
    }

    void projectionIsConicAndShowsTheRegion()
    {
      QgsMapCanvas *canvas = mWindow->mapCanvas();
      const QgsCoordinateReferenceSystem crs = canvas->mapSettings().destinationCrs();
      QVERIFY( !crs.isGeographic() );
      QVERIFY2( crs.toProj().contains( QStringLiteral( "+proj=lcc" ) ), qPrintable( crs.toProj() ) );
      const QgsRectangle extent = canvas->extent();
      for ( const GeoPoint &place : { kVnukovo, kSunan, kKnevichi } )
        QVERIFY( extent.contains( toCanvasCrs( canvas, place ) ) );
    }

    void geodesicLinesFollowTheGreatCircle()
    {
      const QgsGeometry line = geodesicLineString( { kVnukovo, kSunan } );
      QCOMPARE( line.wkbType(), QgsWkbTypes::LineString );
      const QgsPolylineXY vertices = line.asPolyline();
      QCOMPARE( vertices.size(), 258 ); // 6,420 km at most 25 km a segment
      // Half-way the path is over Siberia (56.3 N, 90.1 E), well north of the straight
      // line a plate carree map would draw between Moscow and Pyongyang (47.4 N).
      const QgsPointXY middle = vertices.at( vertices.size() / 2 );
      QVERIFY2( middle.y() > 55.5, qPrintable( middle.toString() ) );
      QVERIFY( geodesicLineString( { kSunan } ).isNull() );
    }

    void mapMatchesReference()
    {
      QgsMapCanvas *canvas = mWindow->mapCanvas();
      // A fixed canvas size makes the render independent of dock and font sizes.
      canvas->setFixedSize( 800, 560 );
      QTest::qWait( 50 );
      mWindow->zoomToDefaultRegion();
      QVERIFY( waitForRender( canvas ) );
      const QImage image = canvas->viewport()->grab().toImage();
      QCOMPARE( image.size(), QSize( 800 - 2 * canvas->frameWidth(), 560 - 2 * canvas->frameWidth() ) );

      QString message;
      // Tolerance: anti-aliased borders may shift by a shade between runs; the palette
      // or the projection changing moves far more than 1 % of the pixels.
      QVERIFY2( test::matchesReference( QStringLiteral( "map_default_region" ), image, 12, 0.01, &message ),
                qPrintable( message ) );
    }

    void cursorPositionInStatusBar()
    {
      QgsMapCanvas *canvas = mWindow->mapCanvas();
      QVERIFY( waitForRender( canvas ) );
      const QgsPointXY pixel = canvas->mapSettings().mapToPixel().transform( toCanvasCrs( canvas, kSunan ) );
      QMouseEvent move( QEvent::MouseMove, QPointF( pixel.x(), pixel.y() ), Qt::NoButton, Qt::NoButton,
                        Qt::NoModifier );
      QApplication::sendEvent( canvas->viewport(), &move );

      // "39.2241° N  125.6700° E", to within a pixel (about 13 km at this scale).
      const QString text = mWindow->coordinateLabel()->text();
      const QRegularExpressionMatch match =
          QRegularExpression( QStringLiteral( "^([0-9.]+)° N  ([0-9.]+)° E$" ) ).match( text );
      QVERIFY2( match.hasMatch(), qPrintable( text ) );
      QVERIFY2( std::abs( match.captured( 1 ).toDouble() - kSunan.latitude ) < 0.15, qPrintable( text ) );
      QVERIFY2( std::abs( match.captured( 2 ).toDouble() - kSunan.longitude ) < 0.15, qPrintable( text ) );
    }

    void docksAreWhereTheyBelong()
    {
      QCOMPARE( mWindow->dockWidgetArea( mWindow->layersDock() ), Qt::LeftDockWidgetArea );
      QCOMPARE( mWindow->dockWidgetArea( mWindow->timelineDock() ), Qt::BottomDockWidgetArea );
      QCOMPARE( mWindow->dockWidgetArea( mWindow->eventsDock() ), Qt::RightDockWidgetArea );
      for ( QDockWidget *dock : { mWindow->layersDock(), mWindow->timelineDock(), mWindow->eventsDock() } )
        QVERIFY( dock->isVisible() );
      // Flight details: a tab beside the events, not a stray floating panel.
      QCOMPARE( mWindow->dockWidgetArea( mWindow->flightDock() ), Qt::RightDockWidgetArea );
      QVERIFY( !mWindow->flightDock()->isFloating() );
      QVERIFY( mWindow->tabifiedDockWidgets( mWindow->eventsDock() ).contains( mWindow->flightDock() ) );
      // Raised, its panel sits in the right of the window, at a usable size.
      mWindow->flightDock()->raise();
      QTest::qWait( 50 );
      QWidget *panel = mWindow->flightDock()->widget();
      QVERIFY( panel->isVisible() );
      QVERIFY2( panel->mapTo( mWindow.get(), QPoint( 0, 0 ) ).x() > mWindow->width() / 2,
                "the flight panel is not in the right dock area" );
      QVERIFY( panel->width() > 200 && panel->height() > 200 );
      mWindow->eventsDock()->raise();
    }

    void dockLayoutIsSavedAndRestored()
    {
      mWindow->addDockWidget( Qt::LeftDockWidgetArea, mWindow->eventsDock() );
      mWindow->timelineDock()->hide();
      QVERIFY( mWindow->close() ); // saves the layout

      MainWindow reopened( mProject.get() );
      reopened.show();
      QVERIFY( QTest::qWaitForWindowExposed( &reopened ) );
      QCOMPARE( reopened.dockWidgetArea( reopened.eventsDock() ), Qt::LeftDockWidgetArea );
      QVERIFY( !reopened.timelineDock()->isVisible() );

      reopened.resetLayout();
      QCOMPARE( reopened.dockWidgetArea( reopened.eventsDock() ), Qt::RightDockWidgetArea );
      QVERIFY( reopened.timelineDock()->isVisible() );
    }

    void layoutFromAnotherVersionIsIgnored()
    {
      QSettings().setValue( QStringLiteral( "mainWindow/state" ), QByteArray( "not a saved state" ) );
      MainWindow reopened( mProject.get() );
      reopened.show();
      QVERIFY( QTest::qWaitForWindowExposed( &reopened ) );
      QCOMPARE( reopened.dockWidgetArea( reopened.eventsDock() ), Qt::RightDockWidgetArea );
      QVERIFY( reopened.eventsDock()->isVisible() );
    }

    void menusAndAbout()
    {
      QStringList titles;
      for ( QAction *action : mWindow->menuBar()->actions() )
        titles.append( action->text().remove( QLatin1Char( '&' ) ) );
      QCOMPARE( titles, ( QStringList{ QStringLiteral( "File" ), QStringLiteral( "Edit" ),
                                       QStringLiteral( "View" ), QStringLiteral( "Help" ) } ) );

      auto *about = mWindow->findChild<QAction *>( QStringLiteral( "actionAbout" ) );
      QVERIFY( about );
      about->trigger();
      auto *dialog = mWindow->findChild<QDialog *>( QStringLiteral( "aboutDialog" ) );
      QVERIFY( dialog );
      QVERIFY( QTest::qWaitForWindowExposed( dialog ) );
      auto *table = dialog->findChild<QTableWidget *>( QStringLiteral( "componentTable" ) );
      QStringList components;
      for ( int row = 0; row < table->rowCount(); ++row )
        components.append( table->item( row, 0 )->text() );
      QVERIFY( components.contains( QStringLiteral( "QGIS" ) ) );
      QVERIFY( components.contains( QStringLiteral( "PROJ" ) ) );
      QVERIFY( components.contains( QStringLiteral( "GDAL" ) ) );
      dialog->close();
    }

    void importShowsTheSampleOnTheTimelineAndEventPanel()
    {
      const QStringList files = sampleFiles();
      const ImportSummary summary = mWindow->importFiles( files, false );
      QCOMPARE( summary.filesRead, files.size() );
      QCOMPARE( summary.tracks, 9 );
      QVERIFY( summary.warnings.isEmpty() );
      // One lane per aircraft: RA-86559's two tracks (by registration) are one aircraft of two
      // sources; the seven tracks of unidentified Il-62Ms are not known to be one airframe.
      QCOMPARE( mWindow->timelinePanel()->timeline()->laneCount(), 8 );
      QVERIFY( std::any_of( mWindow->timelinePanel()->timeline()->lanes().cbegin(),
                            mWindow->timelinePanel()->timeline()->lanes().cend(),
                            []( const TimelineLane &lane )
                            {
                              return lane.tracks.size() == 1 && lane.sources.size() == 2 &&
                                     lane.label.startsWith( QLatin1String( "RA-86559" ) );
                            } ) );
      QCOMPARE( mWindow->timelinePanel()->timeline()->eventCount(), 16 );
      QCOMPARE( mWindow->eventPanel()->table()->model()->rowCount(), 16 );
      // First data: the timeline shows all of it, the cursor at its start.
      TimeController *clock = mWindow->timeController();
      QVERIFY( clock->dataExtent().isValid() );
      QCOMPARE( clock->currentTime(), clock->dataExtent().start );
      QVERIFY( clock->visibleRange().start <= clock->dataExtent().start &&
               clock->visibleRange().end >= clock->dataExtent().end );
      // Selecting an event in the panel moves the timeline.
      QVERIFY( mWindow->eventPanel()->selectEvent( QStringLiteral( "2024-06-19-treaty" ) ) );
      QCOMPARE( clock->currentTime(),
                QDateTime( QDate( 2024, 6, 19 ), QTime( 0, 0 ), QTimeZone::utc() ).toMSecsSinceEpoch() );
      QVERIFY( mWindow->statusBar()->currentMessage().startsWith(
          QStringLiteral( "11 files read: 9 tracks, 10 airbases, 16 events" ) ) );
      // The sample lies in the default region: it keeps its projection (issue 14).
      QCOMPARE( mWindow->mapCanvas()->mapSettings().destinationCrs(), mapregion::defaultCrs() );
    }

    void aHiddenLayerStaysHiddenThroughEditsAndUndo()
    {
      mWindow->importFiles( sampleFiles(), false );
      WorkspaceLayers *layers = mWindow->workspaceLayers();
      QgsLayerTreeLayer *legs = mProject->layerTreeRoot()->findLayer( layers->legsLayer() );
      QVERIFY( legs && legs->itemVisibilityChecked() );
      legs->setItemVisibilityChecked( false );
      const QString id = QStringLiteral( "2024-06-19-treaty" );
      QVERIFY( mWindow->eventPanel()->selectEvent( id ) );

      // An event edit changes the events and nothing else (issue 12): the track layers are
      // the same objects, the event table changes a row in place (no reset, which would lose
      // the selection and the scroll).
      // By QGIS's layer id (unique per layer made): a new layer could reuse the old address.
      const QString legsBefore = layers->legsLayer()->id();
      const QString gapsBefore = layers->gapsLayer()->id();
      const QString eventsBefore = layers->eventsLayer()->id();
      QAbstractItemModel *table = mWindow->eventPanel()->table()->model();
      QSignalSpy resets( table, &QAbstractItemModel::modelReset );
      QSignalSpy rowsChanged( table, &QAbstractItemModel::dataChanged );

      Event edited = mWindow->workspace()->events().at( mWindow->workspace()->eventIndex( id ) );
      edited.title += QStringLiteral( " (edited)" );
      QVERIFY( mWindow->undoStack()->push( makeEditEventCommand( *mWindow->workspace(), edited ) ) );
      QCOMPARE( layers->legsLayer()->id(), legsBefore );
      QCOMPARE( layers->gapsLayer()->id(), gapsBefore );
      QCOMPARE( layers->eventsLayer()->id(), eventsBefore );
      QCOMPARE( resets.count(), 0 );
      QVERIFY( rowsChanged.count() >= 1 );
      QStringList titlesOnMap;
      QgsFeature feature;
      for ( QgsFeatureIterator it = layers->eventsLayer()->getFeatures(); it.nextFeature( feature ); )
        titlesOnMap << feature.attribute( QStringLiteral( "title" ) ).toString();
      QVERIFY( titlesOnMap.contains( edited.title ) );
      for ( int step = 0; step < 2; ++step )
      {
        QgsLayerTreeLayer *node = mProject->layerTreeRoot()->findLayer( layers->legsLayer() );
        QVERIFY( node );
        QVERIFY2( !node->itemVisibilityChecked(), step == 0 ? "after the edit" : "after the undo" );
        QVERIFY( !mWindow->mapCanvas()->layers().contains( layers->legsLayer() ) );
        QVERIFY( mProject->layerTreeRoot()->findLayer( layers->eventsLayer() )->itemVisibilityChecked() );
        QCOMPARE( mWindow->eventPanel()->selectedEventId(), id );
        mWindow->undoStack()->undo();
      }
      QVERIFY( !mWindow->workspace()
                    ->events()
                    .at( mWindow->workspace()->eventIndex( id ) )
                    .title.endsWith( QLatin1String( "(edited)" ) ) );
    }

    // View > Zoom to Selection (issue 14, point 1): the selected event, then the selected leg,
    // framed on the map, closer than the whole data; with nothing selected the analyst is told.
    void zoomToSelectionFramesWhatIsSelected()
    {
      mWindow->importFiles( sampleFiles(), false );
      QgsMapCanvas *canvas = mWindow->mapCanvas();
      QAction *zoom = mWindow->findChild<QAction *>( QStringLiteral( "actionZoomToSelection" ) );
      QVERIFY( zoom );
      zoom->trigger();
      QVERIFY( mWindow->statusBar()->currentMessage().startsWith( QLatin1String( "Nothing to frame" ) ) );

      mWindow->findChild<QAction *>( QStringLiteral( "actionZoomToData" ) )->trigger();
      const double dataWidth = canvas->extent().width();
      auto shows = [canvas]( double latitude, double longitude )
      {
        const QgsCoordinateTransform toMap( QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:4326" ) ),
                                            canvas->mapSettings().destinationCrs(), QgsProject::instance() );
        return canvas->extent().contains( toMap.transform( QgsPointXY( longitude, latitude ) ) );
      };
      QVERIFY( mWindow->eventPanel()->selectEvent( QStringLiteral( "2023-09-16-knevichi" ) ) ); // Vladivostok
      zoom->trigger();
      QVERIFY( shows( 43.399, 132.148 ) );
      QVERIFY( !shows( 55.97, 37.41 ) ); // not Moscow: the event, not the data
      QVERIFY2( canvas->extent().width() < dataWidth / 3,
                qPrintable( QStringLiteral( "%1 of %2" ).arg( canvas->extent().width() ).arg( dataWidth ) ) );

      // A leg (Moscow to Pyongyang) with the event: both ends and Vladivostok in the frame.
      const FlightRef flight =
          findLeg( *mWindow->workspace(), QDate( 2023, 9, 25 ), QStringLiteral( "UUMU" ) );
      QVERIFY( flight.legStartMs );
      mWindow->selectLeg( LegKey{ flight.trackId, *flight.legStartMs } );
      mWindow->eventPanel()->selectEvent( QStringLiteral( "2023-09-16-knevichi" ) );
      zoom->trigger();
      QVERIFY( shows( 55.88, 38.06 ) );  // UUMU
      QVERIFY( shows( 39.22, 125.67 ) ); // ZKPY
      QVERIFY( shows( 43.399, 132.148 ) );
    }

    void mapGoesToTheDataAndToTheWorld()
    {
      // Data in Europe only (Frankfurt to Paris): the first map shows it, in a conic
      // projection centred on it, filling at least half the canvas in one direction.
      const QString europe = QStringLiteral( SORTIE_TEST_DATA_DIR "/fr24/TST900_eddf_lfpg.csv" );
      QCOMPARE( mWindow->importFiles( { europe }, false ).tracks, 1 );
      QgsMapCanvas *canvas = mWindow->mapCanvas();
      const QgsCoordinateReferenceSystem crs = canvas->mapSettings().destinationCrs();
      QVERIFY( crs != mapregion::defaultCrs() );
      QVERIFY2( crs.toProj().contains( QLatin1String( "+proj=lcc" ) ) &&
                    crs.toProj().contains( QLatin1String( "+lon_0=6" ) ),
                qPrintable( crs.toProj() ) );
      QVERIFY( waitForRender( canvas ) );
      const QgsRectangle shown = canvas->extent();
      QgsRectangle data;
      for ( const GeoPoint &end : { GeoPoint{ 50.0333, 8.5706 }, GeoPoint{ 49.0097, 2.5479 } } )
      {
        const QgsPointXY p = toCanvasCrs( canvas, end );
        QVERIFY( shown.contains( p ) );
        data.combineExtentWith( p.x(), p.y() );
      }
      const double filled = std::max( data.width() / shown.width(), data.height() / shown.height() );
      QVERIFY2( filled >= 0.5, qPrintable( QString::number( filled ) ) );

      // View > Zoom to World: every continent, in Equal Earth.
      QAction *world = mWindow->findChild<QAction *>( QStringLiteral( "actionZoomToWorld" ) );
      QVERIFY( world );
      world->trigger();
      QVERIFY2( canvas->mapSettings().destinationCrs().toProj().contains( QLatin1String( "+proj=eqearth" ) ),
                qPrintable( canvas->mapSettings().destinationCrs().toProj() ) );
      const QgsRectangle everything = canvas->extent();
      const QVector<GeoPoint> continents = {
          { 40, -100 }, { -15, -60 }, { 0, 20 },   { 50, 10 },  { 45, 90 },
          { -25, 135 }, { -80, 0 },   { 65, 170 }, { 65, -170 } }; // and both sides of the antimeridian
      for ( const GeoPoint &place : continents )
        QVERIFY2( everything.contains( toCanvasCrs( canvas, place ) ),
                  qPrintable( QStringLiteral( "%1, %2" ).arg( place.latitude ).arg( place.longitude ) ) );
      QVERIFY( waitForRender( canvas ) );

      // And back: View > Zoom to Data returns to the data's own projection.
      QAction *data2 = mWindow->findChild<QAction *>( QStringLiteral( "actionZoomToData" ) );
      QVERIFY( data2 );
      data2->trigger();
      QVERIFY( canvas->mapSettings().destinationCrs().toProj().contains( QLatin1String( "+proj=lcc" ) ) );
      QVERIFY( canvas->extent().contains( toCanvasCrs( canvas, { 50.0333, 8.5706 } ) ) );
    }

    void mapFollowsTime_data()
    {
      QTest::addColumn<QString>( "time" );
      QTest::addColumn<QString>( "reference" );
      // Mid-flight in the transponder gap over Siberia: the aircraft is dark at its last fix.
      QTest::newRow( "in the gap" ) << QStringLiteral( "2024-07-09T07:30:00Z" )
                                    << QStringLiteral( "map_2024-07-09_0730_in_gap" );
      // After landing: on the ground at Pyongyang, the approach as a fading trail.
      QTest::newRow( "after landing" )
          << QStringLiteral( "2024-07-09T12:05:00Z" ) << QStringLiteral( "map_2024-07-09_1205_landed" );
    }
    void mapFollowsTime()
    {
      QFETCH( QString, time );
      QFETCH( QString, reference );
      const QStringList files = sampleFiles();
      mWindow->importFiles( files, false );
      QgsMapCanvas *canvas = mWindow->mapCanvas();
      canvas->setFixedSize( 800, 560 );
      QTest::qWait( 50 );
      mWindow->zoomToDefaultRegion();
      mWindow->showTime( QDateTime::fromString( time, Qt::ISODate ).toMSecsSinceEpoch() );
      QVERIFY( waitForRender( canvas ) );
      QString message;
      QVERIFY2( test::matchesReference( reference, canvas->viewport()->grab().toImage(), 12, 0.01, &message ),
                qPrintable( message ) );
    }

    void oneSelectionAcrossPanelTimelineAndMap()
    {
      const QStringList files = sampleFiles();
      mWindow->importFiles( files, false );
      QgsMapCanvas *canvas = mWindow->mapCanvas();
      mWindow->zoomToDefaultRegion();
      QVERIFY( waitForRender( canvas ) );

      // A click on the map where the Vostochny summit is (51.884 N, 128.333 E).
      const QgsPointXY pixel =
          canvas->mapSettings().mapToPixel().transform( toCanvasCrs( canvas, { 51.884, 128.333 } ) );
      QTest::mouseClick( canvas->viewport(), Qt::LeftButton, Qt::NoModifier,
                         QPoint( qRound( pixel.x() ), qRound( pixel.y() ) ) );
      QCOMPARE( mWindow->eventPanel()->selectedEventId(), QStringLiteral( "2023-09-13-vostochny-summit" ) );
      QCOMPARE( mWindow->timelinePanel()->timeline()->selectedEvent(),
                QStringLiteral( "2023-09-13-vostochny-summit" ) );
      QgsVectorLayer *events = mWindow->workspaceLayers()->eventsLayer();
      QCOMPARE( events->selectedFeatureCount(), 1 );
      QCOMPARE( events->selectedFeatures().first().attribute( QStringLiteral( "id" ) ).toString(),
                QStringLiteral( "2023-09-13-vostochny-summit" ) );
      // The time moved to the event.
      QCOMPARE( mWindow->timeController()->currentTime(),
                QDateTime( QDate( 2023, 9, 13 ), QTime( 0, 0 ), QTimeZone::utc() ).toMSecsSinceEpoch() );

      // Selecting in the panel moves the map's selection.
      QVERIFY( mWindow->eventPanel()->selectEvent( QStringLiteral( "2024-06-19-treaty" ) ) );
      QCOMPARE( mWindow->timelinePanel()->timeline()->selectedEvent(),
                QStringLiteral( "2024-06-19-treaty" ) );
      QCOMPARE( events->selectedFeatures().first().attribute( QStringLiteral( "id" ) ).toString(),
                QStringLiteral( "2024-06-19-treaty" ) );

      // A click on empty sea selects nothing new.
      QTest::mouseClick( canvas->viewport(), Qt::LeftButton, Qt::NoModifier, QPoint( 5, 5 ) );
      QCOMPARE( mWindow->eventPanel()->selectedEventId(), QStringLiteral( "2024-06-19-treaty" ) );
    }

    void clickingALegShowsItsDetails()
    {
      const QStringList files = sampleFiles();
      mWindow->importFiles( files, false );
      // The day of 20 September 2024: one aircraft lane, the Il-62M's two legs.
      mWindow->showTime(
          QDateTime( QDate( 2024, 9, 20 ), QTime( 2, 0 ), QTimeZone::utc() ).toMSecsSinceEpoch(),
          8LL * 3600 * 1000 );
      TimelineWidget *timeline = mWindow->timelinePanel()->timeline();
      QTest::qWait( 50 );
      int lane = -1;
      for ( int index : timeline->shownLanes() )
      {
        const int track = timeline->lanes().at( index ).tracks.first(); // lanes are aircraft
        if ( mWindow->workspace()->tracks()[static_cast<std::size_t>( track )].source.fileName.startsWith(
                 QLatin1String( "2024-09-20_il62m" ) ) )
          lane = index;
      }
      QVERIFY( lane >= 0 );
      // Find the second leg's bar on screen and click it.
      QPoint bar;
      for ( int y = timeline->aircraftLanesRect().top();
            y < timeline->aircraftLanesRect().bottom() && bar.isNull(); y += 2 )
      {
        for ( int x = timeline->width() - 1; x > 0 && bar.isNull(); x -= 2 )
        {
          if ( timeline->legAt( QPoint( x, y ) ) == qMakePair( lane, 1 ) )
            bar = QPoint( x, y );
        }
      }
      QVERIFY( !bar.isNull() );
      QTest::mouseClick( timeline, Qt::LeftButton, Qt::NoModifier, bar );
      QVERIFY( mWindow->flightDock()->isVisible() );
      QVERIFY2( mWindow->flightPanel()->summary()->toPlainText().contains( QStringLiteral( "ZKPY → UHHH" ) ),
                qPrintable( mWindow->flightPanel()->summary()->toPlainText() ) );
      QCOMPARE( mWindow->workspaceLayers()->legsLayer()->selectedFeatureCount(), 1 );

      // A double-click frames that leg on the map (issue 14): Pyongyang to Khabarovsk, closer
      // than the whole data, and not Moscow.
      QgsMapCanvas *canvas = mWindow->mapCanvas();
      mWindow->findChild<QAction *>( QStringLiteral( "actionZoomToData" ) )->trigger();
      const double dataWidth = canvas->extent().width();
      QTest::mouseDClick( timeline, Qt::LeftButton, Qt::NoModifier, bar );
      auto shows = [canvas]( double latitude, double longitude )
      {
        const QgsCoordinateTransform toMap( QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:4326" ) ),
                                            canvas->mapSettings().destinationCrs(), QgsProject::instance() );
        return canvas->extent().contains( toMap.transform( QgsPointXY( longitude, latitude ) ) );
      };
      QVERIFY( shows( 39.22, 125.67 ) ); // ZKPY
      QVERIFY( shows( 48.53, 135.19 ) ); // UHHH
      QVERIFY( !shows( 55.97, 37.41 ) ); // not Moscow
      QVERIFY2( canvas->extent().width() < dataWidth / 3,
                qPrintable( QStringLiteral( "%1 of %2" ).arg( canvas->extent().width() ).arg( dataWidth ) ) );
    }

    void eventEditsAreUndoable()
    {
      mWindow->importFiles( { QStringLiteral( SORTIE_SAMPLES_DIR "/events.json" ) }, false );
      QCOMPARE( mWindow->workspace()->events().size(), 16 );
      auto *undo = mWindow->findChild<QAction *>( QStringLiteral( "actionUndo" ) );
      QVERIFY( !undo->isEnabled() );

      // Add, through the real dialog.
      QTest::mouseClick( mWindow->eventPanel()->findChild<QPushButton *>( QStringLiteral( "addEvent" ) ),
                         Qt::LeftButton );
      auto *dialog = mWindow->findChild<EventDialog *>( QStringLiteral( "eventDialog" ) );
      QVERIFY( dialog );
      QVERIFY( QTest::qWaitForWindowExposed( dialog ) );
      dialog->titleEdit()->clear();
      QTest::keyClicks( dialog->titleEdit(), QStringLiteral( "Analyst's note: second Il-62M seen" ) );
      dialog->startEdit()->clear();
      QTest::keyClicks( dialog->startEdit(), QStringLiteral( "2024-09-21 06:00" ) );
      dialog->accept();
      QCoreApplication::sendPostedEvents(
          nullptr, QEvent::DeferredDelete ); // as the event loop would: the dialog goes
      QCOMPARE( mWindow->workspace()->events().size(), 17 );
      QCOMPARE( mWindow->eventPanel()->table()->model()->rowCount(), 17 );
      QVERIFY( undo->isEnabled() );
      QVERIFY2( undo->text().contains( QStringLiteral( "add event" ) ), qPrintable( undo->text() ) );

      undo->trigger();
      QCOMPARE( mWindow->workspace()->events().size(), 16 );
      mWindow->findChild<QAction *>( QStringLiteral( "actionRedo" ) )->trigger();
      QCOMPARE( mWindow->workspace()->events().size(), 17 );

      // Delete the selected event with the panel's button; undo brings it back, selected.
      QVERIFY( mWindow->eventPanel()->selectEvent( QStringLiteral( "2024-06-19-treaty" ) ) );
      QTest::mouseClick( mWindow->eventPanel()->findChild<QPushButton *>( QStringLiteral( "deleteEvent" ) ),
                         Qt::LeftButton );
      QCOMPARE( mWindow->workspace()->eventIndex( QStringLiteral( "2024-06-19-treaty" ) ), -1 );
      QVERIFY( mWindow->eventPanel()->selectedEventId().isEmpty() );
      undo->trigger();
      QVERIFY( mWindow->workspace()->eventIndex( QStringLiteral( "2024-06-19-treaty" ) ) >= 0 );

      // Edit through the dialog.
      mWindow->editEvent( QStringLiteral( "2024-06-19-treaty" ) );
      QCOMPARE( mWindow->findChildren<EventDialog *>( QStringLiteral( "eventDialog" ) ).size(), 1 );
      dialog = mWindow->findChild<EventDialog *>( QStringLiteral( "eventDialog" ) );
      QVERIFY( dialog );
      dialog->titleEdit()->setText( QStringLiteral( "Treaty signed in Pyongyang" ) );
      dialog->accept();
      QCoreApplication::sendPostedEvents( nullptr, QEvent::DeferredDelete );
      const int index = mWindow->workspace()->eventIndex( QStringLiteral( "2024-06-19-treaty" ) );
      QCOMPARE( mWindow->workspace()->events().at( index ).title,
                QStringLiteral( "Treaty signed in Pyongyang" ) );
      QCOMPARE( mWindow->workspace()->events().at( index ).sources.size(), 2 ); // kept through the dialog
      QCOMPARE( mWindow->eventPanel()->selectedEventId(), QStringLiteral( "2024-06-19-treaty" ) );
      undo->trigger();
      QCOMPARE( mWindow->workspace()->events().at( index ).title.left( 15 ),
                QStringLiteral( "Putin-Kim summi" ) );
    }

    void importReportListsEveryProblem()
    {
      mWindow->importFiles( { QStringLiteral( SORTIE_TEST_DATA_DIR "/fr24/bad_rows.csv" ),
                              QStringLiteral( SORTIE_TEST_DATA_DIR "/misc/empty.csv" ) } );
      auto *report = mWindow->findChild<QDialog *>( QStringLiteral( "importReportDialog" ) );
      QVERIFY( report );
      QVERIFY( QTest::qWaitForWindowExposed( report ) );
      auto *problems = report->findChild<QTableWidget *>( QStringLiteral( "problemTable" ) );
      QCOMPARE( problems->rowCount(), 6 ); // five bad rows and the empty file
      QCOMPARE( problems->item( 0, 0 )->text(), QStringLiteral( "bad_rows.csv" ) );
      QCOMPARE( problems->item( 0, 1 )->text(), QStringLiteral( "3" ) );
      QCOMPARE( problems->item( 5, 2 )->text(), QStringLiteral( "empty file" ) );
      report->close();
      QCOMPARE( mWindow->workspace()->tracks().size(), std::size_t( 1 ) ); // the good rows loaded
    }

    void closingWhileRenderingIsSafe()
    {
      // QGIS 3.22 orphans a running render job whenever a new render starts; an orphan
      // that outlives the canvas or its layers crashes later (see canvasrendering.h).
      // Start renders on top of renders, then tear everything down at once.
      for ( int attempt = 0; attempt < 16; ++attempt )
      {
        auto project = std::make_unique<QgsProject>();
        auto window = std::make_unique<MainWindow>( project.get() );
        window->show();
        QVERIFY( QTest::qWaitForWindowExposed( window.get() ) );
        for ( int zoom = 0; zoom < 4; ++zoom )
        {
          window->mapCanvas()->zoomByFactor( 0.8 );
          window->mapCanvas()->refreshAllLayers();
          QTest::qWait( 2 + attempt % 8 );
        }
        window.reset();
        project.reset();
        QTest::qWait( 100 ); // any orphan left behind would finish, and crash, here
      }
    }

  private:
    std::unique_ptr<QgsProject> mProject;
    std::unique_ptr<MainWindow> mWindow;
};

SORTIE_APP_TEST_MAIN( TestMainWindow )

#include "test_mainwindow.moc"
