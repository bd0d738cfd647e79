#include "models/time/utctext.h"

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

} // namespace sortie
