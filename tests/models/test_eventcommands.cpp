// Every event edit is a command: add, edit and delete, each undone and redone.
#include "models/commands/eventcommands.h"
#include "models/commands/undostack.h"
#include "models/domain/correlation.h"
#include "models/workspace/workspace.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace sortie;

namespace
{
Event makeEvent( const QString &id, const QString &title )
{
  Event event;
  event.id = id;
  event.title = title;
  event.start = QDateTime( QDate( 2024, 7, 9 ), QTime( 4, 10 ), QTimeZone::utc() );
  event.kind = EventKind::FlightReport;
  return event;
}

QStringList titles( const Workspace &workspace )
{
  QStringList out;
  for ( const Event &event : workspace.events() )
    out.append( event.title );
  return out;
}
} // namespace

class TestEventCommands : public QObject
{
    Q_OBJECT

  private slots:
    void commandsThatChangeNothingAreRefused()
    {
      // Issue 12: an undo of a delete whose id was not found used to insert a blank event.
      Workspace workspace;
      workspace.insertEvent( makeEvent( QStringLiteral( "a" ), QStringLiteral( "A" ) ), -1 );
      UndoStack stack;
      QVERIFY( !stack.push( makeDeleteEventCommand( workspace, QStringLiteral( "missing" ) ) ) );
      QVERIFY(
          !stack.push( makeEditEventCommand( workspace, makeEvent( QStringLiteral( "missing" ), {} ) ) ) );
      QVERIFY( !stack.canUndo() );
      stack.undo();
      QCOMPARE( titles( workspace ), QStringList{ QStringLiteral( "A" ) } );
      QVERIFY( stack.push( makeDeleteEventCommand( workspace, QStringLiteral( "a" ) ) ) );
      QVERIFY( titles( workspace ).isEmpty() );
    }

    void deletingACitedEventUnlinksItInOneStep()
    {
      Workspace workspace;
      workspace.insertEvent( makeEvent( QStringLiteral( "a" ), QStringLiteral( "A" ) ), -1 );
      workspace.insertEvent( makeEvent( QStringLiteral( "b" ), QStringLiteral( "B" ) ), -1 );
      Correlation both;
      both.id = QStringLiteral( "c1" );
      both.eventIds = QStringList{ QStringLiteral( "a" ), QStringLiteral( "b" ) };
      Correlation other;
      other.id = QStringLiteral( "c2" );
      other.eventIds = QStringList{ QStringLiteral( "b" ) };
      workspace.insertCorrelation( both, -1 );
      workspace.insertCorrelation( other, -1 );
      QCOMPARE( correlationsCitingEvent( workspace, QStringLiteral( "a" ) ),
                QStringList{ QStringLiteral( "c1" ) } );

      UndoStack stack;
      QVERIFY( stack.push( makeDeleteEventCommand( workspace, QStringLiteral( "a" ) ) ) );
      QCOMPARE( titles( workspace ), QStringList{ QStringLiteral( "B" ) } );
      QCOMPARE( workspace.correlations().at( 0 ).eventIds, QStringList{ QStringLiteral( "b" ) } );
      QCOMPARE( workspace.correlations().at( 1 ).eventIds, QStringList{ QStringLiteral( "b" ) } );
      QVERIFY2( stack.undoText().contains( QLatin1String( "unlinked from 1 correlation" ) ),
                qPrintable( stack.undoText() ) );
      QCOMPARE( stack.count(), std::size_t( 1 ) ); // one step

      stack.undo();
      QCOMPARE( titles( workspace ), ( QStringList{ QStringLiteral( "A" ), QStringLiteral( "B" ) } ) );
      QCOMPARE( workspace.correlations().at( 0 ).eventIds, both.eventIds );
      stack.redo();
      QCOMPARE( workspace.correlations().at( 0 ).eventIds, QStringList{ QStringLiteral( "b" ) } );
    }

    void cleanStateIsTheOneSourceOfModified()
    {
      Workspace workspace;
      UndoStack stack;
      QSignalSpy clean( &stack, &UndoStack::cleanChanged );
      QVERIFY( stack.isClean() );
      stack.push(
          makeAddEventCommand( workspace, makeEvent( QStringLiteral( "a" ), QStringLiteral( "A" ) ) ) );
      QVERIFY( !stack.isClean() );
      stack.setClean(); // saved
      QVERIFY( stack.isClean() );
      stack.push(
          makeAddEventCommand( workspace, makeEvent( QStringLiteral( "b" ), QStringLiteral( "B" ) ) ) );
      QVERIFY( !stack.isClean() );
      stack.undo(); // save, edit, undo: unmodified
      QVERIFY( stack.isClean() );
      stack.undo();
      QVERIFY( !stack.isClean() );
      stack.redo();
      QVERIFY( stack.isClean() );
      stack.undo();
      // A new edit after undoing past the save: the saved state cannot come back by undo/redo.
      stack.push(
          makeAddEventCommand( workspace, makeEvent( QStringLiteral( "c" ), QStringLiteral( "C" ) ) ) );
      QVERIFY( !stack.isClean() );
      stack.undo();
      QVERIFY( !stack.isClean() );
      QVERIFY( clean.count() >= 6 );
    }

