#pragma once

#include "models/domain/event.h"
#include "models/project/teamsession.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <optional>

namespace sortie
{

class UndoStack;
class Workspace;
struct WorkspaceChange;

/**
 * A window's link to its team project (issue 16): keeps the window current and, for an
 * editor, shares the window's own edits of events.
 *
 * Others' changes: listens on the project's session and, when another analyst commits a
 * change to the events, reads them as stored now (changes that arrive together are read once)
 * and takes them into the workspace three-way against the events as last read
 * (Workspace::adoptEvents()): what only the other changed is taken, the analyst's own stays.
 *
 * Own changes: each change of an event in the workspace that is not an adoption is written at
 * once (TeamSession::saveEvent(), one transaction, checked against the version the window last
 * read); a conflict is handed to the window to choose (keepMine() or takeTheirs()).
 */
class TeamFollower : public QObject
{
    Q_OBJECT

  public:
    /**
     * Follows @p schema of @p connection into @p workspace; @p undoStack tells the window's
     * edits (commands) from other changes. Both must outlive it.
     */
    TeamFollower( const QString &connection, const QString &schema, Workspace *workspace,
                  const UndoStack *undoStack, QObject *parent = nullptr );

    /**
     * Connect and listen, before the project is read; empty on success, else why (the project
     * then shows no live changes).
     */
    QString open();
    /** The project is read into the workspace: follow and share from here. */
    void start();
    /** The database role the window works as. */
    QString user() const { return mSession.user(); }
    /** Whether that role may change the project (an editor): the window's event edits are shared. */
    bool mayEdit() const { return mSession.mayEdit(); }

    /** Overwrite the stored event @p id with the window's, knowing the other's version. */
    void keepMine( const QString &id, qint64 theirVersion );
    /** Event @p id as stored now; nullopt when it is not (removed) or, with @p readable false, unreadable. */
    std::optional<Event> storedEvent( const QString &id, bool *readable = nullptr );
    /** Take the stored event @p id (or its removal) into the window. */
    void takeTheirs( const QString &id );

  signals:
    /** The workspace is about to change by others' work (or the other's version taken), not the window's. */
    void adoptionStarted();
    /** That change is over. */
    void adoptionFinished();
    /** Others' changes were taken: @p changed events, @p kept of the analyst's left as they are. */
    void adopted( int changed, int kept, const QStringList &authors );
    /** The window's edit of event @p id is stored in the team project. */
    void shared( const QString &id );
    /** The window now holds a change the team project has not (an import, a refused or conflicting edit). */
    void unshared();
    /** The window's edit of event @p id was not written: someone changed it first. */
    void conflict( const QString &id, const sortie::TeamEditOutcome &outcome );
    /** Something failed (the connection broke, the database refused an edit): why. */
    void failed( const QString &message );

  private:
    void note( const QVector<sortie::TeamChange> &changes );
    void readEvents();
    void share( const sortie::WorkspaceChange &change );
    void write( const QString &id );
    void tellConflict( const QString &id, const sortie::TeamEditOutcome &outcome );
    void remember( const Event &event, qint64 version );
    void forget( const QString &id );
    /** Run @p change of the workspace as an adoption (not shared back). */
    template <typename Change>
    void adopting( Change change );

    QString mConnection;
    QString mSchema;
    Workspace *mWorkspace = nullptr;
    const UndoStack *mUndoStack = nullptr;
    TeamSession mSession;
    QTimer mSettle;
    QSet<QString> mAuthors;
    QVector<Event> mBaseline;         //!< The events as last read or written.
    QHash<QString, qint64> mVersions; //!< Their versions in the database.
    bool mAdopting = false;
    bool mStarted = false;
    QSet<QString> mReportedKept;    //!< Kept events already told of.
    QSet<QString> mChangedByOthers; //!< Events others changed while this window was open.
};

} // namespace sortie
