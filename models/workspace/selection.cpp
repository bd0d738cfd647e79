#include "models/workspace/selection.h"

#include "models/analysis/correlationfacts.h"
#include "models/workspace/workspace.h"

namespace sortie
{

Selection::Selection( QObject *parent )
  : QObject( parent )
{
  qRegisterMetaType<LegKey>(); // queued connections and signal spies carry it
}

void Selection::setLeg( const LegKey &leg )
{
  if ( leg == mLeg )
    return;
  mLeg = leg;
  emit legChanged( mLeg );
}

void Selection::setEvent( const QString &id )
{
  if ( id == mEventId )
    return;
  mEventId = id;
  emit eventChanged( mEventId );
}

void Selection::setCorrelation( const QString &id )
{
  if ( id == mCorrelationId )
    return;
  mCorrelationId = id;
  emit correlationChanged( mCorrelationId );
}

void Selection::clear()
{
  setLeg( LegKey() );
  setEvent( QString() );
  setCorrelation( QString() );
}

void Selection::prune( const Workspace &workspace, const WorkspaceChange &change )
{
  // Only removals and resets can take a selected item away; look it up then, by id.
  if ( change.kind != WorkspaceChange::Kind::Removed && change.kind != WorkspaceChange::Kind::Reset )
    return;
  if ( mLeg.isValid() && !resolveLeg( workspace, mLeg ).isValid() ) // its track, or that leg, went
    setLeg( LegKey() );
  if ( !mEventId.isEmpty() && workspace.eventIndex( mEventId ) < 0 )
    setEvent( QString() );
  if ( !mCorrelationId.isEmpty() && workspace.correlationIndex( mCorrelationId ) < 0 )
    setCorrelation( QString() );
}

} // namespace sortie
