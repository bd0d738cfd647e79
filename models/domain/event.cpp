#include "models/domain/event.h"

namespace sortie
{

namespace
{
struct KindName
{
    EventKind kind;
    const char *name;
};
constexpr KindName kKindNames[] = {
    { EventKind::Summit, "summit" },
    { EventKind::DelegationVisit, "delegation-visit" },
    { EventKind::TreatySigning, "treaty-signing" },
    { EventKind::Exercise, "exercise" },
    { EventKind::FlightReport, "flight-report" },
    { EventKind::Other, "other" },
};
} // namespace

QString eventKindName( EventKind kind )
{
  for ( const KindName &entry : kKindNames )
  {
    if ( entry.kind == kind )
      return QString::fromLatin1( entry.name );
  }
  return QStringLiteral( "other" );
}

std::optional<EventKind> eventKindFromName( const QString &name )
{
  QString normalized = name.trimmed().toLower();
  normalized.replace( QLatin1Char( ' ' ), QLatin1Char( '-' ) )
      .replace( QLatin1Char( '_' ), QLatin1Char( '-' ) );
  for ( const KindName &entry : kKindNames )
  {
    if ( normalized == QLatin1String( entry.name ) )
      return entry.kind;
  }
  return std::nullopt;
}

QString datePrecisionName( DatePrecision precision )
{
  switch ( precision )
  {
  case DatePrecision::Day:
    return QStringLiteral( "day" );
  case DatePrecision::Month:
    return QStringLiteral( "month" );
  case DatePrecision::Time:
    break;
  }
  return QStringLiteral( "time" );
}

std::optional<DatePrecision> datePrecisionFromName( const QString &name )
{
  for ( DatePrecision p : { DatePrecision::Time, DatePrecision::Day, DatePrecision::Month } )
  {
    if ( name.trimmed().compare( datePrecisionName( p ), Qt::CaseInsensitive ) == 0 )
      return p;
  }
  return std::nullopt;
}

bool SourceCitation::operator==( const SourceCitation &other ) const
{
  return outlet == other.outlet && title == other.title && date == other.date && url == other.url &&
         supports == other.supports;
}

std::pair<QDateTime, QDateTime> Event::interval() const
{
  QDateTime last = start;
  switch ( precision )
  {
  case DatePrecision::Day:
    last = start.addDays( 1 );
    break;
  case DatePrecision::Month:
    last = start.addMonths( 1 );
    break;
  case DatePrecision::Time:
    break;
  }
  if ( end && *end > last )
    last = *end;
  return { start, last };
}

bool Event::operator==( const Event &other ) const
{
  return id == other.id && title == other.title && start == other.start && end == other.end &&
         precision == other.precision && kind == other.kind && place == other.place &&
         actors == other.actors && description == other.description && sources == other.sources;
}

} // namespace sortie
