// The project file from the window, driven through its real widgets under xvfb-run:
// save and reopen with the workbench state, read-only when another window has it open,
// the question before unsaved work is dropped, dropping a project on the window, and
// recovery after a Sortie process is killed.
#include "app/controllers/importcontroller.h"
#include "app/mainwindow.h"
#include "app/map/workspacelayers.h"
#include "app/project/projectcontroller.h"
#include "app/sortieapplication.h"
#include "models/commands/eventcommands.h"
#include "models/commands/undostack.h"
#include "models/project/projectstore.h"
#include "models/time/timecontroller.h"
#include "models/workspace/workspace.h"
#include "tests/support/apptestmain.h"
#include "tests/support/readonlypath.h"
#include "tests/support/samplefiles.h"
#include "tests/support/testwindow.h"
#include "tests/support/utctime.h"
#include "widgets/eventpanel.h"
#include "widgets/timeline/timelinepanel.h"

#include <qgsmapcanvas.h>
#include <qgsproject.h>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

#include <functional>
#include <memory>

using namespace sortie;
using sortie::test::sampleFiles;
using sortie::test::utcMs;

namespace
{

// When the dialog named @p name opens, hand it to @p answer (it must close it).
// Returns a flag that says whether it was seen.
std::shared_ptr<bool> answerDialog( const QString &name, std::function<void( QMessageBox * )> answer )
{
  auto seen = std::make_shared<bool>( false );
  auto *poll = new QTimer;
  poll->setInterval( 20 );
  QObject::connect( poll, &QTimer::timeout, poll,
                    [poll, name, answer, seen]
                    {
                      auto *box = qobject_cast<QMessageBox *>( QApplication::activeModalWidget() );
                      if ( !box || box->objectName() != name )
                        return;
                      *seen = true;
                      poll->stop();
                      poll->deleteLater();
                      answer( box );
                    } );
  poll->start();
  QTimer::singleShot( 20000, poll, &QObject::deleteLater ); // never left running
  return seen;
}

// The sample imported in a window of its own and saved as @p path; the window closes.
bool saveSampleProject( QgsProject *project, const QString &path )
{
  auto window = test::makeTestWindow( project );
  window->importFiles( sampleFiles(), false );
  return window->projectController()->saveAs( path ) && window->projectController()->waitForSave();
}
} // namespace

class TestProjectWindow : public QObject
{
    Q_OBJECT

  private slots:
    void init()
    {
      mProjectA = std::make_unique<QgsProject>();
      mProjectB = std::make_unique<QgsProject>();
    }

    void cleanup()
    {
      mProjectA->clear();
      mProjectB->clear();
    }

    // File > Save writes on a worker from a snapshot: the window's event loop runs while it
    // writes, an edit made meanwhile is not in the file and leaves the project modified, and
    // undoing that edit makes it unmodified again (issue 12, point 5).
    void saveRunsBesideTheWindowAndKeepsLaterEditsUnsaved()
    {
      QTemporaryDir folder;
      const QString path = folder.filePath( QStringLiteral( "busy.sortie.gpkg" ) );
      auto window = test::makeTestWindow( mProjectA.get() );
      window->importFiles( sampleFiles(), false );
      ProjectController *project = window->projectController();
      auto *save = window->findChild<QAction *>( QStringLiteral( "actionSave" ) );
      QVERIFY( save );
      Event edited = window->workspace()->events().first();
      const QString titleSaved = edited.title;

      QVERIFY( project->saveAs( path ) );
      QVERIFY( project->isSaving() );
      QVERIFY( !save->isEnabled() ); // one save at a time
      QVERIFY( !project->saveAs( path ) );
      int loopTurnsWhileSaving = 0;
      QTimer ticker;
      connect( &ticker, &QTimer::timeout, this,
               [&]
               {
                 if ( project->isSaving() )
                   ++loopTurnsWhileSaving;
               } );
      ticker.start( 0 );
      edited.title = QStringLiteral( "Edited while saving" );
      QVERIFY( window->undoStack()->push( makeEditEventCommand( *window->workspace(), edited ) ) );
      QVERIFY( project->waitForSave() );
      ticker.stop();
      QVERIFY2( loopTurnsWhileSaving > 0, "the window's event loop did not run during the save" );
      QVERIFY( save->isEnabled() );

      const ProjectReadResult written = readProject( path );
      QVERIFY2( written.ok(), qPrintable( written.message ) );
      QCOMPARE( written.content.events.first().title, titleSaved ); // the snapshot, not the edit
      QVERIFY( project->isModified() );
      window->undoStack()->undo();
      QVERIFY( !project->isModified() ); // back to what the file holds
      window->undoStack()->redo();
      QVERIFY( project->isModified() );
    }

