// Two Sortie processes on one team project (issue 16, part 2): each edits, each sees the
// other's edit within 2 seconds; a conflicting edit is told with both versions and the
// analyst chooses; a process killed with SIGKILL in the middle of an edit loses nothing
// committed and leaves nothing half-written; a reader's process writes nothing.
//
// The other process is this test program started again with --peer: it runs the workbench's
// own window (MainWindow, ProjectController, TeamFollower, the undo commands) in a process of
// its own, opened on the team project, and takes its edits from a line on standard input, as
// an analyst's hand would make them. A real PostgreSQL 15 + PostGIS server, started for the test.
#include "app/mainwindow.h"
#include "app/project/projectcontroller.h"
#include "app/sortieapplication.h"
#include "models/commands/eventcommands.h"
#include "models/commands/undostack.h"
#include "models/project/pgconnection.h"
#include "models/project/teamproject.h"
#include "models/project/teamsession.h"
#include "models/workspace/selection.h"
#include "models/workspace/workspace.h"
#include "tests/support/pgserver.h"
#include "tests/support/samplefiles.h"
#include "tests/support/testwindow.h"

#include <qgsproject.h>

#include <QAbstractButton>
#include <QApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QLabel>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSocketNotifier>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <iostream>
#include <unistd.h>

using namespace sortie;

namespace
{
const QString kSchema = QStringLiteral( "case_pair" );

/** One line to standard output, at once (the test reads it while this process runs on). */
void say( const QString &line )
{
  std::cout << line.toStdString() << std::endl;
}

/**
 * The other analyst's process: the workbench window on the team project, edited through
 * the window's undo stack by commands read from standard input, one per line:
 *   title ID          answers "title ID TEXT" (the event's title in this window, "-" if none)
 *   edit ID TEXT      retitles the event as the event dialog would, answers "edited ID"
 *   quit
 * What the window tells its analyst (others' changes, conflicts) is said as "message TEXT".
 */
int runPeer( const QString &connection, const QString &schema )
{
  QgsProject project;
  auto window = test::makeTestWindow( &project );
  ProjectController *controller = window->projectController();
  controller->setInteractive( false ); // a conflict: the other's version stands, and it is said
  QObject::connect( controller, &ProjectController::message,
                    []( const QString &text ) { say( QStringLiteral( "message " ) + text ); } );
  if ( !controller->openTeamProject( connection, schema ) )
  {
    say( QStringLiteral( "failed" ) );
    return 1;
  }
  Workspace *workspace = window->workspace();
  say( QStringLiteral( "ready %1" ).arg( workspace->events().size() ) );

  // Raw reads of the descriptor, split into lines here: stdio's buffer could hold a second
  // line the notifier would never announce.
  QSocketNotifier input( STDIN_FILENO, QSocketNotifier::Read );
  QByteArray pending;
  const auto handle = [&]( const QString &line )
  {
    const QString verb = line.section( QLatin1Char( ' ' ), 0, 0 );
    const QString id = line.section( QLatin1Char( ' ' ), 1, 1 );
    const int index = workspace->eventIndex( id );
    if ( verb == QLatin1String( "title" ) )
      say( QStringLiteral( "title %1 %2" )
               .arg( id, index >= 0 ? workspace->events().at( index ).title : QStringLiteral( "-" ) ) );
    else if ( verb == QLatin1String( "edit" ) && index >= 0 )
    {
      Event edited = workspace->events().at( index );
      edited.title = line.section( QLatin1Char( ' ' ), 2 );
      window->undoStack()->push( makeEditEventCommand( *workspace, edited ) );
      say( QStringLiteral( "edited %1" ).arg( id ) );
    }
    else if ( verb == QLatin1String( "quit" ) )
    {
      controller->setModified( false );
      QCoreApplication::exit( 0 );
    }
    else
      say( QStringLiteral( "unknown %1" ).arg( line ) );
  };
  QObject::connect( &input, &QSocketNotifier::activated,
                    [&]
                    {
                      char buffer[4096];
                      const ssize_t got = ::read( STDIN_FILENO, buffer, sizeof buffer );
                      if ( got <= 0 )
                      {
                        QCoreApplication::exit( 0 ); // the test is gone
                        return;
                      }
                      pending.append( buffer, static_cast<int>( got ) );
                      for ( int end = pending.indexOf( '\n' ); end >= 0; end = pending.indexOf( '\n' ) )
                      {
                        const QString line = QString::fromUtf8( pending.left( end ) );
                        pending.remove( 0, end + 1 );
                        handle( line );
                      }
                    } );
  const int result = QCoreApplication::exec();
  controller->setModified( false ); // nothing to ask about at close
  return result;
}

/** The other process, seen from the test. */
class Peer
{
  public:
    bool start( const QString &connection )
    {
      mProcess.setProcessChannelMode( QProcess::SeparateChannels );
      mProcess.setReadChannel( QProcess::StandardOutput );
      mProcess.start( QCoreApplication::applicationFilePath(),
                      { QStringLiteral( "--peer" ), connection, kSchema } );
      return mProcess.waitForStarted( 10000 ) && waitFor( QStringLiteral( "ready" ), 60000 ).size() > 0;
    }

