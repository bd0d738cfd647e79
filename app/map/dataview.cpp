#include "app/map/dataview.h"

#include "app/logging.h"
#include "app/map/mapregion.h"
#include "models/workspace/workspace.h"

#include <qgscoordinatetransform.h>
#include <qgsexception.h>
#include <qgsmapcanvas.h>

#include <cmath>

namespace sortie::dataview
{

GeoBounds dataBounds( const Workspace &workspace )
{
  GeoBoundsBuilder builder;
  for ( const Track &track : workspace.tracks() )
  {
    for ( int i = 0; i < track.size(); ++i )
      builder.add( track.position( i ) );
  }
  const AirbaseIndex &airbases = workspace.airbases();
  for ( const Event &event : workspace.events() )
  {
    if ( const std::optional<GeoPoint> place = airbases.placePosition( event.place ) )
      builder.add( *place );
  }
  for ( const FlightAnalysis &analysis : workspace.analyses() )
  {
    for ( const Leg &leg : analysis.legs )
    {
      for ( const int airbase : { leg.fromAirbase, leg.toAirbase } )
      {
        if ( airbase >= 0 && airbase < airbases.airbases().size() )
          builder.add( airbases.airbases().at( airbase ).position );
      }
    }
  }
  if ( builder.isEmpty() )
  {
    for ( const Airbase &airbase : airbases.airbases() )
      builder.add( airbase.position );
  }
  return builder.bounds();
}

QgsCoordinateReferenceSystem worldCrs( double centreLongitude )
{
  if ( std::abs( centreLongitude ) < 1.0 )
  {
    const QgsCoordinateReferenceSystem equalEarth( QStringLiteral( "EPSG:8857" ) );
    if ( equalEarth.isValid() )
      return equalEarth;
  }
  return QgsCoordinateReferenceSystem::fromProj(
      QStringLiteral( "+proj=eqearth +lon_0=%1 +x_0=0 +y_0=0 +datum=WGS84 +units=m +no_defs" )
          .arg( std::round( centreLongitude ) ) );
}

QgsCoordinateReferenceSystem crsFor( const GeoBounds &bounds )
{
  if ( !bounds.valid )
    return mapregion::defaultCrs();
  const QgsRectangle region = mapregion::defaultRegionWgs84();
  if ( bounds.west >= region.xMinimum() && bounds.unwrappedEast() <= region.xMaximum() &&
       bounds.south >= region.yMinimum() && bounds.north <= region.yMaximum() )
    return mapregion::defaultCrs();
  if ( bounds.widthDegrees() > 180.0 || bounds.heightDegrees() > 120.0 )
    return worldCrs( bounds.centreLongitude() );
  const double centreLatitude = bounds.centreLatitude();
  const double centreLongitude = bounds.centreLongitude();
  // Round the centre so that small changes in the data do not change the projection.
  const double lon0 = std::round( centreLongitude );
  if ( bounds.south * bounds.north > 0 && std::abs( centreLatitude ) >= 15.0 &&
       std::abs( centreLatitude ) <= 70.0 )
  {
    const double span = std::max( bounds.heightDegrees(), 2.0 );
    const double lat1 = std::round( ( bounds.south + span / 6.0 ) * 2.0 ) / 2.0;
    const double lat2 = std::round( ( bounds.south + span * 5.0 / 6.0 ) * 2.0 ) / 2.0;
    return QgsCoordinateReferenceSystem::fromProj(
        QStringLiteral(
            "+proj=lcc +lat_0=%1 +lon_0=%2 +lat_1=%3 +lat_2=%4 +x_0=0 +y_0=0 +datum=WGS84 +units=m "
            "+no_defs" )
            .arg( std::round( centreLatitude ) )
            .arg( lon0 )
            .arg( lat1 )
            .arg( lat2 ) );
  }
  return QgsCoordinateReferenceSystem::fromProj(
      QStringLiteral( "+proj=stere +lat_0=%1 +lon_0=%2 +k=1 +x_0=0 +y_0=0 +datum=WGS84 +units=m +no_defs" )
          .arg( std::round( centreLatitude ) )
          .arg( lon0 ) );
}

bool isWorldCrs( const QgsCoordinateReferenceSystem &crs )
{
  return crs.isValid() && crs.toProj().contains( QLatin1String( "+proj=eqearth" ) );
}

QgsRectangle extentIn( const GeoBounds &bounds, const QgsCoordinateReferenceSystem &crs, double margin )
{
  if ( !bounds.valid )
    return QgsRectangle();
  // At least about 300 km across, around the data's middle: one event or one airfield alone
  // is shown with the country around it, not as a dot on blank land.
  const double width = std::max( bounds.widthDegrees(), 3.0 ),
               height = std::max( bounds.heightDegrees(), 3.0 );
  const double middleLongitude = bounds.west + bounds.widthDegrees() / 2.0;
  const double middleLatitude = bounds.centreLatitude();
  const double west = middleLongitude - width * ( 0.5 + margin ),
               east = middleLongitude + width * ( 0.5 + margin );
  const double south = std::max( -89.0, middleLatitude - height * ( 0.5 + margin ) );
  const double north = std::min( 89.0, middleLatitude + height * ( 0.5 + margin ) );
  try
  {
    const QgsCoordinateTransform transform( mapregion::wgs84(), crs, QgsCoordinateTransformContext() );
    // transformBoundingBox() densifies the edges; longitudes beyond 180 (across the
    // antimeridian) are taken by PROJ as they are.
    return transform.transformBoundingBox( QgsRectangle( west, south, east, north ) );
  }
  catch ( const QgsCsException &e )
  {
    qCWarning( lcApp ).noquote() << "Cannot transform the data's extent:" << e.what();
    return QgsRectangle();
  }
}

bool showData( QgsMapCanvas *canvas, const Workspace &workspace, bool chooseCrs )
{
  const GeoBounds bounds = dataBounds( workspace );
  if ( !bounds.valid )
    return false;
  if ( chooseCrs )
    canvas->setDestinationCrs( crsFor( bounds ) );
  const QgsRectangle extent = extentIn( bounds, canvas->mapSettings().destinationCrs() );
  if ( extent.isEmpty() && extent.width() <= 0 )
    return false;
  canvas->setExtent( extent );
  canvas->refresh();
  return true;
}

void forEachPlace( const Workspace &workspace, const QVector<QPair<int, int>> &legs,
                   const QStringList &eventIds, const std::function<void( const GeoPoint & )> &visit )
{
  for ( const auto &[track, index] : legs )
  {
    const auto t = static_cast<std::size_t>( track );
    const Leg &leg = workspace.analyses()[t].legs.at( index );
    for ( int i = leg.firstPoint; i <= leg.lastPoint; ++i )
      visit( workspace.tracks()[t].position( i ) );
  }
  for ( const QString &id : eventIds )
  {
    const int index = workspace.eventIndex( id );
    if ( index < 0 )
      continue;
    if ( const std::optional<GeoPoint> place =
             workspace.airbases().placePosition( workspace.events().at( index ).place ) )
      visit( *place );
  }
}

GeoBounds selectionBounds( const Workspace &workspace, const QVector<QPair<int, int>> &legs,
                           const QStringList &eventIds )
{
  GeoBoundsBuilder builder;
  forEachPlace( workspace, legs, eventIds, [&builder]( const GeoPoint &place ) { builder.add( place ); } );
  return builder.bounds();
}

bool showBounds( QgsMapCanvas *canvas, const GeoBounds &bounds )
{
  if ( !bounds.valid )
    return false;
  if ( isWorldCrs( canvas->mapSettings().destinationCrs() ) )
    canvas->setDestinationCrs( crsFor( bounds ) );
  const QgsRectangle extent = extentIn( bounds, canvas->mapSettings().destinationCrs() );
  if ( extent.isEmpty() )
    return false;
  canvas->setExtent( extent );
  canvas->refresh();
  return true;
}

void showWorld( QgsMapCanvas *canvas )
{
  // Centred on Greenwich: a world map centred elsewhere splits a continent at its edge, and
  // the edges at plus or minus 180 degrees from the centre are where PROJ may wrap either way.
  const QgsCoordinateReferenceSystem crs = worldCrs( 0.0 );
  canvas->setDestinationCrs( crs );
  try
  {
    const QgsCoordinateTransform transform( mapregion::wgs84(), crs, QgsCoordinateTransformContext() );
    canvas->setExtent( transform.transformBoundingBox( QgsRectangle( -180.0, -90.0, 180.0, 90.0 ) ) );
  }
  catch ( const QgsCsException &e )
  {
    qCWarning( lcApp ).noquote() << "Cannot show the world:" << e.what();
  }
  canvas->refresh();
}

} // namespace sortie::dataview