    void saveAndReopenKeepsDataAndWorkbench()
    {
      QTemporaryDir folder;
      const QString path = folder.filePath( QStringLiteral( "analysis.sortie.gpkg" ) );
      QVariantMap before;
      {
        auto window = test::makeTestWindow( mProjectA.get() );
        window->importFiles( sampleFiles(), false );
        QVERIFY( window->projectController()->isModified() );
        QVERIFY( window->windowTitle().startsWith( QLatin1String( "Untitled" ) ) );
        TimeController *clock = window->timeController();
        clock->setVisibleRange( { utcMs( 2024, 7, 8, 0, 0 ), utcMs( 2024, 7, 11, 0, 0 ) } );
        clock->setSelectedWindow( { utcMs( 2024, 7, 9, 0, 0 ), utcMs( 2024, 7, 10, 0, 0 ) } );
        clock->setCurrentTime( utcMs( 2024, 7, 9, 7, 30 ) );
        QTest::keyClicks( window->eventPanel()->filterEdit(), QStringLiteral( "Vladivostok" ) );
        window->eventPanel()->windowCheck()->setChecked( true );
        window->timelinePanel()->secondZoneCombo()->setCurrentIndex( 1 );
        window->findChild<QAction *>( QStringLiteral( "actionTrail120" ) )->trigger();
        window->mapCanvas()->zoomByFactor( 0.5 );
        before = { { QStringLiteral( "time" ), QVariant::fromValue( clock->currentTime() ) },
                   { QStringLiteral( "window" ), QVariant::fromValue( clock->selectedWindow()->start ) },
                   { QStringLiteral( "extent" ), window->mapCanvas()->extent().toString( 0 ) } };

        QVERIFY( window->projectController()->saveAs( path ) );
        QVERIFY( window->projectController()->waitForSave() );
        QVERIFY( !window->projectController()->isModified() );
        QVERIFY( window->windowTitle().startsWith( QLatin1String( "analysis.sortie.gpkg" ) ) );
        QVERIFY( window->projectController()->recentProjects().contains( path ) );
      }
      auto reopened = test::makeTestWindow( mProjectB.get() );
      QVERIFY( reopened->openProject( path ) );
      QCOMPARE( reopened->workspace()->sourceTracks().size(), std::size_t( 9 ) );
      QCOMPARE( reopened->workspace()->events().size(), 16 );
      QVERIFY( !reopened->projectController()->isModified() );
      QVERIFY( !reopened->projectController()->isReadOnly() );
      QCOMPARE( QVariant::fromValue( reopened->timeController()->currentTime() ),
                before.value( QStringLiteral( "time" ) ) );
      QVERIFY( reopened->timeController()->selectedWindow().has_value() );
      QCOMPARE( QVariant::fromValue( reopened->timeController()->selectedWindow()->start ),
                before.value( QStringLiteral( "window" ) ) );
      QCOMPARE( reopened->eventPanel()->filterEdit()->text(), QStringLiteral( "Vladivostok" ) );
      QVERIFY( reopened->eventPanel()->windowCheck()->isChecked() );
      QCOMPARE( reopened->timelinePanel()->secondZoneCombo()->currentIndex(), 1 );
      QCOMPARE( reopened->workspaceLayers()->trailLengthMs(), 120 * 60 * 1000LL );
      QVERIFY( reopened->findChild<QAction *>( QStringLiteral( "actionTrail120" ) )->isChecked() );
      QCOMPARE( reopened->mapCanvas()->extent().toString( 0 ),
                before.value( QStringLiteral( "extent" ) ).toString() );
    }

    void secondWindowOpensReadOnlyAndCanSaveAs()
    {
      QTemporaryDir folder;
      const QString path = folder.filePath( QStringLiteral( "shared.sortie.gpkg" ) );
      auto first = test::makeTestWindow( mProjectA.get() );
      first->importFiles( sampleFiles(), false );
      QVERIFY( first->projectController()->saveAs( path ) );
      QVERIFY( first->projectController()->waitForSave() );

      auto second = test::makeTestWindow( mProjectB.get() );
      QVERIFY( second->openProject( path ) );
      QVERIFY( second->projectController()->isReadOnly() );
      QVERIFY( QTest::qWaitForWindowExposed( second.get() ) );
      QVERIFY( second->readOnlyBanner()->isVisible() );
      QVERIFY( second->projectController()->readOnlyReason().contains(
          QLatin1String( "open in another Sortie" ) ) );
      QVERIFY( !second->findChild<QAction *>( QStringLiteral( "actionSave" ) )->isEnabled() );

      const QString copy = folder.filePath( QStringLiteral( "my copy.sortie.gpkg" ) );
      QVERIFY( second->projectController()->saveAs( copy ) );
      QVERIFY( second->projectController()->waitForSave() );
      QVERIFY( !second->projectController()->isReadOnly() );
      QVERIFY( !second->readOnlyBanner()->isVisible() );
      QCOMPARE( readProject( copy ).content.events.size(), 16 );
    }

