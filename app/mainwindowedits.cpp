// The main window's answers to edits: the views of what a change touched (WorkspaceChange),
// selecting events and legs, and the event and track edits that ask first.
// Apart from mainwindow.cpp to keep each file readable.
#include "app/mainwindow.h"
#include "app/map/dataview.h"
#include "app/map/workspacelayers.h"
#include "models/analysis/correlationfacts.h"
#include "models/commands/eventcommands.h"
#include "models/commands/undostack.h"
#include "models/time/timecontroller.h"
#include "models/workspace/selection.h"
#include "models/workspace/workspace.h"
#include "widgets/correlationpanel.h"
#include "widgets/eventdialog.h"
#include "widgets/eventpanel.h"
#include "widgets/flight/flightpanel.h"
#include "widgets/flight/legdetails.h"
#include "widgets/timeline/timelinedata.h"
#include "widgets/timeline/timelinepanel.h"
#include "widgets/timeline/timelinewidget.h"

#include <QDockWidget>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimeZone>

namespace sortie
{

void MainWindow::showChange( const WorkspaceChange &change )
{
  // Only the views of what changed (issue 12): an event edit must not rebuild every track's
  // layers and lanes, which took seconds with a million positions.
  switch ( change.subject )
  {
  case WorkspaceChange::Subject::Events:
  {
    mTimelinePanel->timeline()->setEvents( timelineEvents( mWorkspace->events() ) );
    mEventPanel->syncEvents( mWorkspace->events() );
    mWorkspaceLayers->refreshEvents( *mWorkspace );
    refreshCorrelations();                      // they show events' titles
    showSelectedEvent( mSelection->eventId() ); // pruned already when it went
    return;
  }
  case WorkspaceChange::Subject::Correlations:
  case WorkspaceChange::Subject::Suggestions:
    refreshCorrelations();
    return;
  case WorkspaceChange::Subject::Annotations:
    mWorkspaceLayers->refreshAnnotations( *mWorkspace );
    refreshCorrelations(); // the panel lists each correlation's drawings
    return;
  case WorkspaceChange::Subject::Tracks:
    if ( change.kind == WorkspaceChange::Kind::Reset )
      break;
    // A track removed or put back: the lanes, that track's features on the map, the
    // suggestions; every other layer, event and selection as it was.
    mTimelinePanel->timeline()->setContents( timelineEvents( mWorkspace->events() ),
                                             timelineLanes( mWorkspace->tracks(), mWorkspace->analyses() ) );
    mWorkspaceLayers->refreshTracks( *mWorkspace, change.ids );
    refreshCorrelations();
    showSelectedEvent( mSelection->eventId() );
    showSelectedLeg( mSelection->leg() );
    return;
  case WorkspaceChange::Subject::Everything:
    break;
  }
  showWorkspace();
}

void MainWindow::refreshCorrelations()
{
  mCorrelationPanel->refresh();
  if ( mCorrelationPanel->selectedCorrelationId().isEmpty() )
    mTimelinePanel->timeline()->setHighlightedLinks( {} ); // its correlation is gone
}

void MainWindow::addEvent()
{
  Event draft;
  draft.start = QDateTime::fromMSecsSinceEpoch( mTimeController->currentTime(), QTimeZone::utc() );
  draft.precision = DatePrecision::Day;
  auto *dialog = new EventDialog( draft, this );
  dialog->setAttribute( Qt::WA_DeleteOnClose );
  connect( dialog, &QDialog::accepted, this,
           [this, dialog]
           {
             Event event = dialog->event();
             event.id.clear(); // the command gives it a unique one
             mUndoStack->push( makeAddEventCommand( *mWorkspace, event ) );
           } );
  dialog->open();
}

void MainWindow::editEvent( const QString &id )
{
  const int index = mWorkspace->eventIndex( id );
  if ( index < 0 )
    return;
  auto *dialog = new EventDialog( mWorkspace->events().at( index ), this );
  dialog->setAttribute( Qt::WA_DeleteOnClose );
  connect( dialog, &QDialog::accepted, this,
           [this, dialog]
           {
             const Event event = dialog->event();
             mUndoStack->push( makeEditEventCommand( *mWorkspace, event ) );
             selectEvent( event.id );
           } );
  dialog->open();
}

void MainWindow::deleteEvent( const QString &id )
{
  const int index = mWorkspace->eventIndex( id );
  if ( index < 0 )
    return;
  const int citing = correlationsCitingEvent( *mWorkspace, id ).size();
  if ( citing == 0 )
  {
    mUndoStack->push( makeDeleteEventCommand( *mWorkspace, id ) );
    return;
  }
  // The analyst is told what else the delete changes before it happens (issue 12).
  pushAfterConfirmation( QStringLiteral( "confirmDeleteEvent" ), tr( "Delete event" ),
                         tr( "Delete “%1”? %n correlation(s) cite it and will lose the link to it (Edit > "
                             "Undo restores both).",
                             nullptr, citing )
                             .arg( mWorkspace->events().at( index ).title ),
                         [this, id] { return makeDeleteEventCommand( *mWorkspace, id ); } );
}

void MainWindow::pushAfterConfirmation( const QString &objectName, const QString &title,
                                        const QString &question,
                                        const std::function<std::unique_ptr<Command>()> &makeCommand )
{
  auto *box =
      new QMessageBox( QMessageBox::Question, title, question, QMessageBox::Yes | QMessageBox::Cancel, this );
  box->setObjectName( objectName );
  box->setAttribute( Qt::WA_DeleteOnClose );
  box->setDefaultButton( QMessageBox::Cancel );
  connect( box, &QMessageBox::finished, this,
           [this, makeCommand]( int result )
           {
             if ( result == QMessageBox::Yes )
               mUndoStack->push( makeCommand() ); // made now: the workspace may have changed meanwhile
           } );
  box->open();
}

} // namespace sortie
