#pragma once

#include "models/analysis/flightanalysis.h"
#include "models/domain/event.h"
#include "models/time/timerange.h"

#include <QString>
#include <QVector>

namespace sortie
{

/** An event as the timeline draws it: an instant (empty interval) or a span. */
struct TimelineEvent
{
    QString id;
    QString title;
    TimeRange interval; //!< Event::interval(): a day or month precision covers the whole of it.
    EventKind kind = EventKind::Other;
    bool instant() const { return interval.span() <= 0; }
};

/** A gap in an aircraft's data. */
struct TimelineGap
{
    TimeRange range; //!< For an open gap, from the last position to the end of the data extent.
    bool inFlight = false;
    bool open = false;
    bool inferredStop = false; //!< Landed and took off unseen (GapKind::GroundStopInferred).
    QString reason;            //!< Why it was classified so (Gap::reason): the tooltip.
};

/**
 * One aircraft's lane: its legs, ground stops and gaps, from every track of that aircraft
 * (same ICAO address or registration: several exports of one airframe are one lane).
 */
struct TimelineLane
{
    QString label;
    QVector<TimeRange> legs; //!< In time order.
    QVector<TimeRange> groundStops;
    QVector<TimelineGap> gaps;
    TimeRange extent; //!< First to last position.
    /** For each of `legs`: the track (index in the workspace's list) and its leg index. */
    QVector<QPair<int, int>> legSources;
    QVector<int> tracks; //!< The tracks drawn in this lane (indices in the workspace's list).
};

/** Events for the timeline, from the domain. */
QVector<TimelineEvent> timelineEvents( const QVector<Event> &events );

/**
 * A lane for @p track, the workspace's track @p trackIndex, from its analysis (open gaps are
 * drawn for an hour past the last fix).
 */
TimelineLane timelineLane( const Track &track, const FlightAnalysis &analysis, int trackIndex = 0 );

/**
 * One lane per aircraft: tracks that share an ICAO address or a registration in one lane,
 * every other track in its own (an unidentified "IL62" is not known to be the same airframe
 * as another). Lanes in the order of their first track.
 */
QVector<TimelineLane> timelineLanes( const std::vector<Track> &tracks,
                                     const std::vector<FlightAnalysis> &analyses );

/** The lane and the lane's leg index that draw leg @p leg of track @p track; (-1, -1) if none. */
QPair<int, int> laneLegOf( const QVector<TimelineLane> &lanes, int track, int leg );
/** The track and the track's leg that lane @p lane draws as its leg @p leg; (-1, -1) if none. */
QPair<int, int> trackLegOf( const QVector<TimelineLane> &lanes, int lane, int leg );

/** Times the step keys stop at: event starts and ends, leg starts and ends. */
QVector<std::int64_t> timelineStops( const QVector<TimelineEvent> &events,
                                     const QVector<TimelineLane> &lanes );

/** The span of all events and lanes; invalid when there are none. */
TimeRange timelineExtent( const QVector<TimelineEvent> &events, const QVector<TimelineLane> &lanes );

} // namespace sortie
