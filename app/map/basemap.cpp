#include "app/map/basemap.h"

#include <qgsfillsymbol.h>
#include <qgsproject.h>
#include <qgssinglesymbolrenderer.h>
#include <qgsvectorlayer.h>

#include <QFileInfo>

#include <memory>

namespace sortie::basemap
{

Palette defaultPalette()
{
  return Palette();
}

QgsVectorLayer *createCountriesLayer( const QString &geoPackagePath, const Palette &palette, QString *error )
{
  if ( !QFileInfo::exists( geoPackagePath ) )
  {
    if ( error )
      *error = QObject::tr( "Basemap file not found: %1 (package qgis-common)" ).arg( geoPackagePath );
    return nullptr;
  }

  QgsVectorLayer::LayerOptions options;
  options.skipCrsValidation = true;
  // Styled below; and reading the file's own default style only prompts a GDAL warning
  // about a date in world_map.gpkg's layer_styles table.
  options.loadDefaultStyle = false;
  auto layer =
      std::make_unique<QgsVectorLayer>( geoPackagePath + QStringLiteral( "|layername=countries" ),
                                        QObject::tr( "Countries" ), QStringLiteral( "ogr" ), options );
  if ( !layer->isValid() )
  {
    if ( error )
      *error = QObject::tr( "Basemap layer 'countries' could not be read from %1" ).arg( geoPackagePath );
    return nullptr;
  }

  QgsFillSymbol *symbol = QgsFillSymbol::createSimple( {
      { QStringLiteral( "color" ), palette.land.name() },
      { QStringLiteral( "outline_color" ), palette.borders.name() },
      { QStringLiteral( "outline_width" ), QString::number( palette.borderWidthMm ) },
      { QStringLiteral( "outline_width_unit" ), QStringLiteral( "MM" ) },
      { QStringLiteral( "joinstyle" ), QStringLiteral( "round" ) },
  } );
  layer->setRenderer( new QgsSingleSymbolRenderer( symbol ) );
  layer->setCustomProperty( QStringLiteral( "sortie/role" ), QStringLiteral( "basemap" ) );
  return layer.release();
}

QgsMapLayer *countriesLayerIn( const QgsProject &project )
{
  for ( QgsMapLayer *layer : project.mapLayers() )
  {
    if ( layer->customProperty( QStringLiteral( "sortie/role" ) ).toString() == QLatin1String( "basemap" ) )
      return layer;
  }
  return nullptr;
}

} // namespace sortie::basemap
