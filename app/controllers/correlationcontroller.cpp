#include "app/controllers/correlationcontroller.h"

#include "models/analysis/correlationfacts.h"
#include "models/analysis/suggestions.h"
#include "models/commands/correlationcommands.h"
#include "models/commands/undostack.h"
#include "models/workspace/selection.h"
#include "models/workspace/workspace.h"
#include "widgets/correlationdialog.h"
#include "widgets/correlationpanel.h"
#include "widgets/timeline/timelinedata.h"
#include "widgets/timeline/timelinewidget.h"

#include <QAction>
#include <QStatusBar>

namespace sortie
{

CorrelationController::CorrelationController( const Workbench &workbench, QObject *parent )
  : QObject( parent )
  , mWorkbench( workbench )
{
  mLinkAction = new QAction( tr( "&Link Flight to Event..." ), this );
  mLinkAction->setObjectName( QStringLiteral( "actionLink" ) );
  mLinkAction->setShortcut( QKeySequence( Qt::CTRL | Qt::Key_L ) );
  mLinkAction->setToolTip( tr( "Select a leg (timeline or map) and an event first" ) );
  connect( mLinkAction, &QAction::triggered, this, &CorrelationController::linkSelection );
}

void CorrelationController::attach( CorrelationPanel *panel )
{
  connect( panel, &CorrelationPanel::editRequested, this, &CorrelationController::editCorrelation );
  connect( panel, &CorrelationPanel::deleteRequested, this, &CorrelationController::deleteCorrelation );
  connect( panel, &CorrelationPanel::linkRequested, this, &CorrelationController::linkSuggestion );
  connect( panel, &CorrelationPanel::dismissRequested, this,
           [this]( const QString &key )
           { mWorkbench.undoStack->push( makeDismissSuggestionCommand( *mWorkbench.workspace, key ) ); } );
}

void CorrelationController::attach( TimelineWidget *timeline )
{
  // The timeline's lanes are aircraft: a lane's leg is a leg of one of its tracks.
  connect( timeline, &TimelineWidget::legDroppedOnEvent, this,
           [this, timeline]( int lane, int leg, const QString &event )
           {
             const QPair<int, int> source = trackLegOf( timeline->lanes(), lane, leg );
             Correlation draft;
             draft.flights = { flightRef( *mWorkbench.workspace, source.first, source.second ) };
             draft.eventIds = QStringList{ event };
             openDialog( draft );
           } );
}

void CorrelationController::linkSelection()
{
  const Selection &selection = *mWorkbench.selection;
  const QString event = selection.eventId();
  if ( resolveLeg( *mWorkbench.workspace, selection.leg() ).leg < 0 || event.isEmpty() )
  {
    mWorkbench.statusBar->showMessage(
        tr( "To link: select a leg on the timeline or the map, and an event, then Edit > Link." ), 15000 );
    return;
  }
  Correlation draft;
  draft.flights = { FlightRef::leg( selection.leg() ) };
  draft.eventIds = QStringList{ event };
  openDialog( draft );
}

void CorrelationController::linkSuggestion( const Suggestion &suggestion )
{
  Correlation draft;
  draft.flights = { suggestion.flight };
  draft.eventIds = QStringList{ suggestion.eventId };
  openDialog( draft );
}

void CorrelationController::openDialog( const Correlation &correlation )
{
  auto *dialog = new CorrelationDialog( *mWorkbench.workspace, correlation, mWorkbench.window );
  dialog->setAttribute( Qt::WA_DeleteOnClose );
  connect( dialog, &QDialog::accepted, this,
           [this, dialog]
           {
             const Correlation edited = dialog->correlation();
             Workspace &workspace = *mWorkbench.workspace;
             if ( edited.id.isEmpty() )
               mWorkbench.undoStack->push( makeAddCorrelationCommand( workspace, edited ) );
             else
               mWorkbench.undoStack->push( makeEditCorrelationCommand( workspace, edited ) );
             emit correlationSaved();
           } );
  dialog->open();
}

void CorrelationController::editCorrelation( const QString &id )
{
  const int index = mWorkbench.workspace->correlationIndex( id );
  if ( index >= 0 )
    openDialog( mWorkbench.workspace->correlations().at( index ) );
}

void CorrelationController::deleteCorrelation( const QString &id )
{
  if ( mWorkbench.workspace->correlationIndex( id ) >= 0 )
    mWorkbench.undoStack->push( makeDeleteCorrelationCommand( *mWorkbench.workspace, id ) );
}

} // namespace sortie
