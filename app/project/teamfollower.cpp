#include "app/project/teamfollower.h"

#include "models/commands/undostack.h"
#include "models/project/projectstore.h"
#include "models/project/projecttables.h"
#include "models/project/teamproject.h"
#include "models/workspace/workspace.h"
#include "models/workspace/workspacechange.h"

#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace sortie
{

namespace
{
// How the follower reaches one kind of item: where the workspace and a read project hold it,
// and how it is saved. One template path serves events, correlations and drawings.
template <typename Item>
struct Shared;

template <>
struct Shared<Event>
{
    static constexpr TeamItemKind kind = TeamItemKind::Event;
    static QVector<Event> &in( ProjectContent &content ) { return content.events; }
    static const QVector<Event> &in( const ProjectContent &content ) { return content.events; }
    static const QVector<Event> &in( const Workspace &workspace ) { return workspace.events(); }
    static int index( const Workspace &workspace, const QString &id ) { return workspace.eventIndex( id ); }
    static Workspace::Adopted adopt( Workspace &workspace, const QVector<Event> &stored,
                                     const QVector<Event> &baseline )
    {
      return workspace.adoptEvents( stored, baseline );
    }
    static void put( Workspace &workspace, const Event &event )
    {
      if ( workspace.eventIndex( event.id ) >= 0 )
        workspace.replaceEvent( event );
      else
        workspace.insertEvent( event, -1 );
    }
    static void remove( Workspace &workspace, const QString &id ) { workspace.removeEvent( id ); }
    static TeamEditOutcome save( TeamSession &session, const Workspace &workspace, const Event &event,
                                 qint64 startedFrom )
    {
      return session.saveEvent( event, workspace.airbases().placePosition( event.place ), startedFrom );
    }
};

template <>
struct Shared<Correlation>
{
    static constexpr TeamItemKind kind = TeamItemKind::Correlation;
    static QVector<Correlation> &in( ProjectContent &content ) { return content.correlations; }
    static const QVector<Correlation> &in( const ProjectContent &content ) { return content.correlations; }
    static const QVector<Correlation> &in( const Workspace &workspace ) { return workspace.correlations(); }
    static int index( const Workspace &workspace, const QString &id )
    {
      return workspace.correlationIndex( id );
    }
    static Workspace::Adopted adopt( Workspace &workspace, const QVector<Correlation> &stored,
                                     const QVector<Correlation> &baseline )
    {
      return workspace.adoptCorrelations( stored, baseline );
    }
    static void put( Workspace &workspace, const Correlation &correlation )
    {
      if ( workspace.correlationIndex( correlation.id ) >= 0 )
        workspace.replaceCorrelation( correlation );
      else
        workspace.insertCorrelation( correlation, -1 );
    }
    static void remove( Workspace &workspace, const QString &id ) { workspace.removeCorrelation( id ); }
    static TeamEditOutcome save( TeamSession &session, const Workspace &, const Correlation &correlation,
                                 qint64 startedFrom )
    {
      return session.saveCorrelation( correlation, startedFrom );
    }
};

template <>
struct Shared<Annotation>
{
    static constexpr TeamItemKind kind = TeamItemKind::Annotation;
    static QVector<Annotation> &in( ProjectContent &content ) { return content.annotations; }
    static const QVector<Annotation> &in( const ProjectContent &content ) { return content.annotations; }
    static const QVector<Annotation> &in( const Workspace &workspace ) { return workspace.annotations(); }
    static int index( const Workspace &workspace, const QString &id )
    {
      return workspace.annotationIndex( id );
    }
    static Workspace::Adopted adopt( Workspace &workspace, const QVector<Annotation> &stored,
                                     const QVector<Annotation> &baseline )
    {
      return workspace.adoptAnnotations( stored, baseline );
    }
    static void put( Workspace &workspace, const Annotation &annotation )
    {
      if ( workspace.annotationIndex( annotation.id ) >= 0 )
        workspace.replaceAnnotation( annotation );
      else
        workspace.insertAnnotation( annotation, -1 );
    }
    static void remove( Workspace &workspace, const QString &id ) { workspace.removeAnnotation( id ); }
    static TeamEditOutcome save( TeamSession &session, const Workspace &, const Annotation &annotation,
                                 qint64 startedFrom )
    {
      return session.saveAnnotation( annotation, startedFrom );
    }
};

// The kind a workspace change is of, when it is one shared item by item.
std::optional<TeamItemKind> sharedKindOf( WorkspaceChange::Subject subject )
{
  switch ( subject )
  {
  case WorkspaceChange::Subject::Events:
    return TeamItemKind::Event;
  case WorkspaceChange::Subject::Correlations:
    return TeamItemKind::Correlation;
  case WorkspaceChange::Subject::Annotations:
    return TeamItemKind::Annotation;
  default:
    return std::nullopt;
  }
}

// Run @p action with an item of @p kind's type (a tag: only its type is used).
template <typename Action>
auto withItemOf( TeamItemKind kind, Action action )
{
  switch ( kind )
  {
  case TeamItemKind::Event:
    return action( Event() );
  case TeamItemKind::Correlation:
    return action( Correlation() );
  case TeamItemKind::Annotation:
    break;
  }
  return action( Annotation() );
}
} // namespace

TeamFollower::TeamFollower( const QString &connection, const QString &schema, Workspace *workspace,
                            const UndoStack *undoStack, QObject *parent )
  : QObject( parent )
  , mConnection( connection )
  , mSchema( schema )
  , mWorkspace( workspace )
  , mUndoStack( undoStack )
{
  // One edit commits an item and its parts together: their notices arrive within
  // microseconds, and one read serves them all.
  qRegisterMetaType<TeamEditOutcome>(); // conflict() is queued to the window
  qRegisterMetaType<TeamItemKind>();
  mSettle.setSingleShot( true );
  mSettle.setInterval( 50 );
  connect( &mSettle, &QTimer::timeout, this, &TeamFollower::readWork );
  connect( &mSession, &TeamSession::changed, this, &TeamFollower::note );
  // A merge's tracks are not journalled (they are not the analyst's work): its notice alone
  // says the tracks may have grown, and readWork() looks.
  connect( &mSession, &TeamSession::noticed, this,
           [this]
           {
             if ( mStarted && !mSettle.isActive() )
               mSettle.start();
           } );
  // Queued: the step's end is handled when the window's loop comes to it, never inside a wait.
  connect( &mImportStep, &QFutureWatcher<TeamImport>::finished, this, &TeamFollower::endImportStep,
           Qt::QueuedConnection );
}

// A merge still running goes on alone (it holds copies of what it needs, on its own connection)
// and commits or not as a whole; nobody waits for it.
TeamFollower::~TeamFollower() = default;

bool TeamFollower::beginImport( const QStringList &paths, std::function<void()> then )
{
  if ( !mSession.mayEdit() || mImportStep.isRunning() )
    return false;
  QStringList projects;
  for ( const QString &path : paths )
  {
    if ( path.endsWith( projectFileSuffix(), Qt::CaseInsensitive ) )
      projects.append( path );
  }
  if ( projects.isEmpty() )
    return false;
  mAfterImportStep = std::move( then );
  mImportOnlyProjects = projects.size() == paths.size();
  const QString connection = mConnection;
  const QString schema = mSchema;
  mImportStep.setFuture( QtConcurrent::run(
      [connection, schema, projects]
      {
        TeamImport done;
        for ( const QString &path : projects )
        {
          ProjectReadResult read = readProject( path );
          if ( !read.ok() )
          {
            done.errors.append( read.message );
            continue;
          }
          const teamproject::MergeResult merged =
              teamproject::merge( connection, schema, std::move( read.content ) );
          if ( !merged.error.isEmpty() )
          {
            done.errors.append( tr( "%1: %2" ).arg( QFileInfo( path ).fileName(), merged.error ) );
            continue;
          }
          ++done.files;
          const MergeSummary &s = merged.summary;
          done.summary.tracksAdded += s.tracksAdded;
          done.summary.eventsAdded += s.eventsAdded;
          done.summary.correlationsAdded += s.correlationsAdded;
          done.summary.annotationsAdded += s.annotationsAdded;
          done.summary.airbasesAdded += s.airbasesAdded;
          done.summary.renamed += s.renamed;
        }
        return done;
      } ) );
  return true;
}

void TeamFollower::waitForImportStep()
{
  mImportStep.waitForFinished();
  endImportStep();
}

void TeamFollower::endImportStep()
{
  if ( !mAfterImportStep || !mImportStep.isFinished() )
    return; // ended already (waited for), or a late notice of an earlier step
  const TeamImport done = mImportStep.result();
  if ( done.files > 0 )
  {
    const MergeSummary &s = done.summary;
    emit mergedIntoTeam( tr( "%n project file(s) merged into the team project: ", nullptr, done.files ) +
                         tr( "%1 tracks, %2 events, %3 correlations, %4 drawings, %5 airbases added" )
                             .arg( s.tracksAdded )
                             .arg( s.eventsAdded )
                             .arg( s.correlationsAdded )
                             .arg( s.annotationsAdded )
                             .arg( s.airbasesAdded ) );
  }
  for ( const QString &error : done.errors )
    emit failed( tr( "not merged into the team project, only into this window: %1" ).arg( error ) );
  // Only when every file went to the team is the window's merge of them the team's.
  // Renamed items (an id the team gives to something else) get new random ids in each merge:
  // the window's would not be the team's, and stay its own, unsaved.
  mTakingMerged = mImportOnlyProjects && done.errors.isEmpty() && done.summary.renamed.isEmpty();
  const std::function<void()> then = std::move( mAfterImportStep );
  mAfterImportStep = nullptr;
  then();
}

void TeamFollower::importEnded( bool cancelled )
{
  if ( !mTakingMerged )
    return;
  mTakingMerged = false;
  if ( !cancelled )
    emit shared( QString() ); // the window holds nothing of it that the team has not
}

std::optional<std::array<QHash<QString, qint64>, 3>> TeamFollower::readVersions()
{
  std::array<QHash<QString, qint64>, 3> versions;
  for ( const TeamItemKind kind : kTeamItemKinds )
  {
    std::optional<QHash<QString, qint64>> read = mSession.versions( kind );
    if ( !read )
      return std::nullopt;
    versions[static_cast<int>( kind )] = std::move( *read );
  }
  return versions;
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
  const auto versions = readVersions();
  if ( !versions )
    return tr( "the team project's events, correlations and drawings could not be read" );
  for ( const TeamItemKind kind : kTeamItemKinds )
    followed( kind ).versions = ( *versions )[static_cast<int>( kind )];
  mLastTrackNumber = mSession.lastTrackNumber().value_or( 0 );
  return QString();
}

void TeamFollower::start()
{
  for ( const Track &track : mWorkspace->sourceTracks() )
    mTeamTracks.insert( track.id );
  mBaseline.events = mWorkspace->events();
  mBaseline.correlations = mWorkspace->correlations();
  mBaseline.annotations = mWorkspace->annotations();
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
    if ( teamItemKindOf( change.table ) )
    {
      mAuthors.insert( change.author );
      // Not restarted by each notice: a stream of them delays a read by 50 ms at most.
      if ( mStarted && !mSettle.isActive() )
        mSettle.start();
    }
  }
}

