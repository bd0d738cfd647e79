#pragma once

#include "models/domain/track.h"

#include <QPair>
#include <QVector>

#include <cstdint>
#include <optional>

namespace sortie
{

/** Where an aircraft is at a moment, as far as its track tells. */
struct PositionAt
{
    enum class State
    {
      Live, //!< Between two fixes less than a gap apart: interpolated along the great circle.
      Dark, //!< In a gap (or after a track that ended in flight): the last known position.
    };
    State state = State::Live;
    GeoPoint position;
    float altitudeMetres = TrackPoint::kUnknown;
    double headingDegrees = 0.0;     //!< Direction of travel (great-circle bearing between the fixes).
    std::int64_t sinceLastFixMs = 0; //!< How long ago the last fix was (0 at a fix).
    int lastFix = 0;                 //!< Index of the fix at or before the moment.
};

/** How positions and trails are derived. */
struct PositionSettings
{
    std::int64_t gapThresholdMs = 10 * 60 * 1000;  //!< Fixes further apart are not joined.
    std::int64_t darkAfterEndMs = 2 * 3600 * 1000; //!< A track that ends in flight shows "dark" this long.
};

/**
 * The aircraft's position at @p timeMs: a binary search on the track's time column, no
 * scan of its points, so a frame costs O(log n) per aircraft whatever the track's length.
 * nullopt before the first fix, and after the last one unless the track ended in flight
 * (@p endedInFlight), where it stays "dark" for a while.
 */
std::optional<PositionAt> positionAt( const Track &track, std::int64_t timeMs, bool endedInFlight,
                                      const PositionSettings &settings = PositionSettings() );

/**
 * The trail behind the aircraft at @p timeMs: fixes from @p timeMs - @p lengthMs, ending at
 * the current (interpolated) position, split where fixes are a gap apart so that no line
 * crosses a gap. Each point carries its time, for fading by age.
 */
/**
 * The fixes of the trail at @p timeMs as index ranges [first, last] into the track, split
 * where fixes are a gap apart: no copies, only the time column is read. trailAt() builds on it.
 */
QVector<QPair<int, int>> trailRanges( const Track &track, std::int64_t timeMs, std::int64_t lengthMs,
                                      const PositionSettings &settings = PositionSettings() );

struct TrailPoint
{
    GeoPoint position;
    std::int64_t timeMs;
};
QVector<QVector<TrailPoint>> trailAt( const Track &track, std::int64_t timeMs, std::int64_t lengthMs,
                                      const PositionSettings &settings = PositionSettings() );

} // namespace sortie
