#include "models/workspace/importservice.h"

#include "models/io/aircraftjsonimporter.h"
#include "models/workspace/workspace.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QMutex>
#include <QThread>
#include <QThreadPool>
#include <QWaitCondition>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <atomic>
#include <new>
#include <optional>

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

ImportBatch cancelledBatch( int filesRead = 0 )
{
  ImportBatch batch;
  batch.summary.cancelled = true;
  batch.summary.filesRead = filesRead; // read, then dropped
  return batch;
}

// What one file gave: combined with the others' in file order.
struct FileRead
{
    bool read = false;
    bool failed = false;
    QVector<ImportWarning> warnings;
    std::vector<Track> tracks;
    int filteredOut = 0;
    std::optional<QPair<QString, ProjectContent>> merge;
};

FileRead readFileOrFail( const ImporterRegistry &registry, const QString &path,
                         const ImportOptions &options );

// readFileOrFail(), and a file that could not be held in memory is a failed file, not a
// reader gone (the others would wait for it for ever).
FileRead readFile( const ImporterRegistry &registry, const QString &path, const ImportOptions &options )
{
  try
  {
    return readFileOrFail( registry, path, options );
  }
  catch ( const std::bad_alloc & )
  {
    FileRead file;
    file.failed = true;
    file.warnings.append( ImportWarning{ QFileInfo( path ).fileName(), 0,
                                         QObject::tr( "not enough memory to read this file" ) } );
    return file;
  }
}

FileRead readFileOrFail( const ImporterRegistry &registry, const QString &path, const ImportOptions &options )
{
  FileRead file;
  const QString name = QFileInfo( path ).fileName();
  if ( path.endsWith( projectFileSuffix(), Qt::CaseInsensitive ) )
  {
    ProjectReadResult read = readProject( path );
    for ( const QString &warning : std::as_const( read.warnings ) )
      file.warnings.append( ImportWarning{ name, 0, warning } );
    if ( !read.ok() )
    {
      file.warnings.append( ImportWarning{ name, 0, read.message } );
      file.failed = true;
      return file;
    }
    file.read = true;
    file.merge = { name, std::move( read.content ) }; // a project is taken whole, never filtered
    return file;
  }
  ImportResult result = registry.importFile( path );
  file.warnings = std::move( result.warnings );
  if ( result.failed )
  {
    file.failed = true;
    return file;
  }
  file.read = true;
  for ( Track &track : result.tracks )
  {
    if ( options.filter.accepts( track.identity, options.aircraftDatabase.get() ) )
      file.tracks.push_back( std::move( track ) );
    else
      ++file.filteredOut;
  }
  if ( !result.events.isEmpty() || !result.airbases.isEmpty() )
  {
    ProjectContent items;
    items.events = std::move( result.events );
    items.airbases = std::move( result.airbases );
    file.merge = { name, std::move( items ) };
  }
  return file;
}
} // namespace

ImportBatch readImport( const ImporterRegistry &registry, const QStringList &paths,
                        const ImportProgress &progress, const ImportOptions &options )
{
  const QStringList files = expandFolders( paths );
  const int count = static_cast<int>( files.size() );
  std::vector<FileRead> reads( static_cast<std::size_t>( count ) );
  std::atomic<int> next{ 0 }; // the next file not yet taken
  std::atomic<int> done{ 0 };
  std::atomic<bool> stop{ false };
  const int threads = std::clamp( options.threads > 0 ? options.threads : QThread::idealThreadCount(), 1,
                                  std::max( 1, count ) );
  if ( threads == 1 )
  {
    for ( int i = 0; i < count; ++i )
    {
      if ( progress && !progress( i, count, files.at( i ) ) )
        return cancelledBatch( i );
      reads[static_cast<std::size_t>( i )] = readFile( registry, files.at( i ), options );
    }
  }
  else
  {
    // Each reader takes the next file not yet taken (big and small files even out); this
    // thread only reports, file by file in order, as they are taken (the progress callback
    // need not be thread-safe), and stops them all when told to.
    QMutex mutex;
    QWaitCondition changed;
    int readersDone = 0;
    const auto tell = [&]( int *counter )
    {
      const QMutexLocker locker( &mutex );
      if ( counter )
        ++*counter;
      changed.wakeAll();
    };
    const auto work = [&]
    {
      // Said however the loop ends: the reporting loop below waits for every reader.
      struct Done
      {
          std::function<void()> say;
          ~Done() { say(); }
      } finished{ [&] { tell( &readersDone ); } };
      for ( int i = next++; i < count && !stop.load(); i = next++ )
      {
        tell( nullptr );
        reads[static_cast<std::size_t>( i )] = readFile( registry, files.at( i ), options );
        ++done;
        tell( nullptr );
      }
    };
    QThreadPool readers; // its own: never Qt's global pool, which QGIS renders on
    readers.setMaxThreadCount( threads );
    for ( int t = 0; t < threads; ++t )
      static_cast<void>( QtConcurrent::run( &readers, work ) ); // waited for below (waitForDone)
    int reported = 0;
    QMutexLocker locker( &mutex );
    while ( !stop.load() )
    {
      for ( const int taken = std::min( next.load(), count ); reported < taken && !stop.load(); ++reported )
      {
        locker.unlock();
        if ( progress && !progress( done.load(), count, files.at( reported ) ) )
          stop = true;
        locker.relock();
      }
      if ( readersDone == threads )
        break;
      changed.wait( &mutex, 200 );
    }
    locker.unlock();
    readers.waitForDone();
  }
  if ( stop.load() )
    return cancelledBatch( done.load() );

  ImportBatch batch;
  ImportSummary &summary = batch.summary;
  for ( FileRead &read : reads )
  {
    summary.warnings += read.warnings;
    summary.filesFailed += read.failed ? 1 : 0;
    summary.filesRead += read.read ? 1 : 0;
    summary.tracksFilteredOut += read.filteredOut;
    for ( Track &track : read.tracks )
      batch.tracks.push_back( std::move( track ) );
    if ( read.merge )
      batch.merges.append( std::move( *read.merge ) );
  }
  // Many aircraft.json snapshots: one track per aircraft, not one per snapshot.
  mergeSnapshotTracks( batch.tracks );
  if ( options.referenceAirports && !batch.tracks.empty() )
    batch.referenceAirbases = airportsUsedBy( batch.tracks, *options.referenceAirports->index() );
  if ( progress && !progress( count, count, QString() ) )
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

bool ImportService::start( const QStringList &paths, const ImportOptions &options )
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
  auto read = [this, importers, paths, stop, import, batch, options]
  {
    *batch = readImport(
        *importers, paths,
        [this, stop, import]( int done, int total, const QString &file )
        {
          if ( stop->load() )
            return false;
          // Emitted on the worker; heard queued, on the window's thread.
          if ( !file.isEmpty() )
            emit workerProgress( import, done, total, file );
          return true;
        },
        options );
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