template <typename Item>
TeamFollower::Taken TeamFollower::takeIn( const ProjectContent &stored,
                                          const QHash<QString, qint64> &versions )
{
  using S = Shared<Item>;
  Followed &state = followed( S::kind );
  QVector<Item> &baseline = S::in( mBaseline );
  const QVector<Item> &now = S::in( stored );
  QHash<QString, const Item *> before;
  for ( const Item &item : baseline )
    before.insert( item.id, &item );
  QSet<QString> changedThere;
  for ( const Item &item : now )
  {
    const Item *base = before.value( item.id );
    if ( !base || !( *base == item ) )
      changedThere.insert( item.id );
    before.remove( item.id );
  }
  for ( auto it = before.cbegin(); it != before.cend(); ++it )
    changedThere.insert( it.key() ); // removed there

  const Workspace::Adopted taken = S::adopt( *mWorkspace, now, baseline );
  // What the analyst kept is still measured against what it was made from, its version too:
  // an edit or undo of it is checked against that, and meets the other's as a conflict.
  QVector<Item> next = now;
  QHash<QString, qint64> known = versions;
  for ( const QString &id : taken.keptIds )
  {
    next.erase( std::remove_if( next.begin(), next.end(), [&]( const Item &i ) { return i.id == id; } ),
                next.end() );
    for ( const Item &old : baseline )
    {
      if ( old.id == id )
        next.append( old );
    }
    if ( state.versions.contains( id ) )
      known.insert( id, state.versions.value( id ) );
    else
      known.remove( id );
    changedThere.remove( id );
  }
  baseline = next;
  state.versions = known;
  // Undoing or redoing an older edit of these would put back what the other just changed.
  for ( const QString &id : changedThere )
    state.changedByOthers.insert( id, mUndoStack->nextSerial() );
  Taken result;
  result.changed = taken.changed;
  for ( const QString &id : taken.keptIds )
  {
    if ( !state.reportedKept.contains( id ) )
    {
      state.reportedKept.insert( id );
      result.keptIds.append( id );
    }
  }
  return result;
}

