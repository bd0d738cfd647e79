#pragma once

#include "models/commands/undostack.h"
#include "models/domain/event.h"
#include "models/project/projectstore.h"
#include "models/project/teamsession.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>
#include <QThreadPool>

#include <memory>

class QAction;
class QMenu;
class QTimer;

namespace sortie
{

class ProjectHost;
class ProjectLock;
class TeamFollower;

/**
 * The window's project file: which file is open, whether it may be written, whether it
 * has unsaved changes, and everything done with it: New, Open, Save, Save As, the recent
 * list, asking before unsaved work is dropped, autosave to a recovery file and the offer
 * to recover after a crash.
 *
 * A project another Sortie has open (its lock), or in a place Sortie cannot write, opens
 * read-only: Save is off and Save As works. Unsaved changes are edits to the data
 * (imports and undoable edits); moving through time or the map does not count, though a
 * save keeps them.
 */
class ProjectController : public QObject
{
    Q_OBJECT

  public:
    /** The project shown by @p host, which must outlive the controller. */
    explicit ProjectController( ProjectHost *host, QObject *parent = nullptr );
    ~ProjectController() override;

    // File menu actions, owned here; the window places them.
    /** File > New Project (Ctrl+N). */
    QAction *newAction() const { return mNewAction; }
    /** File > Open Project... (Ctrl+O). */
    QAction *openAction() const { return mOpenAction; }
    /** File > Open Team Project...: a project in a PostgreSQL database (teamproject.h). */
    QAction *openTeamAction() const { return mOpenTeamAction; }
    /** File > Save (Ctrl+S): off while read-only or saving. */
    QAction *saveAction() const { return mSaveAction; }
    /** File > Save As... (Ctrl+Shift+S). */
    QAction *saveAsAction() const { return mSaveAsAction; }
    /** File > Save a Copy...: a snapshot in a file, the project going on where it is. */
    QAction *saveCopyAction() const { return mSaveCopyAction; }
    /** Fill @p menu with the recent projects each time it opens. */
    void attachRecentMenu( QMenu *menu );

    /** The open project's file; empty for a new project never saved. */
    QString path() const { return mPath; }
    /** "Untitled" or the file name, as the title bar shows it. */
    QString displayName() const;
    bool isModified() const { return mModified; }
    bool isReadOnly() const { return !mReadOnlyReason.isEmpty(); }
    /** Why the project is read-only, for the banner; empty when it is not. */
    QString readOnlyReason() const { return mReadOnlyReason; }
    QStringList recentProjects() const;

    /** Start afresh (asks first when there are unsaved changes). */
    bool newProject();
    /** Open @p path, replacing the window's data (asks first when there are unsaved changes). */
    bool open( const QString &path );
    /**
     * Open the team project in @p schema of the PostgreSQL database @p connection (libpq's),
     * replacing the window's data. Read-only in this version: Save As keeps a copy as a file,
     * which the project then continues in.
     */
    bool openTeamProject( const QString &connection, const QString &schema );
    /** The open team project's schema; empty when the project is a file or new. */
    QString teamProject() const { return mTeamSchema; }
    /** What an import asks first (ImportPrelude): the team project's follower, or null for a file. */
    QObject *importPrelude() const;
    /**
     * Save to the open file, or ask for one when there is none or it is read-only. The file is
     * written on a worker thread from a snapshot taken now (the window goes on working); the
     * outcome comes with saveFinished(), or from waitForSave(). False when no save began
     * (cancelled, read-only, a save still under way).
     */
    bool save();
    /**
     * Save to @p path (empty: ask for it), as save() does. The project continues in that file;
     * if the save fails, in its own file again.
     */
    bool saveAs( const QString &path = QString() );
    /**
     * Write a copy of the project as it is now to @p path (empty: ask for it), on a worker
     * thread; the project goes on where it is (a team project stays open and live, a file stays
     * the file). For offline work on a team project. copySaved() tells the outcome. False when
     * no copy began (cancelled, or @p path is the project's own file).
     */
    bool saveCopy( const QString &path = QString() );
    /** A save is being written. */
    bool isSaving() const { return mSaving; }
    /**
     * Wait for a save under way (the window paints; input waits), then whether the last save
     * succeeded. Before closing, opening or starting anew, and in tests.
     */
    bool waitForSave();
    /** Ask what to do with unsaved changes; false when the analyst cancels. */
    bool maybeClose();
    /**
     * Whether to ask and report in dialogs (the default). Scripted runs (--screenshot)
     * turn it off: problems go to the log, and nothing waits for an answer.
     */
    void setInteractive( bool interactive ) { mInteractive = interactive; }

