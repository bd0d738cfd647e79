#include "models/workspace/workspace.h"

#include "models/analysis/aircraftfusion.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QUuid>

#include <algorithm>
#include <functional>

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
  // The reference airports the new tracks use, unless the project has a field of that code or
  // one comes in this import (the analyst's own survey of a field wins): merged as a file's
  // airbases are, so that every leg is named and the file carries them.
  QSet<QString> codes;
  for ( const Airbase &airbase : mAirbases.airbases() )
    codes.insert( airbase.code() );
  for ( const auto &merge : std::as_const( merges ) )
  {
    for ( const Airbase &airbase : merge.second.airbases )
      codes.insert( airbase.code() );
  }
  QVector<Airbase> reference;
  for ( const Airbase &airbase : std::as_const( batch.referenceAirbases ) )
  {
    if ( !codes.contains( airbase.code() ) )
      reference.append( airbase );
  }
  if ( !reference.isEmpty() )
  {
    ProjectContent airports;
    airports.airbases = std::move( reference );
    merges.append( { tr( "reference airports" ), std::move( airports ) } );
  }
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
  // Only tracks and events came: the new tracks analysed, and the views told which (or, when
  // a new source joined an aircraft already shown, told to start again).
  for ( std::size_t t = firstNew; t < mTracks.size(); ++t )
    mAnalyses.push_back( analyseFlights( mTracks[t], mAirbases ) );
  QStringList eventIds;
  for ( int e = eventsBefore; e < mEvents.size(); ++e )
    eventIds << mEvents.at( e ).id;
  notifyTracks( rebuildFlights( false ) );
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
  mFlights.clear();
  mFlightAnalyses.clear();
  mFlightSources.clear();
  mFlightIndex.clear();
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

namespace
{
// How adoptItems() reaches one kind of item of the workspace.
template <typename Item>
struct ItemAccess
{
    std::function<const QVector<Item> &()> items;
    std::function<int( const QString & )> index;
    std::function<void( const Item &, int )> insert;
    std::function<void( const Item & )> replace;
    std::function<void( const QString & )> remove;
};

// The three-way take of a team project's items (adoptEvents()), for any kind kept by id.
template <typename Item>
Workspace::Adopted adoptItems( const ItemAccess<Item> &here, const QVector<Item> &stored,
                               const QVector<Item> &baseline )
{
  Workspace::Adopted adopted;
  QHash<QString, const Item *> before;
  for ( const Item &item : baseline )
    before.insert( item.id, &item );
  QHash<QString, const Item *> now;
  for ( const Item &item : stored )
    now.insert( item.id, &item );
  const auto keep = [&adopted]( const QString &id )
  {
    ++adopted.kept;
    adopted.keptIds.append( id );
  };
  for ( const Item &item : baseline )
  {
    const int index = here.index( item.id );
    if ( now.contains( item.id ) || index < 0 )
      continue;
    // Removed there: gone here too, unless the analyst changed it since it was read.
    if ( here.items().at( index ) == item )
    {
      here.remove( item.id );
      ++adopted.changed;
    }
    else
      keep( item.id );
  }
  for ( int i = 0; i < stored.size(); ++i )
  {
    const Item &item = stored.at( i );
    const Item *base = before.value( item.id );
    if ( base && *base == item )
      continue; // not changed there
    const int index = here.index( item.id );
    if ( index < 0 )
    {
      if ( base )
        keep( item.id ); // removed here since it was read
      else
      {
        here.insert( item, std::min( i, static_cast<int>( here.items().size() ) ) );
        ++adopted.changed;
      }
    }
    else if ( here.items().at( index ) == item )
      continue; // already so here
    else if ( base && here.items().at( index ) == *base )
    {
      here.replace( item );
      ++adopted.changed;
    }
    else
      keep( item.id ); // changed (or added) here too: the analyst's stays
  }
  return adopted;
}
} // namespace

Workspace::Adopted Workspace::adoptEvents( const QVector<Event> &stored, const QVector<Event> &baseline )
{
  return adoptItems<Event>( { [this]() -> const QVector<Event> & { return mEvents; },
                              [this]( const QString &id ) { return eventIndex( id ); },
                              [this]( const Event &e, int i ) { insertEvent( e, i ); },
                              [this]( const Event &e ) { replaceEvent( e ); },
                              [this]( const QString &id ) { removeEvent( id ); } },
                            stored, baseline );
}

