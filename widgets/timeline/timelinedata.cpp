#include "widgets/timeline/timelinedata.h"

#include <QDateTime>
#include <QObject>
#include <QTimeZone>

#include <algorithm>

namespace sortie
{

QVector<TimelineEvent> timelineEvents( const QVector<Event> &events )
{
  QVector<TimelineEvent> out;
  out.reserve( events.size() );
  for ( const Event &event : events )
  {
    const auto [first, last] = event.interval();
    out.append(
        { event.id, event.title, { first.toMSecsSinceEpoch(), last.toMSecsSinceEpoch() }, event.kind } );
  }
  return out;
}

TimelineLane timelineLane( const Track &track, const FlightAnalysis &analysis, int trackIndex )
{
  TimelineLane lane;
  lane.tracks = { trackIndex };
  // Unidentified aircraft are the rule in the reports: the day tells lanes apart.
  lane.label = track.identity.shortLabel();
  if ( analysis.sources.size() > 1 )
  {
    // One aircraft seen by several sources: named by who it is, not by a day.
    lane.label =
        QObject::tr( "%1 (%n sources)", nullptr, analysis.sources.size() ).arg( track.identity.label() );
    lane.sources = analysis.sources;
  }
  if ( track.isEmpty() )
    return lane;
  if ( analysis.sources.size() <= 1 )
    lane.label += QLatin1Char( ' ' ) + QDateTime::fromMSecsSinceEpoch( track.timeMs( 0 ), QTimeZone::utc() )
                                           .toString( QStringLiteral( "yyyy-MM-dd" ) );
  lane.extent = { track.timeMs( 0 ), track.timeMs( track.size() - 1 ) };
  for ( int l = 0; l < analysis.legs.size(); ++l )
  {
    lane.legs.append( { analysis.legs.at( l ).startMs, analysis.legs.at( l ).endMs } );
    lane.legSources.append( { trackIndex, l } );
  }
  for ( const GroundStop &stop : analysis.groundStops )
    lane.groundStops.append( { stop.startMs, stop.endMs } );
  constexpr std::int64_t kOpenGapDrawnMs = 3600 * 1000;
  for ( const Gap &gap : analysis.gaps )
    lane.gaps.append( { { gap.startMs, gap.open ? gap.startMs + kOpenGapDrawnMs : gap.endMs },
                        gap.inFlight,
                        gap.open,
                        gap.kind == GapKind::GroundStopInferred,
                        gap.reason } );
  return lane;
}

QString sourceSummary( const SourceCoverage &source )
{
  auto utc = []( std::int64_t ms, const QString &format )
  { return QDateTime::fromMSecsSinceEpoch( ms, QTimeZone::utc() ).toString( format ); };
  QStringList runs;
  constexpr int kRunsShown = 4;
  for ( int i = 0; i < std::min<int>( kRunsShown, source.spans.size() ); ++i )
  {
    const auto &[start, end] = source.spans.at( i );
    const bool sameDay =
        utc( start, QStringLiteral( "yyyyMMdd" ) ) == utc( end, QStringLiteral( "yyyyMMdd" ) );
    runs << QObject::tr( "%1 to %2" )
                .arg(
                    utc( start, QStringLiteral( "yyyy-MM-dd HH:mm" ) ),
                    utc( end, sameDay ? QStringLiteral( "HH:mm" ) : QStringLiteral( "yyyy-MM-dd HH:mm" ) ) );
  }
  QString text = QObject::tr( "%1: %n positions", nullptr, source.positions ).arg( source.label() );
  if ( source.positionsUsed < source.positions )
    text += QObject::tr( " (%n where no denser source had data)", nullptr, source.positionsUsed );
  text += QObject::tr( "; data %1 UTC" ).arg( runs.join( QStringLiteral( ", " ) ) );
  if ( source.spans.size() > kRunsShown )
    text += QObject::tr( " and %n more", nullptr, source.spans.size() - kRunsShown );
  return text;
}

QVector<std::int64_t> timelineStops( const QVector<TimelineEvent> &events,
                                     const QVector<TimelineLane> &lanes )
{
  QVector<std::int64_t> stops;
  for ( const TimelineEvent &event : events )
  {
    stops.append( event.interval.start );
    if ( !event.instant() )
      stops.append( event.interval.end );
  }
  for ( const TimelineLane &lane : lanes )
  {
    for ( const TimeRange &leg : lane.legs )
      stops << leg.start << leg.end;
  }
  std::sort( stops.begin(), stops.end() );
  stops.erase( std::unique( stops.begin(), stops.end() ), stops.end() );
  return stops;
}

TimeRange timelineExtent( const QVector<TimelineEvent> &events, const QVector<TimelineLane> &lanes )
{
  TimeRange extent;
  bool any = false;
  auto include = [&]( const TimeRange &r )
  {
    if ( !any )
    {
      extent = { r.start, std::max( r.end, r.start + 1 ) };
      any = true;
      return;
    }
    extent.start = std::min( extent.start, r.start );
    extent.end = std::max( extent.end, std::max( r.end, r.start + 1 ) );
  };
  for ( const TimelineEvent &event : events )
    include( event.interval );
  for ( const TimelineLane &lane : lanes )
  {
    include( lane.extent );
    for ( const TimelineGap &gap : lane.gaps )
      include( gap.range );
  }
  return extent;
}

QVector<TimelineLane> timelineLanes( const std::vector<Track> &tracks,
                                     const std::vector<FlightAnalysis> &analyses )
{
  QVector<TimelineLane> lanes;
  const std::size_t count = std::min( tracks.size(), analyses.size() );
  lanes.reserve( static_cast<int>( count ) );
  for ( std::size_t t = 0; t < count; ++t )
    lanes.append( timelineLane( tracks[t], analyses[t], static_cast<int>( t ) ) );
  return lanes;
}

QPair<int, int> laneLegOf( const QVector<TimelineLane> &lanes, int track, int leg )
{
  for ( int l = 0; l < lanes.size(); ++l )
  {
    const int index = lanes.at( l ).legSources.indexOf( { track, leg } );
    if ( index >= 0 )
      return { l, index };
  }
  return { -1, -1 };
}

QPair<int, int> trackLegOf( const QVector<TimelineLane> &lanes, int lane, int leg )
{
  return lane >= 0 && lane < lanes.size() ? lanes.at( lane ).legSources.value( leg, { -1, -1 } )
                                          : QPair<int, int>( -1, -1 );
}

} // namespace sortie
