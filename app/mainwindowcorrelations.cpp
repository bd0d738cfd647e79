// The main window's correlation actions: linking a selected leg and event, a suggestion
// or a dropped leg through the correlation dialog, editing, deleting and selecting links.
// Apart from mainwindow.cpp to keep each file readable.
#include "app/mainwindow.h"
#include "app/map/workspacelayers.h"
#include "models/analysis/correlationfacts.h"
#include "models/analysis/suggestions.h"
#include "models/commands/correlationcommands.h"
#include "models/commands/undostack.h"
#include "models/workspace/workspace.h"
#include "widgets/correlationdialog.h"
#include "widgets/eventpanel.h"
#include "widgets/timeline/timelinedata.h"
#include "widgets/timeline/timelinepanel.h"
#include "widgets/timeline/timelinewidget.h"

#include <QDockWidget>
#include <QStatusBar>

namespace sortie
{

void MainWindow::linkSelection()
{
  const QString event = mEventPanel->selectedEventId();
  if ( resolveLeg( *mWorkspace, mSelectedLeg ).leg < 0 || event.isEmpty() )
  {
    statusBar()->showMessage(
        tr( "To link: select a leg on the timeline or the map, and an event, then Edit > Link." ), 15000 );
    return;
  }
  Correlation draft;
  draft.flights = { FlightRef::leg( mSelectedLeg ) };
  draft.eventIds = QStringList{ event };
  openCorrelationDialog( draft );
}

void MainWindow::linkSuggestion( const Suggestion &suggestion )
{
  Correlation draft;
  draft.flights = { suggestion.flight };
  draft.eventIds = QStringList{ suggestion.eventId };
  openCorrelationDialog( draft );
}

void MainWindow::openCorrelationDialog( const Correlation &correlation )
{
  auto *dialog = new CorrelationDialog( *mWorkspace, correlation, this );
  dialog->setAttribute( Qt::WA_DeleteOnClose );
  connect( dialog, &QDialog::accepted, this,
           [this, dialog]
           {
             const Correlation edited = dialog->correlation();
             if ( edited.id.isEmpty() )
               mUndoStack->push( makeAddCorrelationCommand( *mWorkspace, edited ) );
             else
               mUndoStack->push( makeEditCorrelationCommand( *mWorkspace, edited ) );
             mCorrelationsDock->show();
             mCorrelationsDock->raise();
           } );
  dialog->open();
}

void MainWindow::editCorrelation( const QString &id )
{
  const int index = mWorkspace->correlationIndex( id );
  if ( index >= 0 )
    openCorrelationDialog( mWorkspace->correlations().at( index ) );
}

void MainWindow::deleteCorrelation( const QString &id )
{
  if ( mWorkspace->correlationIndex( id ) >= 0 )
    mUndoStack->push( makeDeleteCorrelationCommand( *mWorkspace, id ) );
}

void MainWindow::selectCorrelation( const QString &id )
{
  const int index = mWorkspace->correlationIndex( id );
  if ( index < 0 )
    return;
  const Correlation &correlation = mWorkspace->correlations().at( index );
  if ( !correlation.eventIds.isEmpty() )
    selectEvent( correlation.eventIds.first() );
  // Its links drawn on the timeline, every flight to every event.
  QVector<QPair<QPair<int, int>, QString>> links; // the timeline's (lane, leg), event
  QVector<LegKey> legs;
  for ( const FlightRef &flight : correlation.flights )
  {
    const ResolvedFlight resolved = resolveFlight( *mWorkspace, flight );
    if ( !resolved.isValid() || resolved.leg < 0 )
      continue;
    legs.append( legKey( *mWorkspace, resolved.track, resolved.leg ) );
    const QPair<int, int> lane =
        laneLegOf( mTimelinePanel->timeline()->lanes(), resolved.track, resolved.leg );
    for ( const QString &event : correlation.eventIds )
      links.append( { lane, event } );
  }
  mTimelinePanel->timeline()->setHighlightedLinks( links );
  // On the map too: all its events and all its legs at once.
  mWorkspaceLayers->selectEvents( correlation.eventIds );
  for ( const FlightRef &flight : correlation.flights )
  {
    const ResolvedFlight resolved = resolveFlight( *mWorkspace, flight );
    if ( resolved.isValid() )
    {
      selectLeg( legKey( *mWorkspace, resolved.track, std::max( 0, resolved.leg ) ) );
      break;
    }
  }
  mWorkspaceLayers->selectLegs( legs );
  mCorrelationsDock->raise(); // selecting the leg raised the flight panel
}

} // namespace sortie
