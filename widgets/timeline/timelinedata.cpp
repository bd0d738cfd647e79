#include "widgets/timeline/timelinedata.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QTimeZone>

#include <algorithm>
#include <functional>
#include <numeric>

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
  if ( track.isEmpty() )
    return lane;
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

namespace
{
// Tracks of one aircraft: a union of those sharing an ICAO address or a registration.
QVector<QVector<int>> aircraftGroups( const std::vector<Track> &tracks )
{
  const int count = static_cast<int>( tracks.size() );
  QVector<int> parent( count );
  std::iota( parent.begin(), parent.end(), 0 );
  std::function<int( int )> root = [&]( int i )
  { return parent[i] == i ? i : parent[i] = root( parent[i] ); };
  QHash<QString, int> firstWith;
  for ( int i = 0; i < count; ++i )
  {
    const AircraftIdentity &identity = tracks[static_cast<std::size_t>( i )].identity;
    for ( const QString &key :
          { identity.icao24.isEmpty() ? QString() : QStringLiteral( "icao:" ) + identity.icao24.toLower(),
            identity.registration.isEmpty() ? QString()
                                            : QStringLiteral( "reg:" ) + identity.registration.toUpper() } )
    {
      if ( key.isEmpty() )
        continue;
      const auto seen = firstWith.constFind( key );
      if ( seen == firstWith.cend() )
        firstWith.insert( key, i );
      else
        parent[root( i )] = root( *seen );
    }
  }
  QVector<QVector<int>> groups;
  QHash<int, int> groupOfRoot;
  for ( int i = 0; i < count; ++i )
  {
    const int r = root( i );
    if ( !groupOfRoot.contains( r ) )
    {
      groupOfRoot.insert( r, groups.size() );
      groups.append( QVector<int>() );
    }
    groups[groupOfRoot.value( r )].append( i );
  }
  return groups;
}
} // namespace

QVector<TimelineLane> timelineLanes( const std::vector<Track> &tracks,
                                     const std::vector<FlightAnalysis> &analyses )
{
  QVector<TimelineLane> lanes;
  for ( const QVector<int> &group : aircraftGroups( tracks ) )
  {
    TimelineLane lane;
    bool haveExtent = false;
    for ( int t : group )
    {
      const auto index = static_cast<std::size_t>( t );
      if ( index >= analyses.size() )
        continue;
      const TimelineLane one = timelineLane( tracks[index], analyses[index], t );
      if ( lane.tracks.isEmpty() )
        lane = one;
      else
      {
        lane.tracks += one.tracks;
        lane.legs += one.legs;
        lane.legSources += one.legSources;
        lane.groundStops += one.groundStops;
        lane.gaps += one.gaps;
      }
      if ( tracks[index].isEmpty() )
        continue;
      lane.extent = haveExtent ? TimeRange{ std::min( lane.extent.start, one.extent.start ),
                                            std::max( lane.extent.end, one.extent.end ) }
                               : one.extent;
      haveExtent = true;
    }
    if ( lane.tracks.size() > 1 )
    {
      // In time order, each leg with its source; the label names the aircraft, not a day.
      QVector<int> order( lane.legs.size() );
      std::iota( order.begin(), order.end(), 0 );
      std::stable_sort( order.begin(), order.end(),
                        [&lane]( int a, int b )
                        { return lane.legs.at( a ).start < lane.legs.at( b ).start; } );
      QVector<TimeRange> legs;
      QVector<QPair<int, int>> sources;
      for ( int i : order )
      {
        legs.append( lane.legs.at( i ) );
        sources.append( lane.legSources.at( i ) );
      }
      lane.legs = legs;
      lane.legSources = sources;
      auto byStart = []( const auto &a, const auto &b ) { return a.start < b.start; };
      std::stable_sort( lane.groundStops.begin(), lane.groundStops.end(), byStart );
      std::stable_sort( lane.gaps.begin(), lane.gaps.end(),
                        []( const TimelineGap &a, const TimelineGap &b )
                        { return a.range.start < b.range.start; } );
      const Track &first = tracks[static_cast<std::size_t>( lane.tracks.first() )];
      lane.label = QObject::tr( "%1 (%n tracks)", nullptr, lane.tracks.size() ).arg( first.identity.label() );
    }
    if ( !lane.tracks.isEmpty() )
      lanes.append( lane );
  }
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
