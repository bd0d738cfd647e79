#include "app/map/mapimage.h"

#include "app/map/basemap.h"
#include "app/map/mapregion.h"
#include "app/map/temporalrange.h"
#include "app/map/workspacelayers.h"

#include <qgslabelingresults.h>
#include <qgsmaprenderersequentialjob.h>
#include <qgsmapsettings.h>
#include <qgsproject.h>

namespace sortie::mapimage
{

QImage render( QgsProject &project, WorkspaceLayers &layers, const Options &options,
               std::unique_ptr<QgsLabelingResults> *labels )
{
  layers.setTrailLengthMs( options.trailLengthMs );
  layers.setTime( options.timeMs );
  layers.showAnnotationsIn( options.window );

  QgsMapSettings settings;
  settings.setLayers( layers.drawnLayers( true, basemap::countriesLayerIn( project ) ) );
  const QgsCoordinateReferenceSystem crs = options.crs.isValid() ? options.crs : mapregion::defaultCrs();
  settings.setDestinationCrs( crs );
  settings.setTransformContext( project.transformContext() );
  settings.setOutputSize( options.size );
  settings.setOutputDpi( 96 );
  settings.setBackgroundColor( basemap::defaultPalette().sea );
  settings.setFlag( Qgis::MapSettingsFlag::Antialiasing, true );
  settings.setFlag( Qgis::MapSettingsFlag::DrawLabeling, true );
  settings.setExtent( options.extent.isEmpty()
                          ? mapregion::regionExtent( mapregion::defaultRegionWgs84(), crs )
                          : options.extent );
  settings.setIsTemporal( true );
  settings.setTemporalRange( toDateTimeRange( options.window ) );
  QgsMapRendererSequentialJob job( settings );
  job.start();
  job.waitForFinished();
  if ( labels )
    labels->reset( job.takeLabelingResults() );
  return job.renderedImage();
}

} // namespace sortie::mapimage