void TeamFollower::readNewTracks()
{
  // Tracks are only ever added to a team project (by a merge), numbered after the last: a
  // higher last number says some came. Read with the project, they are merged into the window
  // by identity, as any import.
  const std::optional<qint64> last = mSession.lastTrackNumber();
  if ( !last || *last <= mLastTrackNumber )
    return;
  ProjectReadResult team = teamproject::read( mConnection, mSchema );
  if ( !team.ok() )
  {
    emit failed( team.message );
    return;
  }
  mLastTrackNumber = *last;
  // Only the tracks the team did not have when last looked: one the analyst removed here
  // since stays removed.
  ProjectContent added;
  for ( Track &track : team.content.tracks )
  {
    if ( !mTeamTracks.contains( track.id ) )
    {
      mTeamTracks.insert( track.id );
      added.tracks.push_back( std::move( track ) );
    }
  }
  if ( added.tracks.empty() )
    return;
  added.airbases = team.content.airbases; // the merge's airbases name the new legs (those here stay)
  MergeSummary merged;
  adopting( [&] { merged = mWorkspace->mergeContent( std::move( added ) ); } );
  emit adopted( merged.tracksAdded, 0, { tr( "a merge" ) } );
}

void TeamFollower::readWork()
{
  readNewTracks();
  if ( mAuthors.isEmpty() )
    return; // only a notice without a journalled change: nothing of the analyst's work changed
  QStringList authors( mAuthors.begin(), mAuthors.end() );
  authors.sort();
  mAuthors.clear();
  // Versions before content (see open()), and neither kept unless both were read.
  const auto versions = readVersions();
  const ProjectReadResult stored =
      versions ? teamproject::readWork( mConnection, mSchema ) : ProjectReadResult();
  if ( !versions || !stored.ok() )
  {
    emit failed( versions ? stored.message
                          : tr( "the team project's events, correlations and drawings could not be read" ) );
    return;
  }
  int changed = 0;
  int newlyKept = 0;
  adopting(
      [&]
      {
        // Events first: a correlation taken in may name an event taken in with it.
        for ( const TeamItemKind kind : kTeamItemKinds )
        {
          const Taken taken = withItemOf( kind,
                                          [&]( auto tag ) {
                                            return takeIn<decltype( tag )>(
                                                stored.content, ( *versions )[static_cast<int>( kind )] );
                                          } );
          changed += taken.changed;
          newlyKept += taken.keptIds.size();
        }
      } );
  emit adopted( changed, newlyKept, authors );
}

