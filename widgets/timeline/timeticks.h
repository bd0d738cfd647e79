#pragma once

#include "models/time/timerange.h"

#include <QString>
#include <QVector>

#include <functional>

namespace sortie
{

/** One tick of the time axis. */
struct TimeTick
{
    std::int64_t timeMs = 0; //!< UTC.
    QString label;           //!< Drawn to the right of the tick.
    bool major = false;      //!< A day, month or year boundary: drawn stronger.
};

/** The result of choosing ticks: the ticks and the step that was chosen. */
struct TimeTicks
{
    QVector<TimeTick> ticks;
    QString stepName;     //!< e.g. "15 min", "1 day", "3 months": for tests and tooltips.
    QString contextLabel; //!< What the labels leave out, e.g. "2024-07-09" when they show only times.
};

/**
 * Ticks for @p range drawn over @p widthPx pixels, in UTC plus @p offsetSeconds (0 for
 * the UTC axis; +32400 for Korea Standard Time on a second axis). The finest step is
 * chosen whose every label, measured by @p labelWidth, fits with @p gapPx to spare
 * before the next tick: labels never overlap, at any zoom from minutes to decades.
 * Steps: 1, 2, 5, 10, 15, 30 minutes; 1, 2, 3, 6, 12 hours; 1, 2 days; weeks from Monday;
 * 1, 3, 6 months; 1, 2, 5, 10, 20, 50 years.
 */
TimeTicks chooseTimeTicks( const TimeRange &range, double widthPx,
                           const std::function<double( const QString & )> &labelWidth, double gapPx = 8.0,
                           int offsetSeconds = 0 );

} // namespace sortie
