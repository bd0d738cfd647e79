#include "app/map/clickpantool.h"

#include <qgsmapcanvas.h>
#include <qgsmapmouseevent.h>

namespace sortie
{

namespace
{
constexpr int kClickSlopPx = 4; // moved less than this between press and release: a click
}

ClickPanTool::ClickPanTool( QgsMapCanvas *canvas )
  : QgsMapToolPan( canvas )
{
}

void ClickPanTool::canvasPressEvent( QgsMapMouseEvent *event )
{
  mPressPixel = event->pos();
  mPressed = event->button() == Qt::LeftButton;
  QgsMapToolPan::canvasPressEvent( event );
}

void ClickPanTool::canvasReleaseEvent( QgsMapMouseEvent *event )
{
  const bool click = mPressed && event->button() == Qt::LeftButton &&
                     ( event->pos() - mPressPixel ).manhattanLength() < kClickSlopPx;
  mPressed = false;
  QgsMapToolPan::canvasReleaseEvent( event );
  if ( click )
    emit clicked( event->mapPoint(), kClickSlopPx * canvas()->mapUnitsPerPixel() );
}

} // namespace sortie
