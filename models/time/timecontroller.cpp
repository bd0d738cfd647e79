#include "models/time/timecontroller.h"

#include <algorithm>
#include <cmath>

namespace sortie
{

TimeController::TimeController( QObject *parent )
  : QObject( parent )
{
  // 30 frames a second is smooth for a moving cursor and leaves the map time to draw.
  mTimer.setInterval( 33 );
  mTimer.setTimerType( Qt::PreciseTimer );
  connect( &mTimer, &QTimer::timeout, this, &TimeController::onTick );
  const std::int64_t day = 24LL * 3600 * 1000;
  mVisibleRange = { 0, day };
}

void TimeController::setStops( QVector<std::int64_t> stops )
{
  std::sort( stops.begin(), stops.end() );
  stops.erase( std::unique( stops.begin(), stops.end() ), stops.end() );
  mStops = std::move( stops );
}

void TimeController::setCurrentTime( std::int64_t timeMs )
{
  if ( mDataExtent.isValid() )
    timeMs = std::clamp( timeMs, mDataExtent.start, mDataExtent.end );
  if ( timeMs == mCurrentTime )
    return;
  mCurrentTime = timeMs;
  emit currentTimeChanged( mCurrentTime );
}

void TimeController::setVisibleRange( const TimeRange &range )
{
  TimeRange adjusted = range;
  const std::int64_t span = std::clamp( range.span(), kMinimumSpanMs, kMaximumSpanMs );
  if ( span != range.span() )
  {
    const std::int64_t middle = range.start + range.span() / 2;
    adjusted = { middle - span / 2, middle - span / 2 + span };
  }
  if ( adjusted == mVisibleRange )
    return;
  mVisibleRange = adjusted;
  emit visibleRangeChanged( mVisibleRange );
}

void TimeController::setSelectedWindow( const TimeRange &window )
{
  if ( !window.isValid() || ( mSelectedWindow && *mSelectedWindow == window ) )
    return;
  mSelectedWindow = window;
  emit selectedWindowChanged();
}

void TimeController::clearSelectedWindow()
{
  if ( !mSelectedWindow )
    return;
  mSelectedWindow.reset();
  emit selectedWindowChanged();
}

void TimeController::setDataExtent( const TimeRange &extent )
{
  mContentExtent = extent;
  applyDataExtent();
}

void TimeController::setOutsideExtent( const TimeRange &extent )
{
  mOutsideExtent = extent;
  applyDataExtent();
}

void TimeController::applyDataExtent()
{
  TimeRange extent = mContentExtent;
  if ( mOutsideExtent.isValid() )
    extent = extent.isValid() ? TimeRange{ std::min( extent.start, mOutsideExtent.start ),
                                           std::max( extent.end, mOutsideExtent.end ) }
                              : mOutsideExtent;
  if ( extent == mDataExtent )
    return;
  mDataExtent = extent;
  emit dataExtentChanged( mDataExtent );
  if ( mDataExtent.isValid() )
    setCurrentTime( mCurrentTime ); // clamps
}

void TimeController::showDataExtent()
{
  if ( !mDataExtent.isValid() )
    return;
  const std::int64_t margin = mDataExtent.span() / 50;
  setVisibleRange( { mDataExtent.start - margin, mDataExtent.end + margin } );
  setCurrentTime( mDataExtent.start );
}

void TimeController::centreOn( std::int64_t timeMs, std::int64_t spanMs )
{
  setCurrentTime( timeMs );
  const std::int64_t span = spanMs > 0 ? spanMs : mVisibleRange.span();
  if ( spanMs > 0 || !mVisibleRange.contains( mCurrentTime ) )
    setVisibleRange( { mCurrentTime - span / 2, mCurrentTime - span / 2 + span } );
}

void TimeController::zoom( double factor, std::int64_t anchorMs )
{
  if ( !( factor > 0 ) )
    return;
  const double newSpan = std::clamp( mVisibleRange.span() * factor, static_cast<double>( kMinimumSpanMs ),
                                     static_cast<double>( kMaximumSpanMs ) );
  // Keep the anchor at the same fraction of the width.
  const double fraction = mVisibleRange.span() > 0
                              ? static_cast<double>( anchorMs - mVisibleRange.start ) / mVisibleRange.span()
                              : 0.5;
  const auto start = static_cast<std::int64_t>( std::llround( anchorMs - fraction * newSpan ) );
  setVisibleRange( { start, start + static_cast<std::int64_t>( std::llround( newSpan ) ) } );
}

void TimeController::pan( std::int64_t deltaMs )
{
  setVisibleRange( { mVisibleRange.start + deltaMs, mVisibleRange.end + deltaMs } );
}

void TimeController::setPlaybackRate( double simulatedSecondsPerSecond )
{
  if ( !( simulatedSecondsPerSecond > 0 ) || simulatedSecondsPerSecond == mPlaybackRate )
    return;
  mPlaybackRate = simulatedSecondsPerSecond;
  emit playbackRateChanged( mPlaybackRate );
}

void TimeController::play()
{
  if ( isPlaying() )
    return;
  if ( mDataExtent.isValid() && mCurrentTime >= mDataExtent.end )
    setCurrentTime( mDataExtent.start ); // at the end: play from the start again
  mClock.start();
  mTimer.start();
  emit playingChanged( true );
}

void TimeController::pause()
{
  if ( !isPlaying() )
    return;
  mTimer.stop();
  emit playingChanged( false );
}

void TimeController::togglePlaying()
{
  if ( isPlaying() )
    pause();
  else
    play();
}

void TimeController::onTick()
{
  advance( mClock.restart() );
}

void TimeController::advance( std::int64_t realElapsedMs )
{
  const auto delta = static_cast<std::int64_t>( std::llround( realElapsedMs * mPlaybackRate ) );
  setCurrentTime( mCurrentTime + delta );
  followCurrentTime();
  if ( mDataExtent.isValid() && mCurrentTime >= mDataExtent.end )
    pause();
}

void TimeController::followCurrentTime()
{
  if ( mVisibleRange.contains( mCurrentTime ) )
    return;
  // Page so that the current time is a tenth of the way in: no jitter during playback.
  const std::int64_t span = mVisibleRange.span();
  const std::int64_t start = mCurrentTime - span / 10;
  setVisibleRange( { start, start + span } );
}

bool TimeController::stepForward()
{
  const auto next = std::upper_bound( mStops.cbegin(), mStops.cend(), mCurrentTime );
  if ( next == mStops.cend() )
    return false;
  setCurrentTime( *next );
  followCurrentTime();
  return true;
}

bool TimeController::stepBackward()
{
  auto previous = std::lower_bound( mStops.cbegin(), mStops.cend(), mCurrentTime );
  if ( previous == mStops.cbegin() )
    return false;
  --previous;
  setCurrentTime( *previous );
  followCurrentTime();
  return true;
}

void TimeController::jumpToStart()
{
  if ( !mDataExtent.isValid() )
    return;
  setCurrentTime( mDataExtent.start );
  followCurrentTime();
}

void TimeController::jumpToEnd()
{
  if ( !mDataExtent.isValid() )
    return;
  setCurrentTime( mDataExtent.end );
  followCurrentTime();
}

} // namespace sortie
