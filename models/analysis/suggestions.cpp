#include "models/analysis/suggestions.h"

#include "models/analysis/correlationfacts.h"
#include "models/time/duration.h"
#include "models/workspace/workspace.h"

#include <algorithm>

namespace sortie
{

namespace
{
struct EventPlaceFacts
{
    int airbase = -1; //!< The event's field, or -1.
    QString country;  //!< ISO code, or empty.
};

EventPlaceFacts placeOf( const Workspace &workspace, const Event &event, const SuggestionSettings &settings )
{
  EventPlaceFacts place;
  const AirbaseIndex &airbases = workspace.airbases();
  if ( !event.place.airbaseIcao.isEmpty() )
    place.airbase = airbases.findByIcao( event.place.airbaseIcao );
  if ( const std::optional<GeoPoint> position = airbases.placePosition( event.place ) )
  {
    if ( place.airbase < 0 )
      place.airbase = airbases.nearest( *position, settings.placeRadiusMetres );
    const int near =
        place.airbase >= 0 ? place.airbase : airbases.nearestAny( *position, settings.countryRadiusMetres );
    if ( near >= 0 )
      place.country = airbases.airbases().at( near ).country;
  }
  return place;
}

QString countryOf( const Workspace &workspace, int airbase )
{
  return airbase >= 0 ? workspace.airbases().airbases().at( airbase ).country : QString();
}

/**
 * Whether the analyst dismissed linking @p eventId to leg @p leg of track @p track. A key
 * names the track by the id it had then: a source's, before a second source of the same
 * aircraft made one track of them, or the aircraft's. Found by what it resolves to.
 */
bool isDismissed( const Workspace &workspace, const QString &eventId, int track, int leg )
{
  for ( const QString &key : workspace.dismissedSuggestions() )
  {
    const QStringList parts = key.split( QLatin1Char( '|' ) );
    if ( parts.size() != 3 || parts.at( 0 ) != eventId )
      continue;
    bool ok = false;
    const qint64 takeoffMs = parts.at( 2 ).toLongLong( &ok );
    if ( !ok )
      continue;
    const ResolvedFlight resolved =
        resolveFlight( workspace, FlightRef::leg( LegKey{ parts.at( 1 ), takeoffMs } ) );
    if ( resolved.track == track && resolved.leg == leg )
      return true;
  }
  return false;
}
} // namespace

QVector<Suggestion> suggestCorrelations( const Workspace &workspace, const SuggestionSettings &settings )
{
  QVector<QPair<qint64, Suggestion>> found; // with the distance in time, for the order
  const qint64 window = static_cast<qint64>( settings.days ) * 24 * 3600 * 1000;
  for ( const Event &event : workspace.events() )
  {
    const EventPlaceFacts place = placeOf( workspace, event, settings );
    if ( place.airbase < 0 && place.country.isEmpty() )
      continue; // nowhere to compare with
    const auto [fromTime, untilTime] = event.interval();
    const qint64 from = fromTime.toMSecsSinceEpoch();
    const qint64 until = std::max( untilTime, fromTime ).toMSecsSinceEpoch();
    for ( std::size_t t = 0; t < workspace.tracks().size(); ++t )
    {
      const QVector<Leg> &legs = workspace.analyses()[t].legs;
      for ( int l = 0; l < legs.size(); ++l )
      {
        const Leg &leg = legs.at( l );
        if ( leg.endMs < from - window || leg.startMs > until + window )
          continue;
        QStringList why;
        for ( const auto &[end, verb] :
              { QPair<int, QString>( leg.fromAirbase, QObject::tr( "takes off from" ) ),
                QPair<int, QString>( leg.toAirbase, QObject::tr( "lands at" ) ) } )
        {
          if ( end >= 0 && end == place.airbase )
            why << QObject::tr( "%1 %2, the event's field" )
                       .arg( verb, workspace.airbases().airbases().at( end ).code() );
          else if ( !place.country.isEmpty() && countryOf( workspace, end ) == place.country )
            why << QObject::tr( "%1 %2, in the event's country (%3)" )
                       .arg( verb, workspace.airbases().airbases().at( end ).code(), place.country );
        }
        if ( why.isEmpty() )
          continue;
        Suggestion suggestion;
        suggestion.eventId = event.id;
        suggestion.flight = flightRef( workspace, static_cast<int>( t ), l );
        suggestion.key =
            QStringLiteral( "%1|%2|%3" ).arg( event.id, workspace.tracks()[t].id ).arg( leg.startMs );
        if ( isDismissed( workspace, event.id, static_cast<int>( t ), l ) )
          continue;
        const bool linked = std::any_of(
            workspace.correlations().cbegin(), workspace.correlations().cend(),
            [&]( const Correlation &c )
            {
              return c.eventIds.contains( event.id ) &&
                     std::any_of( c.flights.cbegin(), c.flights.cend(),
                                  [&]( const FlightRef &flight )
                                  {
                                    const ResolvedFlight resolved = resolveFlight( workspace, flight );
                                    return resolved.track == static_cast<int>( t ) && resolved.leg == l;
                                  } );
            } );
        if ( linked )
          continue;
        suggestion.why = why + flightEventFacts( workspace, suggestion.flight, event );
        const qint64 distance = leg.startMs >= until ? leg.startMs - until
                                : leg.endMs <= from  ? from - leg.endMs
                                                     : 0;
        found.append( { distance, suggestion } );
      }
    }
  }
  std::stable_sort( found.begin(), found.end(),
                    []( const auto &a, const auto &b ) { return a.first < b.first; } );
  QVector<Suggestion> suggestions;
  for ( const auto &[distance, suggestion] : found )
    suggestions.append( suggestion );
  return suggestions;
}

} // namespace sortie
