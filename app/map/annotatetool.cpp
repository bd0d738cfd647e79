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

} // namespace sortie
