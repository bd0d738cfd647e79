#include "widgets/flight/legdetails.h"

#include "models/analysis/gapclassification.h"
#include "models/time/duration.h"
#include "models/time/utctext.h"

#include <QObject>

#include <cmath>

namespace sortie
{

LegDetails legDetails( const Track &track, const FlightAnalysis &analysis, int legIndex,
                       const AirbaseIndex &airbases )
{
  LegDetails details;
  if ( legIndex < 0 || legIndex >= analysis.legs.size() )
    return details;
  const Leg &leg = analysis.legs.at( legIndex );
  auto code = [&airbases]( int index )
  { return index < 0 ? QString() : airbases.airbases().at( index ).code(); };
  details.aircraft = track.identity.label();
  details.identity = track.identity;
  details.from = code( leg.fromAirbase );
  details.to = code( leg.toAirbase );
  details.takeoffObserved = leg.takeoffObserved;
  details.landingObserved = leg.landingObserved;
  details.takeoffInferred = leg.takeoffInferred;
  details.landingInferred = leg.landingInferred;
  details.interval = { leg.startMs, leg.endMs };
  details.distanceMetres = leg.distanceMetres;
  details.note = track.source.note;
  for ( const Gap &gap : analysis.gaps )
  {
    if ( gap.startMs >= leg.startMs && gap.startMs <= leg.endMs )
      details.gaps.append( gap );
  }
  for ( const GroundStop &stop : analysis.groundStops )
  {
    if ( stop.legAfter == legIndex || stop.legBefore == legIndex )
      details.groundStops.append(
          { code( stop.airbase ), { stop.startMs, stop.endMs }, stop.legAfter == legIndex, stop.inferred } );
  }
  for ( const SourceCoverage &source : analysis.sources )
  {
    LegDetails::Source covered{ source.label(), {} };
    for ( const auto &[start, end] : source.spans )
    {
      if ( end >= leg.startMs && start <= leg.endMs )
        covered.runs.append( { std::max( start, leg.startMs ), std::min( end, leg.endMs ) } );
    }
    if ( !covered.runs.isEmpty() || analysis.sources.size() == 1 )
      details.sources.append( covered );
  }
  const int first = std::max( 0, leg.firstPoint - ( leg.takeoffObserved ? 1 : 0 ) );
  const int last = std::min( track.size() - 1, leg.lastPoint + ( leg.landingObserved ? 1 : 0 ) );
  for ( int i = first; i <= last; ++i )
  {
    const TrackPoint p = track.point( i );
    details.profile.append(
        { p.timeMs, p.hasFlag( PointOnGround ) ? 0.0f : p.altitudeMetres, p.groundSpeedMps } );
  }
  return details;
}

QString legDetailsHtml( const LegDetails &d )
{
  const QString unknown = QObject::tr( "unknown" );
  QString html = QStringLiteral( "<h3>%1 → %2</h3>" )
                     .arg( d.from.isEmpty() ? unknown : d.from, d.to.isEmpty() ? unknown : d.to );
  html += QStringLiteral( "<p>%1</p>" ).arg( d.aircraft.toHtmlEscaped() );
  html += QStringLiteral( "<table>" );
  auto row = [&html]( const QString &name, const QString &value )
  { html += QStringLiteral( "<tr><td><b>%1</b>&nbsp;</td><td>%2</td></tr>" ).arg( name, value ); };
  // Who flew: what the source said, and what the aircraft database added, marked as such.
  const AircraftIdentity &who = d.identity;
  auto said = [&who]( const QString &value, const char *field )
  {
    return who.fromDatabase.contains( QLatin1String( field ) )
               ? QObject::tr( "%1 <i>(aircraft database)</i>" ).arg( value.toHtmlEscaped() )
               : value.toHtmlEscaped();
  };
  if ( !who.registration.isEmpty() )
    row( QObject::tr( "Registration" ), said( who.registration, "registration" ) );
  if ( !who.icao24.isEmpty() )
    row( QObject::tr( "ICAO address" ), who.icao24.toHtmlEscaped() );
  if ( !who.aircraftType.isEmpty() )
    row( QObject::tr( "Type" ), said( who.aircraftType, "aircraftType" ) );
  if ( !who.operatorName.isEmpty() )
    row( QObject::tr( "Operator" ), said( who.operatorName, "operator" ) );
  if ( who.military )
    row( QObject::tr( "Military" ), said( QObject::tr( "yes" ), "military" ) );
  row( d.takeoffObserved   ? QObject::tr( "Take-off" )
       : d.takeoffInferred ? QObject::tr( "First seen (take-off inferred, not seen)" )
                           : QObject::tr( "First seen" ),
       utcMinuteLabel( d.interval.start ) );
  row( d.landingObserved   ? QObject::tr( "Landing" )
       : d.landingInferred ? QObject::tr( "Last seen (landing inferred, not seen)" )
                           : QObject::tr( "Last seen" ),
       utcMinuteLabel( d.interval.end ) );
  row( QObject::tr( "Duration" ), formatDuration( d.interval.span() ) );
  row( QObject::tr( "Distance" ), QObject::tr( "%1 km (%2 NM), great circle" )
                                      .arg( qRound( d.distanceMetres / 1000.0 ) )
                                      .arg( qRound( d.distanceMetres / 1852.0 ) ) );
  html += QStringLiteral( "</table>" );
  if ( !d.gaps.isEmpty() )
  {
    html += QObject::tr( "<p><b>Gaps</b></p><ul>" );
    for ( const Gap &gap : d.gaps )
    {
      // Every gap says why it is what it is (issue 14): the reason the analysis gave.
      html += ( gap.open ? QObject::tr( "<li>Left tracking data at %1. <i>%2</i></li>" )
                               .arg( utcMinuteLabel( gap.startMs ), gap.reason.toHtmlEscaped() )
                         : QObject::tr( "<li>%1 without positions from %2: %3. <i>%4</i></li>" )
                               .arg( formatDuration( gap.durationMs() ), utcMinuteLabel( gap.startMs ),
                                     gapKindLabel( gap.kind ), gap.reason.toHtmlEscaped() ) );
    }
    html += QStringLiteral( "</ul>" );
  }
  for ( const LegDetails::Stop &stop : d.groundStops )
  {
    const QString where = stop.airbase.isEmpty() ? QObject::tr( "an unknown field" ) : stop.airbase;
    html +=
        ( stop.inferred
              ? ( stop.beforeLeg
                      ? QObject::tr( "<p>Before: a ground stop inferred at %2, about %1 from %3 (landing and "
                                     "take-off not seen).</p>" )
                      : QObject::tr( "<p>After: a ground stop inferred at %2, about %1 until %3 (landing and "
                                     "take-off not seen).</p>" ) )
              : ( stop.beforeLeg
                      ? QObject::tr( "<p>Before take-off: %1 on the ground at %2, from %3.</p>" )
                      : QObject::tr( "<p>After landing: %1 on the ground at %2, until %3.</p>" ) ) )
            .arg( formatDuration( stop.interval.span() ), where,
                  utcMinuteLabel( stop.beforeLeg ? stop.interval.start : stop.interval.end ) );
  }
  if ( d.sources.size() == 1 )
    html += QObject::tr( "<p>Source: %1</p>" ).arg( d.sources.first().label.toHtmlEscaped() );
  else if ( !d.sources.isEmpty() )
  {
    // Several sources: which covered what, so that the analyst can weigh each part of the leg.
    html += QObject::tr( "<p><b>Sources</b></p><ul>" );
    for ( const LegDetails::Source &source : d.sources )
    {
      QStringList runs;
      for ( const TimeRange &run : source.runs )
        runs << QObject::tr( "%1 to %2" ).arg( utcMinuteLabel( run.start ), utcMinuteLabel( run.end ) );
      html += QStringLiteral( "<li>%1: %2</li>" )
                  .arg( source.label.toHtmlEscaped(), runs.join( QStringLiteral( "; " ) ).toHtmlEscaped() );
    }
    html += QStringLiteral( "</ul>" );
  }
  if ( !d.note.isEmpty() )
    html += QStringLiteral( "<p><i>%1</i></p>" ).arg( d.note.toHtmlEscaped() );
  return html;
}

} // namespace sortie