    void send( const QString &line )
    {
      mProcess.write( ( line + QLatin1Char( '\n' ) ).toUtf8() );
      mProcess.waitForBytesWritten( 5000 );
    }

    /**
     * The next line starting with @p prefix within @p timeoutMs, other lines kept as messages;
     * empty on timeout. Blocks without running this process's event loop: the window of
     * this process is not told of anything meanwhile.
     */
    QString waitFor( const QString &prefix, int timeoutMs = 10000 )
    {
      QDeadlineTimer deadline( timeoutMs );
      while ( true )
      {
        while ( mProcess.canReadLine() )
        {
          const QString line = QString::fromUtf8( mProcess.readLine() ).trimmed();
          if ( line.startsWith( prefix ) )
            return line;
          mLines << line;
        }
        if ( deadline.hasExpired() || mProcess.state() != QProcess::Running )
          return QString();
        mProcess.waitForReadyRead( static_cast<int>( std::max<qint64>( 1, deadline.remainingTime() ) ) );
      }
    }

    /** The title the other window shows for event @p id. */
    QString title( const QString &id )
    {
      send( QStringLiteral( "title " ) + id );
      return waitFor( QStringLiteral( "title " ) + id ).section( QLatin1Char( ' ' ), 2 );
    }

    /** Polls the other window until it shows @p title for @p id; the milliseconds it took, or -1. */
    qint64 waitForTitle( const QString &id, const QString &title, int timeoutMs = 2000 )
    {
      QElapsedTimer clock;
      clock.start();
      while ( clock.elapsed() <= timeoutMs )
      {
        if ( this->title( id ) == title )
          return clock.elapsed();
        QThread::msleep( 20 );
      }
      return -1;
    }

    QStringList lines() const { return mLines; }
    QString errors() { return QString::fromUtf8( mProcess.readAllStandardError() ); }
    QProcess &process() { return mProcess; }

    void quit()
    {
      if ( mProcess.state() == QProcess::Running )
      {
        send( QStringLiteral( "quit" ) );
        if ( !mProcess.waitForFinished( 10000 ) )
          mProcess.kill();
      }
      mProcess.waitForFinished( 5000 );
    }

  private:
    QProcess mProcess;
    QStringList mLines;
};

} // namespace

