#pragma once

#include "app/controllers/importprelude.h"
#include "models/project/projectstore.h"
#include "models/project/teammerge.h"
#include "models/project/teamsession.h"

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <array>
#include <optional>

namespace sortie
{

class UndoStack;
class Workspace;
struct WorkspaceChange;

/**
 * A window's link to its team project (issue 16): keeps the window current and, for an
 * editor, shares the window's own work: its events, correlations and drawings, item by item.
 *
 * Others' changes: listens on the project's session and, when another analyst commits a
 * change to any of those, reads them as stored now (changes that arrive together are read once)
 * and takes them into the workspace three-way against what was last read
 * (Workspace::adoptEvents() and its kin): what only the other changed is taken, the analyst's
 * own stays.
 *
 * Own changes: each change of an item in the workspace made by an undo command (an edit, an
 * undo, a redo) is written at once (TeamSession, one transaction, checked against the version
 * the window last read); a conflict is handed to the window to choose (keepMine() or
 * takeTheirs()). What is not shared item by item (tracks imported from raw files, dismissed
 * suggestions) stays in the window, which is told (unshared()). Tracks a merge adds to the team
 * (they are not journalled) come with a notice of their own and are merged into the window.
 *
 * Imports: for an editor, the Sortie project files an import brings are first merged into the
 * team project by identity (teamproject::merge(), on a worker thread), then into the window
 * as any import; what the team then announces is already here. An import of project files
 * alone, none of whose items had to be renamed, leaves the window with nothing unsaved.
 */
class TeamFollower : public QObject, public ImportPrelude
{
    Q_OBJECT

  public:
    /**
     * Follows @p schema of @p connection into @p workspace; @p undoStack tells the window's
     * edits (commands) from other changes. Both must outlive it.
     */
    TeamFollower( const QString &connection, const QString &schema, Workspace *workspace,
                  const UndoStack *undoStack, QObject *parent = nullptr );
    ~TeamFollower() override;

    /**
     * Connect and listen, before the project is read; empty on success, else why (the project
     * then shows no live changes).
     */
    QString open();
    /** The project is read into the workspace: follow and share from here. */
    void start();
    /** The database role the window works as. */
    QString user() const { return mSession.user(); }
    /** Whether that role may change the project (an editor): the window's edits are shared. */
    bool mayEdit() const { return mSession.mayEdit(); }

    /** Overwrite the stored item @p id of @p kind with the window's, knowing the other's version. */
    void keepMine( TeamItemKind kind, const QString &id, qint64 theirVersion );
    /** The analyst's work as stored now; nullopt when it cannot be read (and failed() says why). */
    std::optional<ProjectContent> storedWork();
    /** Take the stored item @p id of @p kind (or its removal) into the window. */
    void takeTheirs( TeamItemKind kind, const QString &id );

    // ImportPrelude
    bool beginImport( const QStringList &paths, std::function<void()> then ) override;
    void waitForImportStep() override;
    void importEnded( bool cancelled ) override;

  signals:
    /** The project files of an import were merged into the team project: what came, for a person. */
    void mergedIntoTeam( const QString &summary );
    /** The workspace is about to change by others' work (or the other's version taken), not the window's. */
    void adoptionStarted();
    /** That change is over. */
    void adoptionFinished();
    /** Others' changes were taken: @p changed items, @p kept of the analyst's left as they are. */
    void adopted( int changed, int kept, const QStringList &authors );
    /** The window's edit of item @p id is stored in the team project. */
    void shared( const QString &id );
    /** The window now holds a change the team project has not (an import, a refused or conflicting edit). */
    void unshared();
    /** The window's edit of item @p id of @p kind was not written: someone changed it first. */
    void conflict( sortie::TeamItemKind kind, const QString &id, const sortie::TeamEditOutcome &outcome );
    /** Something failed (the connection broke, the database refused an edit): why. */
    void failed( const QString &message );

  private:
    /** What the window knows of one kind of item in the database. */
    struct Followed
    {
        QHash<QString, qint64> versions; //!< Their versions in the database, as last read or written.
        QSet<QString> reportedKept;      //!< Kept items already told of.
        /**
         * Items others changed while this window was open, with the undo stack's next serial
         * when that change was taken in: undoing or redoing an edit older than it would put
         * back what the other changed.
         */
        QHash<QString, std::uint64_t> changedByOthers;
    };

    void note( const QVector<sortie::TeamChange> &changes );
    void readWork();
    /** Take into the window the tracks a merge added to the team project since last looked. */
    void readNewTracks();
    void share( const sortie::WorkspaceChange &change );
    void write( TeamItemKind kind, const QString &id );
    void tellConflict( TeamItemKind kind, const QString &id, const sortie::TeamEditOutcome &outcome );
    Followed &followed( TeamItemKind kind ) { return mFollowed[static_cast<int>( kind )]; }
    /** Read every kind's versions; nullopt when one cannot be read. */
    std::optional<std::array<QHash<QString, qint64>, 3>> readVersions();
    /** What takeIn() took of one kind: how many changes, and the analyst's items kept. */
    struct Taken
    {
        int changed = 0;
        QStringList keptIds;
    };
    template <typename Item>
    Taken takeIn( const ProjectContent &stored, const QHash<QString, qint64> &versions );
    template <typename Item>
    TeamEditOutcome writeItem( const QString &id );
    template <typename Item>
    void takeStored( const QString &id, const ProjectContent &stored,
                     const std::optional<TeamRowVersion> &version );
    template <typename Item>
    void remember( const Item &item, qint64 version );
    template <typename Item>
    void forget( const QString &id );
    /** Run @p change of the workspace as an adoption (not shared back). */
    template <typename Change>
    void adopting( Change change );

    /** What merging an import's project files into the team project did. */
    struct TeamImport
    {
        QStringList errors; //!< "file: why", for each file not merged.
        MergeSummary summary;
        int files = 0; //!< Merged.
    };
    void endImportStep();

    QFutureWatcher<TeamImport> mImportStep;
    std::function<void()> mAfterImportStep;
    bool mImportOnlyProjects = false; //!< The import running is of project files alone.
    bool mTakingMerged = false;       //!< Its files are in the team: its change of the window is shared.
    QString mConnection;
    QString mSchema;
    Workspace *mWorkspace = nullptr;
    const UndoStack *mUndoStack = nullptr;
    TeamSession mSession;
    QTimer mSettle;
    QSet<QString> mAuthors;
    ProjectContent mBaseline;          //!< The events, correlations and drawings as last read or written.
    std::array<Followed, 3> mFollowed; //!< By TeamItemKind.
    qint64 mLastTrackNumber = 0;       //!< The team's highest track number when last looked.
    QSet<QString> mTeamTracks;         //!< Ids of the team's tracks when last looked.
    bool mAdopting = false;
    bool mStarted = false;
};

} // namespace sortie

Q_DECLARE_METATYPE( sortie::TeamItemKind )