template <typename Item>
void TeamFollower::remember( const Item &item, qint64 version )
{
  followed( Shared<Item>::kind ).versions.insert( item.id, version );
  for ( Item &known : Shared<Item>::in( mBaseline ) )
  {
    if ( known.id == item.id )
    {
      known = item;
      return;
    }
  }
  Shared<Item>::in( mBaseline ).append( item );
}

template <typename Item>
void TeamFollower::forget( const QString &id )
{
  followed( Shared<Item>::kind ).versions.remove( id );
  QVector<Item> &baseline = Shared<Item>::in( mBaseline );
  baseline.erase(
      std::remove_if( baseline.begin(), baseline.end(), [&]( const Item &i ) { return i.id == id; } ),
      baseline.end() );
}

void TeamFollower::share( const WorkspaceChange &change )
{
  if ( mAdopting )
    return;
  if ( mTakingMerged && !mUndoStack->isApplying() )
    return; // the import of project files the team project took first (beginImport())
  const std::optional<TeamItemKind> kind = sharedKindOf( change.subject );
  if ( !kind || !mUndoStack->isApplying() )
  {
    // Not shared item by item (imported tracks, a dismissed suggestion) or not an edit (an
    // import, a merge): it stays in this window, as the analyst was told.
    emit unshared();
    return;
  }
  Followed &state = followed( *kind );
  for ( const QString &id : change.ids )
  {
    if ( mUndoStack->isReplaying() && state.changedByOthers.contains( id ) &&
         mUndoStack->replayedSerial() < state.changedByOthers.value( id ) )
    {
      // An undo or redo of an edit made before another analyst's change puts back a whole
      // older version over it: never silently. The analyst chooses, as for a conflict. (An
      // edit made after it, with the other's change in view, is undone as any other.)
      TeamEditOutcome outcome;
      outcome.status = TeamEditOutcome::Status::Conflict;
      const std::optional<TeamRowVersion> now = mSession.version( *kind, id );
      outcome.version = now ? now->version : 0; // what Keep Mine then overwrites, knowingly
      outcome.author = now ? now->author : QString();
      outcome.at = now ? now->at : QDateTime();
      outcome.message = tr( "Another analyst changed this since the edit you took back or redid; "
                            "nothing was written" );
      tellConflict( *kind, id, outcome );
      continue;
    }
    write( *kind, id );
  }
}