Workspace::Adopted Workspace::adoptCorrelations( const QVector<Correlation> &stored,
                                                 const QVector<Correlation> &baseline )
{
  return adoptItems<Correlation>( { [this]() -> const QVector<Correlation> & { return mCorrelations; },
                                    [this]( const QString &id ) { return correlationIndex( id ); },
                                    [this]( const Correlation &c, int i ) { insertCorrelation( c, i ); },
                                    [this]( const Correlation &c ) { replaceCorrelation( c ); },
                                    [this]( const QString &id ) { removeCorrelation( id ); } },
                                  stored, baseline );
}

Workspace::Adopted Workspace::adoptAnnotations( const QVector<Annotation> &stored,
                                                const QVector<Annotation> &baseline )
{
  return adoptItems<Annotation>( { [this]() -> const QVector<Annotation> & { return mAnnotations; },
                                   [this]( const QString &id ) { return annotationIndex( id ); },
                                   [this]( const Annotation &a, int i ) { insertAnnotation( a, i ); },
                                   [this]( const Annotation &a ) { replaceAnnotation( a ); },
                                   [this]( const QString &id ) { removeAnnotation( id ); } },
                                 stored, baseline );
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
  rebuildFlights( true );
}

QStringList Workspace::sourceTrackIds( const QString &id ) const
{
  const int flight = trackIndex( id );
  return flight >= 0 ? mFlightSources[static_cast<std::size_t>( flight )] : QStringList();
}

Workspace::FlightChange Workspace::rebuildFlights( bool analyseAll )
{
  const std::int64_t gapThresholdMs = FlightAnalysisSettings().gapThresholdMs;
  QHash<QString, int> before;          // flight id -> old index
  QHash<QString, int> beforeBySources; // its sources' ids, joined -> old index
  for ( std::size_t f = 0; f < mFlights.size(); ++f )
  {
    before.insert( mFlights[f].id, static_cast<int>( f ) );
    beforeBySources.insert( mFlightSources[f].join( QLatin1Char( '|' ) ), static_cast<int>( f ) );
  }

  std::vector<Track> flights;
  std::vector<FlightAnalysis> analyses;
  std::vector<QStringList> sources;
  FlightChange change;
  for ( const std::vector<int> &group : groupTracksByAircraft( mTracks ) )
  {
    QStringList ids;
    for ( const int t : group )
      ids << mTracks[static_cast<std::size_t>( t )].id;
    if ( group.size() == 1 )
    {
      // Alone: itself (the positions shared, not copied) with its own analysis.
      const std::size_t t = static_cast<std::size_t>( group.front() );
      flights.push_back( mTracks[t] );
      analyses.push_back( mAnalyses[t] );
      analyses.back().sources = { sourceCoverage( mTracks[t], gapThresholdMs ) };
    }
    else
    {
      std::vector<const Track *> members;
      for ( const int t : group )
        members.push_back( &mTracks[static_cast<std::size_t>( t )] );
      // The same sources as before: the fused positions and their analysis kept (unless
      // everything is analysed again), only what the sources say of the aircraft renewed.
      const int kept = analyseAll ? -1 : beforeBySources.value( ids.join( QLatin1Char( '|' ) ), -1 );
      Track flight;
      FlightAnalysis analysis;
      if ( kept >= 0 )
      {
        flight = mFlights[static_cast<std::size_t>( kept )];
        describeFusedTrack( flight, members );
        analysis = mFlightAnalyses[static_cast<std::size_t>( kept )];
      }
      else
      {
        FusedTrack fused = fuseTracks( members, gapThresholdMs );
        analysis = analyseAircraft( fused, mAirbases );
        flight = std::move( fused.track );
      }
      const int old = before.value( flight.id, -1 );
      change.changed =
          change.changed || ( old >= 0 && mFlightSources[static_cast<std::size_t>( old )] != ids );
      flights.push_back( std::move( flight ) );
      analyses.push_back( std::move( analysis ) );
    }
    sources.push_back( ids );
    if ( !before.contains( flights.back().id ) )
      change.added << flights.back().id;
  }
  QSet<QString> after;
  for ( const Track &flight : flights )
    after.insert( flight.id );
  for ( const Track &flight : mFlights )
  {
    if ( !after.contains( flight.id ) )
      change.removed << flight.id;
  }

  mFlights = std::move( flights );
  mFlightAnalyses = std::move( analyses );
  mFlightSources = std::move( sources );
  mFlightIndex.clear();
  mFlightIndex.reserve( static_cast<int>( mFlights.size() + 4 * mTracks.size() ) );
  // Every id a link may have been made with: the aircraft's ids as they were with other
  // sources (aircraftAliases(), first come first served where two aircraft could claim one),
  // then the sources' own ids and each track's own id, which always win.
  for ( std::size_t f = 0; f < mFlights.size(); ++f )
  {
    for ( const QString &source : mFlightSources[f] )
    {
      for ( const QString &alias :
            aircraftAliases( mTracks[static_cast<std::size_t>( mTrackIndex.value( source ) )] ) )
      {
        if ( !mFlightIndex.contains( alias ) )
          mFlightIndex.insert( alias, static_cast<int>( f ) );
      }
    }
  }
  for ( std::size_t f = 0; f < mFlights.size(); ++f )
  {
    for ( const QString &source : mFlightSources[f] )
      mFlightIndex.insert( source, static_cast<int>( f ) );
    mFlightIndex.insert( mFlights[f].id, static_cast<int>( f ) );
  }
  return change;
}

