#pragma once

// One analyst's live connection to a team project (issue 16, part 2): edits written as one
// transaction each, checked against the version of the row they started from, and the other
// analysts' edits announced as they are committed (LISTEN/NOTIFY). Who and when are recorded
// by the database (teamproject.h), never taken from this side.

#include "models/domain/annotation.h"
#include "models/domain/correlation.h"
#include "models/domain/event.h"
#include "models/geo/geopoint.h"
#include "models/project/projectrows.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QVector>

#include <memory>
#include <optional>
#include <vector>

class QSocketNotifier;

namespace sortie
{

namespace pg
{
class Connection;
}

/** The kinds of the analyst's work that a team session shares item by item. */
enum class TeamItemKind
{
  Event,
  Correlation,
  Annotation,
};

/** Every kind, in the order they are shared and read. */
constexpr TeamItemKind kTeamItemKinds[] = { TeamItemKind::Event, TeamItemKind::Correlation,
                                            TeamItemKind::Annotation };

/** The tables that hold an item of @p kind: its own row, keyed by its id, and the rows that belong to it. */
struct TeamItemTables
{
    const char *table;               //!< e.g. "correlations".
    const char *keyColumn;           //!< e.g. "correlation_id".
    std::vector<const char *> parts; //!< e.g. "correlation_links", "correlation_sources".
};
const TeamItemTables &teamItemTables( TeamItemKind kind );
/** The kind whose own table or a part of it is @p table; nullopt for any other table. */
std::optional<TeamItemKind> teamItemKindOf( const QString &table );

/** A change another analyst committed, as announced. */
struct TeamChange
{
    QString table;     //!< e.g. "events".
    QString item;      //!< The item's id, e.g. an event's.
    QString operation; //!< "INSERT", "UPDATE" or "DELETE".
    QString author;    //!< The database role that made it.
};

/** What became of an edit. */
struct TeamEditOutcome
{
    enum class Status
    {
      Saved,    //!< Committed; version is the row's new version.
      Conflict, //!< Someone changed or removed it since the version the edit started from: nothing written.
      Refused,  //!< The database refused it (no right to edit, a broken connection): nothing written.
    };
    Status status = Status::Refused;
    qint64 version = 0; //!< Saved: the new version. Conflict: the row's version now (0: it is gone).
    QString author;     //!< Conflict: who made that version (or removed it).
    QDateTime at;       //!< Conflict: when, in UTC.
    QString message;    //!< For a person, when not saved.
};

/** One row of the journal: who changed which item, when, in which transaction. */
struct TeamJournalEntry
{
    qint64 sequence = 0;
    qint64 transaction = 0;
    QDateTime at; //!< UTC.
    QString author;
    QString table;
    QString item;
    QString operation;
    qint64 version = 0; //!< The row's version after the change; 0 for a removal.
};

/** A version of an item as the database holds it. */
struct TeamRowVersion
{
    qint64 version = 0;
    QString author;
    QDateTime at;
};

class TeamSession : public QObject
{
    Q_OBJECT

  public:
    explicit TeamSession( QObject *parent = nullptr );
    ~TeamSession() override;

    /**
     * Connect to the team project in @p schema of @p connection (libpq's string, URI or
     * "service=NAME") and listen for others' changes. Empty on success, else why.
     */
    QString open( const QString &connection, const QString &schema );
    bool isOpen() const;
    /** The role this session logged in as: the author of its edits. */
    QString user() const { return mUser; }
    /** Whether the database lets this role change the project's rows (an editor). */
    bool mayEdit() const { return mMayEdit; }

    /** Every stored item's version of @p kind, by id; nullopt when they cannot be read. */
    std::optional<QHash<QString, qint64>> versions( TeamItemKind kind );
    std::optional<QHash<QString, qint64>> eventVersions() { return versions( TeamItemKind::Event ); }
    /** The version of item @p id of @p kind as stored now; nullopt when there is no such item. */
    std::optional<TeamRowVersion> version( TeamItemKind kind, const QString &id );
    std::optional<TeamRowVersion> eventVersion( const QString &id )
    {
      return version( TeamItemKind::Event, id );
    }

