#include "models/io/icaltimezone.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <utility>

namespace sortie::ical
{

namespace
{
int weekdayOf( const QString &code )
{
  static const QStringList codes = { QStringLiteral( "MO" ), QStringLiteral( "TU" ), QStringLiteral( "WE" ),
                                     QStringLiteral( "TH" ), QStringLiteral( "FR" ), QStringLiteral( "SA" ),
                                     QStringLiteral( "SU" ) };
  const int i = codes.indexOf( code.toUpper() );
  return i < 0 ? 0 : i + 1;
}

// The onset of @p rule in @p year, local (before the change), if it has one that year.
std::optional<QDateTime> yearlyOnset( const ZoneRule &rule, int year )
{
  const int month = rule.byMonth > 0 ? rule.byMonth : rule.start.date().month();
  const QDate first( year, month, 1 );
  if ( !first.isValid() )
    return std::nullopt;
  const int days = first.daysInMonth();
  QVector<int> candidates;
  if ( !rule.byMonthDays.isEmpty() )
  {
    for ( int day : rule.byMonthDays )
    {
      if ( day < 0 )
        day = days + 1 + day;
      if ( day >= 1 && day <= days )
        candidates.append( day );
    }
  }
  else if ( rule.byDayWeekday == 0 )
    candidates.append( rule.start.date().day() );
  else
  {
    for ( int day = 1; day <= days; ++day )
      candidates.append( day );
  }
  QVector<int> matching;
  for ( const int day : std::as_const( candidates ) )
  {
    if ( rule.byDayWeekday == 0 || QDate( year, month, day ).dayOfWeek() == rule.byDayWeekday )
      matching.append( day );
  }
  if ( matching.isEmpty() )
    return std::nullopt;
  int chosen = matching.first();
  if ( rule.byDayOrdinal > 0 )
  {
    if ( rule.byDayOrdinal > matching.size() )
      return std::nullopt;
    chosen = matching.at( rule.byDayOrdinal - 1 );
  }
  else if ( rule.byDayOrdinal < 0 )
  {
    if ( -rule.byDayOrdinal > matching.size() )
      return std::nullopt;
    chosen = matching.at( matching.size() + rule.byDayOrdinal );
  }
  return QDateTime( QDate( year, month, chosen ), rule.start.time(), QTimeZone::utc() );
}

// Every onset of @p rule up to the end of @p lastYear, in UTC.
QVector<QDateTime> onsetsUtc( const ZoneRule &rule, int lastYear )
{
  QVector<QDateTime> locals;
  if ( rule.start.isValid() )
    locals.append( rule.start );
  locals += rule.dates;
  if ( rule.yearly && rule.start.isValid() )
  {
    // Bounded: time-zone rules start after 1800 and files are read for events before 2200.
    const int firstYear = std::max( rule.start.date().year(), 1800 );
    for ( int year = firstYear; year <= std::min( lastYear, 2200 ); ++year )
    {
      if ( const auto onset = yearlyOnset( rule, year ) )
      {
        if ( *onset >= rule.start )
          locals.append( *onset );
      }
    }
  }
  QVector<QDateTime> utc;
  for ( const QDateTime &local : std::as_const( locals ) )
  {
    const QDateTime when =
        QDateTime( local.date(), local.time(), QTimeZone::utc() ).addSecs( -rule.offsetFromSeconds );
    if ( rule.until && when > *rule.until && local != rule.start )
      continue;
    utc.append( when );
  }
  return utc;
}
} // namespace

std::optional<int> parseUtcOffset( const QString &text )
{
  static const QRegularExpression pattern( QStringLiteral( "^([+-])(\\d{2})(\\d{2})(\\d{2})?$" ) );
  const QRegularExpressionMatch match = pattern.match( text.trimmed() );
  if ( !match.hasMatch() )
    return std::nullopt;
  const int seconds = match.captured( 2 ).toInt() * 3600 + match.captured( 3 ).toInt() * 60 +
                      ( match.captured( 4 ).isEmpty() ? 0 : match.captured( 4 ).toInt() );
  if ( seconds > 18 * 3600 )
    return std::nullopt;
  return match.captured( 1 ) == QLatin1String( "-" ) ? -seconds : seconds;
}

QDateTime parseLocalDateTime( const QString &text )
{
  // A wall-clock time, kept in a UTC QDateTime so that the machine's own zone never shifts it.
  const QString trimmed = text.trimmed();
  if ( trimmed.size() != 15 || trimmed.at( 8 ) != QLatin1Char( 'T' ) )
    return QDateTime();
  const QDate date = QDate::fromString( trimmed.left( 8 ), QStringLiteral( "yyyyMMdd" ) );
  const QTime time = QTime::fromString( trimmed.mid( 9 ), QStringLiteral( "HHmmss" ) );
  if ( !date.isValid() || !time.isValid() )
    return QDateTime();
  return QDateTime( date, time, QTimeZone::utc() );
}

bool parseYearlyRule( const QString &rrule, ZoneRule &rule )
{
  bool yearly = false;
  for ( const QString &part : rrule.split( QLatin1Char( ';' ), Qt::SkipEmptyParts ) )
  {
    const int equals = part.indexOf( QLatin1Char( '=' ) );
    if ( equals < 0 )
      continue;
    const QString key = part.left( equals ).trimmed().toUpper();
    const QString value = part.mid( equals + 1 ).trimmed();
    if ( key == QLatin1String( "FREQ" ) )
      yearly = value.compare( QLatin1String( "YEARLY" ), Qt::CaseInsensitive ) == 0;
    else if ( key == QLatin1String( "BYMONTH" ) )
      rule.byMonth = value.toInt();
    else if ( key == QLatin1String( "BYMONTHDAY" ) )
    {
      for ( const QString &day : value.split( QLatin1Char( ',' ), Qt::SkipEmptyParts ) )
        rule.byMonthDays.append( day.toInt() );
    }
    else if ( key == QLatin1String( "BYDAY" ) )
    {
      static const QRegularExpression byDay( QStringLiteral( "^([+-]?\\d{1,2})?([A-Za-z]{2})$" ) );
      const QRegularExpressionMatch match = byDay.match( value.split( QLatin1Char( ',' ) ).first() );
      if ( !match.hasMatch() )
        return false;
      rule.byDayOrdinal = match.captured( 1 ).toInt();
      rule.byDayWeekday = weekdayOf( match.captured( 2 ) );
    }
    else if ( key == QLatin1String( "UNTIL" ) )
    {
      QString until = value;
      const bool utc = until.endsWith( QLatin1Char( 'Z' ) );
      if ( utc )
        until.chop( 1 );
      QDateTime when = until.size() == 8
                           ? QDateTime( QDate::fromString( until, QStringLiteral( "yyyyMMdd" ) ),
                                        QTime( 23, 59, 59 ), QTimeZone::utc() )
                           : parseLocalDateTime( until );
      if ( when.isValid() && !utc )
        when = when.addSecs( -rule.offsetFromSeconds );
      if ( when.isValid() )
        rule.until = when;
    }
  }
  rule.yearly = yearly && ( rule.byMonth >= 0 && rule.byMonth <= 12 ) && rule.byDayOrdinal >= -5 &&
                rule.byDayOrdinal <= 5;
  return rule.yearly;
}

std::optional<int> ZoneDefinition::offsetAtUtc( const QDateTime &utc ) const
{
  std::optional<QDateTime> latest;
  int offset = 0;
  const int lastYear = utc.date().year() + 1;
  for ( const ZoneRule &rule : rules )
  {
    for ( const QDateTime &onset : onsetsUtc( rule, lastYear ) )
    {
      if ( onset <= utc && ( !latest || onset > *latest ) )
      {
        latest = onset;
        offset = rule.offsetToSeconds;
      }
    }
  }
  if ( latest )
    return offset;
  // Before the first onset: the earliest part's offset before it, if there is one.
  const ZoneRule *earliest = nullptr;
  for ( const ZoneRule &rule : rules )
  {
    if ( rule.start.isValid() && ( !earliest || rule.start < earliest->start ) )
      earliest = &rule;
  }
  if ( earliest )
    return earliest->offsetFromSeconds;
  return std::nullopt;
}

QDateTime ZoneDefinition::toUtc( const QDateTime &local ) const
{
  const QDateTime wall( local.date(), local.time(), QTimeZone::utc() );
  // Two passes: the offset at the time guessed with the offset in force just before.
  const std::optional<int> first = offsetAtUtc( wall );
  if ( !first )
    return QDateTime();
  QDateTime utc = wall.addSecs( -*first );
  const std::optional<int> second = offsetAtUtc( utc );
  if ( second && *second != *first )
    utc = wall.addSecs( -*second );
  return utc;
}

std::optional<int> offsetOfOutlookTzid( const QString &tzid )
{
  static const QRegularExpression pattern(
      QStringLiteral( "^\\(?\\s*(?:GMT|UTC)\\s*(?:([+-])\\s*(\\d{1,2})(?::?(\\d{2}))?)?\\s*\\)?" ),
      QRegularExpression::CaseInsensitiveOption );
  const QRegularExpressionMatch match = pattern.match( tzid.trimmed() );
  if ( !match.hasMatch() || match.capturedLength( 0 ) == 0 )
    return std::nullopt;
  if ( match.captured( 1 ).isEmpty() )
    return 0; // "(GMT) Greenwich Mean Time"
  const int seconds = match.captured( 2 ).toInt() * 3600 + match.captured( 3 ).toInt() * 60;
  if ( seconds > 14 * 3600 )
    return std::nullopt;
  return match.captured( 1 ) == QLatin1String( "-" ) ? -seconds : seconds;
}

} // namespace sortie::ical
