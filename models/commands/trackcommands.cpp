#include "models/commands/trackcommands.h"

#include "models/commands/correlationcommands.h"
#include "models/workspace/workspace.h"

#include <algorithm>

namespace sortie
{

namespace
{
class RemoveTrack : public Command
{
  public:
    RemoveTrack( Workspace &workspace, const QString &trackId )
      : mWorkspace( workspace )
      , mTrackId( trackId )
      , mIndex( workspace.trackIndex( trackId ) )
    {
      if ( mIndex >= 0 )
        mLabel = workspace.tracks()[static_cast<std::size_t>( mIndex )].identity.label();
    }
    void redo() override { mTrack = mWorkspace.takeTrack( mTrackId ); }
    void undo() override
    {
      mWorkspace.insertTrack( std::move( mTrack ), mIndex ); // back where it was
      mTrack = Track();
    }
    QString text() const override { return QObject::tr( "remove track %1" ).arg( mLabel ); }
    bool changesAnything() const override { return mIndex >= 0; }

  private:
    Workspace &mWorkspace;
    QString mTrackId;
    int mIndex = -1;
    QString mLabel;
    Track mTrack; // held while removed: the command owns what it removes
};
} // namespace

QStringList correlationsCitingTrack( const Workspace &workspace, const QString &trackId )
{
  QStringList citing;
  for ( const Correlation &correlation : workspace.correlations() )
  {
    if ( std::any_of( correlation.flights.cbegin(), correlation.flights.cend(),
                      [&trackId]( const FlightRef &flight ) { return flight.trackId == trackId; } ) )
      citing.append( correlation.id );
  }
  return citing;
}

std::unique_ptr<Command> makeRemoveTrackCommand( Workspace &workspace, const QString &trackId )
{
  return unlinkingFirst( workspace, std::make_unique<RemoveTrack>( workspace, trackId ),
                         correlationsCitingTrack( workspace, trackId ),
                         [&trackId]( Correlation &correlation )
                         {
                           auto &flights = correlation.flights;
                           flights.erase( std::remove_if( flights.begin(), flights.end(),
                                                          [&trackId]( const FlightRef &flight )
                                                          { return flight.trackId == trackId; } ),
                                          flights.end() );
                         } );
}

} // namespace sortie
