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
    void redo() override { mTracks = mWorkspace.takeTracks( mTrackId ); }
    void undo() override
    {
      mWorkspace.insertTracks( std::move( mTracks ) ); // each back where it was
      mTracks.clear();
    }
    QString text() const override { return QObject::tr( "remove track %1" ).arg( mLabel ); }
    bool changesAnything() const override { return mIndex >= 0; }

  private:
    Workspace &mWorkspace;
    QString mTrackId;
    int mIndex = -1;
    QString mLabel;
    std::vector<Workspace::PlacedTrack> mTracks; // held while removed: the command owns what it removes
};

class RemoveSource : public Command
{
  public:
    RemoveSource( Workspace &workspace, const QString &sourceTrackId )
      : mWorkspace( workspace )
      , mTrackId( sourceTrackId )
      , mIndex( workspace.sourceTrackIndex( sourceTrackId ) )
    {
      if ( mIndex >= 0 )
      {
        const Track &track = workspace.sourceTracks()[static_cast<std::size_t>( mIndex )];
        mLabel = QObject::tr( "%1 from %2" ).arg( track.identity.label(), track.source.fileName );
      }
    }
    void redo() override { mTrack = mWorkspace.takeTrack( mTrackId ); }
    void undo() override
    {
      mWorkspace.insertTrack( std::move( mTrack ), mIndex ); // back where it was
      mTrack = Track();
    }
    QString text() const override { return QObject::tr( "remove source %1" ).arg( mLabel ); }
    bool changesAnything() const override { return mIndex >= 0; }

  private:
    Workspace &mWorkspace;
    QString mTrackId;
    int mIndex = -1;
    QString mLabel;
    Track mTrack; // held while removed
};
} // namespace

std::unique_ptr<Command> makeRemoveSourceCommand( Workspace &workspace, const QString &sourceTrackId )
{
  const QStringList sources = workspace.sourceTrackIds( sourceTrackId );
  if ( workspace.sourceTrackIndex( sourceTrackId ) < 0 || sources.size() < 2 )
    return std::make_unique<CompoundCommand>( QString(), std::vector<std::unique_ptr<Command>>() ); // refused
  const QString remaining = sources.at( sources.at( 0 ) == sourceTrackId ? 1 : 0 );
  std::vector<std::unique_ptr<Command>> steps;
  for ( const Correlation &correlation : workspace.correlations() )
  {
    Correlation renamed = correlation;
    bool changed = false;
    for ( FlightRef &flight : renamed.flights )
    {
      if ( flight.trackId == sourceTrackId )
      {
        flight.trackId = remaining;
        changed = true;
      }
    }
    if ( changed )
      steps.push_back( makeEditCorrelationCommand( workspace, renamed ) );
  }
  auto remove = std::make_unique<RemoveSource>( workspace, sourceTrackId );
  const QString text = remove->text();
  steps.push_back( std::move( remove ) );
  return std::make_unique<CompoundCommand>( text, std::move( steps ) );
}

QStringList correlationsCitingTrack( const Workspace &workspace, const QString &trackId )
{
  // A correlation may name the track by any of its ids (a source's, the aircraft's).
  const int track = workspace.trackIndex( trackId );
  QStringList citing;
  for ( const Correlation &correlation : workspace.correlations() )
  {
    if ( track >= 0 && std::any_of( correlation.flights.cbegin(), correlation.flights.cend(),
                                    [&workspace, track]( const FlightRef &flight )
                                    { return workspace.trackIndex( flight.trackId ) == track; } ) )
      citing.append( correlation.id );
  }
  return citing;
}

std::unique_ptr<Command> makeRemoveTrackCommand( Workspace &workspace, const QString &trackId )
{
  const int track = workspace.trackIndex( trackId );
  return unlinkingFirst( workspace, std::make_unique<RemoveTrack>( workspace, trackId ),
                         correlationsCitingTrack( workspace, trackId ),
                         [&workspace, track]( Correlation &correlation )
                         {
                           auto &flights = correlation.flights;
                           flights.erase(
                               std::remove_if( flights.begin(), flights.end(),
                                               [&workspace, track]( const FlightRef &flight )
                                               { return workspace.trackIndex( flight.trackId ) == track; } ),
                               flights.end() );
                         } );
}

} // namespace sortie
