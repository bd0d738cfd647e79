#include "models/commands/trackcommands.h"

#include "models/analysis/aircraftfusion.h"
#include "models/analysis/correlationfacts.h"
#include "models/commands/correlationcommands.h"
#include "models/workspace/workspace.h"

#include <algorithm>

namespace sortie
{

namespace
{
// Imported tracks taken out: a whole aircraft (every source) or one source of it. The command
// owns what it removes while it is removed; undo puts each back where it was.
class RemoveTracks : public Command
{
  public:
    RemoveTracks( Workspace &workspace, QStringList sourceIds, QString text )
      : mWorkspace( workspace )
      , mSourceIds( std::move( sourceIds ) )
      , mText( std::move( text ) )
    {
    }
    void redo() override { mTracks = mWorkspace.takeTracks( mSourceIds ); }
    void undo() override
    {
      mWorkspace.insertTracks( std::move( mTracks ) );
      mTracks.clear();
    }
    QString text() const override { return mText; }
    bool changesAnything() const override { return !mSourceIds.isEmpty(); }

  private:
    Workspace &mWorkspace;
    QStringList mSourceIds;
    QString mText;
    std::vector<Workspace::PlacedTrack> mTracks;
};

// Whether @p flight names track @p track of tracks(), by whichever of its ids.
bool namesTrack( const Workspace &workspace, const FlightRef &flight, int track )
{
  return workspace.trackIndex( flight.trackId ) == track;
}

std::unique_ptr<Command> removeTrackStep( Workspace &workspace, const QString &trackId )
{
  const int index = workspace.trackIndex( trackId );
  const QString label =
      index >= 0 ? workspace.tracks()[static_cast<std::size_t>( index )].identity.label() : QString();
  return std::make_unique<RemoveTracks>( workspace, workspace.sourceTrackIds( trackId ),
                                         QObject::tr( "remove track %1" ).arg( label ) );
}

std::unique_ptr<Command> removeSourceStep( Workspace &workspace, const QString &sourceTrackId )
{
  const int index = workspace.sourceTrackIndex( sourceTrackId );
  if ( index < 0 )
    return std::make_unique<RemoveTracks>( workspace, QStringList(), QString() );
  const Track &track = workspace.sourceTracks()[static_cast<std::size_t>( index )];
  return std::make_unique<RemoveTracks>(
      workspace, QStringList{ sourceTrackId },
      QObject::tr( "remove source %1" )
          .arg( QObject::tr( "%1 from %2" ).arg( track.identity.label(), track.source.fileName ) ) );
}
} // namespace

std::unique_ptr<Command> makeRemoveSourceCommand( Workspace &workspace, const QString &sourceTrackId )
{
  const QStringList sources = workspace.sourceTrackIds( sourceTrackId );
  if ( workspace.sourceTrackIndex( sourceTrackId ) < 0 || sources.size() < 2 )
    return std::make_unique<CompoundCommand>( QString(), std::vector<std::unique_ptr<Command>>() ); // refused
  QStringList remainingIds = sources;
  remainingIds.removeAll( sourceTrackId );

  // The aircraft as it will be without this source, analysed now, so that each link to it
  // (by whatever id) is made to name the same flight there: the leg that overlaps it most,
  // by a remaining source's id. A link whose flight only this source saw is taken out, as
  // removing a track does; never moved to another flight.
  std::vector<const Track *> remaining;
  for ( const QString &id : std::as_const( remainingIds ) )
    remaining.push_back(
        &workspace.sourceTracks()[static_cast<std::size_t>( workspace.sourceTrackIndex( id ) )] );
  const FlightAnalysis after =
      remaining.size() == 1
          ? analyseFlights( *remaining.front(), workspace.airbases() )
          : analyseAircraft( fuseTracks( remaining, FlightAnalysisSettings().gapThresholdMs ),
                             workspace.airbases() );
  const int aircraft = workspace.trackIndex( sourceTrackId );
  const QVector<Leg> &before = workspace.analyses()[static_cast<std::size_t>( aircraft )].legs;

  std::vector<std::unique_ptr<Command>> steps;
  int unlinked = 0;
  for ( const Correlation &correlation : workspace.correlations() )
  {
    Correlation moved = correlation;
    QVector<FlightRef> flights;
    bool changed = false;
    for ( const FlightRef &flight : correlation.flights )
    {
      if ( !namesTrack( workspace, flight, aircraft ) )
      {
        flights.append( flight );
        continue;
      }
      changed = true;
      FlightRef renamed{ remainingIds.first(), std::nullopt };
      const ResolvedFlight resolved = resolveFlight( workspace, flight );
      if ( flight.legStartMs && resolved.leg >= 0 )
      {
        const Leg &old = before.at( resolved.leg );
        std::int64_t bestOverlap = 0;
        for ( const Leg &leg : after.legs )
        {
          const std::int64_t overlap =
              std::min( leg.endMs, old.endMs ) - std::max( leg.startMs, old.startMs );
          if ( overlap > bestOverlap )
          {
            bestOverlap = overlap;
            renamed.legStartMs = leg.startMs;
          }
        }
        if ( !renamed.legStartMs )
        {
          ++unlinked; // only this source saw that flight
          continue;
        }
      }
      else if ( flight.legStartMs )
        renamed.legStartMs = flight.legStartMs; // already unresolved: left as it was, renamed
      flights.append( renamed );
    }
    if ( !changed )
      continue;
    moved.flights = flights;
    steps.push_back( makeEditCorrelationCommand( workspace, moved ) );
  }
  auto remove = removeSourceStep( workspace, sourceTrackId );
  const QString text = unlinked == 0
                           ? remove->text()
                           : QObject::tr( "%1, unlinked from %n flights only it saw", nullptr, unlinked )
                                 .arg( remove->text() );
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
                                    { return namesTrack( workspace, flight, track ); } ) )
      citing.append( correlation.id );
  }
  return citing;
}

std::unique_ptr<Command> makeRemoveTrackCommand( Workspace &workspace, const QString &trackId )
{
  const int track = workspace.trackIndex( trackId );
  return unlinkingFirst( workspace, removeTrackStep( workspace, trackId ),
                         correlationsCitingTrack( workspace, trackId ),
                         [&workspace, track]( Correlation &correlation )
                         {
                           auto &flights = correlation.flights;
                           flights.erase( std::remove_if( flights.begin(), flights.end(),
                                                          [&workspace, track]( const FlightRef &flight ) {
                                                            return namesTrack( workspace, flight, track );
                                                          } ),
                                          flights.end() );
                         } );
}

} // namespace sortie
