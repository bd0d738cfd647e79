#include "models/time/utctext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QObject>
#include <QTimeZone>

namespace sortie
{

QString utcMinuteText( std::int64_t ms )
{
  return QLocale::c().toString( QDateTime::fromMSecsSinceEpoch( ms, QTimeZone::utc() ),
                                QStringLiteral( "yyyy-MM-dd HH:mm" ) );
}

QString utcMinuteLabel( std::int64_t ms )
{
  return QObject::tr( "%1 UTC" ).arg( utcMinuteText( ms ) );
}

QString utcRangeText( const TimeRange &range )
{
  return QObject::tr( "%1 – %2 UTC" ).arg( utcMinuteText( range.start ), utcMinuteText( range.end ) );
}

QLocale interfaceLocale()
{
  //: The QLocale name of this translation's language (ko, ru): month names in dates.
  return QLocale( QCoreApplication::translate( "sortie::locale", "en" ) );
}

} // namespace sortie
