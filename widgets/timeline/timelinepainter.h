#pragma once

#include "widgets/timeline/timelinedata.h"
#include "widgets/timeline/timeticks.h"

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QRectF>

#include <optional>

class QPainter;

namespace sortie
{

/** The colour an event kind is drawn in, on the timeline and the map. */
QColor eventKindColor( EventKind kind );

/** The colour source @p index of an aircraft's sources is drawn in (its coverage band). */
QColor sourceColor( int index );

/** Where a time is drawn: @p range spread over @p width units from @p left. */
struct TimelineScale
{
    TimeRange range{ 0, 1 };
    double left = 0;
    double width = 1;

    double x( std::int64_t timeMs ) const;
    std::int64_t time( double x ) const;
};

/** What the timeline draws with: the widget takes it from its palette, the page from its own. */
struct TimelineLook
{
    QFont font;
    QColor text{ Qt::black };
    QColor mid{ 0xa0, 0xa0, 0xa0 };
    QColor base{ Qt::white };
    QColor alternateBase{ 0xf2, 0xf2, 0xf2 };
    QColor highlight{ 0x30, 0x8c, 0xc6 };
};

/**
 * The timeline's parts, drawn for a scale with a look: the workbench's scrubber and the
 * briefing page's strip draw through this one path, so that the page shows the timeline
 * exactly as the analyst sees it. Lengths are in the painter's units, in which the
 * font's metrics are measured (the page scales the painter and sizes the font to match).
 */
class TimelinePainter
{
  public:
    TimelinePainter( QPainter &painter, const TimelineLook &look, const TimelineScale &scale );

    /** The height of one lane or row of events: the font's height and room around it. */
    double rowHeight() const { return mMetrics.height() + 8; }
    const QFontMetricsF &metrics() const { return mMetrics; }

    /** Ticks for the axis, in UTC plus @p offsetSeconds, labels never overlapping. */
    TimeTicks ticks( int offsetSeconds ) const;
    /**
     * The axis in @p rect; the zone and what the labels leave out go in @p labelRect, in
     * bold when @p primary, which also draws a faint grid from @p gridTop to @p gridBottom.
     */
    void paintAxis( const QRectF &rect, const QRectF &labelRect, const TimeTicks &ticks,
                    const QString &zoneName, bool primary, double gridTop, double gridBottom );

    /**
     * The events in rows @p rows (from packEventRows), @p rect split into @p rowCount rows. @p selectedId is
     * outlined; with @p now, events happening then are drawn larger.
     */
    void paintEvents( const QVector<TimelineEvent> &events, const QVector<int> &rows, const QRectF &rect,
                      int rowCount, const QString &selectedId, std::optional<std::int64_t> now );
    /**
     * An aircraft's legs, ground stops and gaps across @p rect, and, for one of several
     * sources, a thin band per source under them where that source had data.
     */
    void paintLane( const TimelineLane &lane, const QRectF &rect );
    /** Which of @p lane's source bands is drawn at @p y in a lane drawn in @p rect; -1 for none. */
    static int sourceBandAt( const TimelineLane &lane, const QRectF &rect, double y );

    /**
     * The row of each event, packed greedily so that marks and labels fit in @p rowCount
     * rows (the last takes what does not fit); -1 for events outside @p left .. @p right.
     */
    static QVector<int> packEventRows( const QVector<TimelineEvent> &events, const TimelineScale &scale,
                                       const QFontMetricsF &metrics, double left, double right,
                                       int rowCount );

  private:
    QPainter &mPainter;
    TimelineLook mLook;
    TimelineScale mScale;
    QFontMetricsF mMetrics;
};

/**
 * The timeline of a time window as a printed strip: the UTC axis, the events and one lane
 * per aircraft with data in the window, names in a narrow column; no cursor, no scroll.
 */
namespace timelinestrip
{
/** Lanes with data in @p window (legs, ground stops or gaps). */
QVector<int> lanesIn( const QVector<TimelineLane> &lanes, const TimeRange &window );
/** The rows of events the strip needs for @p window at @p width (at most three). */
int eventRowsIn( const QVector<TimelineEvent> &events, const TimeRange &window, double width,
                 const QFontMetricsF &metrics );
/** The strip's height for @p width: what paint() fills, in the same units. */
double height( const QVector<TimelineEvent> &events, const QVector<TimelineLane> &lanes,
               const TimeRange &window, double width, const QFontMetricsF &metrics );
/** Draw the strip into @p rect with @p look; the painter's font metrics are taken from it. */
void paint( QPainter &painter, const QRectF &rect, const TimelineLook &look,
            const QVector<TimelineEvent> &events, const QVector<TimelineLane> &lanes,
            const TimeRange &window );
} // namespace timelinestrip

} // namespace sortie
