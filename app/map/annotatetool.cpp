#include "app/map/annotatetool.h"

#include "app/map/mapregion.h"

#include <qgscoordinatetransform.h>
#include <qgsexception.h>
#include <qgsmapcanvas.h>
#include <qgsmapmouseevent.h>
#include <qgsrubberband.h>

#include <QKeyEvent>

namespace sortie
{

AnnotateTool::AnnotateTool( QgsMapCanvas *canvas, Annotation::Kind kind )
  : QgsMapTool( canvas )
  , mKind( kind )
{
  setCursor( Qt::CrossCursor );
}

AnnotateTool::~AnnotateTool() = default;

std::optional<GeoPoint> AnnotateTool::toWgs84( const QgsPointXY &mapPoint ) const
{
  try
  {
    const QgsCoordinateTransform transform( mCanvas->mapSettings().destinationCrs(), mapregion::wgs84(),
                                            mCanvas->mapSettings().transformContext() );
    const QgsPointXY p = transform.transform( mapPoint );
    return GeoPoint{ p.y(), p.x() };
  }
  catch ( const QgsCsException & )
  {
    return std::nullopt; // outside the projection's area
  }
}

void AnnotateTool::canvasReleaseEvent( QgsMapMouseEvent *event )
{
  if ( event->button() == Qt::RightButton )
  {
    if ( mKind == Annotation::Kind::Area && mPoints.size() >= 3 )
      finish();
    else
      reset();
    return;
  }
  if ( event->button() != Qt::LeftButton )
    return;
  const std::optional<GeoPoint> point = toWgs84( event->mapPoint() );
  if ( !point )
    return;
  mPoints.append( *point );
  if ( !mBand )
  {
    mBand = std::make_unique<QgsRubberBand>(
        mCanvas, mKind == Annotation::Kind::Area ? QgsWkbTypes::PolygonGeometry : QgsWkbTypes::LineGeometry );
    mBand->setColor( QColor( 0x7b, 0x1f, 0xa2, 200 ) );
    mBand->setWidth( 2 );
  }
  mBand->addPoint( event->mapPoint() );
  const bool done = mKind == Annotation::Kind::Callout || mKind == Annotation::Kind::Marker ||
                    ( mKind == Annotation::Kind::Arrow && mPoints.size() == 2 );
  if ( done )
    finish();
}

void AnnotateTool::canvasMoveEvent( QgsMapMouseEvent *event )
{
  if ( mBand && !mPoints.isEmpty() )
    mBand->movePoint( event->mapPoint() );
}

void AnnotateTool::keyPressEvent( QKeyEvent *event )
{
  if ( event->key() == Qt::Key_Escape )
  {
    reset();
    emit cancelled();
  }
  else if ( ( event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter ) &&
            mKind == Annotation::Kind::Area && mPoints.size() >= 3 )
    finish();
}

void AnnotateTool::deactivate()
{
  reset();
  QgsMapTool::deactivate();
}

void AnnotateTool::finish()
{
  Annotation annotation;
  annotation.kind = mKind;
  annotation.points = mPoints;
  reset();
  emit drawn( annotation );
}

void AnnotateTool::reset()
{
  mPoints.clear();
  mBand.reset();
}

MoveAnnotationTool::MoveAnnotationTool( QgsMapCanvas *canvas,
                                        std::function<QVector<Annotation>()> annotations )
  : QgsMapTool( canvas )
  , mAnnotations( std::move( annotations ) )
{
  setCursor( Qt::SizeAllCursor );
}

void MoveAnnotationTool::canvasPressEvent( QgsMapMouseEvent *event )
{
  mPressed = Annotation();
  mPressPoint = event->mapPoint();
  const double tolerance = 8 * mCanvas->mapUnitsPerPixel();
  const QgsCoordinateTransform toMap( mapregion::wgs84(), mCanvas->mapSettings().destinationCrs(),
                                      mCanvas->mapSettings().transformContext() );
  double best = tolerance + 1e-9;
  for ( const Annotation &annotation : mAnnotations() )
  {
    for ( const GeoPoint &p : annotation.points )
    {
      try
      {
        const double distance =
            toMap.transform( QgsPointXY( p.longitude, p.latitude ) ).distance( mPressPoint );
        if ( distance < best ) // the first drawn wins a tie
        {
          best = distance;
          mPressed = annotation;
        }
      }
      catch ( const QgsCsException & )
      {
      }
    }
  }
}

void MoveAnnotationTool::canvasReleaseEvent( QgsMapMouseEvent *event )
{
  if ( mPressed.id.isEmpty() )
    return;
  const double dx = event->mapPoint().x() - mPressPoint.x();
  const double dy = event->mapPoint().y() - mPressPoint.y();
  const QgsCoordinateTransform toMap( mapregion::wgs84(), mCanvas->mapSettings().destinationCrs(),
                                      mCanvas->mapSettings().transformContext() );
  QVector<GeoPoint> points;
  try
  {
    // Moved in the map's plane, as the analyst dragged it, not by equal degrees.
    for ( const GeoPoint &p : std::as_const( mPressed.points ) )
    {
      const QgsPointXY onMap = toMap.transform( QgsPointXY( p.longitude, p.latitude ) );
      const QgsPointXY back =
          toMap.transform( QgsPointXY( onMap.x() + dx, onMap.y() + dy ), Qgis::TransformDirection::Reverse );
      points.append( GeoPoint{ back.y(), back.x() } );
    }
  }
  catch ( const QgsCsException & )
  {
    return; // dragged off the projection's area: left where it was
  }
  const QString id = mPressed.id;
  mPressed = Annotation();
  if ( dx != 0 || dy != 0 )
    emit moved( id, points );
}

} // namespace sortie
