#pragma once

#include <QMetaType>

#include <algorithm>
#include <cstdint>

namespace sortie
{

/**
 * How near the current time an instant event counts as happening "now" (drawn larger on
 * the timeline and the map): an instant has no duration, so it gets a margin.
 */
constexpr std::int64_t kInstantEventCurrentMs = 3600 * 1000;

/** A UTC interval [start, end) in milliseconds since 1970-01-01T00:00:00Z. */
struct TimeRange
{
    std::int64_t start = 0;
    std::int64_t end = 0;

    std::int64_t span() const { return end - start; }
    bool isValid() const { return end > start; }
    bool contains( std::int64_t t ) const { return t >= start && t < end; }
    bool intersects( const TimeRange &other ) const { return start < other.end && other.start < end; }
    std::int64_t clamp( std::int64_t t ) const { return std::clamp( t, start, std::max( start, end - 1 ) ); }

    friend bool operator==( const TimeRange &a, const TimeRange &b )
    {
      return a.start == b.start && a.end == b.end;
    }
    friend bool operator!=( const TimeRange &a, const TimeRange &b ) { return !( a == b ); }
};

} // namespace sortie

Q_DECLARE_METATYPE( sortie::TimeRange )
