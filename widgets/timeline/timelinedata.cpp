#include "widgets/timeline/timelinedata.h"

#include <QDateTime>
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

TimelineLane timelineLane( const Track &track, const FlightAnalysis &analysis )
{
  TimelineLane lane;
  // Unidentified aircraft are the rule in the reports: the day tells lanes apart.
  lane.label = track.identity.shortLabel();
  if ( track.isEmpty() )
    return lane;
  lane.label += QLatin1Char( ' ' ) + QDateTime::fromMSecsSinceEpoch( track.timeMs( 0 ), QTimeZone::utc() )
                                         .toString( QStringLiteral( "yyyy-MM-dd" ) );
  lane.extent = { track.timeMs( 0 ), track.timeMs( track.size() - 1 ) };
  for ( const Leg &leg : analysis.legs )
    lane.legs.append( { leg.startMs, leg.endMs } );
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
  for ( std::size_t i = 0; i < tracks.size() && i < analyses.size(); ++i )
    lanes.append( timelineLane( tracks[i], analyses[i] ) );
  return lanes;
}

} // namespace sortie
