// Scrubbing: how long a frame takes when the analyst drags the timeline, with 1,000,000
// and 10,000,000 positions loaded. Targets (issue "The timeline scrubber..."): p95 at most
// 16 ms with 1 M points, at most 50 ms with 10 M.
//
// A frame: the TimeController moves by 30 s, the timeline widget repaints, the map canvas
// redraws what changed, until QgsMapCanvas::mapCanvasRefreshed. Everything runs offscreen
// (QT_QPA_PLATFORM=offscreen) on a 1280x800 canvas over the basemap.
//
// Two ways of drawing the moving positions:
// - Sortie's fast path: AircraftLayer, positions and 45-minute trails found by binary
//   search in the tracks' time columns.
// - QGIS's own temporal filtering: the same positions as a memory point layer with a time
//   field, "instant from field", the canvas temporal range the last 45 minutes (the trail).
//
// Run (outside the test sandbox it would write QGIS's profile under HOME):
//   tests/run-isolated.sh /tmp/sortie-bench build/tests/benchmarks/bench_scrub
// Results: docs/benchmarks.md.
#include "app/map/aircraftlayer.h"
#include "app/map/basemap.h"
#include "app/map/canvasrendering.h"
#include "app/map/mapregion.h"
#include "app/project/teamarchivefeed.h"
#include "models/geo/geodesy.h"
#include "models/time/timecontroller.h"
#include "tests/benchmarks/benchsupport.h"
#include "tests/benchmarks/qgisbenchmarkmain.h"
#include "tests/benchmarks/synthetictracks.h"
#include "tests/benchmarks/teamarchivefill.h"
#include "tests/support/pgserver.h"
#include "widgets/timeline/timelinewidget.h"

#include <qgsmapcanvas.h>
#include <qgsmarkersymbol.h>
#include <qgsproject.h>
#include <qgssinglesymbolrenderer.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayertemporalproperties.h>

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTimeZone>

#include <algorithm>
#include <benchmark/benchmark.h>
#include <memory>

using namespace sortie;

namespace
{
constexpr int kAircraft = 200;
constexpr std::int64_t kStart = bench::kSyntheticStart;
constexpr std::int64_t kFrameStepMs = 30 * 1000;
constexpr std::int64_t kTrailMs = 45 * 60 * 1000;

// `pointsPerAircraft` fixes per aircraft, shuttling between two fields of the region.
AircraftSnapshot makeAircraft( int pointsPerAircraft, std::int64_t intervalMs )
{
  auto aircraft = std::make_shared<std::vector<AircraftEntry>>();
  aircraft->reserve( kAircraft );
  int a = 0;
  for ( Track &track : bench::makeShuttleTracks( kAircraft, pointsPerAircraft, intervalMs ) )
    aircraft->push_back(
        { std::make_shared<const Track>( std::move( track ) ), QStringLiteral( "A%1" ).arg( a++ ), false } );
  return aircraft;
}

// The same positions as a QGIS memory layer, time-enabled on an instant field.
QgsVectorLayer *makeTemporalPointLayer( const AircraftSnapshot &aircraft )
{
  auto *layer = new QgsVectorLayer( QStringLiteral( "Point?crs=EPSG:4326&field=t:datetime" ),
                                    QStringLiteral( "positions" ), QStringLiteral( "memory" ) );
  QgsFeatureList batch;
  batch.reserve( 100000 );
  for ( const AircraftEntry &entry : *aircraft )
  {
    for ( int i = 0; i < entry.track->size(); ++i )
    {
      QgsFeature feature( layer->fields() );
      const GeoPoint p = entry.track->position( i );
      feature.setGeometry( QgsGeometry::fromPointXY( QgsPointXY( p.longitude, p.latitude ) ) );
      feature.setAttributes(
          QgsAttributes() << QDateTime::fromMSecsSinceEpoch( entry.track->timeMs( i ), QTimeZone::utc() ) );
      batch.append( feature );
      if ( batch.size() == 100000 )
      {
        layer->dataProvider()->addFeatures( batch );
        batch.clear();
      }
    }
  }
  layer->dataProvider()->addFeatures( batch );
  layer->setRenderer( new QgsSingleSymbolRenderer( QgsMarkerSymbol::createSimple( {
      { QStringLiteral( "name" ), QStringLiteral( "circle" ) },
      { QStringLiteral( "color" ), QStringLiteral( "#d35400" ) },
      { QStringLiteral( "outline_style" ), QStringLiteral( "no" ) },
      { QStringLiteral( "size" ), QStringLiteral( "0.6" ) },
  } ) ) );
  auto *temporal = qobject_cast<QgsVectorLayerTemporalProperties *>( layer->temporalProperties() );
  temporal->setMode( Qgis::VectorTemporalMode::FeatureDateTimeInstantFromField );
  temporal->setStartField( QStringLiteral( "t" ) );
  temporal->setIsActive( true );
  return layer;
}

// A map canvas and a timeline, as in the window, offscreen.
struct Scene
{
    QgsProject project;
    std::unique_ptr<QgsMapCanvas> canvas;
    TimeController clock;
    std::unique_ptr<TimelineWidget> timeline;

