#include "models/analysis/trackposition.h"

#include "models/geo/geodesy.h"

#include <algorithm>
#include <cmath>

namespace sortie
{

namespace
{
// Index of the last fix at or before `timeMs`, or -1.
int fixAtOrBefore( const Track &track, std::int64_t timeMs )
{
  const std::vector<std::int64_t> &times = track.times();
  const auto after = std::upper_bound( times.cbegin(), times.cend(), timeMs );
  return static_cast<int>( after - times.cbegin() ) - 1;
}
} // namespace

std::optional<PositionAt> positionAt( const Track &track, std::int64_t timeMs, bool endedInFlight,
                                      const PositionSettings &settings )
{
  const int n = track.size();
  if ( n == 0 )
    return std::nullopt;
  const int i = fixAtOrBefore( track, timeMs );
  if ( i < 0 )
    return std::nullopt;

  PositionAt result;
  result.lastFix = i;
  result.sinceLastFixMs = timeMs - track.timeMs( i );
  if ( i == n - 1 )
  {
    if ( result.sinceLastFixMs == 0 )
    {
      result.position = track.position( i );
      result.altitudeMetres = track.altitudeMetres( i );
      result.headingDegrees =
          i > 0 ? geodesy::initialBearingDegrees( track.position( i - 1 ), track.position( i ) ) : 0.0;
      return result;
    }
    if ( !endedInFlight || result.sinceLastFixMs > settings.darkAfterEndMs )
      return std::nullopt;
    result.state = PositionAt::State::Dark;
    result.position = track.position( i );
    result.altitudeMetres = track.altitudeMetres( i );
    result.headingDegrees =
        i > 0 ? geodesy::initialBearingDegrees( track.position( i - 1 ), track.position( i ) ) : 0.0;
    return result;
  }

  const GeoPoint from = track.position( i );
  const GeoPoint to = track.position( i + 1 );
  const std::int64_t span = track.timeMs( i + 1 ) - track.timeMs( i );
  result.headingDegrees = geodesy::initialBearingDegrees( from, to );
  if ( span > settings.gapThresholdMs )
  {
    // In a gap: where it was last seen, never a guess across the gap.
    result.state = PositionAt::State::Dark;
    result.position = from;
    result.altitudeMetres = track.altitudeMetres( i );
    return result;
  }
  const double fraction = span > 0 ? static_cast<double>( result.sinceLastFixMs ) / span : 0.0;
  result.position = geodesy::intermediatePoint( from, to, fraction );
  result.position.longitude = geodesy::normalizedLongitude( result.position.longitude );
  const float a0 = track.altitudeMetres( i );
  const float a1 = track.altitudeMetres( i + 1 );
  result.altitudeMetres =
      std::isnan( a0 ) || std::isnan( a1 ) ? a0 : static_cast<float>( a0 + ( a1 - a0 ) * fraction );
  return result;
}

QVector<QPair<int, int>> trailRanges( const Track &track, std::int64_t timeMs, std::int64_t lengthMs,
                                      const PositionSettings &settings )
{
  QVector<QPair<int, int>> ranges;
  const int last = fixAtOrBefore( track, timeMs );
  if ( last < 0 || lengthMs <= 0 )
    return ranges;
  const std::vector<std::int64_t> &times = track.times();
  const int first = static_cast<int>(
      std::lower_bound( times.cbegin(), times.cbegin() + last + 1, timeMs - lengthMs ) - times.cbegin() );
  int start = first;
  for ( int i = first + 1; i <= last; ++i )
  {
    if ( times[static_cast<std::size_t>( i )] - times[static_cast<std::size_t>( i - 1 )] >
         settings.gapThresholdMs )
    {
      ranges.append( { start, i - 1 } );
      start = i;
    }
  }
  ranges.append( { start, last } );
  return ranges;
}

QVector<QVector<TrailPoint>> trailAt( const Track &track, std::int64_t timeMs, std::int64_t lengthMs,
                                      const PositionSettings &settings )
{
  QVector<QVector<TrailPoint>> pieces;
  const QVector<QPair<int, int>> ranges = trailRanges( track, timeMs, lengthMs, settings );
  for ( int r = 0; r < ranges.size(); ++r )
  {
    QVector<TrailPoint> piece;
    for ( int i = ranges.at( r ).first; i <= ranges.at( r ).second; ++i )
      piece.append( { track.position( i ), track.timeMs( i ) } );
    // The last piece ends at the current position when it is interpolated (not across a gap).
    if ( r == ranges.size() - 1 )
    {
      if ( const std::optional<PositionAt> now = positionAt( track, timeMs, false, settings ) )
      {
        if ( now->state == PositionAt::State::Live && now->sinceLastFixMs > 0 )
          piece.append( { now->position, timeMs } );
      }
    }
    if ( piece.size() >= 2 )
      pieces.append( piece );
  }
  return pieces;
}

} // namespace sortie
