#pragma once

// What several window benchmarks measure the same way: how long the window's event loop
// stood still, and the percentiles of frame times.

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <algorithm>
#include <benchmark/benchmark.h>
#include <vector>

namespace sortie::bench
{

/**
 * The longest time the event loop did not turn, from construction: a zero-interval timer
 * ticks on every turn, and the gap between two ticks is a stall.
 */
class EventLoopStallMeter
{
  public:
    EventLoopStallMeter()
    {
      mClock.start();
      QObject::connect( &mTicker, &QTimer::timeout, [this] { turn(); } );
      mTicker.start( 0 );
    }

    /** Count a turn now: after a step that blocked the loop where the ticker could not see its end. */
    void turn()
    {
      const qint64 now = mClock.nsecsElapsed();
      mLongestNs = std::max( mLongestNs, now - mLastTurnNs );
      mLastTurnNs = now;
    }
    void stop() { mTicker.stop(); }

    double elapsedMs() const { return mClock.nsecsElapsed() / 1e6; }
    /** The longest stall so far, the one going on now included. */
    double longestMs() const { return std::max( mLongestNs, mClock.nsecsElapsed() - mLastTurnNs ) / 1e6; }

  private:
    QElapsedTimer mClock;
    QTimer mTicker;
    qint64 mLastTurnNs = 0;
    qint64 mLongestNs = 0;
};

/** p50, p95 and the longest of @p framesMs, and their number, as the benchmark's counters. */
inline void reportPercentiles( benchmark::State &state, std::vector<double> framesMs )
{
  if ( framesMs.empty() )
    return;
  std::sort( framesMs.begin(), framesMs.end() );
  auto at = [&framesMs]( double q )
  { return framesMs[std::min( framesMs.size() - 1, static_cast<std::size_t>( q * framesMs.size() ) )]; };
  state.counters["p50_ms"] = at( 0.50 );
  state.counters["p95_ms"] = at( 0.95 );
  state.counters["max_ms"] = framesMs.back();
  state.counters["frames"] = static_cast<double>( framesMs.size() );
}

} // namespace sortie::bench
