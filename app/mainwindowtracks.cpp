// The main window's track actions: removing a track (undoable, with its links).
// Apart from mainwindow.cpp to keep each file readable.
#include "app/mainwindow.h"
#include "models/commands/trackcommands.h"
#include "models/commands/undostack.h"
#include "models/workspace/selection.h"
#include "models/workspace/workspace.h"

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

} // namespace sortie
