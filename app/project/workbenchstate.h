#pragma once

#include "models/time/timerange.h"

#include <qgscoordinatereferencesystem.h>
#include <qgsrectangle.h>

#include <QJsonObject>
#include <QPair>

#include <optional>

namespace sortie
{
class MainWindow;

/**
 * The workbench as the analyst left it, saved in the project file's state table: the
 * current time, the timeline's view and window, the event filters, the second time zone,
 * the trail length, the map's projection and extent, which layers are shown, the
 * selected event and the dock layout. JSON, so that a newer Sortie can add keys and an
 * older one ignores them.
 */
namespace workbenchstate
{
/** What @p window shows now. */
QJsonObject capture( const MainWindow &window );
/** Show @p state in @p window; keys missing or unreadable keep what the window shows. */
void apply( MainWindow &window, const QJsonObject &state );
/** The window @p state was left showing: its selected window, else its visible range. */
std::optional<TimeRange> savedWindow( const QJsonObject &state );
/** The current time @p state was left at (UTC ms). */
std::optional<std::int64_t> savedTime( const QJsonObject &state );
/** The map's projection and extent @p state was left showing (the projection invalid when unsaved). */
std::optional<QPair<QgsCoordinateReferenceSystem, QgsRectangle>> savedMap( const QJsonObject &state );
/** The aircraft's trail length @p state was left with, in minutes. */
std::optional<int> savedTrailMinutes( const QJsonObject &state );
} // namespace workbenchstate

} // namespace sortie