void Workspace::notifyTracks( const FlightChange &change )
{
  if ( change.added.isEmpty() && change.removed.isEmpty() && !change.changed )
    return;
  if ( change.onlyAdded() )
    notify( { WorkspaceChange::Subject::Tracks, WorkspaceChange::Kind::Added, change.added } );
  else if ( change.onlyRemoved() )
    notify( { WorkspaceChange::Subject::Tracks, WorkspaceChange::Kind::Removed, change.removed } );
  else
    notify( WorkspaceChange::everything() );
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
  rebuildFlights( false ); // a registration from the database may join two sources
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
  std::vector<PlacedTrack> taken = takeTracks( { id } );
  return taken.empty() ? Track() : std::move( taken.front().second );
}

void Workspace::insertTrack( Track track, int index )
{
  std::vector<PlacedTrack> one;
  one.emplace_back( index, std::move( track ) );
  insertTracks( std::move( one ) );
}

std::vector<Workspace::PlacedTrack> Workspace::takeTracks( const QStringList &sourceIds )
{
  std::vector<PlacedTrack> taken;
  // From the last place to the first, so that each place is where it was before any went.
  std::vector<int> places;
  for ( const QString &source : sourceIds )
  {
    if ( sourceTrackIndex( source ) >= 0 )
      places.push_back( sourceTrackIndex( source ) );
  }
  std::sort( places.begin(), places.end() );
  for ( auto place = places.rbegin(); place != places.rend(); ++place )
  {
    const std::size_t at = static_cast<std::size_t>( *place );
    mLookedUp.remove( mTracks[at].id );
    taken.emplace( taken.begin(), *place, std::move( mTracks[at] ) );
    mTracks.erase( mTracks.begin() + *place );
    mAnalyses.erase( mAnalyses.begin() + *place );
  }
  if ( taken.empty() )
    return taken;
  reindexTracks();
  notifyTracks( rebuildFlights( false ) );
  return taken;
}

void Workspace::insertTracks( std::vector<PlacedTrack> tracks )
{
  bool inserted = false;
  for ( auto &[index, track] : tracks ) // in order of place: each goes back where it was
  {
    if ( track.id.isEmpty() || sourceTrackIndex( track.id ) >= 0 )
      continue; // a command restores what it took; never a second track under one id
    const int at =
        index < 0 || index > static_cast<int>( mTracks.size() ) ? static_cast<int>( mTracks.size() ) : index;
    // What the database filled in when it was taken out may be another database's, or none now:
    // filled again by reindexTracks() below, from the database in use.
    track.identity = track.identity.fromSource();
    mLookedUp.remove( track.id );
    FlightAnalysis analysis = analyseFlights( track, mAirbases );
    mTracks.insert( mTracks.begin() + at, std::move( track ) );
    mAnalyses.insert( mAnalyses.begin() + at, std::move( analysis ) );
    mTrackIndex.insert( mTracks[static_cast<std::size_t>( at )].id, at ); // for the check above
    inserted = true;
  }
  if ( !inserted )
    return;
  reindexTracks();
  notifyTracks( rebuildFlights( false ) );
}

QString Workspace::newItemId()
{
  return QUuid::createUuid().toString( QUuid::WithoutBraces );
}

} // namespace sortie
