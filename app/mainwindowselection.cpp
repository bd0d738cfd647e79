// The main window's one selection (models/workspace/selection.h) shown in every view: the
// event, the leg and the correlation, on the panels, the timeline and the map; and View >
// Zoom to Selection. Apart from mainwindow.cpp to keep each file readable.
#include "app/mainwindow.h"
#include "app/map/dataview.h"
#include "app/map/workspacelayers.h"
#include "models/analysis/correlationfacts.h"
#include "models/workspace/selection.h"
#include "models/workspace/workspace.h"
#include "widgets/correlationpanel.h"
#include "widgets/eventpanel.h"
#include "widgets/flight/flightpanel.h"
#include "widgets/flight/legdetails.h"
#include "widgets/timeline/timelinedata.h"
#include "widgets/timeline/timelinepanel.h"
#include "widgets/timeline/timelinewidget.h"

#include <QDockWidget>
#include <QStatusBar>

namespace sortie
{

void MainWindow::selectEvent( const QString &id )
{
  if ( id == mSelection->eventId() )
    showSelectedEvent( id );
  else
    mSelection->setEvent( id ); // shown by showSelectedEvent()
}

void MainWindow::showSelectedEvent( const QString &id )
{
  if ( !id.isEmpty() && mEventPanel->selectedEventId() != id )
    mEventPanel->selectEvent( id ); // moves the time too, and comes back here once
  mTimelinePanel->timeline()->setSelectedEvent( id );
  mWorkspaceLayers->selectEvent( id );
}

void MainWindow::selectLeg( const LegKey &key )
{
  if ( !resolveLeg( *mWorkspace, key ).isValid() )
    return;
  if ( key == mSelection->leg() )
    showSelectedLeg( key );
  else
    mSelection->setLeg( key ); // shown by showSelectedLeg()
  // Chosen by the analyst: its details come forward (not when a view is merely redrawn).
  mFlightDock->show();
  mFlightDock->raise();
}

void MainWindow::showSelectedLeg( const LegKey &key )
{
  const ResolvedFlight where = resolveLeg( *mWorkspace, key );
  if ( !where.isValid() )
  {
    // Nothing selected (its track went): no leg shown anywhere.
    mFlightPanel->clear();
    mTimelinePanel->timeline()->setSelectedLeg( -1, -1 );
    mWorkspaceLayers->selectLegs( {} );
    return;
  }
  const auto t = static_cast<std::size_t>( where.track );
  mFlightPanel->showLeg(
      legDetails( mWorkspace->tracks()[t], mWorkspace->analyses()[t], where.leg, mWorkspace->airbases() ) );
  const QPair<int, int> lane = laneLegOf( mTimelinePanel->timeline()->lanes(), where.track, where.leg );
  mTimelinePanel->timeline()->setSelectedLeg( lane.first, lane.second );
  // The leg as the map's features name it: @p key may name it by a source's id or an earlier
  // take-off (made before a second source of the aircraft came).
  mWorkspaceLayers->selectLegs( { legKey( *mWorkspace, where.track, where.leg ) } );
}

void MainWindow::zoomToSelection()
{
  QVector<QPair<int, int>> legs;
  QStringList events;
  const int correlation = mWorkspace->correlationIndex( mSelection->correlationId() );
  if ( correlation >= 0 && mCorrelationsDock->isVisible() )
  {
    legs = correlationLegs( *mWorkspace, mWorkspace->correlations().at( correlation ) );
    events = mWorkspace->correlations().at( correlation ).eventIds;
  }
  else
  {
    const ResolvedFlight leg = resolveLeg( *mWorkspace, mSelection->leg() );
    if ( leg.leg >= 0 )
      legs.append( { leg.track, leg.leg } );
    if ( !mSelection->eventId().isEmpty() )
      events.append( mSelection->eventId() );
  }
  if ( !dataview::showBounds( mCanvas, dataview::selectionBounds( *mWorkspace, legs, events ) ) )
    statusBar()->showMessage( tr( "Nothing to frame: select an event, a leg or a correlation first." ),
                              15000 );
}

void MainWindow::connectDoubleClicks()
{
  // Double-click on the timeline: that leg, or that event, framed on the map (issue 14).
  TimelineWidget *timeline = mTimelinePanel->timeline();
  connect( timeline, &TimelineWidget::legDoubleClicked, this,
           [this, timeline]( int lane, int leg )
           {
             const QPair<int, int> source = trackLegOf( timeline->lanes(), lane, leg );
             if ( source.first >= 0 )
               dataview::showBounds( mCanvas, dataview::selectionBounds( *mWorkspace, { source }, {} ) );
           } );
  connect( timeline, &TimelineWidget::eventDoubleClicked, this,
           [this]( const QString &id )
           {
             if ( !dataview::showBounds( mCanvas, dataview::selectionBounds( *mWorkspace, {}, { id } ) ) )
               statusBar()->showMessage( tr( "This event has no place on the map." ), 15000 );
           } );
}

void MainWindow::selectCorrelation( const QString &id )
{
  if ( id == mSelection->correlationId() )
    showSelectedCorrelation( id );
  else
    mSelection->setCorrelation( id ); // shown by showSelectedCorrelation()
}

void MainWindow::showSelectedCorrelation( const QString &id )
{
  const int index = mWorkspace->correlationIndex( id );
  if ( index < 0 )
  {
    mTimelinePanel->timeline()->setHighlightedLinks( {} );
    return;
  }
  if ( mCorrelationPanel->selectedCorrelationId() != id )
    mCorrelationPanel->selectCorrelation( id ); // selected elsewhere: the panel shows it too
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
