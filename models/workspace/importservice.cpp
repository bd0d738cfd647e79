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
  , mWatcher( new QFutureWatcher<ImportBatch>( this ) )
{
  qRegisterMetaType<ImportSummary>();
  connect( mWatcher, &QFutureWatcher<ImportBatch>::finished, this, &ImportService::collect );
}

ImportService::~ImportService()
{
  if ( mStop )
    mStop->store( true );
  mWatcher->waitForFinished();
  for ( QFuture<ImportBatch> &future : mAbandoned )
    future.waitForFinished(); // they read the workspace's importers, which go with it
}

bool ImportService::start( const QStringList &paths )
{
  if ( mRunning )
    return false;
  mAbandoned.erase( std::remove_if( mAbandoned.begin(), mAbandoned.end(),
                                    []( const QFuture<ImportBatch> &f ) { return f.isFinished(); } ),
                    mAbandoned.end() );
  mRunning = true;
  mStop = std::make_shared<std::atomic<bool>>( false );
  const std::shared_ptr<std::atomic<bool>> stop = mStop;
  const ImporterRegistry *registry = &mWorkspace->importers();
  // The worker may use `this`: the destructor waits for every worker, abandoned ones too.
  mWatcher->setFuture( QtConcurrent::run(
      [this, registry, paths, stop]
      {
        return readImport( *registry, paths,
                           [this, stop]( int done, int total, const QString &file )
                           {
                             if ( stop->load() )
                               return false;
                             // Emitted on the worker; the window hears it queued, on its thread.
                             if ( !file.isEmpty() )
                               emit progress( done, total, file );
                             return true;
                           } );
      } ) );
  return true;
}

void ImportService::cancel()
{
  if ( !mRunning )
    return;
  mStop->store( true );
  // The worker may still be inside a file: it is left to finish there, and its batch, empty
  // once it sees the stop, is dropped. The window does not wait for it.
  mAbandoned.append( mWatcher->future() );
  mWatcher->disconnect( this );
  mWatcher->deleteLater();
  mWatcher = new QFutureWatcher<ImportBatch>( this );
  connect( mWatcher, &QFutureWatcher<ImportBatch>::finished, this, &ImportService::collect );
  mRunning = false;
  mLast = ImportSummary();
  mLast.cancelled = true;
  emit finished( mLast );
}

void ImportService::collect()
{
  if ( !mRunning )
    return;
  mRunning = false;
  ImportBatch batch = mWatcher->result();
  mLast = batch.summary.cancelled ? batch.summary : mWorkspace->addImport( std::move( batch ) );
  emit finished( mLast );
}

ImportSummary ImportService::waitForFinished()
{
  if ( mRunning )
  {
    mWatcher->waitForFinished();
    collect(); // now, not when the queued finished() arrives (it then finds nothing to do)
  }
  return mLast;
}

} // namespace sortie