    explicit Scene( QgsMapLayer *moving, std::int64_t start = kStart )
    {
      canvas = std::make_unique<QgsMapCanvas>();
      canvas->setProject( &project );
      canvas->setDestinationCrs( mapregion::defaultCrs() );
      canvas->setCachingEnabled( true );
      canvas->setParallelRenderingEnabled( true );
      QString error;
      QgsVectorLayer *basemap = basemap::createCountriesLayer( SortieApplication::basemapPath(),
                                                               basemap::defaultPalette(), &error );
      project.addMapLayer( basemap );
      project.addMapLayer( moving );
      canvas->setLayers( { moving, basemap } );
      canvas->resize( 1280, 800 );
      canvas->show();
      canvas->setExtent( mapregion::regionExtent( mapregion::defaultRegionWgs84(),
                                                  canvas->mapSettings().destinationCrs() ) );
      timeline = std::make_unique<TimelineWidget>( &clock );
      timeline->resize( 1280, 230 );
      timeline->show();
      clock.setVisibleRange( { start, start + 24 * 3600 * 1000LL } );
      clock.setCurrentTime( start + 4 * 3600 * 1000LL );
      renderAndWait(); // warm the basemap cache
    }
    ~Scene()
    {
      settleCanvasRendering( canvas.get() );
      canvas.reset();
      project.clear();
    }
    double renderAndWait()
    {
      QElapsedTimer timer;
      timer.start();
      QSignalSpy refreshed( canvas.get(), &QgsMapCanvas::mapCanvasRefreshed );
      canvas->refresh();
      refreshed.wait( 120000 );
      QCoreApplication::processEvents(); // the timeline's repaint
      return timer.nsecsElapsed() / 1e6;
    }
};

// The frames of one benchmark: each moves the clock as a drag does and waits for the
// canvas (up to @p timeoutMs) and the timeline to redraw.
void scrubFrames( benchmark::State &state, Scene &scene, int timeoutMs )
{
  std::vector<double> frames;
  for ( auto _ : state )
  {
    QElapsedTimer timer;
    timer.start();
    QSignalSpy refreshed( scene.canvas.get(), &QgsMapCanvas::mapCanvasRefreshed );
    scene.clock.setCurrentTime( scene.clock.currentTime() + kFrameStepMs );
    refreshed.wait( timeoutMs );
    QCoreApplication::processEvents();
    const double ms = timer.nsecsElapsed() / 1e6;
    frames.push_back( ms );
    state.SetIterationTime( ms / 1000.0 );
  }
  bench::reportPercentiles( state, frames );
}

void BM_ScrubFastPath( benchmark::State &state )
{
  const int points = static_cast<int>( state.range( 0 ) );
  const AircraftSnapshot aircraft = makeAircraft( points / kAircraft, points >= 10000000 ? 1000 : 10000 );
  auto *layer = new AircraftLayer();
  layer->setAircraft( aircraft );
  Scene scene( layer );
  QObject::connect( &scene.clock, &TimeController::currentTimeChanged, layer,
                    [layer]( std::int64_t t ) { layer->setTime( t ); } );
  scrubFrames( state, scene, 120000 );
  state.counters["points"] = points;
}
BENCHMARK( BM_ScrubFastPath )
    ->Arg( 0 )
    ->Arg( 1000000 )
    ->Arg( 10000000 )
    ->Iterations( 60 )
    ->UseManualTime()
    ->Unit( benchmark::kMillisecond );

void BM_ScrubQgisTemporal( benchmark::State &state )
{
  const int points = static_cast<int>( state.range( 0 ) );
  const AircraftSnapshot aircraft = makeAircraft( points / kAircraft, points >= 10000000 ? 1000 : 10000 );
  QgsVectorLayer *layer = makeTemporalPointLayer( aircraft );
  Scene scene( layer );
  QObject::connect( &scene.clock, &TimeController::currentTimeChanged, scene.canvas.get(),
                    [&scene]( std::int64_t t )
                    {
                      scene.canvas->setTemporalRange(
                          QgsDateTimeRange( QDateTime::fromMSecsSinceEpoch( t - kTrailMs, QTimeZone::utc() ),
                                            QDateTime::fromMSecsSinceEpoch( t, QTimeZone::utc() ) ) );
                    } );
  scrubFrames( state, scene, 600000 );
  state.counters["points"] = points;
}
// Fewer frames: each takes long, and 10 M features cost QGIS's memory provider gigabytes.
BENCHMARK( BM_ScrubQgisTemporal )
    ->Arg( 1000000 )
    ->Iterations( 20 )
    ->UseManualTime()
    ->Unit( benchmark::kMillisecond );
BENCHMARK( BM_ScrubQgisTemporal )
    ->Arg( 10000000 )
    ->Iterations( 5 )
    ->UseManualTime()
    ->Unit( benchmark::kMillisecond );
// A team project's archive (issue 16): 10 million positions in a real PostgreSQL server, the
// week around the clock read by TeamArchiveFeed into its own AircraftLayer, as the window does.
// The frames start 25 hours before the loaded week's end and go on across the reload that
// nearing the edge starts (the next week read on a worker while the frames go on) and past the
// edge into the new week: frames inside the week, during a read and after it.
void BM_ScrubTeamArchive( benchmark::State &state )
{
  test::PgServer server;
  const QString schema = QStringLiteral( "bench" );
  if ( !server.start() || !bench::fillTeamArchive( server.connection(), schema ) )
  {
    state.SkipWithError( "no PostgreSQL server for the archive" );
    return;
  }
  const std::optional<teamarchive::Extent> extent = teamarchive::extent( server.connection(), schema );
  const std::int64_t start = bench::kArchiveYearStartMs + 180LL * 24 * 3600 * 1000; // July
  {
    TeamArchiveFeed feed( server.connection(), schema, *extent );
    int loads = 0;
    qint64 positions = 0;
    QObject::connect( &feed, &TeamArchiveFeed::loaded,
                      [&]( qint64 count, int, const TimeRange &, qint64, bool )
                      {
                        ++loads;
                        positions = count;
                      } );
    Scene scene( feed.layer(), start );
    QObject::connect( &scene.clock, &TimeController::currentTimeChanged, &feed, &TeamArchiveFeed::setTime );
    feed.setTime( scene.clock.currentTime() );
    QElapsedTimer first;
    first.start();
    while ( loads == 0 && first.elapsed() < 60000 )
      QCoreApplication::processEvents( QEventLoop::WaitForMoreEvents, 50 );
    if ( loads == 0 || !feed.loadedWindow() )
    {
      state.SkipWithError( "the archive's first week did not arrive" );
      return;
    }
    const qint64 firstWeek = positions;
    // 25 hours before the week's end, each frame a step of 30 s: the frames (Iterations) go
    // through the reload a day before the edge, and past the edge into the week read then.
    scene.clock.setCurrentTime( feed.loadedWindow()->end - 25LL * 3600 * 1000 );
    scene.renderAndWait();
    scrubFrames( state, scene, 120000 );
    state.counters["week_positions"] = static_cast<double>( firstWeek );
    state.counters["loads"] = loads;
  }
  server.stop();
}
BENCHMARK( BM_ScrubTeamArchive )->Iterations( 3100 )->UseManualTime()->Unit( benchmark::kMillisecond );
} // namespace

int main( int argc, char **argv )
{
  return bench::runWithQgis( argc, argv );
}
