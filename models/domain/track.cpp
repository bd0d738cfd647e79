#include "models/domain/track.h"

#include <QCryptographicHash>
#include <QSet>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <numeric>

namespace sortie
{

QString AircraftIdentity::label() const
{
  if ( !registration.isEmpty() )
    return registration;
  if ( !callsigns.isEmpty() )
    return callsigns.first();
  if ( !icao24.isEmpty() )
    return icao24;
  if ( !aircraftType.isEmpty() )
    return aircraftType + QStringLiteral( " (unidentified)" ); // the type is known, the airframe not
  return QStringLiteral( "unidentified" );
}

QString AircraftIdentity::shortLabel() const
{
  if ( !registration.isEmpty() )
    return registration;
  if ( !aircraftType.isEmpty() )
    return aircraftType;
  return label();
}

AircraftIdentity AircraftIdentity::fromSource() const
{
  AircraftIdentity source = *this;
  if ( fromDatabase.contains( QStringLiteral( "registration" ) ) )
    source.registration.clear();
  if ( fromDatabase.contains( QStringLiteral( "aircraftType" ) ) )
    source.aircraftType.clear();
  if ( fromDatabase.contains( QStringLiteral( "operator" ) ) )
    source.operatorName.clear();
  if ( fromDatabase.contains( QStringLiteral( "military" ) ) )
    source.military = false;
  source.fromDatabase.clear();
  return source;
}

namespace
{
std::int32_t toE7( double degrees )
{
  return static_cast<std::int32_t>( std::lround( degrees * 1e7 ) );
}
} // namespace

const Track::Columns &Track::noColumns()
{
  static const Columns kNone;
  return kNone;
}

Track::Columns &Track::ownColumns()
{
  // use_count() is exact here: this Track is used by one thread, and any other holder of the
  // same columns is another Track, which only reads them.
  if ( !mColumns )
    mColumns = std::make_shared<Columns>();
  else if ( mColumns.use_count() > 1 )
    mColumns = std::make_shared<Columns>( *mColumns );
  else
    // Alone now, perhaps since a worker dropped its copy: its reads come before our writes
    // (use_count() is a relaxed load; Qt's implicit sharing fences the same way).
    std::atomic_thread_fence( std::memory_order_acquire );
  return *mColumns;
}

void Track::reserve( std::size_t count )
{
  Columns &c = ownColumns();
  c.timeMs.reserve( count );
  c.latE7.reserve( count );
  c.lonE7.reserve( count );
  c.altitude.reserve( count );
  c.speed.reserve( count );
  c.track.reserve( count );
  c.verticalRate.reserve( count );
  c.flags.reserve( count );
}

void Track::append( const TrackPoint &point )
{
  Columns &c = ownColumns();
  c.timeMs.push_back( point.timeMs );
  c.latE7.push_back( toE7( point.latitude ) );
  c.lonE7.push_back( toE7( point.longitude ) );
  c.altitude.push_back( point.altitudeMetres );
  c.speed.push_back( point.groundSpeedMps );
  c.track.push_back( point.trackDegrees );
  c.verticalRate.push_back( point.verticalRateMps );
  c.flags.push_back( point.flags );
}

GeoPoint Track::position( int index ) const
{
  const auto i = static_cast<std::size_t>( index );
  const Columns &c = columns();
  return { c.latE7[i] * 1e-7, c.lonE7[i] * 1e-7 };
}

TrackPoint Track::point( int index ) const
{
  const auto i = static_cast<std::size_t>( index );
  const Columns &c = columns();
  TrackPoint p;
  p.timeMs = c.timeMs[i];
  p.latitude = c.latE7[i] * 1e-7;
  p.longitude = c.lonE7[i] * 1e-7;
  p.altitudeMetres = c.altitude[i];
  p.groundSpeedMps = c.speed[i];
  p.trackDegrees = c.track[i];
  p.verticalRateMps = c.verticalRate[i];
  p.flags = c.flags[i];
  return p;
}

int Track::sortByTime()
{
  const Columns &c = columns();
  const std::vector<std::int64_t> &times = c.timeMs;
  const std::vector<std::int32_t> &lats = c.latE7;
  const std::vector<std::int32_t> &lons = c.lonE7;
  const std::size_t n = times.size();
  if ( n == 0 )
    return 0;
  // Most files come in order without repeats: then there is nothing to copy.
  const bool inOrder = std::is_sorted( times.begin(), times.end() );
  if ( inOrder )
  {
    bool repeats = false;
    for ( std::size_t i = 1; i < n && !repeats; ++i )
      repeats = times[i] == times[i - 1] && lats[i] == lats[i - 1] && lons[i] == lons[i - 1];
    if ( !repeats )
      return 0;
  }
  std::vector<std::size_t> order( n );
  std::iota( order.begin(), order.end(), 0 );
  if ( !inOrder )
    std::stable_sort( order.begin(), order.end(),
                      [&times]( std::size_t a, std::size_t b ) { return times[a] < times[b]; } );

  Track sorted;
  sorted.reserve( n );
  int dropped = 0;
  for ( std::size_t k = 0; k < n; ++k )
  {
    const std::size_t i = order[k];
    if ( k > 0 )
    {
      const std::size_t previous = order[k - 1];
      if ( times[i] == times[previous] && lats[i] == lats[previous] && lons[i] == lons[previous] )
      {
        ++dropped;
        continue;
      }
    }
    sorted.append( point( static_cast<int>( i ) ) );
  }
  mColumns = std::move( sorted.mColumns ); // the others sharing the old columns keep them
  return dropped;
}

void Track::squeeze()
{
  if ( !mColumns )
    return;
  Columns &c = ownColumns();
  c.timeMs.shrink_to_fit();
  c.latE7.shrink_to_fit();
  c.lonE7.shrink_to_fit();
  c.altitude.shrink_to_fit();
  c.speed.shrink_to_fit();
  c.track.shrink_to_fit();
  c.verticalRate.shrink_to_fit();
  c.flags.shrink_to_fit();
}

std::size_t Track::memoryBytes() const
{
  const Columns &c = columns();
  return c.timeMs.capacity() * sizeof( std::int64_t ) +
         ( c.latE7.capacity() + c.lonE7.capacity() ) * sizeof( std::int32_t ) +
         ( c.altitude.capacity() + c.speed.capacity() + c.track.capacity() + c.verticalRate.capacity() ) *
             sizeof( float ) +
         c.flags.capacity();
}

QString Track::contentKey() const
{
  QCryptographicHash hash( QCryptographicHash::Sha256 );
  hash.addData( identity.icao24.toLower().toUtf8() );
  hash.addData( QByteArray( "\n" ) );
  // The columns as stored: the same positions give the same bytes on every machine (the
  // integers are little-endian on every platform Sortie builds for).
  auto add = [&hash]( const auto &column )
  {
    if ( !column.empty() )
      hash.addData( QByteArray::fromRawData( reinterpret_cast<const char *>( column.data() ),
                                             static_cast<int>( column.size() * sizeof( column.front() ) ) ) );
  };
  const Columns &c = columns();
  add( c.timeMs );
  add( c.latE7 );
  add( c.lonE7 );
  return QStringLiteral( "t-" ) + QString::fromLatin1( hash.result().left( 16 ).toHex() );
}

int identifyTracks( std::vector<Track> &tracks, const std::function<bool( const QString & )> &isTaken,
                    bool dropTaken, const std::function<void( const Track & )> &onDropped )
{
  QSet<QString> seen;
  auto taken = [&]( const QString &id ) { return seen.contains( id ) || ( isTaken && isTaken( id ) ); };
  std::vector<Track> kept;
  kept.reserve( tracks.size() );
  int dropped = 0;
  for ( Track &track : tracks )
  {
    if ( track.id.isEmpty() )
      track.id = track.contentKey();
    if ( taken( track.id ) )
    {
      if ( dropTaken )
      {
        if ( onDropped )
          onDropped( track );
        ++dropped;
        continue;
      }
      const QString base = track.id;
      for ( int n = 2; taken( track.id ); ++n )
        track.id = QStringLiteral( "%1-%2" ).arg( base ).arg( n );
    }
    seen.insert( track.id );
    kept.push_back( std::move( track ) );
  }
  tracks = std::move( kept );
  return dropped;
}

} // namespace sortie