class TestTeamProcesses : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase()
    {
      QVERIFY2( mServer.start(), qPrintable( mServer.error() ) );
      Workspace sample;
      sample.importFiles( test::sampleFiles() );
      const QString error =
          teamproject::publish( mServer.connection(), kSchema, sample.source(), ProjectMeta() );
      QVERIFY2( error.isEmpty(), qPrintable( error ) );
      QVERIFY( mServer.psql(
          QStringLiteral( "sortie" ),
          QStringLiteral( "CREATE ROLE ann LOGIN; GRANT %1 TO ann; "
                          "CREATE ROLE ben LOGIN; GRANT %1 TO ben; "
                          "CREATE ROLE carl LOGIN; GRANT %2 TO carl" )
              .arg( teamproject::editorRole( kSchema ), teamproject::readerRole( kSchema ) ) ) );
      mEvents = teamproject::readWork( mServer.connection(), kSchema ).content.events;
      QVERIFY( mEvents.size() >= 12 );
    }

    void cleanupTestCase() { mServer.stop(); }

    // Ann's window (this process) and Ben's (the other): each edits, each sees the other's.
    void eachSeesTheOthersEdit()
    {
      QgsProject project;
      auto window = test::makeTestWindow( &project );
      ProjectController *controller = window->projectController();
      controller->setInteractive( false );
      QVERIFY( controller->openTeamProject( mServer.connection( QStringLiteral( "ann" ) ), kSchema ) );
      Workspace *workspace = window->workspace();
      const QString selected = mEvents.at( 0 ).id;
      window->selection()->setEvent( selected );
      Peer ben;
      QVERIFY2( ben.start( mServer.connection( QStringLiteral( "ben" ) ) ), qPrintable( ben.errors() ) );

      // Ann edits: Ben's window shows it.
      Event annsEdit = workspace->events().at( workspace->eventIndex( mEvents.at( 1 ).id ) );
      annsEdit.title = QStringLiteral( "Retitled by Ann" );
      QVERIFY( window->undoStack()->push( makeEditEventCommand( *workspace, annsEdit ) ) );
      const qint64 seenByBen = ben.waitForTitle( annsEdit.id, annsEdit.title );
      QVERIFY2( seenByBen >= 0, qPrintable( ben.lines().join( QLatin1Char( '\n' ) ) ) );
      qInfo( "Ben's process showed Ann's edit after %lld ms", static_cast<long long>( seenByBen ) );

      // Ben edits: Ann's window shows it, her selection and undo history as they were.
      const QString bensId = mEvents.at( 2 ).id;
      QElapsedTimer clock;
      clock.start();
      ben.send( QStringLiteral( "edit %1 Retitled by Ben" ).arg( bensId ) );
      QVERIFY( !ben.waitFor( QStringLiteral( "edited " ) + bensId ).isEmpty() );
      QTRY_COMPARE_WITH_TIMEOUT( workspace->events().at( workspace->eventIndex( bensId ) ).title,
                                 QStringLiteral( "Retitled by Ben" ), 2000 );
      qInfo( "Ann's window showed Ben's edit %lld ms after he made it",
             static_cast<long long>( clock.elapsed() ) );
      QCOMPARE( window->selection()->eventId(), selected );
      QVERIFY( window->undoStack()->canUndo() ); // her own edit
      window->undoStack()->undo();
      QVERIFY( !window->undoStack()->canUndo() ); // and nothing of Ben's

      // Her undo is shared too, and leaves Ben's edit alone.
      QVERIFY( ben.waitForTitle( annsEdit.id, mEvents.at( 1 ).title ) >= 0 );
      QCOMPARE( ben.title( bensId ), QStringLiteral( "Retitled by Ben" ) );
      ben.quit();
      controller->setModified( false );
    }

    // Ben changes an event while Ann's window, not yet told, edits the same one: she is told
    // who changed it, sees both versions, and chooses. Nothing is overwritten unseen.
    void aConflictIsToldWithBothVersions()
    {
      QgsProject project;
      auto window = test::makeTestWindow( &project );
      ProjectController *controller = window->projectController();
      controller->setInteractive( false );
      QVERIFY( controller->openTeamProject( mServer.connection( QStringLiteral( "ann" ) ), kSchema ) );
      controller->setInteractive( true ); // asked, in the dialog an analyst would see
      Workspace *workspace = window->workspace();
      Peer ben;
      QVERIFY2( ben.start( mServer.connection( QStringLiteral( "ben" ) ) ), qPrintable( ben.errors() ) );
      const QString id = mEvents.at( 3 ).id;

      // Ben's edit is committed; Ann's process runs no event loop until hers is made.
      ben.send( QStringLiteral( "edit %1 Ben's version" ).arg( id ) );
      QVERIFY( !ben.waitFor( QStringLiteral( "edited " ) + id ).isEmpty() );
      QString dialogText;
      QStringList otherDialogs;
      bool answered = false;
      QTimer answer;
      answer.setInterval( 20 );
      connect( &answer, &QTimer::timeout, this,
               [&]
               {
                 auto *box = qobject_cast<QMessageBox *>( QApplication::activeModalWidget() );
                 if ( !box )
                   return;
                 if ( box->objectName() != QLatin1String( "teamConflict" ) )
                 {
                   otherDialogs << box->text(); // one conflict, one question: closed, and failed below
                   box->reject();
                   return;
                 }
                 dialogText = box->text();
                 for ( QAbstractButton *button : box->buttons() )
                 {
                   if ( box->buttonRole( button ) == QMessageBox::AcceptRole ) // Keep Mine
                     button->click();
                 }
                 answered = true;
               } );
      answer.start();
      Event annsEdit = workspace->events().at( workspace->eventIndex( id ) );
      QCOMPARE( annsEdit.title, mEvents.at( 3 ).title ); // she has not seen Ben's yet
      annsEdit.title = QStringLiteral( "Ann's version" );
      QVERIFY( window->undoStack()->push( makeEditEventCommand( *workspace, annsEdit ) ) );
      QTRY_VERIFY_WITH_TIMEOUT( answered, 5000 );
      QVERIFY2( otherDialogs.isEmpty(), qPrintable( otherDialogs.join( QLatin1Char( '\n' ) ) ) );
      QVERIFY2( dialogText.contains( QLatin1String( "ben" ) ), qPrintable( dialogText ) );
      QVERIFY2( dialogText.contains( QLatin1String( "Ann's version" ) ) &&
                    dialogText.contains( QLatin1String( "Ben's version" ) ),
                qPrintable( dialogText ) );

      // She kept hers, knowingly: stored as hers, and Ben's window shows it.
      TeamSession observer;
      QVERIFY( observer.open( mServer.connection(), kSchema ).isEmpty() );
      QTRY_COMPARE_WITH_TIMEOUT( observer.eventVersion( id ).value_or( TeamRowVersion() ).author,
                                 QStringLiteral( "ann" ), 2000 );
      QVERIFY( ben.waitForTitle( id, QStringLiteral( "Ann's version" ) ) >= 0 );
      answer.stop();
      QVERIFY2( otherDialogs.isEmpty(), qPrintable( otherDialogs.join( QLatin1Char( '\n' ) ) ) );
      ben.quit();
      controller->setModified( false );
    }

    // Ben's process is killed (SIGKILL) while its edit waits inside its transaction: what he
    // committed before stays, the interrupted edit leaves no trace, and the project opens as
    // it was for the next process.
    void aProcessKilledMidEditLosesNothing()
    {
      Peer ben;
      QVERIFY2( ben.start( mServer.connection( QStringLiteral( "ben" ) ) ), qPrintable( ben.errors() ) );
      const QString committedId = mEvents.at( 4 ).id;
      ben.send( QStringLiteral( "edit %1 Committed before the kill" ).arg( committedId ) );
      QVERIFY( !ben.waitFor( QStringLiteral( "edited " ) + committedId ).isEmpty() );

      const QString interruptedId = mEvents.at( 5 ).id;
      TeamSession observer;
      QVERIFY( observer.open( mServer.connection(), kSchema ).isEmpty() );
      const qint64 versionBefore =
          observer.eventVersion( interruptedId ).value_or( TeamRowVersion() ).version;
      const int journalBefore = observer.journal().size();
      // A lock held on the event's source rows: Ben's edit, once sent, has updated the event's
      // row (and journalled it) and waits inside its transaction to rewrite its sources.
      pg::Connection holder( mServer.connection() );
      QVERIFY( holder.run( "BEGIN" ) );
      QVERIFY(
          holder
              .exec( "SELECT 1 FROM " + kSchema.toUtf8() + ".event_sources WHERE event_id = $1 FOR UPDATE",
                     { interruptedId } )
              .rows() >= 1 );
      ben.send( QStringLiteral( "edit %1 Never committed" ).arg( interruptedId ) );
      pg::Connection watcher( mServer.connection() );
      bool waiting = false;
      for ( int i = 0; i < 500 && !waiting; ++i )
      {
        const pg::Result state = watcher.exec(
            "SELECT count(*) FROM pg_stat_activity WHERE usename = 'ben' AND wait_event_type = 'Lock' "
            "AND state = 'active' AND xact_start IS NOT NULL" );
        waiting = state.integer( 0, 0 ) == 1;
        if ( !waiting )
          QThread::msleep( 10 );
      }
      QVERIFY2( waiting, "Ben's edit never waited inside its transaction" );
      // Half done in the server: the event's row already holds his version (seen by his
      // transaction alone), and it still waits on the sources (well within its lock timeout).
      QCOMPARE(
          watcher
              .exec( "SELECT count(*) FROM pg_stat_activity WHERE usename = 'ben' AND wait_event_type = "
                     "'Lock' AND query ILIKE '%event_sources%'" )
              .integer( 0, 0 ),
          qint64( 1 ) );
      ben.process().kill(); // SIGKILL
      QVERIFY( ben.process().waitForFinished( 5000 ) );
      QCOMPARE( ben.process().exitStatus(), QProcess::CrashExit );
      QVERIFY( holder.run( "ROLLBACK" ) );
      // The server notices the closed connection and ends Ben's transaction unfinished.
      bool gone = false;
      for ( int i = 0; i < 500 && !gone; ++i )
      {
        gone =
            watcher.exec( "SELECT count(*) FROM pg_stat_activity WHERE usename = 'ben'" ).integer( 0, 0 ) ==
            0;
        if ( !gone )
          QThread::msleep( 10 );
      }
      QVERIFY( gone );

      QCOMPARE( observer.eventVersion( interruptedId ).value_or( TeamRowVersion() ).version, versionBefore );
      QCOMPARE( observer.journal().size(), journalBefore );
      for ( const Event &event : teamproject::readWork( mServer.connection(), kSchema ).content.events )
      {
        if ( event.id == interruptedId )
          QCOMPARE( event.title, mEvents.at( 5 ).title );
        if ( event.id == committedId )
          QCOMPARE( event.title, QStringLiteral( "Committed before the kill" ) );
      }
      // The next process opens the project as it stands and edits it.
      Peer again;
      QVERIFY2( again.start( mServer.connection( QStringLiteral( "ben" ) ) ), qPrintable( again.errors() ) );
      QCOMPARE( again.title( committedId ), QStringLiteral( "Committed before the kill" ) );
      QCOMPARE( again.title( interruptedId ), mEvents.at( 5 ).title );
      again.send( QStringLiteral( "edit %1 After the kill" ).arg( interruptedId ) );
      QVERIFY( !again.waitFor( QStringLiteral( "edited " ) + interruptedId ).isEmpty() );
      QCOMPARE( observer.eventVersion( interruptedId ).value_or( TeamRowVersion() ).version,
                versionBefore + 1 );
      again.quit();
    }

    // A reader's process: its window's edit stays in the window, the project is untouched.
    void aReadersProcessWritesNothing()
    {
      Peer carl;
      QVERIFY2( carl.start( mServer.connection( QStringLiteral( "carl" ) ) ), qPrintable( carl.errors() ) );
      const QString id = mEvents.at( 6 ).id;
      TeamSession observer;
      QVERIFY( observer.open( mServer.connection(), kSchema ).isEmpty() );
      const qint64 versionBefore = observer.eventVersion( id ).value_or( TeamRowVersion() ).version;
      carl.send( QStringLiteral( "edit %1 Carl may not" ).arg( id ) );
      QVERIFY( !carl.waitFor( QStringLiteral( "edited " ) + id ).isEmpty() );
      QCOMPARE( carl.title( id ), QStringLiteral( "Carl may not" ) ); // in his window only
      QCOMPARE( observer.eventVersion( id ).value_or( TeamRowVersion() ).version, versionBefore );
      for ( const Event &event : teamproject::readWork( mServer.connection(), kSchema ).content.events )
      {
        if ( event.id == id )
          QCOMPARE( event.title, mEvents.at( 6 ).title );
      }
      carl.quit();
    }

  private:
    test::PgServer mServer;
    QVector<Event> mEvents; //!< As published.
};

int main( int argc, char *argv[] )
{
  sortie::SortieApplication::setIdentity();
  sortie::SortieApplication app( argc, argv );
  if ( argc == 4 && QByteArray( argv[1] ) == "--peer" )
    return runPeer( QString::fromLocal8Bit( argv[2] ), QString::fromLocal8Bit( argv[3] ) );
  TestTeamProcesses test;
  return QTest::qExec( &test, argc, argv );
}

#include "test_teamprocesses.moc"
