#include "models/analysis/gapclassification.h"

#include "models/geo/geodesy.h"
#include "models/time/duration.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace sortie
{

namespace
{
// The context lupdate gives a tr() call in namespace sortie outside any class: "sortie".
QString tr( const char *text )
{
  return QCoreApplication::translate( "sortie", text );
}

constexpr std::int64_t kTrendWindowMs = 10 * 60 * 1000; // how far back (or on) a climb or descent is read
constexpr float kTrendMps = 1.0f;                       // slower vertical speeds are level flight

// Vertical speed at @p i: as reported, else from the altitude change to a fix up to ten
// minutes away on the same side of the gap (@p step -1: earlier fixes, +1: later ones).
float verticalSpeed( const Track &track, int i, int step )
{
  const float reported = track.point( i ).verticalRateMps;
  if ( !std::isnan( reported ) )
    return reported;
  const float altitude = track.altitudeMetres( i );
  if ( std::isnan( altitude ) )
    return TrackPoint::kUnknown;
  int j = i;
  for ( int k = i + step; k >= 0 && k < track.size(); k += step )
  {
    if ( std::llabs( track.timeMs( k ) - track.timeMs( i ) ) > kTrendWindowMs )
      break;
    if ( !std::isnan( track.altitudeMetres( k ) ) )
      j = k;
  }
  if ( j == i )
    return TrackPoint::kUnknown;
  const double seconds = ( track.timeMs( i ) - track.timeMs( j ) ) / 1000.0; // > 0 back, < 0 on
  if ( seconds == 0.0 )
    return TrackPoint::kUnknown;
  // Rate of change in time order: earlier fix j to i (step -1) or i to later fix j (step +1).
  return static_cast<float>( ( altitude - track.altitudeMetres( j ) ) / seconds );
}

float speedAt( const Track &track, int i )
{
  const float reported = track.groundSpeedMps( i );
  return std::isnan( reported ) ? TrackPoint::kUnknown : reported;
}

QString feet( float metres )
{
  // In doubles to the end: an altitude read from a file can be anything a float holds.
  return std::isnan( metres ) ? tr( "unknown altitude" )
                              : tr( "%L1 ft" ).arg( std::round( metres / 0.3048 / 25.0 ) * 25.0, 0, 'f', 0 );
}

QString kilometres( double metres )
{
  return tr( "%L1 km" ).arg( std::round( metres / 1000.0 ), 0, 'f', 0 );
}
} // namespace

QString gapKindKey( GapKind kind )
{
  switch ( kind )
  {
  case GapKind::InFlight:
    return QStringLiteral( "in_flight" );
  case GapKind::OnGround:
    return QStringLiteral( "on_ground" );
  case GapKind::GroundStopInferred:
    return QStringLiteral( "ground_stop_inferred" );
  case GapKind::Unknown:
    break;
  }
  return QStringLiteral( "unknown" );
}

QString gapKindLabel( GapKind kind )
{
  switch ( kind )
  {
  case GapKind::InFlight:
    return tr( "gap in flight" );
  case GapKind::OnGround:
    return tr( "gap on the ground" );
  case GapKind::GroundStopInferred:
    return tr( "ground stop inferred" );
  case GapKind::Unknown:
    break;
  }
  return tr( "gap, whether it landed unknown" );
}

Gap classifyGap( const Track &track, int before, const std::vector<bool> &ground,
                 const AirbaseIndex &airbases, const FlightAnalysisSettings &settings )
{
  const int after = before + 1;
  Gap gap;
  gap.pointBefore = before;
  gap.pointAfter = after;
  gap.startMs = track.timeMs( before );
  gap.endMs = track.timeMs( after );
  const bool groundBefore = ground[static_cast<std::size_t>( before )];
  const bool groundAfter = ground[static_cast<std::size_t>( after )];
  const QString duration = formatDuration( gap.durationMs() );

  if ( groundBefore && groundAfter )
  {
    gap.kind = GapKind::OnGround;
    gap.reason = tr( "On the ground at both ends (%1 without positions)." ).arg( duration );
    return gap;
  }
  if ( groundBefore != groundAfter )
  {
    gap.kind = GapKind::Unknown;
    gap.reason = groundBefore ? tr( "On the ground before and airborne after: it took off during the %1 "
                                    "without positions, when and where the data cannot say." )
                                    .arg( duration )
                              : tr( "Airborne before and on the ground after: it landed during the %1 "
                                    "without positions, when and where the data cannot say." )
                                    .arg( duration );
    return gap;
  }

  // Airborne at both ends: could it have landed and taken off again in the time?
  const GeoPoint from = track.position( before ), to = track.position( after );
  const double distance = geodesy::distanceMetres( from, to );
  // The faster of the two ends: the faster it is taken to fly, the more time is left to land.
  float speed = TrackPoint::kUnknown;
  for ( const float edge : { speedAt( track, before ), speedAt( track, after ) } )
  {
    if ( !std::isnan( edge ) && ( std::isnan( speed ) || edge > speed ) )
      speed = edge;
  }
  if ( std::isnan( speed ) || speed < 50.0f )
    speed = settings.fallbackSpeedMps;
  const double flyingMs = std::isfinite( distance ) ? std::min( distance / speed * 1000.0, 1e15 ) : 0.0;
  const double spareMs = static_cast<double>( gap.durationMs() ) - flyingMs;
  const bool couldHaveLanded = spareMs >= static_cast<double>( settings.minimumGroundStopMs );

  const float altitudeBefore = track.altitudeMetres( before ), altitudeAfter = track.altitudeMetres( after );
  const float rateBefore = verticalSpeed( track, before, -1 ), rateAfter = verticalSpeed( track, after, +1 );
  const bool lowBefore = !std::isnan( altitudeBefore ) && altitudeBefore < settings.lowAltitudeMetres;
  const bool lowAfter = !std::isnan( altitudeAfter ) && altitudeAfter < settings.lowAltitudeMetres;
  const bool approach =
      lowBefore || ( !std::isnan( altitudeBefore ) && altitudeBefore < settings.approachAltitudeMetres &&
                     rateBefore < -kTrendMps );
  const bool climbOut =
      lowAfter || ( !std::isnan( altitudeAfter ) && altitudeAfter < settings.approachAltitudeMetres &&
                    rateAfter > kTrendMps );
  const bool samePlace = distance <= settings.approachRadiusMetres;

  const QString figures =
      tr( "%1 without positions; %2 apart, %3 at the speed flown; last seen at %4, "
          "next at %5" )
          .arg( duration, kilometres( distance ), formatDuration( std::llround( flyingMs ) ),
                feet( altitudeBefore ), feet( altitudeAfter ) );

  if ( !couldHaveLanded )
  {
    gap.kind = GapKind::InFlight;
    gap.reason = tr( "In flight: airborne at both ends, with no time to have landed (%1)." ).arg( figures );
    return gap;
  }
  // An approach followed by a climb-out from the same place, or a final approach or an initial
  // climb at low altitude on its own (it can only have landed there, or taken off there).
  if ( ( approach && climbOut && samePlace ) || lowBefore || lowAfter )
  {
    const GeoPoint field = ( approach || !climbOut ) ? from : to;
    double fieldDistance = 0.0;
    gap.airbase = airbases.largestNear( field, settings.approachRadiusMetres, &fieldDistance );
    gap.kind = GapKind::GroundStopInferred;
    const QString where = gap.airbase >= 0 ? tr( "at %1 (%2 away)" )
                                                 .arg( airbases.airbases().at( gap.airbase ).code(),
                                                       kilometres( fieldDistance ) )
                                           : tr( "at a field not among the airbases loaded" );
    const QString seen = approach && climbOut && samePlace
                             ? tr( "an approach before the gap and a climb-out after it, %1 apart" )
                                   .arg( kilometres( distance ) )
                         : lowBefore ? tr( "a final approach before the gap" )
                                     : tr( "an initial climb after the gap" );
    gap.reason = tr( "Ground stop inferred %1: %2, and time enough to land and take off (%3). Landing and "
                     "take-off were not seen." )
                     .arg( where, seen, figures );
    return gap;
  }
  gap.kind = GapKind::Unknown;
  gap.reason = tr( "Unknown: airborne at both ends, and time enough to have landed, but no approach or "
                   "climb-out seen (%1)." )
                   .arg( figures );
  return gap;
}

} // namespace sortie