    /**
     * Mark the project changed (for changes the controller cannot see), or unchanged: the
     * undo stack's present state is then the saved one (UndoStack::setClean()).
     */
    void setModified( bool modified );

    /** Where autosaves go, one file per window: in the user's data folder. */
    QString recoveryPath() const { return mRecoveryPath; }
    static QString recoveryFolder();
    /**
     * How often unsaved work is autosaved; 0 turns autosave off. Default: the setting
     * project/autosaveSeconds, else 3 minutes.
     */
    void setAutosaveIntervalMs( int intervalMs );
    /**
     * Autosave now, if there is anything unsaved, on a worker thread from a copy of the
     * data (the window stays responsive). Returns at once; see waitForAutosave().
     */
    bool autosave();
    /** Block until a running autosave has finished (tests, and before the window closes). */
    void waitForAutosave();
    /**
     * Recovery files left by a Sortie that did not close normally; asks, for each, whether
     * to recover it (into this window), discard it or keep it for later. Call once at start.
     */
    void offerRecovery();

  signals:
    /** The file, the modified flag, the read-only state or whether it is saving changed. */
    void stateChanged();
    /** A save finished: written (@p ok) or not (the analyst was told why). */
    void saveFinished( bool ok );
    /** saveCopy() finished: @p path written (@p ok) or not (the analyst was told why). */
    void copySaved( const QString &path, bool ok );
    /** A message for the status bar. */
    void message( const QString &text );

  private:
    /** Says so and returns true while a save is under way: one at a time. */
    bool refuseWhileSaving();
    /** Start writing @p path; @p previousPath: where the project was before (Save As). */
    bool write( const QString &path, const QString &previousPath );
    void finishSave();
    bool load( const QString &path, const ProjectReadResult &read, bool recovered );
    /** Wire the team project's follower: others' changes, conflicts, failures. */
    void followTeam();
    /** The window's edit of item @p id of @p kind met another's: the analyst chooses. */
    void resolveTeamConflict( sortie::TeamItemKind kind, const QString &id,
                              const sortie::TeamEditOutcome &outcome );
    void setPath( const QString &path );
    void addRecent( const QString &path );
    void discardRecovery();
    void autosaveFinished();
    /** Something changed; @p outsideUndo: not through an undoable command. Updates mModified. */
    void noteChange( bool outsideUndo );
    void report( const QString &title, const QString &text ) const;

    void createActions();

    ProjectHost *mHost = nullptr;
    QAction *mNewAction = nullptr;
    QAction *mOpenAction = nullptr;
    QAction *mOpenTeamAction = nullptr;
    QString mTeamSchema;                         // the open team project's, empty for a file
    std::unique_ptr<TeamFollower> mTeamFollower; // its live changes, while it is open
    bool mTeamUnshared = false;                  // changed more than its events (which are shared as made)
    QAction *mSaveAction = nullptr;
    QAction *mSaveAsAction = nullptr;
    QAction *mSaveCopyAction = nullptr;
    QString mPath;
    std::unique_ptr<ProjectLock> mLock;
    QString mReadOnlyReason;
    bool mModified = false;
    bool mChangedOutsideUndo = false; //!< Changed by what is not an undoable command (imports).
    bool mLoading = false;
    bool mInteractive = true;
    ProjectMeta mMeta;
    QTimer *mAutosaveTimer = nullptr;
    QString mRecoveryPath;
    std::unique_ptr<ProjectLock> mRecoveryLock;
    bool mRecoveryCurrent = true; // nothing unsaved since the last autosave
    QFutureWatcher<QString> *mAutosaveWatcher = nullptr;
    quint64 mChangeGeneration = 0;   // counts changes, to know whether one came during an autosave
    quint64 mAutosaveGeneration = 0; // mChangeGeneration when the running autosave began
    bool mDiscardWhenAutosaved = false;
    // Saves and autosaves write on threads of their own: not Qt's global pool, which QGIS
    // renders on and which the window waits for (settleCanvasRendering()).
    QThreadPool mPool;
    QFutureWatcher<QString> *mSaveWatcher = nullptr;
    bool mSaving = false;
    bool mLastSaveOk = true;
    UndoStack::State mSavedState;        // the undo state the running save wrote
    quint64 mOutsideUndoGeneration = 0;  // counts changes outside the undo stack (imports)
    quint64 mSavedOutsideGeneration = 0; // ... when the running save began
    ProjectMeta mSavingMeta;
    QString mPathBeforeSave;
};

} // namespace sortie