    // A project without a saved view (written by `sortie import`, or by a merge): the
    // timeline opens on all of its times, not on 1970.
    void projectWithoutAViewOpensOnItsTimes()
    {
      QTemporaryDir folder;
      const QString path = folder.filePath( QStringLiteral( "from the command line.sortie.gpkg" ) );
      Workspace workspace;
      workspace.importFiles( sampleFiles() );
      QVERIFY( writeProject( path, workspace, ProjectMeta() ).isEmpty() );
      auto window = test::makeTestWindow( mProjectA.get() );
      QVERIFY( window->openProject( path ) );
      const TimeRange data = window->timeController()->dataExtent();
      const TimeRange shown = window->timeController()->visibleRange();
      QVERIFY( data.isValid() );
      QVERIFY2( shown.start <= data.start && data.end <= shown.end,
                qPrintable( QStringLiteral( "shown %1..%2, data %3..%4" )
                                .arg( shown.start )
                                .arg( shown.end )
                                .arg( data.start )
                                .arg( data.end ) ) );
      QCOMPARE( window->timeController()->currentTime(), data.start );
      window->projectController()->setModified( false );
    }

    void readOnlyFileOpensReadOnly()
    {
      QTemporaryDir folder;
      const QString path = folder.filePath( QStringLiteral( "archived.sortie.gpkg" ) );
      QVERIFY( saveSampleProject( mProjectA.get(), path ) );
      const test::ReadOnlyPath readOnly( path );
      QVERIFY2( readOnly.isReadOnly(), "cannot make a file read-only here (as root: chattr +i)" );
      auto window = test::makeTestWindow( mProjectB.get() );
      QVERIFY( window->openProject( path ) );
      QVERIFY( window->projectController()->isReadOnly() );
      QVERIFY(
          window->projectController()->readOnlyReason().contains( QLatin1String( "cannot be written" ) ) );
    }

    void unsavedChangesAreAskedAbout()
    {
      auto window = test::makeTestWindow( mProjectA.get() );
      QVERIFY( QTest::qWaitForWindowExposed( window.get() ) );
      window->importFiles( sampleFiles(), false );
      QVERIFY( window->projectController()->isModified() );

      std::shared_ptr<bool> asked = answerDialog( QStringLiteral( "unsavedChanges" ), []( QMessageBox *box )
                                                  { box->button( QMessageBox::Cancel )->click(); } );
      QVERIFY( !window->close() );
      QVERIFY( *asked );
      QVERIFY( window->isVisible() );

      // An undoable edit after a save is a change too; undoing it is still one until saved.
      QTemporaryDir folder;
      QVERIFY( window->projectController()->saveAs( folder.filePath( QStringLiteral( "p.sortie.gpkg" ) ) ) );
      QVERIFY( window->projectController()->waitForSave() );
      QVERIFY( !window->projectController()->isModified() );
      window->undoStack()->push(
          makeDeleteEventCommand( *window->workspace(), window->workspace()->events().first().id ) );
      QVERIFY( window->projectController()->isModified() );
      QVERIFY( window->isWindowModified() );

      asked = answerDialog( QStringLiteral( "unsavedChanges" ),
                            []( QMessageBox *box ) { box->button( QMessageBox::Discard )->click(); } );
      QVERIFY( window->close() );
      QVERIFY( *asked );
    }

    void plainGeoPackageIsOfferedForImport()
    {
      auto window = test::makeTestWindow( mProjectA.get() );
      std::shared_ptr<bool> offered =
          answerDialog( QStringLiteral( "offerImport" ), []( QMessageBox *box )
                        { box->findChild<QPushButton *>( QStringLiteral( "importButton" ) )->click(); } );
      QVERIFY( !window->openProject( QStringLiteral( SORTIE_TEST_DATA_DIR "/gpkg/positions.gpkg" ) ) );
      QVERIFY( *offered );
      window->importController()->waitForFinished(); // imported in the background
      QCOMPARE( window->workspace()->tracks().size(), std::size_t( 2 ) );
      QCOMPARE( window->workspace()->airbases().airbases().size(), 2 );
      QVERIFY( window->projectController()->path().isEmpty() ); // imported into the open project
      window->projectController()->setModified( false );
    }

