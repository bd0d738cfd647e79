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
    const QString selected = mEventPanel->selectedEventId();
    mTimelinePanel->timeline()->setEvents( timelineEvents( mWorkspace->events() ) );
    mEventPanel->syncEvents( mWorkspace->events() );
    mWorkspaceLayers->refreshEvents( *mWorkspace );
    refreshCorrelations(); // they show events' titles
    if ( mWorkspace->eventIndex( selected ) >= 0 )
      selectEvent( selected );
    else
      mTimelinePanel->timeline()->setSelectedEvent( QString() );
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

void MainWindow::selectEvent( const QString &id )
{
  if ( mEventPanel->selectedEventId() != id )
    mEventPanel->selectEvent( id ); // moves the time too, and comes back here once
  mTimelinePanel->timeline()->setSelectedEvent( id );
  mWorkspaceLayers->selectEvent( id );
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

void MainWindow::selectLeg( const LegKey &key )
{
  const ResolvedFlight where = resolveLeg( *mWorkspace, key );
  if ( !where.isValid() )
    return;
  const auto t = static_cast<std::size_t>( where.track );
  mFlightPanel->showLeg(
      legDetails( mWorkspace->tracks()[t], mWorkspace->analyses()[t], where.leg, mWorkspace->airbases() ) );
  mFlightDock->show();
  mFlightDock->raise();
  const QPair<int, int> lane = laneLegOf( mTimelinePanel->timeline()->lanes(), where.track, where.leg );
  mTimelinePanel->timeline()->setSelectedLeg( lane.first, lane.second );
  mWorkspaceLayers->selectLegs( { key } );
  mSelectedLeg = key;
}

void MainWindow::zoomToSelection()
{
  QVector<QPair<int, int>> legs;
  QStringList events;
  const int correlation = mWorkspace->correlationIndex( mCorrelationPanel->selectedCorrelationId() );
  if ( correlation >= 0 && mCorrelationsDock->isVisible() )
  {
    legs = correlationLegs( *mWorkspace, mWorkspace->correlations().at( correlation ) );
    events = mWorkspace->correlations().at( correlation ).eventIds;
  }
  else
  {
    const ResolvedFlight leg = resolveLeg( *mWorkspace, mSelectedLeg );
    if ( leg.leg >= 0 )
      legs.append( { leg.track, leg.leg } );
    if ( !mEventPanel->selectedEventId().isEmpty() )
      events.append( mEventPanel->selectedEventId() );
  }
  if ( !dataview::showBounds( mCanvas, dataview::selectionBounds( *mWorkspace, legs, events ) ) )
    statusBar()->showMessage( tr( "Nothing to frame: select an event, a leg or a correlation first." ),
                              15000 );
}

} // namespace sortie
