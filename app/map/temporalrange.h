#pragma once

#include "models/time/timerange.h"

#include <qgsrange.h>

#include <QDateTime>
#include <QTimeZone>

namespace sortie
{

/** @p range (UTC milliseconds) as QGIS's temporal range, for canvases, map settings and layout maps. */
inline QgsDateTimeRange toDateTimeRange( const TimeRange &range )
{
  return QgsDateTimeRange( QDateTime::fromMSecsSinceEpoch( range.start, QTimeZone::utc() ),
                           QDateTime::fromMSecsSinceEpoch( range.end, QTimeZone::utc() ) );
}

} // namespace sortie
