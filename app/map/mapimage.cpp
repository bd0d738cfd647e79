#include "app/map/mapimage.h"

#include "app/map/mapregion.h"
#include "app/map/workspacelayers.h"

#include <qgsmaprenderersequentialjob.h>
#include <qgsmapsettings.h>
#include <qgsproject.h>

#include <QTimeZone>

namespace sortie::mapimage
{

QImage render( QgsProject &project, WorkspaceLayers &layers, const Options &options )
{
  layers.setTrailLengthMs( options.trailLengthMs );
  layers.setTime( options.timeMs );
  layers.showAnnotationsIn( options.window );

  QgsMapSettings settings;
  QList<QgsMapLayer *> drawn;
  for ( QgsMapLayer *layer : std::initializer_list<QgsMapLayer *>{
            layers.aircraftLayer(), layers.annotationLayer(), layers.eventsLayer(), layers.gapsLayer(),
            layers.legsLayer(), layers.airbasesLayer() } )
  {
    if ( layer )
      drawn << layer;
  }
  for ( QgsMapLayer *layer : project.mapLayers() )
  {
    if ( layer->name() == QObject::tr( "Countries" ) )
      drawn << layer; // the basemap, under everything
  }
  settings.setLayers( drawn );
  const QgsCoordinateReferenceSystem crs = options.crs.isValid() ? options.crs : mapregion::defaultCrs();
  settings.setDestinationCrs( crs );
  settings.setTransformContext( project.transformContext() );
  settings.setOutputSize( options.size );
  settings.setOutputDpi( 96 );
  settings.setBackgroundColor( QColor( 0xd6, 0xe2, 0xea ) );
  settings.setFlag( Qgis::MapSettingsFlag::Antialiasing, true );
  settings.setFlag( Qgis::MapSettingsFlag::DrawLabeling, true );
  settings.setExtent( options.extent.isEmpty()
                          ? mapregion::regionExtent( mapregion::defaultRegionWgs84(), crs )
                          : options.extent );
  settings.setIsTemporal( true );
  settings.setTemporalRange(
      QgsDateTimeRange( QDateTime::fromMSecsSinceEpoch( options.window.start, QTimeZone::utc() ),
                        QDateTime::fromMSecsSinceEpoch( options.window.end, QTimeZone::utc() ) ) );
  QgsMapRendererSequentialJob job( settings );
  job.start();
  job.waitForFinished();
  return job.renderedImage();
}

} // namespace sortie::mapimage