template <typename Item>
TeamEditOutcome TeamFollower::writeItem( const QString &id )
{
  using S = Shared<Item>;
  const Followed &state = followed( S::kind );
  const int index = S::index( *mWorkspace, id );
  if ( index >= 0 )
  {
    const Item &item = S::in( *mWorkspace ).at( index );
    const TeamEditOutcome outcome = S::save( mSession, *mWorkspace, item, state.versions.value( id, 0 ) );
    if ( outcome.status == TeamEditOutcome::Status::Saved )
      remember( item, outcome.version );
    return outcome;
  }
  if ( !state.versions.contains( id ) )
  {
    TeamEditOutcome nothing; // never stored: nothing to remove
    nothing.status = TeamEditOutcome::Status::Saved;
    return nothing;
  }
  const TeamEditOutcome outcome = mSession.remove( S::kind, id, state.versions.value( id ) );
  if ( outcome.status == TeamEditOutcome::Status::Saved )
    forget<Item>( id );
  return outcome;
}

void TeamFollower::write( TeamItemKind kind, const QString &id )
{
  const TeamEditOutcome outcome =
      withItemOf( kind, [&]( auto tag ) { return writeItem<decltype( tag )>( id ); } );
  if ( outcome.status == TeamEditOutcome::Status::Saved )
  {
    emit shared( id );
    return;
  }
  if ( outcome.status == TeamEditOutcome::Status::Conflict )
    tellConflict( kind, id, outcome );
  else
  {
    emit unshared(); // this window now holds work the team project has not
    emit failed( outcome.message );
  }
}

void TeamFollower::tellConflict( TeamItemKind kind, const QString &id, const TeamEditOutcome &outcome )
{
  // The analyst is shown both versions by the conflict: the other's change, when it is read
  // in meanwhile and the analyst's own is kept until the choice, is not told a second time.
  followed( kind ).reportedKept.insert( id );
  emit unshared(); // this window now holds work the team project has not
  emit conflict( kind, id, outcome );
}

void TeamFollower::keepMine( TeamItemKind kind, const QString &id, qint64 theirVersion )
{
  Followed &state = followed( kind );
  state.reportedKept.remove( id ); // chosen: a later change of it by another is told again
  state.versions.insert( id, theirVersion );
  if ( theirVersion == 0 )
    state.versions.remove( id );      // theirs is a removal: mine comes back as new
  state.changedByOthers.remove( id ); // seen and overruled
  write( kind, id );
}

std::optional<ProjectContent> TeamFollower::storedWork()
{
  ProjectReadResult read = teamproject::readWork( mConnection, mSchema );
  if ( !read.ok() )
  {
    emit failed( read.message );
    return std::nullopt;
  }
  return std::move( read.content );
}

template <typename Item>
void TeamFollower::takeStored( const QString &id, const ProjectContent &stored,
                               const std::optional<TeamRowVersion> &version )
{
  using S = Shared<Item>;
  const Item *found = nullptr;
  for ( const Item &item : S::in( stored ) )
  {
    if ( item.id == id )
      found = &item;
  }
  adopting(
      [&]
      {
        if ( found )
          S::put( *mWorkspace, *found );
        else
          S::remove( *mWorkspace, id );
      } );
  if ( !found || !version )
    forget<Item>( id );
  else
    remember( *found, version->version );
  // Theirs now stands here: undoing an edit of the analyst's made before would put it back over
  // theirs, which is told as for any change of another's.
  followed( Shared<Item>::kind ).changedByOthers.insert( id, mUndoStack->nextSerial() );
}

void TeamFollower::takeTheirs( TeamItemKind kind, const QString &id )
{
  followed( kind ).reportedKept.remove( id );
  // The version before the content, as everywhere; a failed read changes nothing.
  const std::optional<TeamRowVersion> version = mSession.version( kind, id );
  const std::optional<ProjectContent> stored = storedWork();
  if ( !stored )
    return;
  withItemOf( kind, [&]( auto tag ) { takeStored<decltype( tag )>( id, *stored, version ); } );
}

} // namespace sortie
