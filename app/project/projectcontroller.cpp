#include "app/project/projectcontroller.h"

#include "app/logging.h"
#include "app/project/projecthost.h"
#include "app/project/projectio.h"
#include "app/project/teamfollower.h"
#include "models/commands/undostack.h"
#include "models/project/projectlock.h"
#include "models/project/teamproject.h"
#include "models/time/utctext.h"
#include "models/workspace/workspace.h"
#include "models/workspace/workspacechange.h"
#include "widgets/teamprojectdialog.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace sortie
{

namespace
{
const QString kRecentKey = QStringLiteral( "project/recent" );
constexpr int kRecentCount = 8;
constexpr int kDefaultAutosaveMs = 3 * 60 * 1000;
const QString kRecoveryOf = QStringLiteral( "recovery_of" );
const QString kTeamConnectionKey = QStringLiteral( "project/teamConnection" );
const QString kTeamSchemaKey = QStringLiteral( "project/teamSchema" );

QString fileFilter()
{
  return QObject::tr( "Sortie projects (*%1)" ).arg( projectFileSuffix() );
}

QString withSuffix( QString path )
{
  if ( !path.isEmpty() && !projectio::isProjectPath( path ) )
  {
    if ( path.endsWith( QLatin1String( ".gpkg" ), Qt::CaseInsensitive ) )
      path.chop( 5 );
    path += projectFileSuffix();
  }
  return path;
}
} // namespace

ProjectController::ProjectController( ProjectHost *host, QObject *parent )
  : QObject( parent )
  , mHost( host )
  , mAutosaveTimer( new QTimer( this ) )
{
  QDir().mkpath( recoveryFolder() );
  mRecoveryPath = QDir( recoveryFolder() )
                      .filePath( QUuid::createUuid().toString( QUuid::WithoutBraces ) + projectFileSuffix() );
  // Held while this window lives: a recovery file whose lock can be taken was left by a
  // Sortie that is no longer running.
  mRecoveryLock = std::make_unique<ProjectLock>( mRecoveryPath );
  mRecoveryLock->tryLock();
  createActions();

  // "Modified" has one source: the undo stack's clean state (issue 12), and beside it the
  // changes that are not commands yet (imports). A change made by a command is the stack's.
  connect( mHost->workspace(), &Workspace::changed, this,
           [this]
           {
             if ( !mLoading )
               noteChange( !mHost->undoStack()->isApplying() );
           } );
  connect( mHost->undoStack(), &UndoStack::cleanChanged, this, [this] { noteChange( false ); } );
  connect( mAutosaveTimer, &QTimer::timeout, this, &ProjectController::autosave );
  mAutosaveWatcher = new QFutureWatcher<QString>( this );
  // Queued: a write's end is handled when the window's loop comes to it, never inside whatever
  // delivers the watcher's notification (a nested loop, a settle of the map).
  connect( mAutosaveWatcher, &QFutureWatcher<QString>::finished, this, &ProjectController::autosaveFinished,
           Qt::QueuedConnection );
  mSaveWatcher = new QFutureWatcher<QString>( this );
  connect( mSaveWatcher, &QFutureWatcher<QString>::finished, this, &ProjectController::finishSave,
           Qt::QueuedConnection );
  mPool.setMaxThreadCount( 1 ); // one file written at a time
  const int seconds =
      QSettings().value( QStringLiteral( "project/autosaveSeconds" ), kDefaultAutosaveMs / 1000 ).toInt();
  setAutosaveIntervalMs( seconds * 1000 );
}

void ProjectController::createActions()
{
  mNewAction = new QAction( tr( "&New Project" ), this );
  mNewAction->setObjectName( QStringLiteral( "actionNewProject" ) );
  mNewAction->setShortcut( QKeySequence::New );
  connect( mNewAction, &QAction::triggered, this, &ProjectController::newProject );
  mOpenAction = new QAction( tr( "&Open Project..." ), this );
  mOpenAction->setObjectName( QStringLiteral( "actionOpenProject" ) );
  mOpenAction->setShortcut( QKeySequence::Open );
  connect( mOpenAction, &QAction::triggered, this,
           [this]
           {
             const QString path =
                 QFileDialog::getOpenFileName( mHost->dialogParent(), tr( "Open project" ), QString(),
                                               tr( "Sortie projects (*.sortie.gpkg);;All files (*)" ) );
             if ( !path.isEmpty() )
               open( path );
           } );
  mOpenTeamAction = new QAction( tr( "Open &Team Project..." ), this );
  mOpenTeamAction->setObjectName( QStringLiteral( "actionOpenTeamProject" ) );
  connect( mOpenTeamAction, &QAction::triggered, this,
           [this]
           {
             TeamProjectDialog dialog( mHost->dialogParent() );
             QSettings settings;
             dialog.setConnection( settings.value( kTeamConnectionKey ).toString(),
                                   settings.value( kTeamSchemaKey ).toString() );
             if ( dialog.exec() != QDialog::Accepted )
               return;
             // What names the database, never a password (the dialog has no field for one).
             settings.setValue( kTeamConnectionKey, dialog.connection() );
             settings.setValue( kTeamSchemaKey, dialog.schema() );
             openTeamProject( dialog.connection(), dialog.schema() );
           } );
  mSaveAction = new QAction( tr( "&Save" ), this );
  mSaveAction->setObjectName( QStringLiteral( "actionSave" ) );
  mSaveAction->setShortcut( QKeySequence::Save );
  connect( mSaveAction, &QAction::triggered, this, &ProjectController::save );
  mSaveAsAction = new QAction( tr( "Save &As..." ), this );
  mSaveAsAction->setObjectName( QStringLiteral( "actionSaveAs" ) );
  mSaveAsAction->setShortcut( QKeySequence::SaveAs );
  connect( mSaveAsAction, &QAction::triggered, this, [this] { saveAs(); } );
  mSaveCopyAction = new QAction( tr( "Save a &Copy..." ), this );
  mSaveCopyAction->setObjectName( QStringLiteral( "actionSaveCopy" ) );
  connect( mSaveCopyAction, &QAction::triggered, this, [this] { saveCopy(); } );
  connect( this, &ProjectController::stateChanged, this,
           [this] { mSaveAction->setEnabled( !isReadOnly() && !isSaving() ); } );
}

void ProjectController::attachRecentMenu( QMenu *menu )
{
  connect( menu, &QMenu::aboutToShow, this,
           [this, menu]
           {
             menu->clear();
             const QStringList recent = recentProjects();
             for ( const QString &path : recent )
               menu->addAction( QDir::toNativeSeparators( path ), this, [this, path] { open( path ); } );
             if ( recent.isEmpty() )
               menu->addAction( tr( "No recent projects" ) )->setEnabled( false );
           } );
}

ProjectController::~ProjectController()
{
  mSaveWatcher->waitForFinished();     // never a half-written file left to a worker without owner
  mAutosaveWatcher->waitForFinished(); // its file is about to be removed
  mDiscardWhenAutosaved = false;
  discardRecovery(); // a window that closes normally leaves nothing to recover
}

QString ProjectController::recoveryFolder()
{
  return QStandardPaths::writableLocation( QStandardPaths::AppDataLocation ) + QStringLiteral( "/recovery" );
}

QString ProjectController::displayName() const
{
  if ( !mTeamSchema.isEmpty() )
    return tr( "team project %1" ).arg( mTeamSchema );
  return mPath.isEmpty() ? tr( "Untitled" ) : QFileInfo( mPath ).fileName();
}

QStringList ProjectController::recentProjects() const
{
  QStringList recent = QSettings().value( kRecentKey ).toStringList();
  recent.erase( std::remove_if( recent.begin(), recent.end(),
                                []( const QString &p ) { return !QFileInfo::exists( p ); } ),
                recent.end() );
  return recent;
}

void ProjectController::addRecent( const QString &path )
{
  QSettings settings;
  QStringList recent = settings.value( kRecentKey ).toStringList();
  const QString absolute = QFileInfo( path ).absoluteFilePath();
  recent.removeAll( absolute );
  recent.prepend( absolute );
  settings.setValue( kRecentKey, QStringList( recent.mid( 0, kRecentCount ) ) );
}

void ProjectController::setModified( bool modified )
{
  // Saved, opened or new: the undo stack's present state is the file's. Recovered or told
  // otherwise: changed outside the stack.
  mChangedOutsideUndo = modified;
  if ( !modified )
    mHost->undoStack()->setClean();
  noteChange( false );
}

void ProjectController::noteChange( bool outsideUndo )
{
  mRecoveryCurrent = false;
  ++mChangeGeneration;
  if ( outsideUndo )
  {
    mChangedOutsideUndo = true;
    ++mOutsideUndoGeneration;
  }
  const bool modified = mChangedOutsideUndo || !mHost->undoStack()->isClean();
  if ( mModified == modified )
    return;
  mModified = modified;
  emit stateChanged();
}

void ProjectController::setPath( const QString &path )
{
  mTeamSchema.clear(); // a file now (Save As of a team project), or nothing
  mTeamFollower.reset();
  mHost->showTeamArchive( QString(), QString() ); // its archive stays in the database
  mHost->workspace()->setSharesIdsWithOthers( false );
  mPath = path.isEmpty() ? QString() : QFileInfo( path ).absoluteFilePath();
  mLock.reset();
  mReadOnlyReason.clear();
  if ( !mPath.isEmpty() )
  {
    mLock = std::make_unique<ProjectLock>( mPath );
    if ( !mLock->tryLock() )
      mReadOnlyReason = mLock->refusal();
    else if ( QFileInfo::exists( mPath ) && !QFileInfo( mPath ).isWritable() )
      mReadOnlyReason =
          tr( "%1 cannot be written (a read-only file or place)." ).arg( QDir::toNativeSeparators( mPath ) );
    if ( !mReadOnlyReason.isEmpty() )
      mLock.reset();
  }
  emit stateChanged();
}

void ProjectController::report( const QString &title, const QString &text ) const
{
  if ( !mInteractive )
  {
    qCWarning( lcApp ).noquote() << title << ":" << text;
    return;
  }
  QMessageBox box( QMessageBox::Warning, title, text, QMessageBox::Ok, mHost->dialogParent() );
  box.setObjectName( QStringLiteral( "projectProblem" ) );
  box.exec();
}

bool ProjectController::maybeClose()
{
  waitForSave(); // a save under way finishes before its project may go
  if ( !mModified || !mInteractive )
    return true;
  QMessageBox box( QMessageBox::Question, tr( "Unsaved changes" ),
                   tr( "%1 has changes that are not saved. Save them?" ).arg( displayName() ),
                   QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, mHost->dialogParent() );
  box.setObjectName( QStringLiteral( "unsavedChanges" ) );
  box.setDefaultButton( QMessageBox::Save );
  switch ( box.exec() )
  {
  case QMessageBox::Save:
    return save() && waitForSave();
  case QMessageBox::Discard:
    return true;
  default:
    return false;
  }
}

bool ProjectController::newProject()
{
  mHost->cancelImport(); // it would land in the next project
  if ( !maybeClose() )
    return false;
  mLoading = true;
  mHost->workspace()->clear();
  mLoading = false;
  mHost->undoStack()->clear();
  mMeta = ProjectMeta();
  discardRecovery();
  setPath( QString() );
  setModified( false );
  mHost->showStartRegion();
  return true;
}

bool ProjectController::open( const QString &path )
{
  if ( path.isEmpty() )
    return false;
  mHost->cancelImport(); // it would land in the next project
  if ( !maybeClose() )
    return false;
  // Repair a renamed file (embeddedproject.h) only when nobody else has it open.
  const bool mayWrite = QFileInfo( path ).isWritable() && ProjectLock( path ).tryLock();
  const ProjectReadResult read = projectio::open( path, mayWrite );
  if ( read.error == ProjectOpenError::NotSortieProject && mInteractive )
  {
    // Another tool's GeoPackage: its timed points and airfields can come in as an import.
    QMessageBox box(
        QMessageBox::Question, tr( "Not a Sortie project" ),
        read.message + QStringLiteral( "\n\n" ) +
            tr( "Import its layers into this project instead? Point layers with times become tracks, "
                "point layers with ICAO codes airbases." ),
        QMessageBox::NoButton, mHost->dialogParent() );
    box.setObjectName( QStringLiteral( "offerImport" ) );
    QPushButton *import = box.addButton( tr( "Import" ), QMessageBox::AcceptRole );
    import->setObjectName( QStringLiteral( "importButton" ) );
    box.addButton( QMessageBox::Cancel );
    box.exec();
    if ( box.clickedButton() == import )
      mHost->importInstead( path );
    return false;
  }
  if ( !read.ok() )
  {
    report( tr( "Cannot open project" ), read.message );
    return false;
  }
  return load( path, read, false );
}

bool ProjectController::openTeamProject( const QString &connection, const QString &schema )
{
  mHost->cancelImport(); // it would land in the next project
  if ( !maybeClose() )
    return false;
  // Listening before the project is read: nothing committed meanwhile is missed. Without an
  // edit history (published by an older Sortie) it is shown as read.
  auto follower =
      std::make_unique<TeamFollower>( connection, schema, mHost->workspace(), mHost->undoStack() );
  QApplication::setOverrideCursor( Qt::WaitCursor );
  const QString listening = follower->open();
  const ProjectReadResult read = teamproject::read( connection, schema );
  QApplication::restoreOverrideCursor();
  if ( !read.ok() )
  {
    report( tr( "Cannot open team project" ), read.message );
    return false;
  }
  load( QString(), read, false );
  mTeamSchema = schema;
  emit message( tr( "Opened %1" ).arg( displayName() ) ); // load() named it by its (empty) path
  mHost->showTeamArchive( connection, schema );
  if ( !listening.isEmpty() )
    mReadOnlyReason =
        tr( "Team project %1, read-only, as it was when opened (%2)." ).arg( schema, listening );
  else
  {
    mTeamFollower = std::move( follower );
    mTeamFollower->start();
    mHost->workspace()->setSharesIdsWithOthers( true );
    followTeam();
    mReadOnlyReason =
        mTeamFollower->mayEdit()
            ? tr( "Team project %1: your edits of events, correlations and drawings are saved to the team as "
                  "you make them, and others' appear here as they save them. Tracks imported from raw files "
                  "and "
                  "dismissed suggestions stay in this window: Save As keeps them in a file." )
                  .arg( schema )
            : tr( "Team project %1, read-only: your role %2 may read it, not change it. Others' edits of "
                  "events, correlations and drawings appear here as they save them." )
                  .arg( schema, mTeamFollower->user() );
  }
  emit stateChanged();
  return true;
}

QObject *ProjectController::importPrelude() const
{
  return mTeamFollower.get();
}

void ProjectController::followTeam()
{
  TeamFollower *follower = mTeamFollower.get();
  connect( follower, &TeamFollower::mergedIntoTeam, this,
           [this]( const QString &summary )
           { emit message( tr( "Team project %1: %2" ).arg( mTeamSchema, summary ) ); } );
  // Others' work is not this window's unsaved change.
  connect( follower, &TeamFollower::adoptionStarted, this, [this] { mLoading = true; } );
  connect( follower, &TeamFollower::adoptionFinished, this, [this] { mLoading = false; } );
  connect(
      follower, &TeamFollower::adopted, this,
      [this]( int changed, int kept, const QStringList &authors )
      {
        const QString who = authors.join( QStringLiteral( ", " ) );
        if ( kept > 0 )
          report(
              tr( "Team project changed" ),
              tr( "%1 changed events, correlations or drawings of team project %2 that you have changed "
                  "here too: %n of yours kept as you left them (Save As keeps them in a file of your own).",
                  nullptr, kept )
                  .arg( who, mTeamSchema ) );
        if ( changed > 0 )
          emit message(
              tr( "Team project %1: %n change(s) by %2", nullptr, changed ).arg( mTeamSchema, who ) );
      } );
  // A shared edit is saved: the window has nothing unsaved unless it holds what is not shared
  // item by item (imported tracks, dismissed suggestions), which the follower tells.
  mTeamUnshared = false;
  // Refused, conflicting or imported: unsaved for good (until Save As), whatever is shared later.
  connect( follower, &TeamFollower::unshared, this, [this] { mTeamUnshared = true; } );
  // Queued: the edit is shared from inside its command, before the undo stack has moved on.
  connect(
      follower, &TeamFollower::shared, this,
      [this]
      {
        if ( !mTeamUnshared )
          setModified( false );
      },
      Qt::QueuedConnection );
  connect( follower, &TeamFollower::failed, this,
           [this]( const QString &why )
           { emit message( tr( "Team project %1: %2" ).arg( mTeamSchema, why ) ); } );
  // After the edit that met it is done (it was met inside an undo command).
  connect( follower, &TeamFollower::conflict, this, &ProjectController::resolveTeamConflict,
           Qt::QueuedConnection );
}

namespace
{
// How the conflict dialog shows one version of an item.
QString describeEvent( const Event &event )
{
  return ProjectController::tr( "%1\n%2, %3\n%4" )
      .arg( event.title, utcMinuteLabel( event.start.toMSecsSinceEpoch() ), event.place.name,
            event.description );
}

QString describeCorrelation( const Correlation &correlation )
{
  const QString relation = correlation.relation == Relation::Other ? correlation.relationText
                                                                   : relationText( correlation.relation );
  return ProjectController::tr( "%1 (%2 confidence): %n flight(s), ", nullptr, correlation.flights.size() )
             .arg( relation, confidenceText( correlation.confidence ) ) +
         ProjectController::tr( "%n event(s)", nullptr, correlation.eventIds.size() ) +
         ProjectController::tr( ", %n source(s)\n%1", nullptr, correlation.sources.size() )
             .arg( correlation.note );
}

QString describeAnnotation( const Annotation &annotation )
{
  return ProjectController::tr( "%1 of %n point(s)\n%2", nullptr, annotation.points.size() )
      .arg( annotationKindText( annotation.kind ), annotation.text );
}

// Item @p id of @p items described, else @p missing.
template <typename Item, typename Describe>
QString describeIn( const QVector<Item> &items, const QString &id, Describe describe, const QString &missing )
{
  for ( const Item &item : items )
  {
    if ( item.id == id )
      return describe( item );
  }
  return missing;
}
} // namespace

void ProjectController::resolveTeamConflict( TeamItemKind kind, const QString &id,
                                             const TeamEditOutcome &outcome )
{
  if ( !mTeamFollower )
    return; // the team project was closed meanwhile
  // Nothing is overwritten silently: the analyst sees both and chooses; without anyone to
  // ask (a test, a script) the other's stands.
  bool keepMine = false;
  if ( mInteractive )
  {
    const Workspace *workspace = mHost->workspace();
    const std::optional<ProjectContent> stored = mTeamFollower->storedWork();
    const ProjectContent none;
    const ProjectContent &there = stored ? *stored : none;
    const QString removedHere = tr( "(removed here)" );
    const QString removed = stored ? tr( "(removed)" ) : tr( "(could not be read)" );
    QString mine;
    QString theirs;
    switch ( kind )
    {
    case TeamItemKind::Event:
      mine = describeIn( workspace->events(), id, describeEvent, removedHere );
      theirs = describeIn( there.events, id, describeEvent, removed );
      break;
    case TeamItemKind::Correlation:
      mine = describeIn( workspace->correlations(), id, describeCorrelation, removedHere );
      theirs = describeIn( there.correlations, id, describeCorrelation, removed );
      break;
    case TeamItemKind::Annotation:
      mine = describeIn( workspace->annotations(), id, describeAnnotation, removedHere );
      theirs = describeIn( there.annotations, id, describeAnnotation, removed );
      break;
    }
    QMessageBox box( QMessageBox::Warning, tr( "Changed by someone else" ),
                     outcome.message + QStringLiteral( "\n\n" ) +
                         tr( "Yours:\n%1\n\nTheirs (%2):\n%3" ).arg( mine, outcome.author, theirs ),
                     QMessageBox::NoButton, mHost->dialogParent() );
    box.setObjectName( QStringLiteral( "teamConflict" ) );
    QPushButton *mineButton = box.addButton( tr( "Keep Mine" ), QMessageBox::AcceptRole );
    box.addButton( tr( "Take Theirs" ), QMessageBox::RejectRole );
    box.exec();
    keepMine = box.clickedButton() == mineButton;
  }
  if ( keepMine )
    mTeamFollower->keepMine( kind, id, outcome.version );
  else
  {
    mTeamFollower->takeTheirs( kind, id );
    emit message( outcome.message );
  }
}

bool ProjectController::load( const QString &path, const ProjectReadResult &read, bool recovered )
{
  mLoading = true;
  mHost->workspace()->setContent( read.content );
  mLoading = false;
  mHost->undoStack()->clear();
  mMeta = read.meta;
  mMeta.workbench.remove( kRecoveryOf );
  mHost->applyWorkbench( read.meta.workbench );
  discardRecovery();
  setPath( path );
  if ( !path.isEmpty() && !recovered )
    addRecent( path );
  setModified( recovered );
  if ( !read.warnings.isEmpty() )
    report( tr( "Some of the project could not be read" ),
            tr( "%1 opened; these parts were skipped:\n\n%2" )
                .arg( displayName(), read.warnings.join( QLatin1Char( '\n' ) ) ) );
  emit message( recovered ? tr( "Recovered unsaved work of %1" ).arg( displayName() )
                          : tr( "Opened %1" ).arg( displayName() ) );
  return true;
}

bool ProjectController::refuseWhileSaving()
{
  if ( mSaving )
    emit message( tr( "Still saving %1; try again when it is saved." ).arg( displayName() ) );
  return mSaving;
}

bool ProjectController::save()
{
  if ( refuseWhileSaving() )
    return false;
  if ( mPath.isEmpty() || isReadOnly() )
    return saveAs();
  return write( mPath, mPath );
}

bool ProjectController::saveAs( const QString &chosen )
{
  if ( refuseWhileSaving() ) // before the file dialog, and before the path changes
    return false;
  QString path = chosen;
  if ( path.isEmpty() )
  {
    const QString name = mTeamSchema.isEmpty() ? tr( "Untitled" ) : mTeamSchema; // a copy of a team project
    const QString start =
        mPath.isEmpty() ? QDir::homePath() + QLatin1Char( '/' ) + name + projectFileSuffix() : mPath;
    path =
        QFileDialog::getSaveFileName( mHost->dialogParent(), tr( "Save project as" ), start, fileFilter() );
  }
  path = withSuffix( path );
  if ( path.isEmpty() )
    return false;
  const QString previousPath = mPath;
  setPath( path );
  if ( isReadOnly() )
  {
    report( tr( "Cannot save project" ), mReadOnlyReason );
    setPath( previousPath );
    return false;
  }
  return write( path, previousPath );
}

bool ProjectController::saveCopy( const QString &chosen )
{
  QString path = chosen;
  if ( path.isEmpty() )
  {
    const QString name = mTeamSchema.isEmpty() ? QFileInfo( mPath ).completeBaseName() : mTeamSchema;
    const QString start = QDir::homePath() + QLatin1Char( '/' ) +
                          tr( "%1 (copy)" ).arg( name.isEmpty() ? tr( "Untitled" ) : name ) +
                          projectFileSuffix();
    path = QFileDialog::getSaveFileName( mHost->dialogParent(), tr( "Save a copy" ), start, fileFilter() );
  }
  path = withSuffix( path );
  if ( path.isEmpty() )
    return false;
  if ( !mPath.isEmpty() && QFileInfo( path ).absoluteFilePath() == mPath )
  {
    report( tr( "Cannot save a copy" ), tr( "A copy cannot replace the project's own file: use Save." ) );
    return false;
  }
  // As write() takes it, and written by the same code; nothing of the open project changes.
  ProjectMeta meta = mMeta;
  meta.workbench = mHost->captureWorkbench();
  const embeddedproject::View view = mHost->mapView( QFileInfo( path ).completeBaseName() );
  auto snapshot = std::make_shared<const ProjectSnapshot>( mHost->workspace()->snapshot() );
  auto *watcher = new QFutureWatcher<QString>( this );
  connect( watcher, &QFutureWatcher<QString>::finished, this,
           [this, watcher, path]
           {
             const QString error = watcher->result();
             watcher->deleteLater();
             if ( error.isEmpty() )
               emit message( tr( "A copy was saved to %1" ).arg( QDir::toNativeSeparators( path ) ) );
             else
               report( tr( "Cannot save a copy" ), error );
             emit copySaved( path, error.isEmpty() );
           } );
  watcher->setFuture(
      QtConcurrent::run( &mPool, [snapshot, meta, view, path]
                         { return projectio::save( path, snapshot->source(), meta, view ); } ) );
  return true;
}

bool ProjectController::write( const QString &path, const QString &previousPath )
{
  // Everything the file gets is taken now, on this thread, as it is: the analyst goes on
  // working while a worker writes it (a million positions take seconds). What the window
  // pays is the snapshot, a pointer per track (copy-on-write columns; bench_edit's
  // BM_SaveLongestStall).
  ProjectMeta meta = mMeta;
  meta.workbench = mHost->captureWorkbench();
  const embeddedproject::View view = mHost->mapView( QFileInfo( path ).completeBaseName() );
  auto snapshot = std::make_shared<const ProjectSnapshot>( mHost->workspace()->snapshot() );
  mSaving = true;
  mSavedState = mHost->undoStack()->state();
  mSavedOutsideGeneration = mOutsideUndoGeneration;
  mSavingMeta = meta;
  mPathBeforeSave = previousPath;
  emit message( tr( "Saving %1..." ).arg( QDir::toNativeSeparators( path ) ) );
  emit stateChanged();
  mSaveWatcher->setFuture(
      QtConcurrent::run( &mPool, [snapshot, meta, view, path]
                         { return projectio::save( path, snapshot->source(), meta, view ); } ) );
  return true;
}

void ProjectController::finishSave()
{
  const QString error = mSaveWatcher->result();
  mSaving = false;
  mLastSaveOk = error.isEmpty();
  if ( !mLastSaveOk )
  {
    if ( mPathBeforeSave != mPath )
      setPath( mPathBeforeSave ); // Save As failed: the project goes on in its own file
    emit stateChanged();
    report( tr( "Cannot save project" ),
            error + QLatin1Char( '\n' ) + tr( "The file on disk is as it was before." ) );
    emit saveFinished( false );
    return;
  }
  mMeta = mSavingMeta;
  addRecent( mPath );
  // What was written is the state when the save began; edits made while it wrote are
  // still unsaved, and undoing them makes the project unmodified again.
  mChangedOutsideUndo = mOutsideUndoGeneration != mSavedOutsideGeneration;
  mHost->undoStack()->setClean( mSavedState );
  if ( !mChangedOutsideUndo && mHost->undoStack()->state() == mSavedState )
    discardRecovery();
  noteChange( false );
  emit stateChanged();
  emit message( tr( "Saved %1" ).arg( QDir::toNativeSeparators( mPath ) ) );
  emit saveFinished( true );
}

bool ProjectController::waitForSave()
{
  if ( !mSaving )
    return mLastSaveOk;
  // The window still paints and its timers run; what the analyst does waits for the end.
  QEventLoop loop;
  connect( this, &ProjectController::saveFinished, &loop, &QEventLoop::quit );
  if ( mSaving )
    loop.exec( QEventLoop::ExcludeUserInputEvents );
  return mLastSaveOk;
}

void ProjectController::setAutosaveIntervalMs( int intervalMs )
{
  mAutosaveTimer->stop();
  if ( intervalMs > 0 )
    mAutosaveTimer->start( intervalMs );
}

bool ProjectController::autosave()
{
  if ( !mModified || mRecoveryCurrent || mAutosaveWatcher->isRunning() )
    return true;
  ProjectMeta meta = mMeta;
  meta.workbench = mHost->captureWorkbench();
  meta.workbench.insert( kRecoveryOf, mPath );
  // Written on a worker thread from a copy: a million positions take seconds to write and
  // the analyst keeps working meanwhile. Without the embedded QGIS project: a recovery
  // file is for Sortie only.
  // The copy keeps the analyses: the worker writes, it does not analyse every track again.
  auto snapshot = std::make_shared<const ProjectSnapshot>( mHost->workspace()->snapshot() );
  const QString path = mRecoveryPath;
  mAutosaveGeneration = mChangeGeneration;
  mAutosaveWatcher->setFuture( QtConcurrent::run(
      &mPool, [snapshot, meta, path] { return writeProject( path, snapshot->source(), meta ); } ) );
  return true;
}

void ProjectController::waitForAutosave()
{
  mAutosaveWatcher->waitForFinished();
  QCoreApplication::sendPostedEvents( mAutosaveWatcher );       // the watcher's finished() ...
  QCoreApplication::sendPostedEvents( this, QEvent::MetaCall ); // ... and its queued handler, now
}

void ProjectController::autosaveFinished()
{
  const QString error = mAutosaveWatcher->result();
  if ( mDiscardWhenAutosaved )
  {
    // Saved or closed while the autosave was writing: it is not needed, and must not
    // be offered back after a normal end.
    mDiscardWhenAutosaved = false;
    QFile::remove( mRecoveryPath );
    return;
  }
  if ( !error.isEmpty() )
  {
    emit message( tr( "Autosave failed: %1" ).arg( error ) );
    return;
  }
  mRecoveryCurrent = mChangeGeneration == mAutosaveGeneration; // nothing changed since it began
  emit message( tr( "Autosaved unsaved work" ) );
}

void ProjectController::discardRecovery()
{
  if ( mAutosaveWatcher->isRunning() )
    mDiscardWhenAutosaved = true;
  QFile::remove( mRecoveryPath );
  mRecoveryCurrent = true;
}

void ProjectController::offerRecovery()
{
  const QFileInfoList files =
      QDir( recoveryFolder() )
          .entryInfoList( { QStringLiteral( "*" ) + projectFileSuffix() }, QDir::Files, QDir::Time );
  for ( const QFileInfo &file : files )
  {
    if ( file.absoluteFilePath() == QFileInfo( mRecoveryPath ).absoluteFilePath() )
      continue;
    ProjectLock owner( file.absoluteFilePath() );
    if ( !owner.tryLock() )
      continue; // another Sortie, still running, is autosaving there
    const ProjectReadResult read = readProject( file.absoluteFilePath() );
    if ( !read.ok() )
    {
      QFile::remove( file.absoluteFilePath() ); // a half-written autosave has nothing to give
      continue;
    }
    const QString original = read.meta.workbench.value( kRecoveryOf ).toString();
    QMessageBox box(
        QMessageBox::Question, tr( "Recover unsaved work?" ),
        tr( "Sortie did not close normally. Work on %1 was autosaved at %2 UTC and not saved since.\n\n"
            "Recover it now? You can then save it." )
            .arg( original.isEmpty() ? tr( "an untitled project" ) : QDir::toNativeSeparators( original ),
                  read.meta.savedUtc.toUTC().toString( QStringLiteral( "yyyy-MM-dd HH:mm" ) ) ),
        QMessageBox::NoButton, mHost->dialogParent() );
    box.setObjectName( QStringLiteral( "recoverWork" ) );
    QPushButton *recover = box.addButton( tr( "Recover" ), QMessageBox::AcceptRole );
    recover->setObjectName( QStringLiteral( "recoverButton" ) );
    QPushButton *discard = box.addButton( tr( "Discard" ), QMessageBox::DestructiveRole );
    discard->setObjectName( QStringLiteral( "discardButton" ) );
    box.addButton( tr( "Later" ), QMessageBox::RejectRole )->setObjectName( QStringLiteral( "laterButton" ) );
    box.setDefaultButton( recover );
    box.exec();
    if ( box.clickedButton() == discard )
      QFile::remove( file.absoluteFilePath() );
    else if ( box.clickedButton() == recover && maybeClose() )
    {
      load( original.isEmpty() || !QFileInfo::exists( original ) ? QString() : original, read, true );
      QFile::remove( file.absoluteFilePath() );
      autosave(); // into this window's own recovery file at once
      return;     // one project per window
    }
  }
}

} // namespace sortie
