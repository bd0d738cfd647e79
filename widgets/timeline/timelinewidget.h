#pragma once

#include "widgets/timeline/timelinedata.h"
#include "widgets/timeline/timelinepainter.h"

#include <QPointer>
#include <QWidget>

class QScrollBar;

namespace sortie
{

class TimeController;

/**
 * The timeline scrubber: a UTC time axis (the zone written on it), a lane of events, one
 * lane per aircraft with its legs, ground stops and gaps, a density strip of the whole
 * data, the current-time cursor and the selected window. It shows and changes the state
 * of a TimeController and keeps none of its own.
 *
 * Mouse: drag the cursor to scrub; click on the axis to jump; drag on the axis to select a
 * window (a click clears it); drag in the lanes to pan; the wheel zooms around the pointer;
 * click in the density strip to centre the view there. Keys: Space plays and pauses,
 * Left/Right step to the previous/next event or leg boundary, Home/End jump to the start
 * and end of the data, +/- zoom.
 */
class TimelineWidget : public QWidget
{
    Q_OBJECT

  public:
    explicit TimelineWidget( TimeController *controller, QWidget *parent = nullptr );

    /** Replace what is drawn. Updates the controller's step stops and data extent. */
    void setContents( const QVector<TimelineEvent> &events, const QVector<TimelineLane> &lanes );
    /** The lanes shown: legClicked() and the other leg signals give a lane and a leg of it. */
    const QVector<TimelineLane> &lanes() const { return mLanes; }
    /** New events, the lanes as they are (an event edit leaves the tracks alone). */
    void setEvents( const QVector<TimelineEvent> &events );

    int laneCount() const { return static_cast<int>( mLanes.size() ); }
    /** The lanes drawn now: those with data in the visible range (see setShowIdleLanes). */
    QVector<int> shownLanes() const;
    /** Also draw aircraft with no data in the visible range (default: no, they are hidden). */
    void setShowIdleLanes( bool show );
    int eventCount() const { return static_cast<int>( mEvents.size() ); }

    /** Outline the event with @p id (empty: none), as selected elsewhere. */
    void setSelectedEvent( const QString &id );
    QString selectedEvent() const { return mSelectedEvent; }
    /** The leg drawn at @p position as (lane, leg), or (-1, -1). */
    QPair<int, int> legAt( const QPoint &position ) const;
    /** Outline leg @p leg of lane @p lane (-1: none). */
    void setSelectedLeg( int lane, int leg );
    /** Draw lines between these legs ((lane, leg)) and events: a selected correlation. Empty: none. */
    void setHighlightedLinks( const QVector<QPair<QPair<int, int>, QString>> &links );

    /** The event drawn at @p position (within a few pixels), or empty. */
    QString eventAt( const QPoint &position ) const;

    /** Why the gap under @p position was classified as it was (Gap::reason); empty when none. */
    QString gapReasonAt( const QPoint &position ) const;
    /**
     * The tooltip at @p position: over a lane's name, the sources it was made of; over a
     * source's band, what that source covered; over a gap, why it was classified so.
     */
    QString toolTipAt( const QPoint &position ) const;

    /** Draw a second axis in UTC + @p offsetSeconds labelled @p zoneName (e.g. "KST"); empty name: none. */
    void setSecondZone( const QString &zoneName, int offsetSeconds );

    /** Horizontal pixel of @p timeMs (widget coordinates). */
    double xForTime( std::int64_t timeMs ) const;
    /** Time at horizontal pixel @p x. */
    std::int64_t timeForX( double x ) const;

    /** Where the parts are, for tests and tooltips. */
    QRect axisRect() const;
    QRect lanesRect() const;
    QRect densityRect() const;
    /** Where the aircraft lanes are drawn (they scroll; the axis and events stay). */
    QRect aircraftLanesRect() const;
    QScrollBar *laneScrollBar() const { return mLaneScroll; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

  signals:
    /** The analyst clicked an event's marker or bar. */
    void eventClicked( const QString &id );
    /** The analyst clicked leg @p leg of lane @p lane (lanes in setContents() order). */
    void legClicked( int lane, int leg );
    /**
     * The analyst dragged leg @p leg of lane @p lane onto the event @p eventId: a request
     * to link them (drag up or down from a leg bar; a sideways drag pans).
     */
    void legDroppedOnEvent( int lane, int leg, const QString &eventId );
    /** The analyst double-clicked leg @p leg of lane @p lane: show it on the map. */
    void legDoubleClicked( int lane, int leg );
    /** The analyst double-clicked the event @p id: show it on the map. */
    void eventDoubleClicked( const QString &id );

  protected:
    bool event( QEvent *event ) override;
    void paintEvent( QPaintEvent *event ) override;
    void resizeEvent( QResizeEvent *event ) override;
    void mousePressEvent( QMouseEvent *event ) override;
    void mouseMoveEvent( QMouseEvent *event ) override;
    void mouseReleaseEvent( QMouseEvent *event ) override;
    void mouseDoubleClickEvent( QMouseEvent *event ) override;
    void wheelEvent( QWheelEvent *event ) override;
    void keyPressEvent( QKeyEvent *event ) override;

  private:
    enum class Drag
    {
      None,
      Cursor,
      Window,
      Pan,
      Link, // from a leg bar towards an event (timelinelinks.cpp)
    };

    // Links between legs and events (timelinelinks.cpp).
    /** The middle of a leg's bar, or NaN when its lane is not shown. */
    QPointF legAnchor( int lane, int leg ) const;
    /** The middle of an event's marker, or NaN when it is not shown. */
    QPointF eventAnchor( const QString &id ) const;
    void paintLinks( QPainter &painter ) const;
    /** During a pan from a leg: turn it into a link drag when it goes up or down. */
    bool startLinkDrag( const QPointF &position );
    void finishLinkDrag( const QPointF &position );
    QPointF mLinkPoint;
    QVector<QPair<QPair<int, int>, QString>> mHighlightedLinks;

    int axisHeight() const;
    int laneHeight() const;
    /** The row of each event at the current zoom, by greedy packing; -1 when far out of view. */
    QVector<int> eventRowAssignment() const;
    /** Width of the name column: the widest lane or axis name, within limits. */
    void updateLabelColumn();
    /** Place the lane scroll bar and set its range from the lanes' height. */
    void updateLaneScroll();
    int eventsHeight() const;
    QScrollBar *mLaneScroll = nullptr;
    bool mShowIdleLanes = false;
    QString mSelectedEvent;
    QPair<int, int> mSelectedLeg{ -1, -1 };
    QPair<int, int> mPressedLeg{ -1, -1 };
    int mLabelColumn = 120;
    /** The visible range over the axis, and the palette: what TimelinePainter draws with. */
    TimelineScale scale() const;
    TimelineLook look() const;
    void paintDensity( QPainter &painter, const QRect &rect );
    void paintCursorAndWindow( QPainter &painter );

    QPointer<TimeController> mController;
    QVector<TimelineEvent> mEvents;
    QVector<TimelineLane> mLanes;
    QString mSecondZoneName;
    int mSecondZoneOffset = 0;

    Drag mDrag = Drag::None;
    QPointF mPressPosition;
    std::int64_t mPressTime = 0;
    TimeRange mPressRange;
};

} // namespace sortie
