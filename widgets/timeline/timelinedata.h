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
 * One aircraft's lane: its legs, ground stops and gaps, from the workspace's one track of
 * that aircraft (several exports of one airframe are fused into one: Workspace::tracks()),
 * and, when it has several sources, what each covered.
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
    /** What each source covered (FlightAnalysis::sources), a thin band each under the lane;
     * empty for a track of one source. */
    QVector<SourceCoverage> sources;
};

/**
 * @p source for a person: "KML (a.kml): 479 positions, 479 used; data 2023-09-25 05:30 to
 * 14:14 UTC", the first few runs of data and how many more.
 */
QString sourceSummary( const SourceCoverage &source );

/** Events for the timeline, from the domain. */
QVector<TimelineEvent> timelineEvents( const QVector<Event> &events );

/**
 * A lane for @p track, the workspace's track @p trackIndex, from its analysis (open gaps are
 * drawn for an hour past the last fix). Labelled with the aircraft and, for a track of one
 * source, its first day (unidentified aircraft are the rule in the reports: the day tells
 * lanes apart); with the number of sources for one of several.
 */
TimelineLane timelineLane( const Track &track, const FlightAnalysis &analysis, int trackIndex = 0 );

/** One lane per track of @p tracks (the workspace's: one per aircraft), in their order. */
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
