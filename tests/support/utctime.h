#pragma once

// UTC instants written as dates, for the tests.

#include <QDateTime>
#include <QTimeZone>

#include <cstdint>

namespace sortie::test
{

/** Milliseconds since the epoch of @p year-@p month-@p day @p hour:@p minute UTC. */
inline std::int64_t utcMs( int year, int month, int day, int hour = 0, int minute = 0 )
{
  return QDateTime( QDate( year, month, day ), QTime( hour, minute ), QTimeZone::utc() ).toMSecsSinceEpoch();
}

} // namespace sortie::test
