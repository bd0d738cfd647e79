#include "models/workspace/importservice.h"

#include "models/io/aircraftjsonimporter.h"
#include "models/workspace/workspace.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

namespace sortie
{

namespace
{
// A folder stands for the files in it and its subfolders (a day of trace files in their
// two-level layout, a folder of aircraft.json snapshots), in name order, hidden ones left out.
QStringList expandFolders( const QStringList &paths )
{
  QStringList files;
  for ( const QString &path : paths )
  {
    if ( !QFileInfo( path ).isDir() )
    {
      files.append( path );
      continue;
    }
    QStringList inside;
    QDirIterator it( path, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories );
    while ( it.hasNext() )
      inside.append( it.next() );
    inside.sort();
    files += inside;
  }
  return files;
}

ImportBatch cancelledBatch()
{
  ImportBatch batch;
  batch.summary.cancelled = true;
  return batch;
}
} // namespace

ImportBatch readImport( const ImporterRegistry &registry, const QStringList &paths,
                        const ImportProgress &progress )
{
  ImportBatch batch;
  ImportSummary &summary = batch.summary;
  const QStringList files = expandFolders( paths );
  for ( int i = 0; i < files.size(); ++i )
  {
    const QString &path = files.at( i );
    if ( progress && !progress( i, files.size(), path ) )
      return cancelledBatch();
    const QString name = QFileInfo( path ).fileName();
    if ( path.endsWith( projectFileSuffix(), Qt::CaseInsensitive ) )
    {
      ProjectReadResult read = readProject( path );
      for ( const QString &warning : std::as_const( read.warnings ) )
        summary.warnings.append( ImportWarning{ name, 0, warning } );
      if ( !read.ok() )
      {
        summary.warnings.append( ImportWarning{ name, 0, read.message } );
        ++summary.filesFailed;
        continue;
      }
      ++summary.filesRead;
      batch.merges.append( { name, std::move( read.content ) } );
      continue;
    }
    ImportResult result = registry.importFile( path );
    summary.warnings += result.warnings;
    if ( result.failed )
    {
      ++summary.filesFailed;
      continue;
    }
    ++summary.filesRead;
    for ( Track &track : result.tracks )
      batch.tracks.push_back( std::move( track ) );
    if ( !result.events.isEmpty() || !result.airbases.isEmpty() )
    {
      ProjectContent items;
      items.events = std::move( result.events );
      items.airbases = std::move( result.airbases );
      batch.merges.append( { name, std::move( items ) } );
    }
  }
  // Many aircraft.json snapshots: one track per aircraft, not one per snapshot.
  mergeSnapshotTracks( batch.tracks );
  if ( progress && !progress( files.size(), files.size(), QString() ) )
    return cancelledBatch();
  return batch;
}

ImportService::ImportService( Workspace *workspace, QObject *parent )
  : QObject( parent )
  , mWorkspace( workspace )
  , mImporters( std::make_shared<const ImporterRegistry>( ImporterRegistry::standard() ) )
  , mWatcher( new QFutureWatcher<void>( this ) )
{
  qRegisterMetaType<ImportSummary>();
  mPool.setMaxThreadCount( 1 );
  // Queued: the result is added when the window's loop comes to it, never inside whatever
  // delivers the watcher's notification (a nested event loop, a settle of the map).
  connect( mWatcher, &QFutureWatcher<void>::finished, this, &ImportService::collect, Qt::QueuedConnection );
  connect( this, &ImportService::workerProgress, this,
           [this]( int import, int done, int total, const QString &file )
           {
             if ( mRunning && import == mImport ) // not a cancelled import's last words
               emit progress( done, total, file );
           } );
}

ImportService::~ImportService()
{
  if ( mStop )
    mStop->store( true );
  mPool.waitForDone(); // the running and the abandoned imports: each stops at its next file
}

bool ImportService::start( const QStringList &paths )
{
  if ( mRunning )
    return false;
  mRunning = true;
  mStop = std::make_shared<std::atomic<bool>>( false );
  const std::shared_ptr<std::atomic<bool>> stop = mStop;
  const std::shared_ptr<const ImporterRegistry> importers = mImporters;
  // The worker leaves its batch here; the watcher holds no data (it would keep a big
  // import's columns alive until the next import).
  mBatch = std::make_shared<ImportBatch>();
  const std::shared_ptr<ImportBatch> batch = mBatch;
  const int import = ++mImport;
  // The worker may use `this`: the destructor waits for every worker, abandoned ones too.
  auto read = [this, importers, paths, stop, import, batch]
  {
    *batch = readImport( *importers, paths,
                         [this, stop, import]( int done, int total, const QString &file )
                         {
                           if ( stop->load() )
                             return false;
                           // Emitted on the worker; heard queued, on the window's thread.
                           if ( !file.isEmpty() )
                             emit workerProgress( import, done, total, file );
                           return true;
                         } );
  };
  mWatcher->setFuture( QtConcurrent::run( &mPool, read ) );
  return true;
}

void ImportService::cancel()
{
  if ( !mRunning )
    return;
  mStop->store( true );
  // The worker may still be inside a file: it is left to finish there, and its batch, empty
  // once it sees the stop, is dropped with it. The window does not wait for it (the
  // destructor does).
  mBatch.reset();
  mRunning = false;
  mLast = ImportSummary();
  mLast.cancelled = true;
  emit finished( mLast );
}

void ImportService::collect()
{
  // Only the running import's end: a notification of an earlier one (cancelled, or
  // collected by waitForFinished()) may still be queued.
  if ( !mRunning || !mWatcher->future().isFinished() ) // the future's state: the watcher's lags its events
    return;
  mRunning = false;
  ImportBatch batch = std::move( *mBatch );
  mBatch.reset();
  mLast = batch.summary.cancelled ? batch.summary : mWorkspace->addImport( std::move( batch ) );
  emit finished( mLast );
}

ImportSummary ImportService::waitForFinished()
{
  if ( mRunning )
  {
    mWatcher->waitForFinished();
    collect(); // now, not when the queued notification arrives (it then finds nothing to do)
  }
  return mLast;
}

} // namespace sortie
