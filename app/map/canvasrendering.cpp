#include "app/map/canvasrendering.h"

#include <qgsmapcanvas.h>

#include <QCoreApplication>
#include <QThreadPool>

namespace sortie
{

void settleCanvasRendering( QgsMapCanvas *canvas )
{
  if ( !canvas )
    return;
  canvas->freeze( true );
  canvas->cancelJobs();

  // An orphaned parallel job runs in stages (layers, then labels), each a task on the
  // global thread pool whose end is posted to this thread. Let every stage end and be
  // delivered; a cancelled job needs one or two rounds, ten is a generous bound.
  QThreadPool *pool = QThreadPool::globalInstance();
  for ( int round = 0; round < 10; ++round )
  {
    pool->waitForDone( 10000 );
    QCoreApplication::sendPostedEvents();
    QCoreApplication::sendPostedEvents( nullptr, QEvent::DeferredDelete );
    if ( pool->activeThreadCount() == 0 )
      break;
  }
}

} // namespace sortie
