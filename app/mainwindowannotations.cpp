// The main window's map annotations: the drawing tool, the text, the time window and the
// undo command. Apart from mainwindow.cpp to keep each file readable.
#include "app/mainwindow.h"
#include "app/map/annotatetool.h"
#include "models/commands/annotationcommands.h"
#include "models/commands/undostack.h"
#include "models/time/timecontroller.h"
#include "models/workspace/workspace.h"
#include "widgets/correlationpanel.h"

#include <qgsmapcanvas.h>

#include <QInputDialog>
#include <QStatusBar>

namespace sortie
{

void MainWindow::replaceAnnotationTool( QgsMapTool *tool )
{
  QgsMapTool *previous = mAnnotateTool;
  mAnnotateTool = tool;
  mCanvas->setMapTool( tool ? tool : mPanTool );
  if ( previous )
    previous->deleteLater(); // not while it may still be in its own event handler
}

void MainWindow::startAnnotating( int kindValue )
{
  const auto kind = static_cast<Annotation::Kind>( kindValue );
  auto *tool = new AnnotateTool( mCanvas, kind );
  replaceAnnotationTool( tool );
  const QString how = kind == Annotation::Kind::Arrow  ? tr( "click its tail, then its head" )
                      : kind == Annotation::Kind::Area ? tr( "click each corner, right-click to close" )
                                                       : tr( "click where it goes" );
  statusBar()->showMessage( tr( "Annotate: %1; Esc cancels." ).arg( how ) );
  auto backToPanning = [this, tool]
  {
    mCanvas->setMapTool( mPanTool );
    tool->deleteLater();
    mAnnotateTool = nullptr;
  };
  connect( tool, &AnnotateTool::cancelled, this, backToPanning );
  connect( tool, &AnnotateTool::drawn, this,
           [this, backToPanning]( Annotation annotation )
           {
             backToPanning();
             const bool needsText = annotation.kind == Annotation::Kind::Callout;
             bool ok = false;
             QInputDialog input( this );
             input.setObjectName( QStringLiteral( "annotationText" ) );
             input.setWindowTitle( tr( "Annotation" ) );
             input.setLabelText( needsText ? tr( "Text of the callout:" ) : tr( "Text (optional):" ) );
             ok = input.exec() == QDialog::Accepted;
             annotation.text = input.textValue().trimmed();
             if ( !ok || ( needsText && annotation.text.isEmpty() ) )
             {
               statusBar()->showMessage( tr( "No annotation added." ), 10000 );
               return;
             }
             // Shown only while the timeline is inside the window the analyst selected, if any.
             if ( const std::optional<TimeRange> window = mTimeController->selectedWindow() )
               annotation.window = *window;
             annotation.correlationId = mCorrelationPanel->selectedCorrelationId();
             mUndoStack->push( makeAddAnnotationCommand( *mWorkspace, annotation ) );
             statusBar()->showMessage( annotation.window
                                           ? tr( "Annotation added; shown inside the selected time window" )
                                           : tr( "Annotation added" ),
                                       10000 );
           } );
}

void MainWindow::startMovingAnnotations()
{
  auto *tool = new MoveAnnotationTool( mCanvas, [this] { return mWorkspace->annotations(); } );
  replaceAnnotationTool( tool );
  statusBar()->showMessage(
      tr( "Move annotations: drag one by any of its points; Esc or another tool ends." ) );
  connect( tool, &MoveAnnotationTool::moved, this,
           [this]( const QString &id, const QVector<GeoPoint> &points )
           {
             const int index = mWorkspace->annotationIndex( id );
             if ( index < 0 )
               return;
             Annotation annotation = mWorkspace->annotations().at( index );
             annotation.points = points;
             mUndoStack->push( makeEditAnnotationCommand( *mWorkspace, annotation ) );
           } );
}

void MainWindow::connectAnnotationPanel()
{
  connect( mCorrelationPanel, &CorrelationPanel::annotationDeleteRequested, this,
           [this]( const QString &id )
           { mUndoStack->push( makeDeleteAnnotationCommand( *mWorkspace, id ) ); } );
  connect( mCorrelationPanel, &CorrelationPanel::annotationEditRequested, this,
           [this]( const QString &id )
           {
             const int index = mWorkspace->annotationIndex( id );
             if ( index < 0 )
               return;
             Annotation annotation = mWorkspace->annotations().at( index );
             QInputDialog input( this );
             input.setObjectName( QStringLiteral( "annotationText" ) );
             input.setWindowTitle( tr( "Annotation" ) );
             input.setLabelText( tr( "Text:" ) );
             input.setTextValue( annotation.text );
             if ( input.exec() != QDialog::Accepted || input.textValue().trimmed() == annotation.text )
               return;
             annotation.text = input.textValue().trimmed();
             mUndoStack->push( makeEditAnnotationCommand( *mWorkspace, annotation ) );
           } );
  // Time window: shown always, or only inside the timeline's selected window (else its view).
  connect( mCorrelationPanel, &CorrelationPanel::annotationWindowRequested, this,
           [this]( const QString &id )
           {
             const int index = mWorkspace->annotationIndex( id );
             if ( index < 0 )
               return;
             Annotation annotation = mWorkspace->annotations().at( index );
             if ( annotation.window )
               annotation.window.reset();
             else
               annotation.window =
                   mTimeController->selectedWindow().value_or( mTimeController->visibleRange() );
             mUndoStack->push( makeEditAnnotationCommand( *mWorkspace, annotation ) );
           } );
}

} // namespace sortie
