#include "models/time/duration.h"

#include <QObject>

namespace sortie
{

QString formatDuration( std::int64_t ms )
{
  const std::int64_t minutes = std::max<std::int64_t>( 0, ms ) / 60000;
  if ( minutes < 60 )
    return QObject::tr( "%1 min" ).arg( minutes );
  const std::int64_t hours = minutes / 60;
  if ( hours < 48 )
    return QObject::tr( "%1 h %2 min" ).arg( hours ).arg( minutes % 60, 2, 10, QLatin1Char( '0' ) );
  return QObject::tr( "%1 d %2 h" ).arg( hours / 24 ).arg( hours % 24 );
}

} // namespace sortie
