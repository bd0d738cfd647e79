#include "app/controllers/annotationcontroller.h"

#include "app/map/annotatetool.h"
#include "models/commands/annotationcommands.h"
#include "models/commands/undostack.h"
#include "models/time/timecontroller.h"
#include "models/workspace/selection.h"
#include "models/workspace/workspace.h"
#include "widgets/correlationpanel.h"

#include <qgsmapcanvas.h>

#include <QAction>
#include <QInputDialog>
#include <QMenu>
#include <QStatusBar>

namespace sortie
{

AnnotationController::AnnotationController( const Workbench &workbench, QgsMapTool *panTool, QObject *parent )
  : QObject( parent )
  , mWorkbench( workbench )
  , mPanTool( panTool )
{
  const QList<QPair<QString, Annotation::Kind>> kinds = { { tr( "&Callout" ), Annotation::Kind::Callout },
                                                          { tr( "&Marker" ), Annotation::Kind::Marker },
                                                          { tr( "&Arrow" ), Annotation::Kind::Arrow },
                                                          { tr( "A&rea" ), Annotation::Kind::Area } };
  for ( const auto &[label, kind] : kinds )
  {
    auto *action = new QAction( label, this );
    action->setObjectName( QStringLiteral( "actionAnnotate%1" ).arg( annotationKindName( kind ) ) );
    connect( action, &QAction::triggered, this, [this, kind = kind] { startAnnotating( kind ); } );
    mActions << action;
  }
  auto *separator = new QAction( this );
  separator->setSeparator( true );
  mActions << separator;
  auto *move = new QAction( tr( "M&ove Annotations" ), this );
  move->setObjectName( QStringLiteral( "actionMoveAnnotations" ) );
  connect( move, &QAction::triggered, this, &AnnotationController::startMoving );
  mActions << move;
  auto *pan = new QAction( tr( "&Pan the Map" ), this );
  pan->setObjectName( QStringLiteral( "actionPan" ) );
  connect( pan, &QAction::triggered, this, [this] { replaceTool( nullptr ); } );
  mActions << pan;
}

void AnnotationController::fillMenu( QMenu *menu )
{
  menu->addActions( mActions );
}

void AnnotationController::attach( CorrelationPanel *panel )
{
  connect( panel, &CorrelationPanel::annotationDeleteRequested, this,
           [this]( const QString &id )
           { mWorkbench.undoStack->push( makeDeleteAnnotationCommand( *mWorkbench.workspace, id ) ); } );
  connect( panel, &CorrelationPanel::annotationEditRequested, this, &AnnotationController::editText );
  connect( panel, &CorrelationPanel::annotationWindowRequested, this, &AnnotationController::toggleWindow );
}

void AnnotationController::replaceTool( QgsMapTool *tool )
{
  QgsMapTool *previous = mTool;
  mTool = tool;
  mWorkbench.canvas->setMapTool( tool ? tool : mPanTool );
  if ( previous )
    previous->deleteLater(); // not while it may still be in its own event handler
}

void AnnotationController::startAnnotating( Annotation::Kind kind )
{
  auto *tool = new AnnotateTool( mWorkbench.canvas, kind );
  replaceTool( tool );
  const QString how = kind == Annotation::Kind::Arrow  ? tr( "click its tail, then its head" )
                      : kind == Annotation::Kind::Area ? tr( "click each corner, right-click to close" )
                                                       : tr( "click where it goes" );
  mWorkbench.statusBar->showMessage( tr( "Annotate: %1; Esc cancels." ).arg( how ) );
  connect( tool, &AnnotateTool::cancelled, this,
           [this, tool]
           {
             if ( mTool == tool )
               replaceTool( nullptr );
           } );
  connect( tool, &AnnotateTool::drawn, this,
           [this, tool]( Annotation annotation )
           {
             if ( mTool == tool )
               replaceTool( nullptr );
             const bool needsText = annotation.kind == Annotation::Kind::Callout;
             QInputDialog input( mWorkbench.window );
             input.setObjectName( QStringLiteral( "annotationText" ) );
             input.setWindowTitle( tr( "Annotation" ) );
             input.setLabelText( needsText ? tr( "Text of the callout:" ) : tr( "Text (optional):" ) );
             const bool ok = input.exec() == QDialog::Accepted;
             annotation.text = input.textValue().trimmed();
             if ( !ok || ( needsText && annotation.text.isEmpty() ) )
             {
               mWorkbench.statusBar->showMessage( tr( "No annotation added." ), 10000 );
               return;
             }
             // Shown only while the timeline is inside the window the analyst selected, if any.
             if ( const std::optional<TimeRange> window = mWorkbench.time->selectedWindow() )
               annotation.window = *window;
             annotation.correlationId = mWorkbench.selection->correlationId();
             mWorkbench.undoStack->push( makeAddAnnotationCommand( *mWorkbench.workspace, annotation ) );
             mWorkbench.statusBar->showMessage(
                 annotation.window ? tr( "Annotation added; shown inside the selected time window" )
                                   : tr( "Annotation added" ),
                 10000 );
           } );
}

void AnnotationController::startMoving()
{
  Workspace *workspace = mWorkbench.workspace;
  auto *tool = new MoveAnnotationTool( mWorkbench.canvas, [workspace] { return workspace->annotations(); } );
  replaceTool( tool );
  mWorkbench.statusBar->showMessage(
      tr( "Move annotations: drag one by any of its points; Esc or another tool ends." ) );
  connect( tool, &MoveAnnotationTool::moved, this,
           [this, workspace]( const QString &id, const QVector<GeoPoint> &points )
           {
             const int index = workspace->annotationIndex( id );
             if ( index < 0 )
               return;
             Annotation annotation = workspace->annotations().at( index );
             annotation.points = points;
             mWorkbench.undoStack->push( makeEditAnnotationCommand( *workspace, annotation ) );
           } );
}

void AnnotationController::editText( const QString &id )
{
  const int index = mWorkbench.workspace->annotationIndex( id );
  if ( index < 0 )
    return;
  Annotation annotation = mWorkbench.workspace->annotations().at( index );
  QInputDialog input( mWorkbench.window );
  input.setObjectName( QStringLiteral( "annotationText" ) );
  input.setWindowTitle( tr( "Annotation" ) );
  input.setLabelText( tr( "Text:" ) );
  input.setTextValue( annotation.text );
  if ( input.exec() != QDialog::Accepted || input.textValue().trimmed() == annotation.text )
    return;
  annotation.text = input.textValue().trimmed();
  mWorkbench.undoStack->push( makeEditAnnotationCommand( *mWorkbench.workspace, annotation ) );
}

// Shown always, or only inside the timeline's selected window (else its view).
void AnnotationController::toggleWindow( const QString &id )
{
  const int index = mWorkbench.workspace->annotationIndex( id );
  if ( index < 0 )
    return;
  Annotation annotation = mWorkbench.workspace->annotations().at( index );
  const TimeController &time = *mWorkbench.time;
  if ( annotation.window )
    annotation.window.reset();
  else
    annotation.window = time.selectedWindow().value_or( time.visibleRange() );
  mWorkbench.undoStack->push( makeEditAnnotationCommand( *mWorkbench.workspace, annotation ) );
}

} // namespace sortie
