// A team project's edits (issue 16, part 2): each edit one transaction whose author and time
// the database records (whatever the client sends), announced to the other analysts' sessions
// as it commits (LISTEN/NOTIFY, within 2 seconds), checked against the version it started
// from (a conflicting edit is told who changed what, and writes nothing). On a real
// PostgreSQL 15 server with PostGIS 3, started for the test; analysts are login roles made
// members of the project's editor or reader role, as a team sets them up.
#include "models/project/pgconnection.h"
#include "models/project/teamproject.h"
#include "models/project/teamsession.h"
#include "models/workspace/workspace.h"
#include "tests/support/pgserver.h"
#include "tests/support/samplefiles.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <csignal>

using namespace sortie;

Q_DECLARE_METATYPE( QVector<sortie::TeamChange> )

namespace
{
const QString kSchema = QStringLiteral( "case_live" );

Event storedEvent( const test::PgServer &server, const QString &id )
{
  const ProjectReadResult read = teamproject::read( server.connection(), kSchema );
  for ( const Event &event : read.content.events )
  {
    if ( event.id == id )
      return event;
  }
  return Event();
}
} // namespace

class TestTeamSession : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase()
    {
      qRegisterMetaType<QVector<sortie::TeamChange>>();
      QVERIFY2( mServer.start(), qPrintable( mServer.error() ) );
      Workspace workspace;
      workspace.importFiles( test::sampleFiles() );
      QVERIFY( workspace.events().size() >= 3 );
      mEvent = workspace.events().at( 0 );
      mOther = workspace.events().at( 1 );
      mThird = workspace.events().at( 2 );
      const QString error =
          teamproject::publish( mServer.connection(), kSchema, workspace.source(), ProjectMeta() );
      QVERIFY2( error.isEmpty(), qPrintable( error ) );
      for ( const QString &sql :
            { QStringLiteral( "CREATE ROLE alice LOGIN" ), QStringLiteral( "CREATE ROLE bob LOGIN" ),
              QStringLiteral( "CREATE ROLE carol LOGIN" ),
              QStringLiteral( "GRANT %1 TO alice, bob" ).arg( teamproject::editorRole( kSchema ) ),
              QStringLiteral( "GRANT %1 TO carol" ).arg( teamproject::readerRole( kSchema ) ) } )
        QVERIFY2( mServer.psql( QStringLiteral( "sortie" ), sql ), qPrintable( mServer.error() ) );
      for ( auto [session, user] :
            { std::pair{ &mAlice, "alice" }, std::pair{ &mBob, "bob" }, std::pair{ &mCarol, "carol" } } )
      {
        const QString opened = session->open( mServer.connection( QString::fromLatin1( user ) ), kSchema );
        QVERIFY2( opened.isEmpty(), qPrintable( opened ) );
        QCOMPARE( session->user(), QString::fromLatin1( user ) );
      }
      QVERIFY( mAlice.mayEdit() );
      QVERIFY( !mCarol.mayEdit() );
    }

    void cleanupTestCase() { mServer.stop(); }

    void anEditIsOneTransactionWithItsAuthor()
    {
      const std::optional<TeamRowVersion> published = mAlice.eventVersion( mEvent.id );
      QVERIFY( published );
      QCOMPARE( published->version, qint64( 1 ) );
      const qint64 before = mAlice.journal().isEmpty() ? 0 : mAlice.journal().last().sequence;

      Event edited = mEvent;
      edited.title = QStringLiteral( "Defence minister's visit (confirmed) 평양 «Пхеньян» 'quoted'" );
      edited.sources.append( SourceCitation{ QStringLiteral( "NK News" ), QStringLiteral( "A second report" ),
                                             QDate( 2023, 9, 14 ), QStringLiteral( "https://example.org/2" ),
                                             QStringLiteral( "the date" ) } );
      const TeamEditOutcome saved = mAlice.saveEvent( edited, GeoPoint{ 39.0, 125.7 }, published->version );
      QVERIFY2( saved.status == TeamEditOutcome::Status::Saved, qPrintable( saved.message ) );
      QCOMPARE( saved.version, qint64( 2 ) );

      // Read back whole, as any analyst opens it: the edit, and nothing else changed.
      const Event stored = storedEvent( mServer, mEvent.id );
      QVERIFY( stored == edited );
      QCOMPARE( storedEvent( mServer, mOther.id ), mOther );

      // The journal: every row it touched, by alice, in one transaction, now.
      const QVector<TeamJournalEntry> entries = mAlice.journal( before );
      QVERIFY( entries.size() >= 2 );
      for ( const TeamJournalEntry &entry : entries )
      {
        QCOMPARE( entry.author, QStringLiteral( "alice" ) );
        QCOMPARE( entry.transaction, entries.first().transaction );
        QCOMPARE( entry.item, mEvent.id );
        QVERIFY( qAbs( entry.at.secsTo( QDateTime::currentDateTimeUtc() ) ) < 60 );
      }
      QCOMPARE( entries.first().table, QStringLiteral( "events" ) );
      QCOMPARE( entries.first().operation, QStringLiteral( "UPDATE" ) );
      QCOMPARE( entries.first().version, qint64( 2 ) );
      const std::optional<TeamRowVersion> now = mBob.eventVersion( mEvent.id );
      QCOMPARE( now->author, QStringLiteral( "alice" ) );
      mEvent = edited;
    }

    void othersSeeAnEditWithinTwoSeconds()
    {
      QSignalSpy bobSees( &mBob, &TeamSession::changed );
      QSignalSpy aliceSees( &mAlice, &TeamSession::changed );
      Event edited = mOther;
      edited.description = QStringLiteral( "Seen by bob?" );
      QElapsedTimer clock;
      clock.start();
      QVERIFY( mAlice.saveEvent( edited, std::nullopt, mAlice.eventVersion( mOther.id )->version ).status ==
               TeamEditOutcome::Status::Saved );
      QVERIFY( bobSees.wait( 2000 ) );
      qInfo( "bob saw alice's edit %lld ms after she began saving it",
             static_cast<long long>( clock.elapsed() ) );
      QVERIFY( clock.elapsed() < 2000 );
      bool named = false;
      for ( const QList<QVariant> &signal : bobSees )
      {
        for ( const TeamChange &change : signal.at( 0 ).value<QVector<TeamChange>>() )
          named = named || ( change.table == QLatin1String( "events" ) && change.item == mOther.id &&
                             change.author == QLatin1String( "alice" ) &&
                             change.operation == QLatin1String( "UPDATE" ) );
      }
      QVERIFY( named );
      // Her own edit is not announced back to her.
      QTest::qWait( 200 );
      QCOMPARE( aliceSees.count(), 0 );
      mOther = edited;
    }

    void aConflictingEditIsToldAndWritesNothing()
    {
      // Bob began from version 2; alice saves version 3 first.
      const qint64 bobsVersion = mBob.eventVersion( mEvent.id )->version;
      Event alices = mEvent;
      alices.title = QStringLiteral( "alice's title" );
      QVERIFY( mAlice.saveEvent( alices, std::nullopt, bobsVersion ).status ==
               TeamEditOutcome::Status::Saved );
      Event bobs = mEvent;
      bobs.title = QStringLiteral( "bob's title" );
      const TeamEditOutcome conflict = mBob.saveEvent( bobs, std::nullopt, bobsVersion );
      QVERIFY( conflict.status == TeamEditOutcome::Status::Conflict );
      QCOMPARE( conflict.author, QStringLiteral( "alice" ) );
      QCOMPARE( conflict.version, bobsVersion + 1 );
      QVERIFY2( conflict.message.contains( QLatin1String( "alice" ) ), qPrintable( conflict.message ) );
      QCOMPARE( storedEvent( mServer, mEvent.id ).title, alices.title );
      // Nor may bob remove what he has not seen.
      QVERIFY( mBob.removeEvent( mEvent.id, bobsVersion ).status == TeamEditOutcome::Status::Conflict );

      // Removed by one, changed by the other: told who removed it.
      QVERIFY( mAlice.removeEvent( mOther.id, mAlice.eventVersion( mOther.id )->version ).status ==
               TeamEditOutcome::Status::Saved );
      QVERIFY( !mBob.eventVersion( mOther.id ) );
      const TeamEditOutcome gone = mBob.saveEvent( mOther, std::nullopt, 3 );
      QVERIFY( gone.status == TeamEditOutcome::Status::Conflict );
      QCOMPARE( gone.version, qint64( 0 ) );
      QCOMPARE( gone.author, QStringLiteral( "alice" ) );
      QVERIFY( storedEvent( mServer, mOther.id ).id.isEmpty() );

      // Two analysts adding an event with one id: the second is told.
      Event fresh = mOther;
      fresh.id = QStringLiteral( "added-twice" );
      QVERIFY( mAlice.saveEvent( fresh, std::nullopt, 0 ).status == TeamEditOutcome::Status::Saved );
      const TeamEditOutcome taken = mBob.saveEvent( fresh, std::nullopt, 0 );
      QVERIFY( taken.status == TeamEditOutcome::Status::Conflict );
      QCOMPARE( taken.author, QStringLiteral( "alice" ) );
    }

    // Nothing of this relies on the client: authors and versions are the server's, the journal
    // is written by its trigger alone, and a reader writes nothing whatever it sends.
    void authorsAndTheJournalCannotBeForged()
    {
      const qint64 version = mBob.eventVersion( mEvent.id )->version;
      const QString table = kSchema + QStringLiteral( ".events" );
      QVERIFY2( mServer.psql( QStringLiteral( "sortie" ),
                              QStringLiteral(
                                  "UPDATE %1 SET title = 'by hand', modified_by = 'alice', row_version = 1, "
                                  "modified_at = '2000-01-01' WHERE event_id = '%2'" )
                                  .arg( table, mEvent.id ),
                              nullptr, QStringLiteral( "bob" ) ),
                qPrintable( mServer.error() ) );
      const std::optional<TeamRowVersion> now = mAlice.eventVersion( mEvent.id );
      QCOMPARE( now->author, QStringLiteral( "bob" ) );
      QCOMPARE( now->version, version + 1 );
      QVERIFY( now->at.date().year() > 2000 );
      QCOMPARE( mAlice.journal().last().author, QStringLiteral( "bob" ) );
      for ( const QString &crafted :
            { QStringLiteral( "INSERT INTO %1.sortie_journal (table_name, item, operation, author) VALUES "
                              "('events', 'x', 'UPDATE', 'alice')" )
                  .arg( kSchema ),
              QStringLiteral( "DELETE FROM %1.sortie_journal" ).arg( kSchema ),
              QStringLiteral( "UPDATE %1.sortie_journal SET author = 'alice'" ).arg( kSchema ),
              QStringLiteral( "ALTER TABLE %1 DISABLE TRIGGER sortie_stamp" ).arg( table ),
              QStringLiteral( "SET session_authorization alice" ),
              // The journal's function on a table of one's own (it runs as the publisher).
              QStringLiteral(
                  "CREATE TEMP TABLE events (event_id text, row_version bigint); CREATE TRIGGER t "
                  "AFTER INSERT ON pg_temp.events FOR EACH ROW EXECUTE FUNCTION "
                  "%1.sortie_record('event_id'); INSERT INTO pg_temp.events VALUES ('%2', 1)" )
                  .arg( kSchema, mEvent.id ) } )
      {
        for ( const QString &role : { QStringLiteral( "bob" ), QStringLiteral( "carol" ) } )
          QVERIFY2( !mServer.psql( QStringLiteral( "sortie" ), crafted, nullptr, role ),
                    qPrintable( role + QStringLiteral( ": " ) + crafted ) );
      }
      QCOMPARE( mAlice.journal().last().author, QStringLiteral( "bob" ) );

      // A notice anyone may send, naming anyone: read as a hint to look at the journal, which
      // has nothing new, so nothing is announced.
      QSignalSpy aliceSees( &mAlice, &TeamSession::changed );
      QVERIFY( aliceSees.wait( 2000 ) ); // bob's change by hand above, read from the journal
      bool byBob = false;
      for ( const TeamChange &change : aliceSees.first().at( 0 ).value<QVector<TeamChange>>() )
        byBob = byBob || ( change.author == QLatin1String( "bob" ) && change.item == mEvent.id );
      QVERIFY( byBob );
      aliceSees.clear();
      QVERIFY( mServer.psql( QStringLiteral( "sortie" ),
                             QStringLiteral( "NOTIFY sortie_%1, '{\"table\": \"events\", \"item\": \"%2\", "
                                             "\"operation\": \"DELETE\", \"author\": \"bob\"}'" )
                                 .arg( kSchema, mEvent.id ),
                             nullptr, QStringLiteral( "carol" ) ) );
      QVERIFY( !aliceSees.wait( 500 ) );
      // The reader: refused by the session, and by the database whatever it sends.
      Event edit = mEvent;
      edit.title = QStringLiteral( "carol's" );
      QVERIFY( mCarol.saveEvent( edit, std::nullopt, now->version ).status ==
               TeamEditOutcome::Status::Refused );
      QVERIFY( !mServer.psql(
          QStringLiteral( "sortie" ),
          QStringLiteral( "UPDATE %1 SET title = 'carol' WHERE event_id = '%2'" ).arg( table, mEvent.id ),
          nullptr, QStringLiteral( "carol" ) ) );
      QCOMPARE( mCarol.eventVersion( mEvent.id )->version, now->version );
    }

    // A transaction that took its journal number first but commits last is still announced
    // (the journal is read by number, and numbers are taken before commit).
    void aLateCommitIsStillAnnounced()
    {
      QSignalSpy carolSees( &mCarol, &TeamSession::changed );
      QProcess slow;
      slow.start( QStringLiteral( "psql" ),
                  { QStringLiteral( "-X" ), QStringLiteral( "-q" ), QStringLiteral( "-h" ),
                    mServer.socketFolder(), QStringLiteral( "-U" ), QStringLiteral( "bob" ),
                    QStringLiteral( "-d" ), QStringLiteral( "sortie" ) } );
      QVERIFY( slow.waitForStarted() );
      slow.write( QStringLiteral(
                      "BEGIN;\nUPDATE %1.events SET title = 'slow' WHERE event_id = '%2';\n\\echo held\n" )
                      .arg( kSchema, mEvent.id )
                      .toUtf8() );
      QElapsedTimer clock;
      clock.start();
      while ( !slow.readAllStandardOutput().contains( "held" ) && clock.elapsed() < 10000 )
        slow.waitForReadyRead( 100 );
      // A later number, committed first.
      QVERIFY( mServer.psql( QStringLiteral( "sortie" ),
                             QStringLiteral( "UPDATE %1.events SET title = 'fast' WHERE event_id = '%2'" )
                                 .arg( kSchema, mThird.id ),
                             nullptr, QStringLiteral( "bob" ) ) );
      const auto announced = [&]( const QString &id )
      {
        for ( const QList<QVariant> &signal : carolSees )
        {
          for ( const TeamChange &change : signal.at( 0 ).value<QVector<TeamChange>>() )
          {
            if ( change.item == id )
              return true;
          }
        }
        return false;
      };
      QTRY_VERIFY_WITH_TIMEOUT( announced( mThird.id ), 5000 );
      QVERIFY( !announced( mEvent.id ) );
      slow.write( "COMMIT;\n" );
      slow.closeWriteChannel();
      QVERIFY( slow.waitForFinished() );
      QTRY_VERIFY_WITH_TIMEOUT( announced( mEvent.id ), 5000 );
    }

    // Another process killed in the middle of an edit (SIGKILL, between its statements):
    // nothing of that edit is stored or journalled, and every committed edit stays.
    void aKilledWriterLeavesNothingHalfWritten()
    {
      const qint64 journalled = mAlice.journal().last().sequence;
      const std::optional<TeamRowVersion> before = mAlice.eventVersion( mEvent.id );
      // The client sends its statements one by one, the transaction open between them, as a
      // session does; it is killed while the server waits for the next.
      QProcess writer;
      writer.start( QStringLiteral( "psql" ),
                    { QStringLiteral( "-X" ), QStringLiteral( "-q" ), QStringLiteral( "-h" ),
                      mServer.socketFolder(), QStringLiteral( "-U" ), QStringLiteral( "bob" ),
                      QStringLiteral( "-d" ), QStringLiteral( "sortie" ) } );
      QVERIFY( writer.waitForStarted() );
      writer.write( QStringLiteral( "BEGIN;\nUPDATE %1.events SET title = 'half' WHERE event_id = '%2';\n"
                                    "DELETE FROM %1.event_sources WHERE event_id = '%2';\n\\echo written\n" )
                        .arg( kSchema, mEvent.id )
                        .toUtf8() );
      // Both statements ran (psql says so after them), inside the open transaction.
      QElapsedTimer written;
      written.start();
      while ( !writer.readAllStandardOutput().contains( "written" ) && written.elapsed() < 10000 )
        writer.waitForReadyRead( 100 );
      QVERIFY( written.elapsed() < 10000 );
      const auto bobsSessions = [&]( const QString &state )
      {
        QString count;
        mServer.psql( QStringLiteral( "sortie" ),
                      QStringLiteral( "SELECT count(*) FROM pg_stat_activity WHERE usename = 'bob' AND "
                                      "application_name = 'psql' AND state LIKE '%1'" )
                          .arg( state ),
                      &count );
        return count;
      };
      QElapsedTimer clock;
      clock.start();
      while ( bobsSessions( QStringLiteral( "idle in transaction" ) ) != QLatin1String( "1" ) &&
              clock.elapsed() < 10000 )
        QTest::qWait( 50 );
      QCOMPARE( bobsSessions( QStringLiteral( "idle in transaction" ) ), QStringLiteral( "1" ) );
      ::kill( static_cast<pid_t>( writer.processId() ), SIGKILL );
      QVERIFY( writer.waitForFinished() );
      // The server sees the connection close and rolls the transaction back.
      clock.restart();
      while ( bobsSessions( QStringLiteral( "%" ) ) != QLatin1String( "0" ) && clock.elapsed() < 10000 )
        QTest::qWait( 50 );
      QCOMPARE( bobsSessions( QStringLiteral( "%" ) ), QStringLiteral( "0" ) );
      QCOMPARE( mAlice.eventVersion( mEvent.id )->version, before->version );
      const Event stored = storedEvent( mServer, mEvent.id );
      QVERIFY( stored.title != QLatin1String( "half" ) );
      QVERIFY( !stored.sources.isEmpty() );
      QCOMPARE( mAlice.journal( journalled ).size(), 0 );
      // And the next edit goes through.
      Event next = stored;
      next.title = QStringLiteral( "after the crash" );
      const TeamEditOutcome after = mAlice.saveEvent( next, std::nullopt, before->version );
      QVERIFY2( after.status == TeamEditOutcome::Status::Saved, qPrintable( after.message ) );
    }

    // Another analyst's events taken into a window that has changes of its own: what only the
    // other changed is taken, what the analyst changed (or added, or removed) here stays.
    void adoptingKeepsTheAnalystsOwnChanges()
    {
      Workspace workspace;
      workspace.importFiles( test::sampleFiles() );
      const QVector<Event> baseline = workspace.events();
      QVector<Event> stored = baseline;
      stored[0].title = QStringLiteral( "theirs 0" ); // only theirs: taken
      stored[1].title = QStringLiteral( "theirs 1" ); // both: mine stays
      stored.removeAt( 3 );                           // removed there, untouched here: goes
      Event added = baseline.at( 5 );
      added.id = QStringLiteral( "theirs-new" );
      stored.append( added ); // added there: comes
      Event mine = workspace.events().at( 1 );
      mine.title = QStringLiteral( "mine 1" );
      workspace.replaceEvent( mine );
      workspace.removeEvent( baseline.at( 2 ).id ); // removed here: stays removed
      Event local = baseline.at( 6 );
      local.id = QStringLiteral( "mine-new" );
      workspace.insertEvent( local, -1 );             // added here: stays
      stored[2].title = QStringLiteral( "theirs 2" ); // changed there, removed here: stays removed

      const Workspace::Adopted adopted = workspace.adoptEvents( stored, baseline );
      QCOMPARE( adopted.changed, 3 );
      QCOMPARE( adopted.kept, 2 );
      const auto titleOf = [&]( const QString &id )
      {
        const int index = workspace.eventIndex( id );
        return index < 0 ? QString() : workspace.events().at( index ).title;
      };
      QCOMPARE( titleOf( baseline.at( 0 ).id ), QStringLiteral( "theirs 0" ) );
      QCOMPARE( titleOf( baseline.at( 1 ).id ), QStringLiteral( "mine 1" ) );
      QVERIFY( workspace.eventIndex( baseline.at( 2 ).id ) < 0 );
      QVERIFY( workspace.eventIndex( baseline.at( 3 ).id ) < 0 );
      QVERIFY( workspace.eventIndex( QStringLiteral( "theirs-new" ) ) >= 0 );
      QVERIFY( workspace.eventIndex( QStringLiteral( "mine-new" ) ) >= 0 );
      QCOMPARE( workspace.events().size(), baseline.size() );
      // Read again with nothing new: nothing changes.
      const Workspace::Adopted again = workspace.adoptEvents( stored, stored );
      QCOMPARE( again.changed, 0 );
    }

    // Correlations and drawings are edited as events are: one transaction each with its parts
    // (a correlation's links and sources), read back whole, announced, checked against the
    // version it started from; a reader writes none.
    void correlationsAndDrawingsAreSharedTheSameWay()
    {
      Workspace workspace;
      workspace.importFiles( test::sampleFiles() );
      QVERIFY( !workspace.sourceTracks().empty() );
      const QString track = workspace.sourceTracks().front().id;
      Correlation link;
      link.id = QStringLiteral( "c-live-1" );
      link.eventIds = QStringList{ mThird.id, mEvent.id };
      link.flights = { FlightRef{ track, qint64( 1694649600000 ) } };
      link.relation = Relation::CarriesDelegationFor;
      link.confidence = Confidence::High;
      link.note = QStringLiteral( "평양 — «Пхеньян»; it's 'quoted'" );
      link.sources = { SourceCitation{ QStringLiteral( "Outlet" ), QStringLiteral( "Report" ),
                                       QDate( 2023, 9, 15 ), QStringLiteral( "https://example.org/c" ),
                                       QStringLiteral( "the flight" ) },
                       SourceCitation{ QStringLiteral( "Second" ), QStringLiteral( "Another report" ),
                                       QDate( 2023, 9, 17 ), QStringLiteral( "https://example.org/d" ),
                                       QStringLiteral( "the date" ) } };
      link.author = QStringLiteral( "analyst" );
      link.createdUtc = QDateTime( QDate( 2023, 9, 16 ), QTime( 8, 30, 1, 250 ), Qt::UTC );
      link.modifiedUtc = link.createdUtc;
      QSignalSpy bobSees( &mBob, &TeamSession::changed );
      const TeamEditOutcome added = mAlice.saveCorrelation( link, 0 );
      QVERIFY2( added.status == TeamEditOutcome::Status::Saved, qPrintable( added.message ) );
      QCOMPARE( added.version, qint64( 1 ) );
      QVERIFY( bobSees.wait( 2000 ) );
      bool named = false;
      for ( const QList<QVariant> &signal : bobSees )
      {
        for ( const TeamChange &change : signal.at( 0 ).value<QVector<TeamChange>>() )
          named = named || ( change.table == QLatin1String( "correlations" ) && change.item == link.id &&
                             change.author == QLatin1String( "alice" ) );
      }
      QVERIFY( named );
      const ProjectReadResult work = teamproject::readWork( mServer.connection(), kSchema );
      QVERIFY2( work.ok(), qPrintable( work.message ) );
      const auto stored = std::find_if( work.content.correlations.cbegin(), work.content.correlations.cend(),
                                        [&]( const Correlation &c ) { return c.id == link.id; } );
      QVERIFY( stored != work.content.correlations.cend() );
      QVERIFY( *stored == link );
      // The flight's link also names the track's row, for a join in stock QGIS.
      QString joined;
      QVERIFY( mServer.psql( QStringLiteral( "sortie" ),
                             QStringLiteral( "SELECT count(*) FROM case_live.correlation_links l JOIN "
                                             "case_live.tracks t USING ( track_id ) WHERE l.correlation_id = "
                                             "'c-live-1' AND t.track_key = l.track_key" ),
                             &joined ) );
      QCOMPARE( joined.trimmed(), QStringLiteral( "1" ) );

      // Bob edits from version 1 after alice's version 2: told, nothing written.
      Correlation alices = link;
      alices.note = QStringLiteral( "alice's note" );
      alices.flights.clear();
      std::reverse( alices.sources.begin(), alices.sources.end() );
      std::reverse( alices.eventIds.begin(), alices.eventIds.end() );
      QVERIFY( mAlice.saveCorrelation( alices, 1 ).status == TeamEditOutcome::Status::Saved );
      // Written again (rows deleted and inserted), then the first link updated in place: its
      // new row version lies after the others on disk, as a heap scan returns them; read back
      // in the order written all the same.
      QVERIFY(
          mServer.psql( QStringLiteral( "sortie" ),
                        QStringLiteral( "UPDATE case_live.correlation_links SET event_id = event_id WHERE "
                                        "fid = ( SELECT min( fid ) FROM case_live.correlation_links WHERE "
                                        "correlation_id = 'c-live-1' )" ) ) );
      const ProjectReadResult rewritten = teamproject::readWork( mServer.connection(), kSchema );
      const auto readAgain =
          std::find_if( rewritten.content.correlations.cbegin(), rewritten.content.correlations.cend(),
                        [&]( const Correlation &c ) { return c.id == link.id; } );
      QVERIFY( readAgain != rewritten.content.correlations.cend() );
      QVERIFY( *readAgain == alices );
      Correlation bobs = link;
      bobs.note = QStringLiteral( "bob's note" );
      const TeamEditOutcome conflict = mBob.saveCorrelation( bobs, 1 );
      QVERIFY( conflict.status == TeamEditOutcome::Status::Conflict );
      QCOMPARE( conflict.author, QStringLiteral( "alice" ) );
      QCOMPARE( conflict.version, qint64( 2 ) );
      QCOMPARE( mBob.version( TeamItemKind::Correlation, link.id )->version, qint64( 2 ) );
      // A new correlation under an id that is taken is a conflict too, never an overwrite.
      QVERIFY( mBob.saveCorrelation( bobs, 0 ).status == TeamEditOutcome::Status::Conflict );
      QVERIFY( mCarol.saveCorrelation( bobs, 2 ).status == TeamEditOutcome::Status::Refused );
      // Alice's second version replaced the links: the flight's link is gone with it.
      QString links;
      QVERIFY( mServer.psql( QStringLiteral( "sortie" ),
                             QStringLiteral( "SELECT count(*) FROM case_live.correlation_links WHERE "
                                             "correlation_id = 'c-live-1'" ),
                             &links ) );
      QCOMPARE( links.trimmed(), QStringLiteral( "2" ) );

      Annotation drawing;
      drawing.id = QStringLiteral( "a-live-1" );
      drawing.kind = Annotation::Kind::Callout;
      drawing.points = { GeoPoint{ 39.0335, 125.7542 } };
      drawing.text = QStringLiteral( "Sunan — 순안" );
      drawing.window = TimeRange{ 1694649600000, 1694736000000 };
      drawing.correlationId = link.id;
      QVERIFY( mAlice.saveAnnotation( drawing, 0 ).status == TeamEditOutcome::Status::Saved );
      Annotation moved = drawing;
      moved.points = { GeoPoint{ 39.2, 125.67 } };
      QVERIFY( mBob.saveAnnotation( moved, 1 ).status == TeamEditOutcome::Status::Saved );
      QVERIFY( mAlice.saveAnnotation( drawing, 1 ).status == TeamEditOutcome::Status::Conflict );
      const ProjectReadResult again = teamproject::readWork( mServer.connection(), kSchema );
      const auto drawn = std::find_if( again.content.annotations.cbegin(), again.content.annotations.cend(),
                                       [&]( const Annotation &a ) { return a.id == drawing.id; } );
      QVERIFY( drawn != again.content.annotations.cend() );
      QVERIFY( *drawn == moved );
      QCOMPARE( mAlice.version( TeamItemKind::Annotation, drawing.id )->author, QStringLiteral( "bob" ) );
      QVERIFY( mCarol.remove( TeamItemKind::Annotation, drawing.id, 2 ).status ==
               TeamEditOutcome::Status::Refused );
      QVERIFY( mAlice.remove( TeamItemKind::Annotation, drawing.id, 1 ).status ==
               TeamEditOutcome::Status::Conflict );
      QVERIFY( mAlice.remove( TeamItemKind::Annotation, drawing.id, 2 ).status ==
               TeamEditOutcome::Status::Saved );
      QVERIFY( mAlice.remove( TeamItemKind::Correlation, link.id, 2 ).status ==
               TeamEditOutcome::Status::Saved );
      QVERIFY(
          mServer.psql( QStringLiteral( "sortie" ),
                        QStringLiteral( "SELECT ( SELECT count(*) FROM case_live.correlation_links WHERE "
                                        "correlation_id = 'c-live-1' ) + ( SELECT count(*) FROM "
                                        "case_live.correlation_sources WHERE correlation_id = 'c-live-1' ) "
                                        "+ ( SELECT count(*) FROM case_live.annotations WHERE annotation_id "
                                        "= 'a-live-1' )" ),
                        &links ) );
      QCOMPARE( links.trimmed(), QStringLiteral( "0" ) );
    }

    // A row another transaction holds (a colleague's unfinished QGIS edit session) makes an
    // edit wait a few seconds at most, then refused with a message a person understands.
    void aHeldRowIsRefusedInTime()
    {
      pg::Connection holder( mServer.connection() );
      QVERIFY( holder.ok() );
      QVERIFY( holder.run( "BEGIN" ) );
      QVERIFY( holder.exec( "SELECT 1 FROM case_live.events WHERE event_id = $1 FOR UPDATE", { mThird.id } )
                   .ok() );
      Event edited = mThird;
      edited.title = QStringLiteral( "while it is held" );
      const std::optional<TeamRowVersion> held = mAlice.eventVersion( mThird.id );
      QVERIFY( held );
      QElapsedTimer clock;
      clock.start();
      const TeamEditOutcome outcome = mAlice.saveEvent( edited, std::nullopt, held->version );
      QVERIFY( outcome.status == TeamEditOutcome::Status::Refused );
      QVERIFY2( outcome.message.contains( QLatin1String( "right now" ) ), qPrintable( outcome.message ) );
      QVERIFY( clock.elapsed() >= 4000 );
      QVERIFY( clock.elapsed() < 30000 );
      QVERIFY( holder.run( "ROLLBACK" ) );
      // Released: the same edit goes through.
      QVERIFY( mAlice.saveEvent( edited, std::nullopt, held->version ).status ==
               TeamEditOutcome::Status::Saved );
      mThird = edited;
    }

    // The three-way take is the same for correlations and drawings as for events.
    void adoptingCorrelationsAndDrawingsKeepsTheAnalystsOwn()
    {
      Workspace workspace;
      for ( int i = 0; i < 3; ++i )
      {
        Correlation c;
        c.id = QStringLiteral( "c%1" ).arg( i );
        c.note = QStringLiteral( "base %1" ).arg( i );
        workspace.insertCorrelation( c, -1 );
        Annotation a;
        a.id = QStringLiteral( "a%1" ).arg( i );
        a.points = { GeoPoint{ 50.0 + i, 30.0 } };
        workspace.insertAnnotation( a, -1 );
      }
      const QVector<Correlation> baseline = workspace.correlations();
      QVector<Correlation> stored = baseline;
      stored[0].note = QStringLiteral( "theirs 0" ); // only theirs: taken
      stored[1].note = QStringLiteral( "theirs 1" ); // both: mine stays
      stored.removeAt( 2 );                          // removed there, untouched here: goes
      Correlation mine = baseline.at( 1 );
      mine.note = QStringLiteral( "mine 1" );
      workspace.replaceCorrelation( mine );
      const Workspace::Adopted taken = workspace.adoptCorrelations( stored, baseline );
      QCOMPARE( taken.changed, 2 );
      QCOMPARE( taken.keptIds, QStringList{ QStringLiteral( "c1" ) } );
      QCOMPARE( workspace.correlations().size(), 2 );
      QCOMPARE( workspace.correlations().at( 0 ).note, QStringLiteral( "theirs 0" ) );
      QCOMPARE( workspace.correlations().at( 1 ).note, QStringLiteral( "mine 1" ) );

      const QVector<Annotation> drawn = workspace.annotations();
      QVector<Annotation> theirs = drawn;
      theirs[2].points = { GeoPoint{ 10.0, 10.0 } };
      Annotation added = drawn.at( 0 );
      added.id = QStringLiteral( "a-theirs" );
      theirs.append( added );
      workspace.removeAnnotation( QStringLiteral( "a2" ) ); // removed here, changed there: stays removed
      const Workspace::Adopted drawnTaken = workspace.adoptAnnotations( theirs, drawn );
      QCOMPARE( drawnTaken.changed, 1 );
      QCOMPARE( drawnTaken.keptIds, QStringList{ QStringLiteral( "a2" ) } );
      QVERIFY( workspace.annotationIndex( QStringLiteral( "a-theirs" ) ) >= 0 );
      QVERIFY( workspace.annotationIndex( QStringLiteral( "a2" ) ) < 0 );
    }

  private:
    test::PgServer mServer;
    TeamSession mAlice;
    TeamSession mBob;
    TeamSession mCarol;
    Event mEvent;
    Event mOther;
    Event mThird;
};

QTEST_GUILESS_MAIN( TestTeamSession )
#include "test_teamsession.moc"
