#include "widgets/timeline/timeticks.h"

#include "models/time/utctext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

#include <cmath>

namespace sortie
{

namespace
{
constexpr std::int64_t kMinute = 60 * 1000;
constexpr std::int64_t kHour = 60 * kMinute;
constexpr std::int64_t kDay = 24 * kHour;

enum class Unit
{
  Fixed, // a fixed number of milliseconds, aligned to the epoch (midnight UTC)
  Week,  // 7 days from Monday
  Month,
  Year,
};

struct Step
{
    Unit unit;
    std::int64_t amount; // milliseconds for Fixed, months or years otherwise
    const char *name;
};

constexpr Step kSteps[] = {
    { Unit::Fixed, kMinute, "1 min" },
    { Unit::Fixed, 2 * kMinute, "2 min" },
    { Unit::Fixed, 5 * kMinute, "5 min" },
    { Unit::Fixed, 10 * kMinute, "10 min" },
    { Unit::Fixed, 15 * kMinute, "15 min" },
    { Unit::Fixed, 30 * kMinute, "30 min" },
    { Unit::Fixed, kHour, "1 h" },
    { Unit::Fixed, 2 * kHour, "2 h" },
    { Unit::Fixed, 3 * kHour, "3 h" },
    { Unit::Fixed, 6 * kHour, "6 h" },
    { Unit::Fixed, 12 * kHour, "12 h" },
    { Unit::Fixed, kDay, "1 day" },
    { Unit::Fixed, 2 * kDay, "2 days" },
    { Unit::Week, 7 * kDay, "1 week" },
    { Unit::Month, 1, "1 month" },
    { Unit::Month, 3, "3 months" },
    { Unit::Month, 6, "6 months" },
    { Unit::Year, 1, "1 year" },
    { Unit::Year, 2, "2 years" },
    { Unit::Year, 5, "5 years" },
    { Unit::Year, 10, "10 years" },
    { Unit::Year, 20, "20 years" },
    { Unit::Year, 50, "50 years" },
};

// Digits as ISO; month names in the interface's language (English without a translation),
// never the machine's locale: the axis is read beside reports and ICAO codes.
QString formatted( const QDateTime &t, const QString &pattern )
{
  return QLocale::c().toString( t, pattern );
}

QString dayAndMonth( const QDateTime &t )
{
  //: A day on the timeline's axis, e.g. "8 Jul" (Qt date format: d day, MMM month name).
  return interfaceLocale().toString( t, QCoreApplication::translate( "sortie::locale", "d MMM" ) );
}

// Ticks of `step` in [start, end), in "wall" milliseconds (UTC shifted by the offset).
QVector<std::int64_t> tickTimes( const Step &step, std::int64_t start, std::int64_t end, int maxTicks )
{
  QVector<std::int64_t> times;
  auto floorDiv = []( std::int64_t a, std::int64_t b ) { return a >= 0 ? a / b : -( ( -a + b - 1 ) / b ); };
  if ( step.unit == Unit::Fixed || step.unit == Unit::Week )
  {
    // 1970-01-01 was a Thursday: Mondays are 4 days after the epoch, modulo a week.
    const std::int64_t origin = step.unit == Unit::Week ? 4 * kDay : 0;
    std::int64_t t = ( floorDiv( start - origin, step.amount ) + 1 ) * step.amount + origin;
    if ( t - step.amount >= start )
      t -= step.amount;
    for ( ; t < end && times.size() <= maxTicks; t += step.amount )
      times.append( t );
    return times;
  }
  const QDateTime first = QDateTime::fromMSecsSinceEpoch( start, QTimeZone::utc() );
  QDate date( first.date().year(), step.unit == Unit::Month ? first.date().month() : 1, 1 );
  if ( step.unit == Unit::Month )
  {
    // Align to multiples of the step within the year (Jan, Apr, Jul, Oct for 3 months).
    date = QDate( date.year(), ( ( date.month() - 1 ) / step.amount ) * step.amount + 1, 1 );
  }
  else
    date = QDate( static_cast<int>( floorDiv( date.year(), step.amount ) * step.amount ), 1, 1 );
  while ( times.size() <= maxTicks )
  {
    const std::int64_t t = QDateTime( date, QTime( 0, 0 ), QTimeZone::utc() ).toMSecsSinceEpoch();
    if ( t >= end )
      break;
    if ( t >= start )
      times.append( t );
    date = step.unit == Unit::Month ? date.addMonths( static_cast<int>( step.amount ) )
                                    : date.addYears( static_cast<int>( step.amount ) );
  }
  return times;
}

TimeTick makeTick( const Step &step, std::int64_t wallMs, int offsetSeconds )
{
  const QDateTime t = QDateTime::fromMSecsSinceEpoch( wallMs, QTimeZone::utc() );
  TimeTick tick;
  tick.timeMs = wallMs - static_cast<std::int64_t>( offsetSeconds ) * 1000;
  const bool midnight = t.time() == QTime( 0, 0 );
  const bool firstOfMonth = midnight && t.date().day() == 1;
  const bool firstOfYear = firstOfMonth && t.date().month() == 1;
  switch ( step.unit )
  {
  case Unit::Fixed:
    if ( step.amount < kDay )
    {
      tick.major = midnight;
      tick.label = midnight ? dayAndMonth( t ) : formatted( t, QStringLiteral( "HH:mm" ) );
    }
    else
    {
      tick.major = firstOfMonth;
      tick.label = firstOfYear ? formatted( t, QStringLiteral( "yyyy" ) ) : dayAndMonth( t );
    }
    break;
  case Unit::Week:
    tick.major = false;
    tick.label = dayAndMonth( t );
    break;
  case Unit::Month:
    tick.major = firstOfYear;
    tick.label =
        firstOfYear ? formatted( t, QStringLiteral( "yyyy" ) ) : formatted( t, QStringLiteral( "MMM" ) );
    break;
  case Unit::Year:
    tick.major = true;
    tick.label = formatted( t, QStringLiteral( "yyyy" ) );
    break;
  }
  return tick;
}
} // namespace

TimeTicks chooseTimeTicks( const TimeRange &range, double widthPx,
                           const std::function<double( const QString & )> &labelWidth, double gapPx,
                           int offsetSeconds )
{
  TimeTicks result;
  if ( !range.isValid() || widthPx <= 0 )
    return result;
  const double pxPerMs = widthPx / static_cast<double>( range.span() );
  const std::int64_t offsetMs = static_cast<std::int64_t>( offsetSeconds ) * 1000;
  const std::int64_t wallStart = range.start + offsetMs;
  const std::int64_t wallEnd = range.end + offsetMs;
  const int maxTicks = static_cast<int>( widthPx / 4 ) + 2;

  for ( const Step &step : kSteps )
  {
    // Quick reject: the shortest possible interval of this step is too narrow for any label.
    const std::int64_t shortest = step.unit == Unit::Month  ? 28 * kDay * step.amount
                                  : step.unit == Unit::Year ? 365 * kDay * step.amount
                                                            : step.amount;
    if ( shortest * pxPerMs < gapPx + 10 )
      continue;
    const QVector<std::int64_t> times = tickTimes( step, wallStart, wallEnd, maxTicks );
    if ( times.size() > maxTicks )
      continue;
    QVector<TimeTick> ticks;
    bool fits = true;
    for ( int i = 0; i < times.size() && fits; ++i )
    {
      TimeTick tick = makeTick( step, times.at( i ), offsetSeconds );
      const double x = ( tick.timeMs - range.start ) * pxPerMs;
      // The room a label has: up to the next tick, or to the edge for the last one.
      const double nextX =
          i + 1 < times.size() ? ( times.at( i + 1 ) - offsetMs - range.start ) * pxPerMs : widthPx + 1e9;
      if ( labelWidth( tick.label ) + gapPx > nextX - x )
        fits = false;
      ticks.append( tick );
    }
    if ( !fits )
      continue;
    result.ticks = ticks;
    result.stepName = QString::fromLatin1( step.name );
    const QDateTime startWall = QDateTime::fromMSecsSinceEpoch( wallStart, QTimeZone::utc() );
    if ( step.unit == Unit::Fixed && step.amount < kDay )
      result.contextLabel = formatted( startWall, QStringLiteral( "yyyy-MM-dd" ) );
    else if ( step.unit != Unit::Year )
      result.contextLabel = formatted( startWall, QStringLiteral( "yyyy" ) );
    return result;
  }
  return result; // nothing fits (a very narrow widget): no ticks rather than overlapping ones
}

} // namespace sortie