    /**
     * Write @p event (with its sources) in one transaction, drawn at @p drawnAt. @p startedFrom is
     * the version the analyst edited (0: a new event). When the stored row is no longer that
     * version, or a new event's id is taken, nothing is written and the outcome says who changed it.
     */
    TeamEditOutcome saveEvent( const Event &event, const std::optional<GeoPoint> &drawnAt,
                               qint64 startedFrom );
    /** Write @p correlation (its links and sources) in one transaction, as saveEvent() does. */
    TeamEditOutcome saveCorrelation( const Correlation &correlation, qint64 startedFrom );
    /** Write @p annotation in one transaction, as saveEvent() does. */
    TeamEditOutcome saveAnnotation( const Annotation &annotation, qint64 startedFrom );
    /**
     * Remove item @p id of @p kind and the rows that belong to it in one transaction, if it is
     * still at version @p startedFrom.
     */
    TeamEditOutcome remove( TeamItemKind kind, const QString &id, qint64 startedFrom );
    TeamEditOutcome removeEvent( const QString &id, qint64 startedFrom )
    {
      return remove( TeamItemKind::Event, id, startedFrom );
    }

    /**
     * The highest track number of the team project (0: none); nullopt when it cannot be read.
     * Tracks are only added, by a merge, numbered after the last.
     */
    std::optional<qint64> lastTrackNumber();

    /** The journal after entry @p afterSequence, oldest first. */
    QVector<TeamJournalEntry> journal( qint64 afterSequence = 0 );

  signals:
    /** Other sessions committed these changes, as the journal has them (this session's own are not repeated).
     */
    void changed( const QVector<sortie::TeamChange> &changes );
    /**
     * A notice came on the project's channel, whatever it said (a hint: a merge's tracks,
     * which the journal does not record, are announced only so).
     */
    void noticed();
    /** The connection to the database broke: no more changes will be announced. */
    void connectionLost( const QString &why );

  private:
    void readNotifications();
    void deliverLater();
    /** Journal entries not announced yet, whatever order their transactions committed in. */
    QVector<TeamJournalEntry> newEntries();
    /** COMMIT, remembering the transaction as this session's own. */
    bool commit( QString *error );
    /** An item's rows to write: its own (with a point for a table that has a geometry) and its parts'. */
    struct ItemRows
    {
        TeamItemKind kind;
        QString id;
        QString what; //!< How messages name it, e.g. "Event \"Visit\"".
        projectrows::Row row;
        std::vector<std::pair<const char *, projectrows::Row>> parts;
    };
    TeamEditOutcome save( const ItemRows &item, qint64 startedFrom );
    TeamEditOutcome conflictOn( TeamItemKind kind, const QString &id, const QString &what );
    /** The row of track @p key in the tracks table (for a link's join in stock QGIS). */
    std::optional<qint64> trackRow( const QString &key );
    QByteArray table( const char *name ) const;

    std::unique_ptr<pg::Connection> mConnection;
    std::unique_ptr<QSocketNotifier> mNotifier;
    QString mSchema;
    QByteArray mPostgis;       //!< PostGIS's schema, quoted.
    QByteArray mEventGeometry; //!< The events table's geometry column, quoted.
    QString mUser;
    bool mMayEdit = false;
    qint64 mLastSequence = 0;         //!< The last journal entry announced (or there at open).
    qint64 mOpenTransactionsFrom = 0; //!< Transactions from this id were open when last looked.
    QSet<qint64> mSeenRecently;       //!< Entries of those already announced.
    QSet<qint64> mOwnTransactions;    //!< This session's committed transactions.
    bool mDeliveryQueued = false;
};

} // namespace sortie

Q_DECLARE_METATYPE( sortie::TeamEditOutcome )
