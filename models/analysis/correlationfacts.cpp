#include "models/analysis/correlationfacts.h"

#include "models/time/duration.h"
#include "models/workspace/workspace.h"

#include <QTimeZone>

namespace sortie
{

namespace
{
QString codeOf( const Workspace &workspace, int airbase )
{
  return airbase >= 0 && airbase < workspace.airbases().airbases().size()
             ? workspace.airbases().airbases().at( airbase ).code()
             : QObject::tr( "an unknown field" );
}

// "3 d 4 h after the event began", "2 h 10 min before the event began", "as the event began".
QString relative( qint64 ms, qint64 referenceMs, const QString &what )
{
  if ( ms == referenceMs )
    return QObject::tr( "as the event %1" ).arg( what );
  return ms > referenceMs
             ? QObject::tr( "%1 after the event %2" ).arg( formatDuration( ms - referenceMs ), what )
             : QObject::tr( "%1 before the event %2" ).arg( formatDuration( referenceMs - ms ), what );
}

// The moment to measure from: the start, or the end when the flight is after a span.
QString relativeToEvent( qint64 ms, qint64 from, qint64 until )
{
  if ( until > from && ms >= until )
    return relative( ms, until, QObject::tr( "ended" ) );
  return relative( ms, from, QObject::tr( "began" ) );
}

bool overlaps( qint64 a0, qint64 a1, qint64 b0, qint64 b1 )
{
  if ( b0 == b1 ) // an instant
    return a0 <= b0 && b0 <= a1;
  return a0 < b1 && b0 < a1;
}
} // namespace

FlightRef flightRef( const Workspace &workspace, int track, int leg )
{
  FlightRef ref;
  if ( track < 0 || track >= static_cast<int>( workspace.tracks().size() ) )
    return ref;
  ref.trackId = workspace.tracks()[static_cast<std::size_t>( track )].id;
  if ( leg >= 0 && leg < workspace.analyses()[static_cast<std::size_t>( track )].legs.size() )
    ref.legStartMs = workspace.analyses()[static_cast<std::size_t>( track )].legs.at( leg ).startMs;
  return ref;
}

LegKey legKey( const Workspace &workspace, int track, int leg )
{
  const FlightRef ref = flightRef( workspace, track, leg );
  return ref.legStartMs ? LegKey{ ref.trackId, *ref.legStartMs } : LegKey();
}

ResolvedFlight resolveLeg( const Workspace &workspace, const LegKey &key )
{
  const ResolvedFlight resolved = resolveFlight( workspace, FlightRef::leg( key ) );
  return resolved.leg >= 0 ? resolved : ResolvedFlight();
}

FlightRef findLeg( const Workspace &workspace, const QDate &dateUtc, const QString &from, const QString &to )
{
  auto code = [&workspace]( int airbase )
  { return airbase >= 0 ? workspace.airbases().airbases().at( airbase ).code() : QString(); };
  for ( std::size_t t = 0; t < workspace.tracks().size(); ++t )
  {
    const QVector<Leg> &legs = workspace.analyses()[t].legs;
    for ( int l = 0; l < legs.size(); ++l )
    {
      const Leg &leg = legs.at( l );
      if ( QDateTime::fromMSecsSinceEpoch( leg.startMs, QTimeZone::utc() ).date() == dateUtc &&
           code( leg.fromAirbase ) == from && ( to.isEmpty() || code( leg.toAirbase ) == to ) )
        return flightRef( workspace, static_cast<int>( t ), l );
    }
  }
  return FlightRef();
}

ResolvedFlight resolveFlight( const Workspace &workspace, const FlightRef &flight )
{
  ResolvedFlight resolved;
  const int track = workspace.trackIndex( flight.trackId );
  if ( track < 0 )
    return resolved;
  resolved.track = track;
  if ( !flight.legStartMs )
    return resolved;
  const QVector<Leg> &legs = workspace.analyses()[static_cast<std::size_t>( track )].legs;
  for ( int l = 0; l < legs.size(); ++l )
  {
    // The leg that was in the air at the recorded take-off: robust to a leg starting a
    // fix earlier or later after a new analysis.
    if ( legs.at( l ).startMs <= *flight.legStartMs && *flight.legStartMs <= legs.at( l ).endMs )
    {
      resolved.leg = l;
      return resolved;
    }
  }
  return ResolvedFlight(); // the leg is gone
}

QVector<QPair<int, int>> correlationLegs( const Workspace &workspace, const Correlation &correlation )
{
  QVector<QPair<int, int>> legs;
  for ( const FlightRef &flight : correlation.flights )
  {
    const ResolvedFlight resolved = resolveFlight( workspace, flight );
    if ( !resolved.isValid() )
      continue;
    if ( resolved.leg >= 0 )
      legs.append( { resolved.track, resolved.leg } );
    else // the whole track
    {
      for ( int l = 0; l < workspace.analyses()[static_cast<std::size_t>( resolved.track )].legs.size(); ++l )
        legs.append( { resolved.track, l } );
    }
  }
  return legs;
}

QString describeFlight( const Workspace &workspace, const FlightRef &flight )
{
  const ResolvedFlight resolved = resolveFlight( workspace, flight );
  if ( !resolved.isValid() )
    return QObject::tr( "a flight no longer in the data" );
  const auto t = static_cast<std::size_t>( resolved.track );
  const Track &track = workspace.tracks()[t];
  if ( resolved.leg < 0 )
    return track.identity.label();
  const Leg &leg = workspace.analyses()[t].legs.at( resolved.leg );
  return QStringLiteral( "%1 %2 → %3, %4" )
      .arg( track.identity.shortLabel(), codeOf( workspace, leg.fromAirbase ),
            codeOf( workspace, leg.toAirbase ),
            QDateTime::fromMSecsSinceEpoch( leg.startMs, QTimeZone::utc() )
                .toString( QStringLiteral( "yyyy-MM-dd" ) ) );
}

QStringList describeFlights( const Workspace &workspace, const Correlation &correlation )
{
  QStringList flights;
  for ( const FlightRef &flight : correlation.flights )
    flights << describeFlight( workspace, flight );
  return flights;
}

QStringList eventTitles( const Workspace &workspace, const Correlation &correlation )
{
  QStringList titles;
  for ( const QString &id : correlation.eventIds )
  {
    const int index = workspace.eventIndex( id );
    titles << ( index >= 0 ? workspace.events().at( index ).title : id );
  }
  return titles;
}

QStringList flightEventFacts( const Workspace &workspace, const FlightRef &flight, const Event &event )
{
  QStringList facts;
  const ResolvedFlight resolved = resolveFlight( workspace, flight );
  if ( !resolved.isValid() )
    return facts;
  const auto t = static_cast<std::size_t>( resolved.track );
  const FlightAnalysis &analysis = workspace.analyses()[t];
  const auto [fromTime, untilTime] = event.interval();
  const qint64 from = fromTime.toMSecsSinceEpoch();
  const qint64 until = untilTime.toMSecsSinceEpoch();
  for ( int l = 0; l < analysis.legs.size(); ++l )
  {
    if ( resolved.leg >= 0 && l != resolved.leg )
      continue;
    const Leg &leg = analysis.legs.at( l );
    facts << QObject::tr( "took off from %1 %2" )
                 .arg( codeOf( workspace, leg.fromAirbase ), relativeToEvent( leg.startMs, from, until ) );
    facts << QObject::tr( "landed at %1 %2" )
                 .arg( codeOf( workspace, leg.toAirbase ), relativeToEvent( leg.endMs, from, until ) );
    if ( overlaps( leg.startMs, leg.endMs, from, until ) )
      facts << QObject::tr( "in the air during the event" );
  }
  for ( const GroundStop &stop : analysis.groundStops )
  {
    if ( resolved.leg >= 0 && stop.legBefore != resolved.leg && stop.legAfter != resolved.leg )
      continue; // not next to this leg
    if ( !overlaps( stop.startMs, stop.endMs, from, until ) )
      continue;
    const qint64 shared = until > from ? std::min<std::int64_t>( stop.endMs, until ) -
                                             std::max<std::int64_t>( stop.startMs, from )
                                       : 0;
    facts << ( shared > 0 ? QObject::tr( "on the ground at %1 during the event (%2 of it)" )
                                .arg( codeOf( workspace, stop.airbase ), formatDuration( shared ) )
                          : QObject::tr( "on the ground at %1 at the moment of the event" )
                                .arg( codeOf( workspace, stop.airbase ) ) );
  }
  return facts;
}

QStringList correlationFacts( const Workspace &workspace, const Correlation &correlation )
{
  QStringList facts;
  for ( const QString &id : correlation.eventIds )
  {
    const int index = workspace.eventIndex( id );
    if ( index < 0 )
    {
      facts << QObject::tr( "event %1 is no longer in the project" ).arg( id );
      continue;
    }
    const Event &event = workspace.events().at( index );
    for ( const FlightRef &flight : correlation.flights )
    {
      if ( !resolveFlight( workspace, flight ).isValid() )
      {
        facts << QObject::tr( "a linked flight is no longer in the data" );
        continue;
      }
      const QString pair =
          QStringLiteral( "%1 / %2: " ).arg( describeFlight( workspace, flight ), event.title );
      for ( const QString &fact : flightEventFacts( workspace, flight, event ) )
        facts << pair + fact;
    }
  }
  return facts;
}

} // namespace sortie
