#include "app/project/embeddedproject.h"

#include "app/map/basemap.h"
#include "app/map/layerstyles.h"
#include "app/map/mapregion.h"
#include "app/sortieapplication.h"
#include "models/project/displaysnapshot.h"

#include <qgslayertree.h>
#include <qgsmapsettings.h>
#include <qgsproject.h>
#include <qgsprojecttimesettings.h>
#include <qgsvectorlayer.h>

#include <QDomDocument>
#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

namespace sortie::embeddedproject
{

namespace
{
// On a table of the copy the project carries (displaysnapshot.h), so that QGIS stores it as
// "attachment:NAME|layername=TABLE" and finds it in any copy of the file under any name.
QgsVectorLayer *tableLayer( const QString &gpkgPath, const QString &table, const QString &name )
{
  auto *layer = new QgsVectorLayer( QStringLiteral( "%1|layername=%2" ).arg( gpkgPath, table ), name,
                                    QStringLiteral( "ogr" ) );
  return layer;
}
} // namespace

QString layersKind()
{
  return QStringLiteral( "attached" );
}

QString projectName()
{
  return QStringLiteral( "Sortie" );
}

QString projectUri( const QString &gpkgPath )
{
  // As QGIS's GeoPackage project storage encodes it.
  QUrl url;
  url.setScheme( QStringLiteral( "geopackage" ) );
  url.setPath( QFileInfo( gpkgPath ).absoluteFilePath() );
  QUrlQuery query;
  query.addQueryItem( QStringLiteral( "projectName" ), projectName() );
  url.setQuery( query );
  return QString::fromUtf8( url.toEncoded() );
}

bool write( const QString &gpkgPath, const View &view, QString *error )
{
  const QString path = QFileInfo( gpkgPath ).absoluteFilePath();
  QgsProject project;
  project.setTitle( view.title );
  const QgsCoordinateReferenceSystem crs = view.crs.isValid() ? view.crs : mapregion::defaultCrs();
  project.setCrs( crs );
  project.writeEntry( QStringLiteral( "Paths" ), QStringLiteral( "/Absolute" ),
                      false ); // relative to the file

  // The map tables go into the project archive, not by the file's name (displaysnapshot.h).
  const QString attached = project.createAttachedFile( QStringLiteral( "sortie-map.gpkg" ) );
  const displaysnapshot::Result snapshot = displaysnapshot::write( path, attached );
  if ( !snapshot.ok() )
  {
    *error = QObject::tr( "The map tables for QGIS could not be copied: %1" ).arg( snapshot.error );
    return false;
  }
  const QString positionsName = snapshot.stride == 1
                                    ? QObject::tr( "Positions" )
                                    : QObject::tr( "Positions (every %1th fix: %2 of %3; Sortie shows all)" )
                                          .arg( snapshot.stride )
                                          .arg( snapshot.positionsKept )
                                          .arg( snapshot.positionsInProject );
  QgsVectorLayer *events = tableLayer( attached, QStringLiteral( "events" ), QObject::tr( "Events" ) );
  QgsVectorLayer *gaps = tableLayer( attached, QStringLiteral( "gaps" ), QObject::tr( "Gaps in flight" ) );
  QgsVectorLayer *legs = tableLayer( attached, QStringLiteral( "legs" ), QObject::tr( "Legs" ) );
  QgsVectorLayer *points = tableLayer( attached, QStringLiteral( "track_points" ), positionsName );
  QgsVectorLayer *stops =
      tableLayer( attached, QStringLiteral( "ground_stops" ), QObject::tr( "Ground stops" ) );
  QgsVectorLayer *airbases = tableLayer( attached, QStringLiteral( "airbases" ), QObject::tr( "Airbases" ) );
  const QList<QgsVectorLayer *> layers{ events, gaps, legs, points, stops, airbases };
  for ( QgsVectorLayer *layer : layers )
  {
    if ( !layer->isValid() )
    {
      *error = QObject::tr( "QGIS cannot read the table behind layer \"%1\"" ).arg( layer->name() );
      qDeleteAll( layers );
      return false;
    }
  }
  layerstyles::styleEvents( events, QStringLiteral( "covers_from" ), QStringLiteral( "covers_until" ) );
  // A rule, not a subset string: QGIS's OGR connection pool reads a subset layer again
  // later, when the file it opened has already been moved into place.
  layerstyles::styleGaps( gaps, QStringLiteral( "\"in_flight\" = 1 AND \"open\" = 0" ) );
  layerstyles::setTimeSpan( gaps, QStringLiteral( "start" ), QStringLiteral( "end" ) );
  layerstyles::styleLegs( legs );
  layerstyles::setTimeSpan( legs, QStringLiteral( "departure" ), QStringLiteral( "arrival" ) );
  layerstyles::styleTrackPoints( points, QStringLiteral( "time" ) );
  layerstyles::setTimeSpan( stops, QStringLiteral( "start" ), QStringLiteral( "end" ) );
  layerstyles::styleAirbases( airbases, QStringLiteral( "icao" ) );

  QgsLayerTreeGroup *group = project.layerTreeRoot()->addGroup( QObject::tr( "Sortie data" ) );
  for ( QgsVectorLayer *layer : layers )
  {
    project.addMapLayer( layer, false );
    group->addLayer( layer );
  }
  // The basemap QGIS ships: stored as "inbuilt:" and found in any QGIS installation.
  QString basemapError;
  if ( QgsVectorLayer *countries = basemap::createCountriesLayer( SortieApplication::basemapPath(),
                                                                  basemap::defaultPalette(), &basemapError ) )
  {
    project.addMapLayer( countries, false );
    project.layerTreeRoot()->addLayer( countries );
  }
  project.setBackgroundColor( basemap::defaultPalette().sea );

  if ( view.from.isValid() && view.to.isValid() && view.from < view.to )
    project.timeSettings()->setTemporalRange( QgsDateTimeRange( view.from, view.to ) );

  // Where stock QGIS opens the map: its canvas reads this element of the project.
  QgsMapSettings canvasView;
  canvasView.setDestinationCrs( crs );
  canvasView.setOutputSize( QSize( 1200, 800 ) );
  canvasView.setExtent(
      view.extent.isEmpty() ? mapregion::regionExtent( mapregion::defaultRegionWgs84(), crs ) : view.extent );
  QObject::connect( &project, &QgsProject::writeProject, &project,
                    [&canvasView]( QDomDocument &document )
                    {
                      QDomElement canvas = document.createElement( QStringLiteral( "mapcanvas" ) );
                      canvas.setAttribute( QStringLiteral( "name" ), QStringLiteral( "theMapCanvas" ) );
                      canvasView.writeXml( canvas, document );
                      document.documentElement().appendChild( canvas );
                    } );

  if ( !project.write( projectUri( path ) ) )
  {
    *error = QObject::tr( "QGIS could not write the embedded project: %1" ).arg( project.error() );
    return false;
  }
  return true;
}

} // namespace sortie::embeddedproject
