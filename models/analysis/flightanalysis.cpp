#include "models/analysis/flightanalysis.h"

#include "models/geo/geodesy.h"

#include <cmath>

namespace sortie
{

namespace
{
// Speed implied by the positions around `i`, for sources that give no speed (GPX, KML).
float impliedSpeedMps( const Track &track, int i )
{
  const int before = i > 0 ? i - 1 : i;
  const int after = i + 1 < track.size() ? i + 1 : i;
  if ( before == after )
    return TrackPoint::kUnknown;
  const double seconds = ( track.timeMs( after ) - track.timeMs( before ) ) / 1000.0;
  if ( seconds <= 0 )
    return TrackPoint::kUnknown;
  return static_cast<float>( geodesy::distanceMetres( track.position( before ), track.position( after ) ) /
                             seconds );
}
} // namespace

std::vector<bool> groundStates( const Track &track, const FlightAnalysisSettings &settings )
{
  const int n = track.size();
  std::vector<bool> ground( static_cast<std::size_t>( n ), false );
  for ( int i = 0; i < n; ++i )
  {
    const std::uint8_t flags = track.flags( i );
    bool onGround = false;
    if ( flags & PointOnGroundKnown )
    {
      onGround = ( flags & PointOnGround ) != 0;
    }
    else
    {
      const float altitude = track.altitudeMetres( i );
      float speed = track.groundSpeedMps( i );
      if ( std::isnan( speed ) )
        speed = impliedSpeedMps( track, i );
      if ( !std::isnan( altitude ) && altitude <= settings.groundAltitudeMetres )
        onGround = std::isnan( speed ) || speed < 2 * settings.groundSpeedMps;
      else if ( std::isnan( altitude ) && !std::isnan( speed ) )
        onGround = speed < settings.groundSpeedMps;
    }
    ground[static_cast<std::size_t>( i )] = onGround;
  }

  // A lone ground position between airborne ones, with no gap around it, is a glitch
  // (a dropped altitude), not a landing.
  for ( int i = 1; i + 1 < n; ++i )
  {
    const auto k = static_cast<std::size_t>( i );
    if ( ground[k] && !ground[k - 1] && !ground[k + 1] &&
         track.timeMs( i + 1 ) - track.timeMs( i - 1 ) <= settings.gapThresholdMs )
      ground[k] = false;
  }
  return ground;
}

FlightAnalysis analyseFlights( const Track &track, const AirbaseIndex &airbases,
                               const FlightAnalysisSettings &settings )
{
  FlightAnalysis result;
  const int n = track.size();
  if ( n == 0 )
    return result;
  const std::vector<bool> ground = groundStates( track, settings );
  auto isGround = [&ground]( int i ) { return static_cast<bool>( ground[static_cast<std::size_t>( i )] ); };
  auto lowEnough = [&track, &settings]( int i )
  {
    const float altitude = track.altitudeMetres( i );
    return std::isnan( altitude ) || altitude < settings.lowAltitudeMetres;
  };

  // Legs: maximal airborne runs, also split where the source starts a new leg.
  int i = 0;
  while ( i < n )
  {
    if ( isGround( i ) )
    {
      ++i;
      continue;
    }
    const int first = i;
    int last = i;
    while ( last + 1 < n && !isGround( last + 1 ) && !( track.flags( last + 1 ) & PointNewLeg ) )
      ++last;
    i = last + 1;

    if ( track.timeMs( last ) - track.timeMs( first ) < settings.minimumLegMs )
      continue;

    Leg leg;
    leg.firstPoint = first;
    leg.lastPoint = last;
    leg.startMs = track.timeMs( first );
    leg.endMs = track.timeMs( last );
    leg.takeoffObserved = first > 0 && isGround( first - 1 );
    leg.landingObserved = last + 1 < n && isGround( last + 1 );
    leg.distanceMetres = geodesy::distanceMetres( track.position( first ), track.position( last ) );

    const int fromPoint = leg.takeoffObserved ? first - 1 : first;
    if ( leg.takeoffObserved || lowEnough( first ) )
      leg.fromAirbase = airbases.nearest( track.position( fromPoint ), settings.airbaseRadiusMetres );
    const int toPoint = leg.landingObserved ? last + 1 : last;
    if ( leg.landingObserved || lowEnough( last ) )
      leg.toAirbase = airbases.nearest( track.position( toPoint ), settings.airbaseRadiusMetres );
    result.legs.append( leg );
  }

  // Gaps between consecutive positions.
  for ( int k = 0; k + 1 < n; ++k )
  {
    const std::int64_t dt = track.timeMs( k + 1 ) - track.timeMs( k );
    if ( dt <= settings.gapThresholdMs )
      continue;
    Gap gap;
    gap.pointBefore = k;
    gap.pointAfter = k + 1;
    gap.startMs = track.timeMs( k );
    gap.endMs = track.timeMs( k + 1 );
    gap.inFlight = !( isGround( k ) && isGround( k + 1 ) );
    result.gaps.append( gap );
  }

  // A track that ends in flight, above the approach altitude, went dark.
  const int lastPoint = n - 1;
  if ( !isGround( lastPoint ) && !lowEnough( lastPoint ) )
  {
    Gap gap;
    gap.pointBefore = lastPoint;
    gap.pointAfter = -1;
    gap.startMs = gap.endMs = track.timeMs( lastPoint );
    gap.inFlight = true;
    gap.open = true;
    gap.nearestAirbase = airbases.nearest( track.position( lastPoint ), settings.openGapSearchMetres,
                                           &gap.nearestAirbaseMetres );
    result.gaps.append( gap );
  }

  // Ground stops: between a landing and the next take-off.
  for ( int k = 0; k + 1 < result.legs.size(); ++k )
  {
    const Leg &before = result.legs.at( k );
    const Leg &after = result.legs.at( k + 1 );
    if ( !before.landingObserved || !after.takeoffObserved )
      continue;
    GroundStop stop;
    stop.legBefore = k;
    stop.legAfter = k + 1;
    stop.startMs = before.endMs;
    stop.endMs = after.startMs;
    stop.airbase = before.toAirbase >= 0 ? before.toAirbase : after.fromAirbase;
    result.groundStops.append( stop );
  }
  return result;
}

QVector<QVector<GeoPoint>> legPieces( const Track &track, const Leg &leg, std::int64_t gapThresholdMs )
{
  QVector<QVector<GeoPoint>> pieces;
  QVector<GeoPoint> piece;
  const int first = std::max( 0, leg.firstPoint - ( leg.takeoffObserved ? 1 : 0 ) );
  const int last = std::min( track.size() - 1, leg.lastPoint + ( leg.landingObserved ? 1 : 0 ) );
  for ( int i = first; i <= last; ++i )
  {
    if ( !piece.isEmpty() && track.timeMs( i ) - track.timeMs( i - 1 ) > gapThresholdMs )
    {
      if ( piece.size() >= 2 )
        pieces.append( piece );
      piece.clear();
    }
    piece.append( track.position( i ) );
  }
  if ( piece.size() >= 2 )
    pieces.append( piece );
  return pieces;
}

} // namespace sortie
