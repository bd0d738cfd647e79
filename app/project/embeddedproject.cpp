#include "app/project/embeddedproject.h"

#include "app/map/basemap.h"
#include "app/map/layerstyles.h"
#include "app/map/mapregion.h"
#include "app/sortieapplication.h"
#include "models/project/displaysnapshot.h"
#include "models/project/pgconnection.h"
#include "models/project/teamproject.h"

#include <qgsdatasourceuri.h>
#include <qgslayertree.h>
#include <qgsmapsettings.h>
#include <qgsproject.h>
#include <qgsprojecttimesettings.h>
#include <qgsvectorlayer.h>

#include <QDomDocument>
#include <QFileInfo>
#include <QScopeGuard>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

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

namespace
{
using LayerMaker = std::function<QgsVectorLayer *( const QString &table, const QString &name )>;

/**
 * Sortie's layers, styled and time-enabled, the basemap and the view, into @p project: one
 * way for a file's embedded project and a team project's, only where the tables are differs.
 */
bool buildProject( QgsProject &project, const View &view, const LayerMaker &makeLayer,
                   const QString &positionsName, QString *error )
{
  project.setTitle( view.title );
  const QgsCoordinateReferenceSystem crs = view.crs.isValid() ? view.crs : mapregion::defaultCrs();
  project.setCrs( crs );
  QgsVectorLayer *events = makeLayer( QStringLiteral( "events" ), QObject::tr( "Events" ) );
  QgsVectorLayer *gaps = makeLayer( QStringLiteral( "gaps" ), QObject::tr( "Gaps in flight" ) );
  QgsVectorLayer *legs = makeLayer( QStringLiteral( "legs" ), QObject::tr( "Legs" ) );
  QgsVectorLayer *points = makeLayer( QStringLiteral( "track_points" ), positionsName );
  QgsVectorLayer *stops = makeLayer( QStringLiteral( "ground_stops" ), QObject::tr( "Ground stops" ) );
  QgsVectorLayer *airbases = makeLayer( QStringLiteral( "airbases" ), QObject::tr( "Airbases" ) );
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
  return true;
}

// Writes @p project to @p uri with the map view QGIS's canvas opens on.
bool writeWithView( QgsProject &project, const View &view, const QString &uri, QString *error )
{
  // Where stock QGIS opens the map: its canvas reads this element of the project.
  QgsMapSettings canvasView;
  canvasView.setDestinationCrs( project.crs() );
  canvasView.setOutputSize( QSize( 1200, 800 ) );
  canvasView.setExtent( view.extent.isEmpty()
                            ? mapregion::regionExtent( mapregion::defaultRegionWgs84(), project.crs() )
                            : view.extent );
  QObject::connect( &project, &QgsProject::writeProject, &project,
                    [&canvasView]( QDomDocument &document )
                    {
                      QDomElement canvas = document.createElement( QStringLiteral( "mapcanvas" ) );
                      canvas.setAttribute( QStringLiteral( "name" ), QStringLiteral( "theMapCanvas" ) );
                      canvasView.writeXml( canvas, document );
                      document.documentElement().appendChild( canvas );
                    } );
  if ( !project.write( uri ) )
  {
    *error = QObject::tr( "QGIS could not write the embedded project: %1" ).arg( project.error() );
    return false;
  }
  return true;
}
} // namespace

bool write( const QString &gpkgPath, const View &view, QString *error )
{
  const QString path = QFileInfo( gpkgPath ).absoluteFilePath();
  QgsProject project;
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
  const LayerMaker makeLayer = [&attached]( const QString &table, const QString &name )
  { return tableLayer( attached, table, name ); };
  return buildProject( project, view, makeLayer, positionsName, error ) &&
         writeWithView( project, view, projectUri( path ), error );
}

namespace
{
QgsDataSourceUri::SslMode sslMode( const QMap<QString, QString> &parameters )
{
  return QgsDataSourceUri::decodeSslMode( parameters.value( QStringLiteral( "sslmode" ) ) );
}
} // namespace

QString teamProjectUri( const QString &connection, const QString &schema )
{
  // As QGIS's PostgreSQL project storage encodes it (QgsPostgresProjectStorage::encodeUri).
  const QMap<QString, QString> parameters = pg::connectionParameters( connection );
  QUrl url;
  url.setScheme( QStringLiteral( "postgresql" ) );
  const QString host = parameters.value( QStringLiteral( "host" ) );
  if ( !host.startsWith( QLatin1Char( '/' ) ) ) // a socket folder cannot be a URL's host: use a service
    url.setHost( host );
  if ( !parameters.value( QStringLiteral( "port" ) ).isEmpty() )
    url.setPort( parameters.value( QStringLiteral( "port" ) ).toInt() );
  QUrlQuery query;
  for ( const char *key : { "service", "dbname", "sslmode" } )
  {
    const QString value = parameters.value( QString::fromLatin1( key ) );
    if ( !value.isEmpty() )
      query.addQueryItem( QString::fromLatin1( key ), value );
  }
  query.addQueryItem( QStringLiteral( "schema" ), schema );
  query.addQueryItem( QStringLiteral( "project" ), projectName() );
  url.setQuery( query );
  return QString::fromUtf8( url.toEncoded() );
}

bool writeTeam( const QString &connection, const QString &schema, const View &view, QString *error )
{
  // Each analyst's QGIS connects as that analyst (service and password files): no user, no
  // password in the layers.
  const QMap<QString, QString> parameters = pg::connectionParameters( connection );
  QgsDataSourceUri base;
  if ( !parameters.value( QStringLiteral( "service" ) ).isEmpty() )
    base.setConnection( parameters.value( QStringLiteral( "service" ) ),
                        parameters.value( QStringLiteral( "dbname" ) ), QString(), QString(),
                        sslMode( parameters ) );
  else
    base.setConnection(
        parameters.value( QStringLiteral( "host" ) ), parameters.value( QStringLiteral( "port" ) ),
        parameters.value( QStringLiteral( "dbname" ) ), QString(), QString(), sslMode( parameters ) );
  // The layers name no user, so QGIS checks and writes as the one libpq would pick: the
  // publisher's, when the connection named one (a service names its own).
  const QString user = parameters.value( QStringLiteral( "user" ) );
  const QByteArray previousUser = qgetenv( "PGUSER" );
  if ( !user.isEmpty() && parameters.value( QStringLiteral( "service" ) ).isEmpty() )
    qputenv( "PGUSER", user.toUtf8() );
  const auto restoreUser = qScopeGuard(
      [&]
      {
        if ( previousUser.isNull() )
          qunsetenv( "PGUSER" );
        else
          qputenv( "PGUSER", previousUser );
      } );
  const QHash<QString, QString> geometry = teamproject::geometryColumns( connection, schema );
  const LayerMaker makeLayer = [&]( const QString &table, const QString &name )
  {
    QgsDataSourceUri uri( base );
    uri.setDataSource( schema, table, geometry.value( table ), QString(), QStringLiteral( "fid" ) );
    return new QgsVectorLayer( uri.uri( false ), name, QStringLiteral( "postgres" ) );
  };
  QgsProject project;
  return buildProject( project, view, makeLayer, QObject::tr( "Positions" ), error ) &&
         writeWithView( project, view, teamProjectUri( connection, schema ), error );
}

} // namespace sortie::embeddedproject
