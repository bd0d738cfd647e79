#include "app/project/workbenchstate.h"

#include "app/mainwindow.h"
#include "app/map/dataview.h"
#include "app/map/workspacelayers.h"
#include "models/io/importsupport.h"
#include "models/time/timecontroller.h"
#include "widgets/eventpanel.h"
#include "widgets/timeline/timelinepanel.h"

#include <qgslayertree.h>
#include <qgsmapcanvas.h>
#include <qgsproject.h>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QTimeZone>

namespace sortie::workbenchstate
{

namespace
{
QString iso( std::int64_t ms )
{
  return QDateTime::fromMSecsSinceEpoch( ms, QTimeZone::utc() ).toString( Qt::ISODateWithMs );
}

std::optional<std::int64_t> msOf( const QJsonValue &value )
{
  const QDateTime time = importsupport::parseUtc( value.toString() );
  if ( !time.isValid() )
    return std::nullopt;
  return time.toMSecsSinceEpoch();
}
} // namespace

QJsonObject capture( const MainWindow &window )
{
  const TimeController *clock = window.timeController();
  QJsonObject state;
  state.insert( QStringLiteral( "current_time" ), iso( clock->currentTime() ) );
  state.insert( QStringLiteral( "visible_from" ), iso( clock->visibleRange().start ) );
  state.insert( QStringLiteral( "visible_to" ), iso( clock->visibleRange().end ) );
  if ( const std::optional<TimeRange> selected = clock->selectedWindow() )
  {
    state.insert( QStringLiteral( "window_from" ), iso( selected->start ) );
    state.insert( QStringLiteral( "window_to" ), iso( selected->end ) );
  }
  state.insert( QStringLiteral( "trail_minutes" ),
                static_cast<double>( window.workspaceLayers()->trailLengthMs() / 60000 ) );
  const EventPanel *events = window.eventPanel();
  state.insert( QStringLiteral( "event_filter_text" ), events->filterEdit()->text() );
  state.insert( QStringLiteral( "event_filter_kind" ), events->kindCombo()->currentIndex() );
  state.insert( QStringLiteral( "event_filter_in_window" ), events->windowCheck()->isChecked() );
  state.insert( QStringLiteral( "selected_event" ), events->selectedEventId() );
  state.insert( QStringLiteral( "second_zone" ), window.timelinePanel()->secondZoneCombo()->currentIndex() );

  const QgsMapCanvas *canvas = window.mapCanvas();
  const QgsRectangle extent = canvas->extent();
  state.insert( QStringLiteral( "map_crs" ),
                canvas->mapSettings().destinationCrs().toWkt( QgsCoordinateReferenceSystem::WKT_PREFERRED ) );
  state.insert( QStringLiteral( "map_extent" ),
                QJsonArray{ extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum() } );
  QJsonObject shown;
  for ( QgsLayerTreeLayer *node : window.project()->layerTreeRoot()->findLayers() )
    shown.insert( node->name(), node->isVisible() );
  state.insert( QStringLiteral( "layers_shown" ), shown );
  state.insert( QStringLiteral( "dock_layout" ),
                QString::fromLatin1( window.saveState( MainWindow::kLayoutVersion ).toBase64() ) );
  return state;
}

void apply( MainWindow &window, const QJsonObject &state )
{
  // First the selection: selecting an event moves the time, which the state then sets.
  const QString selected = state.value( QStringLiteral( "selected_event" ) ).toString();
  if ( !selected.isEmpty() )
    window.selectEvent( selected );
  TimeController *clock = window.timeController();
  const std::optional<std::int64_t> from = msOf( state.value( QStringLiteral( "visible_from" ) ) );
  const std::optional<std::int64_t> to = msOf( state.value( QStringLiteral( "visible_to" ) ) );
  if ( from && to && *from < *to )
    clock->setVisibleRange( { *from, *to } );
  else
    window.showDataTimes(); // a project without a view (made by `sortie import`): all of its times
  const std::optional<std::int64_t> windowFrom = msOf( state.value( QStringLiteral( "window_from" ) ) );
  const std::optional<std::int64_t> windowTo = msOf( state.value( QStringLiteral( "window_to" ) ) );
  if ( windowFrom && windowTo && *windowFrom < *windowTo )
    clock->setSelectedWindow( { *windowFrom, *windowTo } );
  else
    clock->clearSelectedWindow();
  if ( const std::optional<std::int64_t> now = savedTime( state ) )
    clock->setCurrentTime( *now );

  if ( const std::optional<int> minutes = savedTrailMinutes( state ) )
    window.setTrailMinutes( *minutes );
  EventPanel *events = window.eventPanel();
  events->filterEdit()->setText( state.value( QStringLiteral( "event_filter_text" ) ).toString() );
  const int kind = state.value( QStringLiteral( "event_filter_kind" ) ).toInt( 0 );
  if ( kind >= 0 && kind < events->kindCombo()->count() )
    events->kindCombo()->setCurrentIndex( kind );
  events->windowCheck()->setChecked( state.value( QStringLiteral( "event_filter_in_window" ) ).toBool() );
  const int zone = state.value( QStringLiteral( "second_zone" ) ).toInt( 0 );
  if ( zone >= 0 && zone < window.timelinePanel()->secondZoneCombo()->count() )
    window.timelinePanel()->secondZoneCombo()->setCurrentIndex( zone );

  const QgsCoordinateReferenceSystem crs =
      QgsCoordinateReferenceSystem::fromWkt( state.value( QStringLiteral( "map_crs" ) ).toString() );
  if ( crs.isValid() )
    window.mapCanvas()->setDestinationCrs( crs );
  if ( const auto map = savedMap( state ) )
    window.mapCanvas()->setExtent( map->second );
  else
    dataview::showData( window.mapCanvas(), *window.workspace(), !crs.isValid() ); // the map goes to the data
  const QJsonObject shown = state.value( QStringLiteral( "layers_shown" ) ).toObject();
  for ( QgsLayerTreeLayer *node : window.project()->layerTreeRoot()->findLayers() )
  {
    if ( shown.contains( node->name() ) )
      node->setItemVisibilityChecked( shown.value( node->name() ).toBool() );
  }
  const QByteArray layout =
      QByteArray::fromBase64( state.value( QStringLiteral( "dock_layout" ) ).toString().toLatin1() );
  if ( !layout.isEmpty() )
    window.restoreState( layout, MainWindow::kLayoutVersion ); // refuses another layout version
  window.mapCanvas()->refresh();
}

std::optional<TimeRange> savedWindow( const QJsonObject &state )
{
  for ( const auto &[from, to] :
        { QPair<QString, QString>( QStringLiteral( "window_from" ), QStringLiteral( "window_to" ) ),
          QPair<QString, QString>( QStringLiteral( "visible_from" ), QStringLiteral( "visible_to" ) ) } )
  {
    const std::optional<std::int64_t> start = msOf( state.value( from ) );
    const std::optional<std::int64_t> end = msOf( state.value( to ) );
    if ( start && end && *start < *end )
      return TimeRange{ *start, *end };
  }
  return std::nullopt;
}

std::optional<std::int64_t> savedTime( const QJsonObject &state )
{
  return msOf( state.value( QStringLiteral( "current_time" ) ) );
}

std::optional<QPair<QgsCoordinateReferenceSystem, QgsRectangle>> savedMap( const QJsonObject &state )
{
  const QJsonArray extent = state.value( QStringLiteral( "map_extent" ) ).toArray();
  if ( extent.size() != 4 )
    return std::nullopt;
  const QgsRectangle rectangle( extent.at( 0 ).toDouble(), extent.at( 1 ).toDouble(),
                                extent.at( 2 ).toDouble(), extent.at( 3 ).toDouble() );
  if ( rectangle.isEmpty() || !rectangle.isFinite() )
    return std::nullopt;
  return qMakePair(
      QgsCoordinateReferenceSystem::fromWkt( state.value( QStringLiteral( "map_crs" ) ).toString() ),
      rectangle );
}

std::optional<int> savedTrailMinutes( const QJsonObject &state )
{
  if ( !state.contains( QStringLiteral( "trail_minutes" ) ) )
    return std::nullopt;
  return state.value( QStringLiteral( "trail_minutes" ) ).toInt();
}

} // namespace sortie::workbenchstate
