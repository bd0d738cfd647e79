#include "models/domain/track.h"

#include <QCryptographicHash>
#include <QSet>

#include <algorithm>
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

namespace
{
std::int32_t toE7( double degrees )
{
  return static_cast<std::int32_t>( std::lround( degrees * 1e7 ) );
}
} // namespace

void Track::reserve( std::size_t count )
{
  mTimeMs.reserve( count );
  mLatE7.reserve( count );
  mLonE7.reserve( count );
  mAltitude.reserve( count );
  mSpeed.reserve( count );
  mTrack.reserve( count );
  mVerticalRate.reserve( count );
  mFlags.reserve( count );
}

void Track::append( const TrackPoint &point )
{
  mTimeMs.push_back( point.timeMs );
  mLatE7.push_back( toE7( point.latitude ) );
  mLonE7.push_back( toE7( point.longitude ) );
  mAltitude.push_back( point.altitudeMetres );
  mSpeed.push_back( point.groundSpeedMps );
  mTrack.push_back( point.trackDegrees );
  mVerticalRate.push_back( point.verticalRateMps );
  mFlags.push_back( point.flags );
}

GeoPoint Track::position( int index ) const
{
  const auto i = static_cast<std::size_t>( index );
  return { mLatE7[i] * 1e-7, mLonE7[i] * 1e-7 };
}

TrackPoint Track::point( int index ) const
{
  const auto i = static_cast<std::size_t>( index );
  TrackPoint p;
  p.timeMs = mTimeMs[i];
  p.latitude = mLatE7[i] * 1e-7;
  p.longitude = mLonE7[i] * 1e-7;
  p.altitudeMetres = mAltitude[i];
  p.groundSpeedMps = mSpeed[i];
  p.trackDegrees = mTrack[i];
  p.verticalRateMps = mVerticalRate[i];
  p.flags = mFlags[i];
  return p;
}

int Track::sortByTime()
{
  const std::size_t n = mTimeMs.size();
  if ( n == 0 )
    return 0;
  // Most files come in order without repeats: then there is nothing to copy.
  const bool inOrder = std::is_sorted( mTimeMs.begin(), mTimeMs.end() );
  if ( inOrder )
  {
    bool repeats = false;
    for ( std::size_t i = 1; i < n && !repeats; ++i )
      repeats = mTimeMs[i] == mTimeMs[i - 1] && mLatE7[i] == mLatE7[i - 1] && mLonE7[i] == mLonE7[i - 1];
    if ( !repeats )
      return 0;
  }
  std::vector<std::size_t> order( n );
  std::iota( order.begin(), order.end(), 0 );
  if ( !inOrder )
    std::stable_sort( order.begin(), order.end(),
                      [this]( std::size_t a, std::size_t b ) { return mTimeMs[a] < mTimeMs[b]; } );

  Track sorted;
  sorted.reserve( n );
  int dropped = 0;
  for ( std::size_t k = 0; k < n; ++k )
  {
    const std::size_t i = order[k];
    if ( k > 0 )
    {
      const std::size_t previous = order[k - 1];
      if ( mTimeMs[i] == mTimeMs[previous] && mLatE7[i] == mLatE7[previous] && mLonE7[i] == mLonE7[previous] )
      {
        ++dropped;
        continue;
      }
    }
    sorted.append( point( static_cast<int>( i ) ) );
  }
  mTimeMs.swap( sorted.mTimeMs );
  mLatE7.swap( sorted.mLatE7 );
  mLonE7.swap( sorted.mLonE7 );
  mAltitude.swap( sorted.mAltitude );
  mSpeed.swap( sorted.mSpeed );
  mTrack.swap( sorted.mTrack );
  mVerticalRate.swap( sorted.mVerticalRate );
  mFlags.swap( sorted.mFlags );
  return dropped;
}

void Track::squeeze()
{
  mTimeMs.shrink_to_fit();
  mLatE7.shrink_to_fit();
  mLonE7.shrink_to_fit();
  mAltitude.shrink_to_fit();
  mSpeed.shrink_to_fit();
  mTrack.shrink_to_fit();
  mVerticalRate.shrink_to_fit();
  mFlags.shrink_to_fit();
}

std::size_t Track::memoryBytes() const
{
  return mTimeMs.capacity() * sizeof( std::int64_t ) +
         ( mLatE7.capacity() + mLonE7.capacity() ) * sizeof( std::int32_t ) +
         ( mAltitude.capacity() + mSpeed.capacity() + mTrack.capacity() + mVerticalRate.capacity() ) *
             sizeof( float ) +
         mFlags.capacity();
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
  add( mTimeMs );
  add( mLatE7 );
  add( mLonE7 );
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
