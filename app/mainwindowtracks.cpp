// The main window's track actions: removing a track (undoable, with its links); a team
// project's position archive on the map.
// Apart from mainwindow.cpp to keep each file readable.
#include "app/mainwindow.h"
#include "app/map/aircraftlayer.h"
#include "app/map/workspacelayers.h"
#include "app/project/teamarchivefeed.h"
#include "models/commands/trackcommands.h"
#include "models/commands/undostack.h"
#include "models/time/timecontroller.h"
#include "models/time/utctext.h"
#include "models/workspace/selection.h"
#include "models/workspace/workspace.h"

#include <qgslayertree.h>
#include <qgsproject.h>

#include <QInputDialog>
#include <QLocale>
#include <QStatusBar>

namespace sortie
{

void MainWindow::removeSelectedTrack()
{
  if ( mWorkspace->trackIndex( mSelection->leg().trackId ) < 0 )
  {
    statusBar()->showMessage(
        tr( "To remove a track: select one of its legs on the timeline or the map first." ), 15000 );
    return;
  }
  removeTrack( mSelection->leg().trackId );
}

void MainWindow::removeTrack( const QString &trackId )
{
  const int index = mWorkspace->trackIndex( trackId );
  if ( index < 0 )
    return;
  if ( mWorkspace->sourceTrackIds( trackId ).size() > 1 )
    chooseSourceToRemove( trackId ); // which, then (for all) confirmRemoveTrack()
  else
    confirmRemoveTrack( trackId );
}

void MainWindow::confirmRemoveTrack( const QString &trackId )
{
  const int index = mWorkspace->trackIndex( trackId );
  if ( index < 0 )
    return;
  const Track &track = mWorkspace->tracks()[static_cast<std::size_t>( index )];
  const int citing = correlationsCitingTrack( *mWorkspace, trackId ).size();
  // Positions are the analyst's evidence: always asked, and told what else goes.
  const QString question =
      citing == 0 ? tr( "Remove the track of %1 (%2, %n position(s))? Edit > Undo brings it back.", nullptr,
                        track.size() )
                        .arg( track.identity.label(), track.source.fileName )
                  : tr( "Remove the track of %1 (%2)? %n correlation(s) name its flights and will lose the "
                        "link to it "
                        "(Edit > Undo restores both).",
                        nullptr, citing )
                        .arg( track.identity.label(), track.source.fileName );
  pushAfterConfirmation( QStringLiteral( "confirmRemoveTrack" ), tr( "Remove track" ), question,
                         [this, trackId] { return makeRemoveTrackCommand( *mWorkspace, trackId ); } );
}

void MainWindow::chooseSourceToRemove( const QString &trackId )
{
  // An aircraft seen by several sources: the whole aircraft, or one export that is wrong or
  // unwanted (the others stay the aircraft). Each choice is one undo step.
  const int index = mWorkspace->trackIndex( trackId );
  const Track &aircraft = mWorkspace->tracks()[static_cast<std::size_t>( index )];
  const QStringList sources = mWorkspace->sourceTrackIds( trackId );
  QStringList choices{
      tr( "All %n sources of %1", nullptr, sources.size() ).arg( aircraft.identity.label() ) };
  for ( const QString &source : sources )
  {
    const Track &track =
        mWorkspace->sourceTracks()[static_cast<std::size_t>( mWorkspace->sourceTrackIndex( source ) )];
    choices << tr( "Only %1 (%2, %n positions)", nullptr, track.size() )
                   .arg( track.source.format, track.source.fileName );
  }
  auto *dialog = new QInputDialog( this );
  dialog->setObjectName( QStringLiteral( "chooseSourceToRemove" ) );
  dialog->setAttribute( Qt::WA_DeleteOnClose );
  dialog->setWindowTitle( tr( "Remove track" ) );
  dialog->setLabelText(
      tr( "%1 is seen by %n sources. Remove (Edit > Undo brings it back):", nullptr, sources.size() )
          .arg( aircraft.identity.label() ) );
  dialog->setComboBoxItems( choices );
  dialog->setComboBoxEditable( false );
  connect( dialog, &QInputDialog::accepted, this,
           [this, dialog, trackId, sources, choices]
           {
             const int choice = choices.indexOf( dialog->textValue() );
             if ( choice == 0 )
               confirmRemoveTrack( trackId ); // told what else goes, as for one track
             else if ( choice > 0 )
               mUndoStack->push( makeRemoveSourceCommand( *mWorkspace, sources.at( choice - 1 ) ) );
           } );
  dialog->open();
}

void MainWindow::showTeamArchive( const QString &connection, const QString &schema )
{
  if ( mArchiveFeed )
  {
    if ( AircraftLayer *layer = mArchiveFeed->layer() )
      mProject->removeMapLayer( layer );
    mArchiveFeed.reset();
    mTimeController->setOutsideExtent( TimeRange() );
  }
  if ( schema.isEmpty() )
    return;
  const std::optional<teamarchive::Extent> extent = teamarchive::extent( connection, schema );
  if ( !extent || extent->positions == 0 )
    return; // none, or not readable: the project is shown without
  mArchiveFeed = std::make_unique<TeamArchiveFeed>( connection, schema, *extent );
  AircraftLayer *layer = mArchiveFeed->layer();
  layer->setTrailLengthMs( mWorkspaceLayers->trailLengthMs() );
  // Below the workspace's group (rebuilt above it), above the basemap.
  mProject->addMapLayer( layer, false );
  mProject->layerTreeRoot()->insertLayer( 0, layer );
  connect( mTimeController, &TimeController::currentTimeChanged, mArchiveFeed.get(),
           &TeamArchiveFeed::setTime );
  connect(
      mArchiveFeed.get(), &TeamArchiveFeed::loaded, this,
      [this]( qint64 positions, int aircraft, const TimeRange &window, qint64 elapsedMs, bool truncated )
      {
        const QLocale locale;
        const QString text =
            truncated
                ? tr( "Archive: the first %1 positions (of %n aircraft) from %2, more than a window holds; "
                      "the rest is read as the time moves on (read in %3 ms)",
                      nullptr, aircraft )
                      .arg( locale.toString( positions ), utcMinuteLabel( window.start ) )
                      .arg( elapsedMs )
                : tr( "Archive: %1 positions of %n aircraft, %2 to %3 (read in %4 ms)", nullptr, aircraft )
                      .arg( locale.toString( positions ), utcMinuteLabel( window.start ),
                            utcMinuteLabel( window.end ) )
                      .arg( elapsedMs );
        statusBar()->showMessage( text, 15000 );
      } );
  connect( mArchiveFeed.get(), &TeamArchiveFeed::failed, this,
           [this]( const QString &why ) {
             statusBar()->showMessage( tr( "Archive positions could not be read: %1" ).arg( why ), 15000 );
           } );
  // The timeline reaches the archive's span, whatever the workspace's data says later.
  mTimeController->setOutsideExtent( mArchiveFeed->extent() );
  mArchiveFeed->setTime( mTimeController->currentTime() );
}

} // namespace sortie