    // A save takes its snapshot, the analyst edits on while it writes, then it finishes: the
    // state it wrote is the clean one, not the state when it finished.
    void cleanAtAnEarlierState()
    {
      Workspace workspace;
      UndoStack stack;
      auto add = [&]( const char *id )
      {
        stack.push( makeAddEventCommand(
            workspace, makeEvent( QString::fromLatin1( id ), QString::fromLatin1( id ).toUpper() ) ) );
      };
      add( "a" );
      const UndoStack::State saved = stack.state();
      add( "b" ); // while the save writes
      stack.setClean( saved );
      QVERIFY( !stack.isClean() );
      stack.undo();
      QVERIFY( stack.isClean() );

      // Undone past the saved state and edited: it cannot come back, whatever the index.
      const UndoStack::State written = stack.state(); // "a"
      stack.undo();
      add( "c" ); // index 1 again, other edits
      stack.setClean( written );
      QVERIFY( !stack.isClean() );
      stack.undo();
      QVERIFY( !stack.isClean() );

      // A state from before clear() (a new project) is not the new project's.
      const UndoStack::State beforeClear = stack.state(); // index 0
      stack.clear();
      stack.setClean( beforeClear );
      QVERIFY( !stack.isClean() );
      stack.setClean( stack.state() );
      QVERIFY( stack.isClean() );
    }

    void addUndoRedo()
    {
      Workspace workspace;
      UndoStack stack;
      QSignalSpy changed( &workspace, &Workspace::changed );
      stack.push( makeAddEventCommand( workspace, makeEvent( QString(), QStringLiteral( "Take-off" ) ) ) );
      QCOMPARE( titles( workspace ), QStringList{ QStringLiteral( "Take-off" ) } );
      QCOMPARE( workspace.events().first().id, QStringLiteral( "2024-07-09" ) ); // made from the date
      QCOMPARE( stack.undoText(), QStringLiteral( "add event “Take-off”" ) );
      stack.undo();
      QVERIFY( workspace.events().isEmpty() );
      QVERIFY( stack.canRedo() && !stack.canUndo() );
      stack.redo();
      QCOMPARE( titles( workspace ), QStringList{ QStringLiteral( "Take-off" ) } );
      QCOMPARE( changed.count(), 3 );
      // A second event on the same day gets its own id.
      stack.push( makeAddEventCommand( workspace, makeEvent( QString(), QStringLiteral( "Landing" ) ) ) );
      QCOMPARE( workspace.events().at( 1 ).id, QStringLiteral( "2024-07-09-2" ) );
    }

    void editUndoRedo()
    {
      Workspace workspace;
      UndoStack stack;
      stack.push(
          makeAddEventCommand( workspace, makeEvent( QStringLiteral( "e" ), QStringLiteral( "Before" ) ) ) );
      Event changed = workspace.events().first();
      changed.title = QStringLiteral( "After" );
      changed.sources.append(
          { QStringLiteral( "Outlet" ), QString(), QDate(), QString(), QStringLiteral( "the time" ) } );
      stack.push( makeEditEventCommand( workspace, changed ) );
      QCOMPARE( workspace.events().first().title, QStringLiteral( "After" ) );
      QCOMPARE( workspace.events().first().sources.size(), 1 );
      stack.undo();
      QCOMPARE( workspace.events().first().title, QStringLiteral( "Before" ) );
      QVERIFY( workspace.events().first().sources.isEmpty() );
      stack.redo();
      QCOMPARE( workspace.events().first().title, QStringLiteral( "After" ) );
    }

    void deleteRestoresInPlace()
    {
      Workspace workspace;
      UndoStack stack;
      for ( const QString &t : { QStringLiteral( "A" ), QStringLiteral( "B" ), QStringLiteral( "C" ) } )
        stack.push( makeAddEventCommand( workspace, makeEvent( t, t ) ) );
      stack.push( makeDeleteEventCommand( workspace, QStringLiteral( "B" ) ) );
      QCOMPARE( titles( workspace ), ( QStringList{ QStringLiteral( "A" ), QStringLiteral( "C" ) } ) );
      stack.undo();
      QCOMPARE( titles( workspace ),
                ( QStringList{ QStringLiteral( "A" ), QStringLiteral( "B" ), QStringLiteral( "C" ) } ) );
    }

    void aNewEditForgetsWhatWasUndone()
    {
      Workspace workspace;
      UndoStack stack;
      stack.push(
          makeAddEventCommand( workspace, makeEvent( QStringLiteral( "a" ), QStringLiteral( "A" ) ) ) );
      stack.push(
          makeAddEventCommand( workspace, makeEvent( QStringLiteral( "b" ), QStringLiteral( "B" ) ) ) );
      stack.undo();
      stack.push(
          makeAddEventCommand( workspace, makeEvent( QStringLiteral( "c" ), QStringLiteral( "C" ) ) ) );
      QVERIFY( !stack.canRedo() );
      QCOMPARE( stack.count(), std::size_t( 2 ) );
      QCOMPARE( titles( workspace ), ( QStringList{ QStringLiteral( "A" ), QStringLiteral( "C" ) } ) );
      stack.undo();
      stack.undo();
      QVERIFY( workspace.events().isEmpty() );
      stack.undo(); // nothing left: harmless
      QVERIFY( !stack.canUndo() );
    }
};

QTEST_GUILESS_MAIN( TestEventCommands )
#include "test_eventcommands.moc"
