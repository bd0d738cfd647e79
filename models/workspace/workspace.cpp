#include "models/workspace/workspace.h"

namespace sortie
{

Workspace::Workspace( QObject *parent )
  : QObject( parent )
  , mRegistry( ImporterRegistry::standard() )
{
}

ImportSummary Workspace::importFiles( const QStringList &paths )
{
  ImportSummary summary;
  QVector<Airbase> airbases = mAirbases.airbases();
  const int airbasesBefore = airbases.size();
  for ( const QString &path : paths )
  {
    ImportResult result = mRegistry.importFile( path );
    summary.warnings += result.warnings;
    if ( result.failed )
    {
      ++summary.filesFailed;
      continue;
    }
    ++summary.filesRead;
    summary.tracks += static_cast<int>( result.tracks.size() );
    summary.events += result.events.size();
    airbases += result.airbases;
    mEvents += result.events;
    for ( Track &track : result.tracks )
      mTracks.push_back( std::move( track ) );
  }
  summary.airbases = airbases.size() - airbasesBefore;
  mAirbases = AirbaseIndex( airbases );
  // Every track, not only the new ones: new airbases may name old legs' ends.
  reanalyse();
  if ( summary.filesRead > 0 )
    emit changed();
  return summary;
}

void Workspace::clear()
{
  mTracks.clear();
  mAnalyses.clear();
  mAirbases = AirbaseIndex();
  mEvents.clear();
  emit changed();
}

void Workspace::setContent( ProjectContent content )
{
  mTracks = std::move( content.tracks );
  mAirbases = AirbaseIndex( std::move( content.airbases ) );
  mEvents = std::move( content.events );
  reanalyse();
  emit changed();
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
  emit changed();
}

void Workspace::replaceEvent( const Event &event )
{
  const int index = eventIndex( event.id );
  if ( index < 0 )
    return;
  mEvents[index] = event;
  emit changed();
}

void Workspace::removeEvent( const QString &id )
{
  const int index = eventIndex( id );
  if ( index < 0 )
    return;
  mEvents.removeAt( index );
  emit changed();
}

void Workspace::reanalyse()
{
  mAnalyses.clear();
  mAnalyses.reserve( mTracks.size() );
  for ( const Track &track : mTracks )
    mAnalyses.push_back( analyseFlights( track, mAirbases ) );
}

} // namespace sortie
