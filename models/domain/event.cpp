#include "models/domain/event.h"

#include <QCoreApplication>

namespace sortie
{

namespace
{
struct KindName
{
    EventKind kind;
    const char *name;
    const char *label; //!< In English; translated in context "sortie::EventKind".
};
constexpr KindName kKindNames[] = {
    { EventKind::Summit, "summit", QT_TRANSLATE_NOOP( "sortie::EventKind", "summit" ) },
    { EventKind::DelegationVisit, "delegation-visit",
      QT_TRANSLATE_NOOP( "sortie::EventKind", "delegation visit" ) },
    { EventKind::TreatySigning, "treaty-signing",
      QT_TRANSLATE_NOOP( "sortie::EventKind", "treaty signing" ) },
    { EventKind::Exercise, "exercise", QT_TRANSLATE_NOOP( "sortie::EventKind", "exercise" ) },
    { EventKind::FlightReport, "flight-report", QT_TRANSLATE_NOOP( "sortie::EventKind", "flight report" ) },
    { EventKind::Other, "other", QT_TRANSLATE_NOOP( "sortie::EventKind", "other" ) },
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

QString eventKindLabel( EventKind kind )
{
  for ( const KindName &entry : kKindNames )
  {
    if ( entry.kind == kind )
      return QCoreApplication::translate( "sortie::EventKind", entry.label );
  }
  return QCoreApplication::translate( "sortie::EventKind", "other" );
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
