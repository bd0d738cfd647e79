#include "models/workspace/workspace.h"

#include <QFileInfo>
#include <QSet>
#include <QUuid>

namespace sortie
{

Workspace::Workspace( QObject *parent )
  : QObject( parent )
  , mRegistry( ImporterRegistry::standard() )
{
}

ImportSummary Workspace::importFiles( const QStringList &paths )
{
  return addImport( readImport( mRegistry, paths ) );
}

ImportSummary Workspace::addImport( ImportBatch batch )
{
  ImportSummary summary = std::move( batch.summary );
  std::vector<Track> incoming = std::move( batch.tracks );
  // Each file's events and airbases, and each project, merge by identity: the same event or
  // field loaded twice is kept once; an event whose id is taken by another comes in renamed.
  QVector<QPair<QString, ProjectContent>> merges = std::move( batch.merges );
  summary.tracksAlreadyLoaded =
      identifyTracks( incoming, true,
                      [&summary]( const Track &track )
                      {
                        summary.warnings.append(
                            ImportWarning{ track.source.fileName, 0,
                                           tr( "track %1 left out: the same positions are already loaded" )
                                               .arg( track.identity.label() ) } );
                      } );
  summary.tracks = static_cast<int>( incoming.size() );
  const std::size_t firstNew = mTracks.size();
  const int eventsBefore = mEvents.size();
  bool analystItemsAdded = false; // correlations, annotations, dismissals from a project
  for ( Track &track : incoming )
    mTracks.push_back( std::move( track ) );
  reindexTracks();
  for ( auto &[name, content] : merges )
  {
    const MergeSummary merged = mergeWithoutAnalysis( std::move( content ) );
    summary.tracks += merged.tracksAdded;
    summary.tracksAlreadyLoaded += merged.tracksAlreadyThere;
    summary.events += merged.eventsAdded;
    summary.airbases += merged.airbasesAdded;
    analystItemsAdded = analystItemsAdded || merged.correlationsAdded > 0 || merged.annotationsAdded > 0 ||
                        merged.dismissalsAdded > 0;
    for ( const QString &renamed : merged.renamed )
      summary.warnings.append( ImportWarning{ name, 0, renamed } );
  }
  if ( summary.filesRead == 0 )
    return summary;
  if ( summary.airbases > 0 || analystItemsAdded || firstNew == 0 )
  {
    // New airbases may name old legs' ends: every track again, and every view.
    reanalyse();
    notify( WorkspaceChange::everything() );
    return summary;
  }
  // Only tracks and events came: the new tracks analysed, and the views told which.
  QStringList trackIds;
  for ( std::size_t t = firstNew; t < mTracks.size(); ++t )
  {
    mAnalyses.push_back( analyseFlights( mTracks[t], mAirbases ) );
    trackIds << mTracks[t].id;
  }
  QStringList eventIds;
  for ( int e = eventsBefore; e < mEvents.size(); ++e )
    eventIds << mEvents.at( e ).id;
  if ( !trackIds.isEmpty() )
    notify( { WorkspaceChange::Subject::Tracks, WorkspaceChange::Kind::Added, trackIds } );
  if ( !eventIds.isEmpty() )
    notify( { WorkspaceChange::Subject::Events, WorkspaceChange::Kind::Added, eventIds } );
  return summary;
}

ProjectContent Workspace::content() const
{
  ProjectContent content;
  content.tracks = mTracks;
  content.airbases = mAirbases.airbases();
  content.events = mEvents;
  content.correlations = mCorrelations;
  content.annotations = mAnnotations;
  content.dismissedSuggestions = mDismissed;
  return content;
}

ProjectSnapshot Workspace::snapshot() const
{
  return ProjectSnapshot{ content(), mAnalyses };
}

void Workspace::clear()
{
  mTracks.clear();
  mAnalyses.clear();
  mTrackIndex.clear();
  mAirbases = AirbaseIndex();
  mEvents.clear();
  mCorrelations.clear();
  mAnnotations.clear();
  mDismissed.clear();
  mLookedUp.clear();
  notify( WorkspaceChange::everything() );
}

void Workspace::setContent( ProjectContent content )
{
  mTracks = std::move( content.tracks );
  mAirbases = AirbaseIndex( std::move( content.airbases ) );
  mEvents = std::move( content.events );
  mCorrelations = std::move( content.correlations );
  mAnnotations = std::move( content.annotations );
  mDismissed = std::move( content.dismissedSuggestions );
  mTrackIndex.clear();
  mLookedUp.clear(); // new track objects, whatever their ids
  identifyTracks( mTracks, false );
  reindexTracks();
  reanalyse();
  notify( WorkspaceChange::everything() );
}

int Workspace::eventIndex( const QString &id ) const
{
  for ( int i = 0; i < mEvents.size(); ++i )
  {
    if ( mEvents.at( i ).id == id )
      return i;
  }
  return -1;
}

QString Workspace::uniqueEventId( const QString &base ) const
{
  QString id = base;
  for ( int n = 2; eventIndex( id ) >= 0; ++n )
    id = QStringLiteral( "%1-%2" ).arg( base ).arg( n );
  return id;
}

void Workspace::insertEvent( const Event &event, int index )
{
  if ( index < 0 || index > mEvents.size() )
    index = mEvents.size();
  mEvents.insert( index, event );
  notify( { WorkspaceChange::Subject::Events, WorkspaceChange::Kind::Added, { event.id } } );
}

void Workspace::replaceEvent( const Event &event )
{
  const int index = eventIndex( event.id );
  if ( index < 0 )
    return;
  mEvents[index] = event;
  notify( { WorkspaceChange::Subject::Events, WorkspaceChange::Kind::Changed, { event.id } } );
}

void Workspace::removeEvent( const QString &id )
{
  const int index = eventIndex( id );
  if ( index < 0 )
    return;
  mEvents.removeAt( index );
  notify( { WorkspaceChange::Subject::Events, WorkspaceChange::Kind::Removed, { id } } );
}

int Workspace::correlationIndex( const QString &id ) const
{
  for ( int i = 0; i < mCorrelations.size(); ++i )
  {
    if ( mCorrelations.at( i ).id == id )
      return i;
  }
  return -1;
}

QString Workspace::newCorrelationId() const
{
  return newItemId();
}

void Workspace::insertCorrelation( const Correlation &correlation, int index )
{
  if ( index < 0 || index > mCorrelations.size() )
    index = mCorrelations.size();
  mCorrelations.insert( index, correlation );
  notify( { WorkspaceChange::Subject::Correlations, WorkspaceChange::Kind::Added, { correlation.id } } );
}

void Workspace::replaceCorrelation( const Correlation &correlation )
{
  const int index = correlationIndex( correlation.id );
  if ( index < 0 )
    return;
  mCorrelations[index] = correlation;
  notify( { WorkspaceChange::Subject::Correlations, WorkspaceChange::Kind::Changed, { correlation.id } } );
}

void Workspace::removeCorrelation( const QString &id )
{
  const int index = correlationIndex( id );
  if ( index < 0 )
    return;
  mCorrelations.removeAt( index );
  notify( { WorkspaceChange::Subject::Correlations, WorkspaceChange::Kind::Removed, { id } } );
}

int Workspace::annotationIndex( const QString &id ) const
{
  for ( int i = 0; i < mAnnotations.size(); ++i )
  {
    if ( mAnnotations.at( i ).id == id )
      return i;
  }
  return -1;
}

QString Workspace::newAnnotationId() const
{
  return newItemId();
}

void Workspace::insertAnnotation( const Annotation &annotation, int index )
{
  if ( index < 0 || index > mAnnotations.size() )
    index = mAnnotations.size();
  mAnnotations.insert( index, annotation );
  notify( { WorkspaceChange::Subject::Annotations, WorkspaceChange::Kind::Added, { annotation.id } } );
}

void Workspace::replaceAnnotation( const Annotation &annotation )
{
  const int index = annotationIndex( annotation.id );
  if ( index < 0 )
    return;
  mAnnotations[index] = annotation;
  notify( { WorkspaceChange::Subject::Annotations, WorkspaceChange::Kind::Changed, { annotation.id } } );
}

void Workspace::removeAnnotation( const QString &id )
{
  const int index = annotationIndex( id );
  if ( index < 0 )
    return;
  mAnnotations.removeAt( index );
  notify( { WorkspaceChange::Subject::Annotations, WorkspaceChange::Kind::Removed, { id } } );
}

void Workspace::setSuggestionDismissed( const QString &key, bool dismissed )
{
  if ( dismissed == mDismissed.contains( key ) )
    return;
  if ( dismissed )
    mDismissed.append( key );
  else
    mDismissed.removeAll( key );
  notify( { WorkspaceChange::Subject::Suggestions, WorkspaceChange::Kind::Changed, { key } } );
}

void Workspace::notify( const WorkspaceChange &change )
{
  emit itemsChanged( change );
  emit changed();
}

void Workspace::reanalyse()
{
  mAnalyses.clear();
  mAnalyses.reserve( mTracks.size() );
  for ( const Track &track : mTracks )
    mAnalyses.push_back( analyseFlights( track, mAirbases ) );
}

void Workspace::reindexTracks()
{
  mTrackIndex.clear();
  mTrackIndex.reserve( static_cast<int>( mTracks.size() ) );
  for ( std::size_t i = 0; i < mTracks.size(); ++i )
  {
    Track &track = mTracks[i];
    mTrackIndex.insert( track.id, static_cast<int>( i ) );
    if ( !mAircraftDatabase || track.identity.icao24.isEmpty() || mLookedUp.contains( track.id ) )
      continue;
    mLookedUp.insert( track.id );
    mAircraftDatabase->fill( track.identity );
  }
}

void Workspace::setAircraftDatabase( std::shared_ptr<const AircraftDatabase> database )
{
  for ( Track &track : mTracks )
    track.identity = track.identity.fromSource();
  mLookedUp.clear();
  mAircraftDatabase = std::move( database );
  reindexTracks();
  notify( WorkspaceChange::everything() );
}

int Workspace::identifyTracks( std::vector<Track> &tracks, bool dropKnown,
                               const std::function<void( const Track & )> &onDropped ) const
{
  return sortie::identifyTracks(
      tracks, [this]( const QString &id ) { return mTrackIndex.contains( id ); }, dropKnown, onDropped );
}

Track Workspace::takeTrack( const QString &id )
{
  const int index = trackIndex( id );
  if ( index < 0 )
    return Track();
  Track track = std::move( mTracks[static_cast<std::size_t>( index )] );
  mLookedUp.remove( id ); // the same positions imported again come as a new object
  mTracks.erase( mTracks.begin() + index );
  mAnalyses.erase( mAnalyses.begin() + index );
  reindexTracks();
  notify( { WorkspaceChange::Subject::Tracks, WorkspaceChange::Kind::Removed, { id } } );
  return track;
}

void Workspace::insertTrack( Track track, int index )
{
  if ( track.id.isEmpty() || trackIndex( track.id ) >= 0 )
    return; // a command restores what it took; never a second track under one id
  if ( index < 0 || index > static_cast<int>( mTracks.size() ) )
    index = static_cast<int>( mTracks.size() );
  // What the database filled in when it was taken out may be another database's, or none now:
  // filled again by reindexTracks() below, from the database in use.
  track.identity = track.identity.fromSource();
  mLookedUp.remove( track.id );
  FlightAnalysis analysis = analyseFlights( track, mAirbases );
  const QString id = track.id;
  mTracks.insert( mTracks.begin() + index, std::move( track ) );
  mAnalyses.insert( mAnalyses.begin() + index, std::move( analysis ) );
  reindexTracks();
  notify( { WorkspaceChange::Subject::Tracks, WorkspaceChange::Kind::Added, { id } } );
}

QString Workspace::newItemId()
{
  return QUuid::createUuid().toString( QUuid::WithoutBraces );
}

} // namespace sortie
