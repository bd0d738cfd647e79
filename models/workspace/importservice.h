#pragma once

#include "models/domain/track.h"
#include "models/io/importer.h"
#include "models/project/projectstore.h"
#include "models/refdata/aircraftdatabase.h"
#include "models/refdata/referenceairports.h"
#include "models/workspace/importfilter.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QMetaType>
#include <QObject>
#include <QPair>
#include <QStringList>
#include <QThreadPool>
#include <QVector>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace sortie
{

class Workspace;

/** What an import into the workspace brought, for the report a person reads. */
struct ImportSummary
{
    int filesRead = 0;
    int filesFailed = 0;
    int tracks = 0;
    int airbases = 0;
    int events = 0;
    int tracksAlreadyLoaded = 0;     //!< Tracks left out: the same positions were already loaded.
    int tracksFilteredOut = 0;       //!< Tracks left out by the import's filter (ImportFilter).
    QVector<ImportWarning> warnings; //!< Every problem of every file, in file order.
    bool cancelled = false; //!< Stopped by the analyst: nothing was added (filesRead: read, then dropped).
};

/**
 * Files read for an import and not yet added to a workspace: what readImport() makes on a
 * worker thread and Workspace::addImport() adds on the window's.
 */
struct ImportBatch
{
    ImportSummary summary; //!< Files read and failed, and their warnings.
    std::vector<Track> tracks;
    /** Each file's events and airbases, and each project read, under the file's name. */
    QVector<QPair<QString, ProjectContent>> merges;
    /** Of the user's reference airports (ImportOptions::referenceAirports), those the tracks use. */
    QVector<Airbase> referenceAirbases;
};

/**
 * Told of readImport()'s progress before each file (@p filesDone of @p filesTotal, @p file
 * next) and once at the end (@p file empty). Returns false to stop: the batch then comes
 * back empty and cancelled.
 */
using ImportProgress = std::function<bool( int filesDone, int filesTotal, const QString &file )>;

/** How readImport() reads. */
struct ImportOptions
{
    /** Files read at once: 0, one a core (QThread::idealThreadCount()); 1, on the caller's thread only. */
    int threads = 0;
    ImportFilter filter; //!< Which aircraft to keep.
    /** Asked by the filter for what a file leaves unsaid (registration, type, military). */
    std::shared_ptr<const AircraftDatabase> aircraftDatabase;
    /**
     * The user's reference airports: those the imported tracks' analysis names come into the
     * project with them (ImportBatch::referenceAirbases, airportsUsedBy()). Read on the worker.
     */
    std::shared_ptr<const ReferenceAirports> referenceAirports;
};

/**
 * Read @p paths (files, and folders for the files in them) with @p registry, several files at
 * once (@p options), keeping the aircraft the filter accepts. The batch is in file order
 * whatever the threads did. Touches no workspace: safe on a worker thread while the analyst
 * works. Cancel (@p progress returning false) stops every thread at its next file.
 */
ImportBatch readImport( const ImporterRegistry &registry, const QStringList &paths,
                        const ImportProgress &progress = {}, const ImportOptions &options = {} );

/**
 * Imports on a worker thread, so that a big file never freezes the window: the files are
 * read there (readImport()), then added to the workspace on its own thread in one change
 * (Workspace::addImport()). Cancel leaves the project exactly as it was.
 *
 * One import at a time; the progress is per file (a single file is read in one piece).
 */
class ImportService : public QObject
{
    Q_OBJECT

  public:
    /**
     * Imports into @p workspace, which must outlive the service. The files are read with the
     * standard importers, the service's own: a worker never reaches into the workspace.
     */
    explicit ImportService( Workspace *workspace, QObject *parent = nullptr );
    /** Stops and waits for any import still reading (its result is dropped). */
    ~ImportService() override;

    /** Start importing @p paths; false when an import is already running. */
    bool start( const QStringList &paths, const ImportOptions &options = {} );
    bool isRunning() const { return mRunning; }
    /**
     * Stop the running import: nothing of it is added, now or later (a file being read is
     * read to its end on the worker, and dropped). finished() comes with a cancelled summary.
     */
    void cancel();
    /** Wait for the running import (the caller's thread is blocked); its summary. */
    ImportSummary waitForFinished();

  signals:
    /** Before each file of the running import, on the window's thread. */
    void progress( int filesDone, int filesTotal, const QString &file );
    /** Internal: what a worker says, tagged with its import; progress() passes on the running one's. */
    void workerProgress( int import, int filesDone, int filesTotal, const QString &file );
    /** The import's outcome, once it is in the workspace (or cancelled: nothing added). */
    void finished( const sortie::ImportSummary &summary );

  private:
    void collect();

    Workspace *mWorkspace = nullptr;
    std::shared_ptr<const ImporterRegistry> mImporters; // shared with the workers
    // Its own threads: not Qt's global pool, which QGIS renders on and which the window waits
    // for (settleCanvasRendering()); an import must neither delay a frame nor be waited for.
    QThreadPool mPool;
    int mImport = 0; // serial of the running import
    QFutureWatcher<void> *mWatcher = nullptr;
    std::shared_ptr<ImportBatch> mBatch;      // what the running import's worker fills
    std::shared_ptr<std::atomic<bool>> mStop; // the running import's, shared with its worker
    bool mRunning = false;
    ImportSummary mLast;
};

} // namespace sortie

Q_DECLARE_METATYPE( sortie::ImportSummary )
