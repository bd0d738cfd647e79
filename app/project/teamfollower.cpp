#include "app/project/teamfollower.h"

#include "models/commands/undostack.h"
#include "models/project/projecttables.h"
#include "models/project/teamproject.h"
#include "models/workspace/workspace.h"
#include "models/workspace/workspacechange.h"

#include <algorithm>

namespace sortie
{

TeamFollower::TeamFollower( const QString &connection, const QString &schema, Workspace *workspace,
                            const UndoStack *undoStack, QObject *parent )
  : QObject( parent )
  , mConnection( connection )
  , mSchema( schema )
  , mWorkspace( workspace )
  , mUndoStack( undoStack )
{
  // One edit commits an event and its sources together: their notices arrive within
  // microseconds, and one read serves them all.
  qRegisterMetaType<TeamEditOutcome>(); // conflict() is queued to the window
  mSettle.setSingleShot( true );
  mSettle.setInterval( 50 );
  connect( &mSettle, &QTimer::timeout, this, &TeamFollower::readEvents );
  connect( &mSession, &TeamSession::changed, this, &TeamFollower::note );
}

QString TeamFollower::open()
{
  const QString error = mSession.open( mConnection, mSchema );
  if ( !error.isEmpty() )
    return error;
  connect( &mSession, &TeamSession::connectionLost, this,
           [this]( const QString &why )
           {
             emit failed(
                 tr( "the connection to the team project broke (%1); others' edits no longer appear" )
                     .arg( why ) );
           } );
  // Before the project is read: a version is never newer than the content it is taken for (an
  // edit from it can only meet a conflict, never overwrite unseen work).
  const std::optional<QHash<QString, qint64>> versions = mSession.eventVersions();
  if ( !versions )
    return tr( "the team project's events could not be read" );
  mVersions = *versions;
  return QString();
}

void TeamFollower::start()
{
  mBaseline = mWorkspace->events();
  mStarted = true;
  if ( mSession.mayEdit() )
    connect( mWorkspace, &Workspace::itemsChanged, this, &TeamFollower::share );
  if ( !mAuthors.isEmpty() )
    mSettle.start(); // changed while the project was read
}

template <typename Change>
void TeamFollower::adopting( Change change )
{
  mAdopting = true;
  emit adoptionStarted();
  change();
  mAdopting = false;
  emit adoptionFinished();
}

void TeamFollower::note( const QVector<TeamChange> &changes )
{
  for ( const TeamChange &change : changes )
  {
    if ( change.table == QLatin1String( projecttables::kEvents ) ||
         change.table == QLatin1String( projecttables::kEventSources ) )
    {
      mAuthors.insert( change.author );
      // Not restarted by each notice: a stream of them delays a read by 50 ms at most.
      if ( mStarted && !mSettle.isActive() )
        mSettle.start();
    }
  }
}

void TeamFollower::readEvents()
{
  QStringList authors( mAuthors.begin(), mAuthors.end() );
  authors.sort();
  mAuthors.clear();
  // Versions before content (see open()), and neither kept unless both were read.
  const std::optional<QHash<QString, qint64>> versions = mSession.eventVersions();
  const ProjectReadResult stored =
      versions ? teamproject::readEvents( mConnection, mSchema ) : ProjectReadResult();
  if ( !versions || !stored.ok() )
  {
    emit failed( versions ? stored.message : tr( "the team project's events could not be read" ) );
    return;
  }
  QHash<QString, const Event *> before;
  for ( const Event &event : mBaseline )
    before.insert( event.id, &event );
  QSet<QString> changedThere;
  for ( const Event &event : stored.content.events )
  {
    const Event *base = before.value( event.id );
    if ( !base || !( *base == event ) )
      changedThere.insert( event.id );
    before.remove( event.id );
  }
  for ( auto it = before.cbegin(); it != before.cend(); ++it )
    changedThere.insert( it.key() ); // removed there

  Workspace::Adopted taken;
  adopting( [&] { taken = mWorkspace->adoptEvents( stored.content.events, mBaseline ); } );
  // What the analyst kept is still measured against what it was made from, its version too:
  // an edit or undo of it is checked against that, and meets the other's as a conflict.
  QVector<Event> baseline = stored.content.events;
  QHash<QString, qint64> known = *versions;
  for ( const QString &id : taken.keptIds )
  {
    baseline.erase(
        std::remove_if( baseline.begin(), baseline.end(), [&]( const Event &e ) { return e.id == id; } ),
        baseline.end() );
    for ( const Event &old : mBaseline )
    {
      if ( old.id == id )
        baseline.append( old );
    }
    if ( mVersions.contains( id ) )
      known.insert( id, mVersions.value( id ) );
    else
      known.remove( id );
    changedThere.remove( id );
  }
  mBaseline = baseline;
  mVersions = known;
  // Undoing or redoing an older edit of these would put back what the other just changed.
  mChangedByOthers.unite( changedThere );
  int newlyKept = 0;
  for ( const QString &id : taken.keptIds )
  {
    if ( !mReportedKept.contains( id ) )
    {
      mReportedKept.insert( id );
      ++newlyKept;
    }
  }
  emit adopted( taken.changed, newlyKept, authors );
}

void TeamFollower::remember( const Event &event, qint64 version )
{
  mVersions.insert( event.id, version );
  for ( Event &known : mBaseline )
  {
    if ( known.id == event.id )
    {
      known = event;
      return;
    }
  }
  mBaseline.append( event );
}

void TeamFollower::forget( const QString &id )
{
  mVersions.remove( id );
  for ( int i = 0; i < mBaseline.size(); ++i )
  {
    if ( mBaseline.at( i ).id == id )
    {
      mBaseline.removeAt( i );
      return;
    }
  }
}

void TeamFollower::share( const WorkspaceChange &change )
{
  if ( mAdopting || change.subject != WorkspaceChange::Subject::Events )
    return;
  if ( !mUndoStack->isApplying() )
  {
    // Not an edit (an import): it stays in this window, as the analyst was told.
    emit unshared();
    return;
  }
  for ( const QString &id : change.ids )
  {
    if ( mUndoStack->isReplaying() && mChangedByOthers.contains( id ) )
    {
      // An undo or redo puts back a whole older version, over what another analyst has
      // changed since: never silently. The analyst chooses, as for a conflict.
      TeamEditOutcome outcome;
      outcome.status = TeamEditOutcome::Status::Conflict;
      outcome.version = mVersions.value( id, 0 );
      const std::optional<TeamRowVersion> now = mSession.eventVersion( id );
      outcome.author = now ? now->author : QString();
      outcome.at = now ? now->at : QDateTime();
      outcome.message = tr( "Another analyst changed this event since the edit you took back or redid; "
                            "nothing was written" );
      tellConflict( id, outcome );
      continue;
    }
    write( id );
  }
}

void TeamFollower::write( const QString &id )
{
  const int index = mWorkspace->eventIndex( id );
  TeamEditOutcome outcome;
  if ( index >= 0 )
  {
    const Event &event = mWorkspace->events().at( index );
    outcome = mSession.saveEvent( event, mWorkspace->airbases().placePosition( event.place ),
                                  mVersions.value( id, 0 ) );
    if ( outcome.status == TeamEditOutcome::Status::Saved )
      remember( event, outcome.version );
  }
  else
  {
    if ( !mVersions.contains( id ) )
      return; // never stored: nothing to remove
    outcome = mSession.removeEvent( id, mVersions.value( id ) );
    if ( outcome.status == TeamEditOutcome::Status::Saved )
      forget( id );
  }
  if ( outcome.status == TeamEditOutcome::Status::Saved )
  {
    emit shared( id );
    return;
  }
  if ( outcome.status == TeamEditOutcome::Status::Conflict )
    tellConflict( id, outcome );
  else
  {
    emit unshared(); // this window now holds work the team project has not
    emit failed( outcome.message );
  }
}

void TeamFollower::tellConflict( const QString &id, const TeamEditOutcome &outcome )
{
  // The analyst is shown both versions by the conflict: the other's change, when it is read
  // in meanwhile and the analyst's own is kept until the choice, is not told a second time.
  mReportedKept.insert( id );
  emit unshared(); // this window now holds work the team project has not
  emit conflict( id, outcome );
}

void TeamFollower::keepMine( const QString &id, qint64 theirVersion )
{
  mReportedKept.remove( id ); // chosen: a later change of it by another is told again
  mVersions.insert( id, theirVersion );
  if ( theirVersion == 0 )
    mVersions.remove( id );      // theirs is a removal: mine comes back as new
  mChangedByOthers.remove( id ); // seen and overruled
  write( id );
}

std::optional<Event> TeamFollower::storedEvent( const QString &id, bool *readable )
{
  const ProjectReadResult read = teamproject::readEvents( mConnection, mSchema );
  if ( readable )
    *readable = read.ok();
  if ( !read.ok() )
  {
    emit failed( read.message );
    return std::nullopt;
  }
  for ( const Event &event : read.content.events )
  {
    if ( event.id == id )
      return event;
  }
  return std::nullopt;
}

void TeamFollower::takeTheirs( const QString &id )
{
  mReportedKept.remove( id );
  // The version before the content, as everywhere; a failed read changes nothing.
  const std::optional<TeamRowVersion> version = mSession.eventVersion( id );
  bool readable = false;
  const std::optional<Event> stored = storedEvent( id, &readable );
  if ( !readable )
    return;
  adopting(
      [&]
      {
        if ( !stored )
          mWorkspace->removeEvent( id );
        else if ( mWorkspace->eventIndex( id ) >= 0 )
          mWorkspace->replaceEvent( *stored );
        else
          mWorkspace->insertEvent( *stored, -1 );
      } );
  if ( !stored || !version )
    forget( id );
  else
    remember( *stored, version->version );
}

} // namespace sortie
