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
  // global thread pool whose end reaches this thread as a QFutureWatcher notification
  // (QEvent::FutureCallOut). Let every stage end and deliver only those notifications:
  // delivering every posted event here (deferred deletes above all) would run arbitrary
  // code in the middle of whoever called us, such as a dialog emitting its result.
  // A cancelled job needs one or two rounds; ten is a generous bound.
  QThreadPool *pool = QThreadPool::globalInstance();
  for ( int round = 0; round < 10; ++round )
  {
    pool->waitForDone( 10000 );
    QCoreApplication::sendPostedEvents( nullptr, QEvent::FutureCallOut );
    if ( pool->activeThreadCount() == 0 )
      break;
  }
}

} // namespace sortie
