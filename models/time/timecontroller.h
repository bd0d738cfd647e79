#pragma once

#include "models/time/timerange.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QVector>

#include <optional>

namespace sortie
{

/**
 * The workbench's one clock: the current time, the visible range of the timeline, the
 * selected time window, and playback. The timeline drives it, the map, the event panel
 * and everything else listen to it; nobody keeps a time of their own.
 *
 * All times are UTC milliseconds. Playback advances the current time by the real time
 * elapsed multiplied by the playback rate (1 = real time, 86400 = a day per second).
 */
class TimeController : public QObject
{
    Q_OBJECT

  public:
    /** The narrowest and widest visible range the timeline allows: a minute to fifty years. */
    static constexpr std::int64_t kMinimumSpanMs = 60 * 1000;
    static constexpr std::int64_t kMaximumSpanMs = 50LL * 366 * 24 * 3600 * 1000;

    explicit TimeController( QObject *parent = nullptr );

    std::int64_t currentTime() const { return mCurrentTime; }
    TimeRange visibleRange() const { return mVisibleRange; }
    std::optional<TimeRange> selectedWindow() const { return mSelectedWindow; }
    /** The span of all loaded data; playback and Home/End stay within it. Invalid when empty. */
    TimeRange dataExtent() const { return mDataExtent; }

    /** Times the step commands stop at (event starts, leg starts and ends), sorted. */
    const QVector<std::int64_t> &stops() const { return mStops; }
    void setStops( QVector<std::int64_t> stops );

    double playbackRate() const { return mPlaybackRate; }
    bool isPlaying() const { return mTimer.isActive(); }

  public slots:
    /** Set the current time (clamped to the data extent when there is one). */
    void setCurrentTime( std::int64_t timeMs );
    /** Set the visible range; its span is kept within kMinimumSpanMs..kMaximumSpanMs. */
    void setVisibleRange( const TimeRange &range );
    void setSelectedWindow( const TimeRange &window );
    void clearSelectedWindow();
    /** The span of what the timeline shows (the workspace's data). */
    void setDataExtent( const TimeRange &extent );
    /**
     * A span of data beyond what the timeline shows (a team project's position archive, read
     * by time window): the data extent reaches it too, whatever setDataExtent() says later.
     * Invalid: none.
     */
    void setOutsideExtent( const TimeRange &extent );

    /**
     * Jump to @p timeMs and, when it is off-screen, centre the visible range on it (with
     * @p spanMs > 0, also show that long). What "go to" does, from any view.
     */
    void centreOn( std::int64_t timeMs, std::int64_t spanMs = 0 );
    /** Show all of the data's times (with a small margin), the current time at its start. */
    void showDataExtent();

    /** Zoom the visible range by @p factor (< 1 zooms in) keeping @p anchorMs in place. */
    void zoom( double factor, std::int64_t anchorMs );
    /** Move the visible range by @p deltaMs. */
    void pan( std::int64_t deltaMs );

    void setPlaybackRate( double simulatedSecondsPerSecond );
    void play();
    void pause();
    void togglePlaying();
    /** Advance playback as if @p realElapsedMs of real time had passed (what the timer calls). */
    void advance( std::int64_t realElapsedMs );

    /** Jump to the first stop after / before the current time; false when there is none. */
    bool stepForward();
    bool stepBackward();
    /** Jump to the start / end of the data. */
    void jumpToStart();
    void jumpToEnd();

  signals:
    void currentTimeChanged( std::int64_t timeMs );
    void visibleRangeChanged( const sortie::TimeRange &range );
    void selectedWindowChanged();
    void dataExtentChanged( const sortie::TimeRange &extent );
    void playingChanged( bool playing );
    void playbackRateChanged( double rate );

  private:
    void applyDataExtent();
    void onTick();
    /** Keep the current time visible: scroll the range when playback or a step leaves it. */
    void followCurrentTime();

    std::int64_t mCurrentTime = 0;
    TimeRange mVisibleRange;
    std::optional<TimeRange> mSelectedWindow;
    TimeRange mDataExtent;    //!< mContentExtent and mOutsideExtent together.
    TimeRange mContentExtent; //!< setDataExtent()'s.
    TimeRange mOutsideExtent; //!< setOutsideExtent()'s.
    QVector<std::int64_t> mStops;
    double mPlaybackRate = 3600.0; // an hour per second: a flight plays in a few seconds
    QTimer mTimer;
    QElapsedTimer mClock;
};

} // namespace sortie
