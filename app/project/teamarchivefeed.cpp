#include "app/project/teamarchivefeed.h"

#include "app/map/aircraftlayer.h"

#include <QDateTime>
#include <QtConcurrent>

namespace sortie
{

TeamArchiveFeed::TeamArchiveFeed( const QString &connection, const QString &schema,
                                  const teamarchive::Extent &extent, QObject *parent )
  : QObject( parent )
  , mConnection( connection )
  , mSchema( schema )
  , mExtent( extent )
  , mLayer( new AircraftLayer( tr( "Archive positions (team database)" ) ) )
{
  connect( &mWatcher, &QFutureWatcher<Loaded>::finished, this, &TeamArchiveFeed::show );
}

TeamArchiveFeed::~TeamArchiveFeed()
{
  // A read under way finishes on its worker, on copies, and is dropped: never waited for here
  // (a week of a big archive, or a server that does not answer, would freeze the window).
  mWatcher.disconnect( this );
}

void TeamArchiveFeed::setTime( std::int64_t timeMs )
{
  mTime = timeMs;
  if ( !mLayer )
    return; // taken off the map: nothing more is read
  mLayer->setTime( timeMs );
  const auto nearEdge = [timeMs]( const TimeRange &window )
  { return timeMs < window.start + kReloadMarginMs || timeMs >= window.end - kReloadMarginMs; };
  // The archive's own ends are no edge: nothing lies beyond them.
  const TimeRange archive = extent();
  const auto needsLoad = [&]( const TimeRange &window )
  {
    return !window.contains( timeMs ) ||
           ( nearEdge( window ) &&
             ( ( timeMs < window.start + kReloadMarginMs && window.start > archive.start ) ||
               ( timeMs >= window.end - kReloadMarginMs && window.end <= archive.end ) ) );
  };
  if ( mLoading )
  {
    // One read at a time: the time it ends up at is read next, if this one does not cover it.
    mWanted = needsLoad( *mLoading ) ? std::optional<std::int64_t>( timeMs ) : std::nullopt;
    return;
  }
  if ( !mLoaded || needsLoad( *mLoaded ) )
    load( timeMs );
}

void TeamArchiveFeed::load( std::int64_t centreMs )
{
  const TimeRange window{ centreMs - kWindowMs / 2, centreMs + kWindowMs / 2 };
  mLoading = window;
  mWanted.reset();
  mStartedMs = QDateTime::currentMSecsSinceEpoch();
  // Its own connection on the worker: the window's thread goes on drawing the old week.
  const QString connection = mConnection, schema = mSchema;
  mWatcher.setFuture( QtConcurrent::run(
      [connection, schema, window]
      {
        // The layer's entries made here too: the window's thread only swaps them in.
        Loaded loaded;
        loaded.window = teamarchive::read( connection, schema, window.start, window.end, kMaxPositions );
        auto aircraft = std::make_shared<std::vector<AircraftEntry>>();
        aircraft->reserve( loaded.window.tracks.size() );
        for ( Track &track : loaded.window.tracks )
        {
          AircraftEntry entry;
          entry.label =
              track.identity.callsigns.isEmpty()
                  ? track.identity.icao24
                  : QStringLiteral( "%1 %2" ).arg( track.identity.callsigns.first(), track.identity.icao24 );
          entry.track = std::make_shared<const Track>( std::move( track ) );
          aircraft->push_back( std::move( entry ) );
        }
        loaded.window.tracks.clear();
        loaded.aircraft = std::move( aircraft );
        return loaded;
      } ) );
}

void TeamArchiveFeed::show()
{
  const Loaded arrived = mWatcher.result();
  const teamarchive::Window &window = arrived.window;
  mLoading.reset();
  if ( !window.error.isEmpty() )
  {
    // Not tried again for every frame: the next read is when the time leaves this window.
    mLoaded = TimeRange{ window.fromMs, window.toMs };
    emit failed( window.error );
  }
  else if ( mLayer )
  {
    mLayer->setAircraft( arrived.aircraft );
    mLayer->setTime( mTime );
    mLoaded = TimeRange{ window.fromMs, window.toMs };
    emit loaded( window.positions, static_cast<int>( arrived.aircraft->size() ), *mLoaded,
                 QDateTime::currentMSecsSinceEpoch() - mStartedMs, window.truncated );
  }
  if ( mWanted )
  {
    const std::int64_t wanted = *mWanted;
    mWanted.reset();
    setTime( wanted );
  }
}

} // namespace sortie