    void droppingAProjectOpensIt()
    {
      QTemporaryDir folder;
      const QString path = folder.filePath( QStringLiteral( "dropped.sortie.gpkg" ) );
      QVERIFY( saveSampleProject( mProjectA.get(), path ) );
      auto window = test::makeTestWindow( mProjectB.get() );
      QMimeData data;
      data.setUrls( { QUrl::fromLocalFile( path ) } );
      // As a drag does: entering makes the window Qt's drop target, then the drop.
      QDragEnterEvent enter( QPoint( 100, 100 ), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier );
      QApplication::sendEvent( window.get(), &enter );
      QVERIFY( enter.isAccepted() );
      QDropEvent drop( QPointF( 100, 100 ), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier );
      QApplication::sendEvent( window.get(), &drop );
      QCOMPARE( window->projectController()->path(), QFileInfo( path ).absoluteFilePath() );
      QCOMPARE( window->workspace()->events().size(), 16 );
    }

    void autosaveWritesInTheBackgroundAndGoesWithASave()
    {
      auto window = test::makeTestWindow( mProjectA.get() );
      window->importFiles( sampleFiles(), false );
      ProjectController *project = window->projectController();
      QVERIFY( project->autosave() );
      project->waitForAutosave();
      QVERIFY( QFile::exists( project->recoveryPath() ) );
      const ProjectReadResult recovered = readProject( project->recoveryPath() );
      QVERIFY2( recovered.ok(), qPrintable( recovered.message ) );
      QCOMPARE( recovered.content.tracks.size(), std::size_t( 9 ) );

      // A save while an autosave is writing: the recovery file must not outlive either.
      window->workspace()->removeEvent( window->workspace()->events().first().id );
      QVERIFY( project->autosave() );
      QTemporaryDir folder;
      QVERIFY( project->saveAs( folder.filePath( QStringLiteral( "saved.sortie.gpkg" ) ) ) );
      QVERIFY( project->waitForSave() );
      project->waitForAutosave();
      QVERIFY( !QFile::exists( project->recoveryPath() ) );
    }

    void workIsRecoveredAfterAKilledSortie()
    {
      // A real Sortie, autosaving every second, killed once it has autosaved.
      QSettings().setValue( QStringLiteral( "project/autosaveSeconds" ), 1 );
      QSettings().sync();
      const QDir recovery( ProjectController::recoveryFolder() );
      const QStringList before = recovery.entryList( { QStringLiteral( "*.sortie.gpkg" ) }, QDir::Files );
      QProcess sortie;
      QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
      environment.insert( QStringLiteral( "QT_QPA_PLATFORM" ), QStringLiteral( "offscreen" ) );
      sortie.setProcessEnvironment( environment );
      sortie.start( QStringLiteral( SORTIE_BINARY ), sampleFiles() );
      QVERIFY( sortie.waitForStarted() );
      QElapsedTimer waited;
      waited.start();
      QStringList autosaved;
      while ( waited.elapsed() < 60000 && autosaved.isEmpty() )
      {
        QTest::qWait( 200 );
        autosaved = recovery.entryList( { QStringLiteral( "*.sortie.gpkg" ) }, QDir::Files );
        for ( const QString &old : before )
          autosaved.removeAll( old );
      }
      QSettings().remove( QStringLiteral( "project/autosaveSeconds" ) );
      QVERIFY2( !autosaved.isEmpty(), "the Sortie process autosaved" );
      sortie.kill(); // SIGKILL: no clean-up of any kind
      QVERIFY( sortie.waitForFinished() );

      auto window = test::makeTestWindow( mProjectA.get() );
      std::shared_ptr<bool> offered =
          answerDialog( QStringLiteral( "recoverWork" ), []( QMessageBox *box )
                        { box->findChild<QPushButton *>( QStringLiteral( "recoverButton" ) )->click(); } );
      window->projectController()->offerRecovery();
      QVERIFY( *offered );
      QCOMPARE( window->workspace()->sourceTracks().size(), std::size_t( 9 ) );
      QCOMPARE( window->workspace()->events().size(), 16 );
      QVERIFY( window->projectController()->isModified() ); // recovered work is not yet saved
      QVERIFY( !QFile::exists( recovery.filePath( autosaved.first() ) ) );

      // Offered once: a second window finds nothing left to recover.
      auto second = test::makeTestWindow( mProjectB.get() );
      offered = answerDialog( QStringLiteral( "recoverWork" ), []( QMessageBox *box ) { box->reject(); } );
      second->projectController()->offerRecovery();
      QVERIFY( !*offered );
      window->projectController()->setModified( false );
    }

  private:
    std::unique_ptr<QgsProject> mProjectA;
    std::unique_ptr<QgsProject> mProjectB;
};

SORTIE_APP_TEST_MAIN( TestProjectWindow )

#include "test_projectwindow.moc"
