// Merging another project into the workspace by identity (Workspace::mergeContent()).
#include "models/workspace/workspace.h"

#include <QHash>

#include <cmath>
#include <functional>
#include <unordered_set>

namespace sortie
{

namespace
{
// An airbase by what names and places it (to a metre or so): the same field from two
// projects is kept once. A struct, not a formatted string: formatting two doubles per field
// cost 80 of the 155 ms that merging the worldwide OurAirports file kept the window busy.
struct AirbaseIdentity
{
    QString code;
    QString name;
    long long latitude = 0; // 1e-5 degrees
    long long longitude = 0;

    explicit AirbaseIdentity( const Airbase &airbase )
      : code( airbase.code() )
      , name( airbase.name )
      , latitude( std::llround( airbase.position.latitude * 1e5 ) )
      , longitude( std::llround( airbase.position.longitude * 1e5 ) )
    {
    }
    bool operator==( const AirbaseIdentity &other ) const
    {
      return latitude == other.latitude && longitude == other.longitude && code == other.code &&
             name == other.name;
    }
};

struct AirbaseIdentityHash
{
    std::size_t operator()( const AirbaseIdentity &key ) const
    {
      const std::size_t text = qHash( key.code ) * 31u + qHash( key.name );
      return text ^ ( std::hash<long long>()( key.latitude ) * 1000003u ) ^
             std::hash<long long>()( key.longitude );
    }
};

// The item equal to @p item in all but its id, among the first @p existing of @p items (those
// here before this merge: two of the file's own never stand for each other), whose id
// @p isRenaming accepts as a renaming of @p item's: the copy an earlier merge of the same file
// made under a new id when the id was taken. Its index, or -1. A linear search: it runs only
// for items whose id is taken by a different one, a few per merge.
template <typename Item>
int indexOfRenamedCopy( const QVector<Item> &items, int existing, Item item,
                        const std::function<bool( const QString &, const QString & )> &isRenaming )
{
  const QString id = item.id;
  for ( int i = 0; i < std::min( existing, static_cast<int>( items.size() ) ); ++i )
  {
    item.id = items.at( i ).id;
    if ( items.at( i ) == item && isRenaming( id, item.id ) )
      return i;
  }
  return -1;
}

// uniqueEventId()'s renaming of @p id: "id-2", "id-3"...
bool isRenamedEventId( const QString &id, const QString &renamed )
{
  if ( renamed.size() <= id.size() + 1 || !renamed.startsWith( id ) ||
       renamed.at( id.size() ) != QLatin1Char( '-' ) )
    return false;
  bool number = false;
  renamed.mid( id.size() + 1 ).toInt( &number );
  return number;
}

// newItemId()'s renaming of a correlation or annotation: a new UUID, nothing to tell it by.
bool anyId( const QString &, const QString & )
{
  return true;
}

QString renamedNote( const QString &what, const QString &from, const QString &to )
{
  return QObject::tr( "%1 %2 differs from the one here with that id; added as %3" ).arg( what, from, to );
}
} // namespace

MergeSummary Workspace::mergeContent( ProjectContent content )
{
  const MergeSummary summary = mergeWithoutAnalysis( std::move( content ) );
  reanalyse();
  notify( WorkspaceChange::everything() );
  return summary;
}

MergeSummary Workspace::mergeWithoutAnalysis( ProjectContent content )
{
  MergeSummary summary;

  // Tracks: the same id is the same positions (Track::contentKey()), one flight.
  summary.tracksAlreadyThere = identifyTracks( content.tracks, true );
  summary.tracksAdded = static_cast<int>( content.tracks.size() );
  for ( Track &track : content.tracks )
    mTracks.push_back( std::move( track ) );
  reindexTracks();

  QVector<Airbase> airbases = mAirbases.airbases();
  std::unordered_set<AirbaseIdentity, AirbaseIdentityHash> knownAirbases;
  knownAirbases.reserve( static_cast<std::size_t>( airbases.size() + content.airbases.size() ) );
  for ( const Airbase &airbase : std::as_const( airbases ) )
    knownAirbases.emplace( airbase );
  for ( const Airbase &airbase : std::as_const( content.airbases ) )
  {
    if ( !knownAirbases.emplace( airbase ).second )
      continue;
    airbases.append( airbase );
    ++summary.airbasesAdded;
  }
  if ( summary.airbasesAdded > 0 )
    mAirbases = AirbaseIndex( airbases );

  // Events, then what refers to them, then what refers to correlations: an item whose id is
  // taken by a different one comes in under a new id, and the links follow it.
  QHash<QString, QString> eventIds;
  const int eventsHere = mEvents.size();
  for ( Event &event : content.events )
  {
    const int here = eventIndex( event.id );
    if ( here >= 0 && mEvents.at( here ) == event )
    {
      ++summary.eventsAlreadyThere;
      continue;
    }
    const int copy =
        here >= 0 ? indexOfRenamedCopy<Event>( mEvents, eventsHere, event, isRenamedEventId ) : -1;
    if ( copy >= 0 )
    {
      // Merged before, renamed then: the same file merged again brings nothing twice.
      ++summary.eventsAlreadyThere;
      eventIds.insert( event.id, mEvents.at( copy ).id );
      continue;
    }
    if ( here >= 0 )
    {
      const QString renamed = uniqueEventId( event.id );
      summary.renamed.append( renamedNote( tr( "Event" ), event.id, renamed ) );
      eventIds.insert( event.id, renamed );
      event.id = renamed;
    }
    mEvents.append( event );
    ++summary.eventsAdded;
  }

  QHash<QString, QString> correlationIds;
  const int correlationsHere = mCorrelations.size();
  for ( Correlation &correlation : content.correlations )
  {
    // The same judgement as here, as written: kept once, even when an event it cites was
    // edited on the other side (that edit comes in as an event of its own).
    const int here = correlationIndex( correlation.id );
    if ( here >= 0 && mCorrelations.at( here ) == correlation )
    {
      ++summary.correlationsAlreadyThere;
      continue;
    }
    for ( QString &eventId : correlation.eventIds )
      eventId = eventIds.value( eventId, eventId );
    const int copy =
        here >= 0 ? indexOfRenamedCopy<Correlation>( mCorrelations, correlationsHere, correlation, anyId )
                  : -1;
    if ( copy >= 0 )
    {
      ++summary.correlationsAlreadyThere;
      correlationIds.insert( correlation.id, mCorrelations.at( copy ).id );
      continue;
    }
    if ( here >= 0 )
    {
      const QString renamed = newItemId();
      summary.renamed.append( renamedNote( tr( "Correlation" ), correlation.id, renamed ) );
      correlationIds.insert( correlation.id, renamed );
      correlation.id = renamed;
    }
    mCorrelations.append( correlation );
    ++summary.correlationsAdded;
  }

  const int annotationsHere = mAnnotations.size();
  for ( Annotation &annotation : content.annotations )
  {
    annotation.correlationId = correlationIds.value( annotation.correlationId, annotation.correlationId );
    const int here = annotationIndex( annotation.id );
    if ( here >= 0 && mAnnotations.at( here ) == annotation )
    {
      ++summary.annotationsAlreadyThere;
      continue;
    }
    if ( here >= 0 &&
         indexOfRenamedCopy<Annotation>( mAnnotations, annotationsHere, annotation, anyId ) >= 0 )
    {
      ++summary.annotationsAlreadyThere;
      continue;
    }
    if ( here >= 0 )
    {
      const QString renamed = newItemId();
      summary.renamed.append( renamedNote( tr( "Annotation" ), annotation.id, renamed ) );
      annotation.id = renamed;
    }
    mAnnotations.append( annotation );
    ++summary.annotationsAdded;
  }

  // A dismissal names its event first ("event|track|take-off"): it follows a renamed event.
  for ( QString key : std::as_const( content.dismissedSuggestions ) )
  {
    const QString event = key.section( QLatin1Char( '|' ), 0, 0 );
    if ( eventIds.contains( event ) )
      key = eventIds.value( event ) + key.mid( event.size() );
    if ( !mDismissed.contains( key ) )
    {
      mDismissed.append( key );
      ++summary.dismissalsAdded;
    }
  }
  return summary;
}

} // namespace sortie
