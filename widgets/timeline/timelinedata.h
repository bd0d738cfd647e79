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

/** One aircraft's lane: its legs, ground stops and gaps. */
struct TimelineLane
{
    QString label;
    QVector<TimeRange> legs;
    QVector<TimeRange> groundStops;
    QVector<TimelineGap> gaps;
    TimeRange extent; //!< First to last position.
};

/** Events for the timeline, from the domain. */
QVector<TimelineEvent> timelineEvents( const QVector<Event> &events );

/** A lane for @p track from its analysis (open gaps are drawn for an hour past the last fix). */
TimelineLane timelineLane( const Track &track, const FlightAnalysis &analysis );

/** One lane per track, in the tracks' order. */
QVector<TimelineLane> timelineLanes( const std::vector<Track> &tracks,
                                     const std::vector<FlightAnalysis> &analyses );

/** Times the step keys stop at: event starts and ends, leg starts and ends. */
QVector<std::int64_t> timelineStops( const QVector<TimelineEvent> &events,
                                     const QVector<TimelineLane> &lanes );

/** The span of all events and lanes; invalid when there are none. */
TimeRange timelineExtent( const QVector<TimelineEvent> &events, const QVector<TimelineLane> &lanes );

} // namespace sortie
