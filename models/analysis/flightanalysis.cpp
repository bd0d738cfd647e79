#include "models/analysis/flightanalysis.h"

#include "models/analysis/gapclassification.h"
#include "models/geo/geodesy.h"

#include <QCoreApplication>

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

  // Gaps between consecutive positions, each classified from what lies around it.
  std::vector<bool> inferredStopAfter( static_cast<std::size_t>( n ), false );
  for ( int k = 0; k + 1 < n; ++k )
  {
    if ( track.timeMs( k + 1 ) - track.timeMs( k ) <= settings.gapThresholdMs )
      continue;
    Gap gap = classifyGap( track, k, ground, airbases, settings );
    gap.inFlight = gap.kind == GapKind::InFlight;
    if ( gap.kind == GapKind::GroundStopInferred )
      inferredStopAfter[static_cast<std::size_t>( k )] = true;
    result.gaps.append( gap );
  }
  auto inferredStopAt = [&result]( int pointBefore ) -> const Gap *
  {
    for ( const Gap &gap : result.gaps )
    {
      if ( gap.kind == GapKind::GroundStopInferred && gap.pointBefore == pointBefore )
        return &gap;
    }
    return nullptr;
  };

  // Legs: maximal airborne runs, also split where the source starts a new leg and at an
  // inferred ground stop.
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
    while ( last + 1 < n && !isGround( last + 1 ) && !( track.flags( last + 1 ) & PointNewLeg ) &&
            !inferredStopAfter[static_cast<std::size_t>( last )] )
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
    // Ends at an inferred ground stop: named after its field, marked as not seen.
    if ( const Gap *stop = first > 0 ? inferredStopAt( first - 1 ) : nullptr )
    {
      leg.takeoffInferred = true;
      if ( stop->airbase >= 0 )
        leg.fromAirbase = stop->airbase;
    }
    if ( const Gap *stop = inferredStopAt( last ) )
    {
      leg.landingInferred = true;
      if ( stop->airbase >= 0 )
        leg.toAirbase = stop->airbase;
    }
    result.legs.append( leg );
  }

  // A track that ends in flight, above the approach altitude, went dark.
  // A single moment (one aircraft.json snapshot) shows nothing leaving: the claim needs a
  // track followed for at least a leg's length.
  const int lastPoint = n - 1;
  const bool followed = n >= 2 && track.timeMs( lastPoint ) - track.timeMs( 0 ) >= settings.minimumLegMs;
  if ( followed && !isGround( lastPoint ) && !lowEnough( lastPoint ) )
  {
    Gap gap;
    gap.pointBefore = lastPoint;
    gap.pointAfter = -1;
    gap.startMs = gap.endMs = track.timeMs( lastPoint );
    gap.kind = GapKind::InFlight;
    gap.inFlight = true;
    gap.open = true;
    gap.nearestAirbase = airbases.nearest( track.position( lastPoint ), settings.openGapSearchMetres,
                                           &gap.nearestAirbaseMetres );
    const float altitude = track.altitudeMetres( lastPoint );
    gap.reason = QCoreApplication::translate(
                     "sortie::gaps", "Tracking ends in flight at %L1 ft, above the approach altitude: it "
                                     "left the data here." )
                     .arg( std::isnan( altitude ) ? 0.0 : std::round( altitude / 0.3048 ), 0, 'f', 0 );
    result.gaps.append( gap );
  }

  // Ground stops: between a landing and the next take-off.
  for ( int k = 0; k + 1 < result.legs.size(); ++k )
  {
    const Leg &before = result.legs.at( k );
    const Leg &after = result.legs.at( k + 1 );
    const Gap *inferred =
        before.landingInferred && after.takeoffInferred && after.firstPoint == before.lastPoint + 1
            ? inferredStopAt( before.lastPoint )
            : nullptr;
    if ( !inferred && ( !before.landingObserved || !after.takeoffObserved ) )
      continue;
    GroundStop stop;
    stop.legBefore = k;
    stop.legAfter = k + 1;
    stop.startMs = before.endMs;
    stop.endMs = after.startMs;
    stop.airbase = inferred                ? inferred->airbase
                   : before.toAirbase >= 0 ? before.toAirbase
                                           : after.fromAirbase;
    stop.inferred = inferred != nullptr;
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
