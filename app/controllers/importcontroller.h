#pragma once

#include "app/controllers/importprelude.h"
#include "app/controllers/workbench.h"
#include "models/workspace/importservice.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QLabel;
class QProgressBar;
class QToolButton;

namespace sortie
{

/**
 * File > Import, and files dropped on the window: reads them on a worker thread (the window
 * goes on working), shows progress with a Cancel button in the status bar, adds what came in
 * as one change, reports problems (file, line, reason) and, for a project's first data,
 * frames it on the map and the timeline. Owns its action and its import service.
 */
class ImportController : public QObject
{
    Q_OBJECT

  public:
    explicit ImportController( const Workbench &workbench, QObject *parent = nullptr );

    /** File > Import... (Ctrl+I): choose files, then start(). */
    QAction *importAction() const { return mImportAction; }
    /** File > Import Folder...: choose a folder and which aircraft to keep, then start(). */
    QAction *importFolderAction() const { return mImportFolderAction; }
    ImportService *service() const { return mService; }

    /**
     * Import @p paths in the background; with @p showReport, a report dialog lists every
     * problem at the end. False when an import is still running (the status bar says so).
     */
    bool start( const QStringList &paths, bool showReport = true, const ImportFilter &filter = {} );
    /** Stop the running import: nothing of it is added to the window. */
    void cancel();
    /** Block until the running import is in (scripts, tests); its summary. */
    ImportSummary waitForFinished();
    /**
     * Where each import finds its prelude: the object (an ImportPrelude) that takes part of it
     * first, or null. Asked at every start(): it changes with the project open.
     */
    void setPrelude( std::function<QObject *()> prelude ) { mPrelude = std::move( prelude ); }
    /** Choose files and start(). */
    void chooseFiles();
    /** Choose a folder and a filter, and start(). */
    void chooseFolder();

  signals:
    /** An import ended: in the workspace, or cancelled. */
    void finished( const sortie::ImportSummary &summary );

  private:
    void showProgress( int filesDone, int filesTotal, const QString &file );
    void finish( const ImportSummary &summary );
    /** start() once the prelude (if any) is done. */
    bool startReading( const QStringList &paths, bool showReport, const ImportFilter &filter );

    Workbench mWorkbench;
    ImportService *mService = nullptr;
    QAction *mImportAction = nullptr;
    QAction *mImportFolderAction = nullptr;
    QWidget *mProgress = nullptr; // in the status bar while importing
    QLabel *mProgressText = nullptr;
    QProgressBar *mProgressBar = nullptr;
    QToolButton *mCancel = nullptr;
    std::function<QObject *()> mPrelude;
    QPointer<QObject> mPreludeRunning; //!< The prelude whose step is running; null when none is.
    QMetaObject::Connection mPreludeGone;
    bool mPreludeCancelled = false; //!< Cancel came during the prelude: the window's import is not begun.
    bool mShowReport = true;
    bool mWasEmpty = false;
};

} // namespace sortie
