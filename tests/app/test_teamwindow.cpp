// File > Open Team Project (issue 16, part 2, first part): the window opens a team project
// published in a real PostgreSQL 15 + PostGIS server (started for the test), read-only with the
// banner that says why, and File > Save As keeps a copy as a file that the project continues in.
#include "app/mainwindow.h"
#include "app/project/projectcontroller.h"
#include "app/sortieapplication.h"
#include "models/project/teamproject.h"
#include "models/workspace/workspace.h"
#include "tests/support/apptestmain.h"
#include "tests/support/pgserver.h"
#include "tests/support/samplefiles.h"
#include "tests/support/testwindow.h"

#include <qgsproject.h>

#include <QAction>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

using namespace sortie;

class TestTeamWindow : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase()
    {
      QVERIFY2( mServer.start(), qPrintable( mServer.error() ) );
      Workspace sample;
      sample.importFiles( test::sampleFiles() );
      const QString error = teamproject::publish( mServer.connection(), QStringLiteral( "case_window" ),
                                                  sample.source(), ProjectMeta() );
      QVERIFY2( error.isEmpty(), qPrintable( error ) );
    }

    void cleanupTestCase() { mServer.stop(); }

    void opensReadOnlyAndSavesACopy()
    {
      QgsProject project;
      auto window = test::makeTestWindow( &project );
      ProjectController *controller = window->projectController();
      controller->setInteractive( false ); // a refusal goes to the log, not to a dialog
      QVERIFY( !controller->openTeamProject( mServer.connection(), QStringLiteral( "no_such_case" ) ) );
      QVERIFY( window->workspace()->isEmpty() );

      QVERIFY( controller->openTeamProject( mServer.connection(), QStringLiteral( "case_window" ) ) );
      QCOMPARE( window->workspace()->sourceTracks().size(), std::size_t( 9 ) );
      QCOMPARE( window->workspace()->events().size(), 16 );
      QCOMPARE( controller->teamProject(), QStringLiteral( "case_window" ) );
      QVERIFY( controller->isReadOnly() );
      QVERIFY( window->readOnlyBanner()->isVisible() );
      QVERIFY( window->findChild<QLabel *>( QStringLiteral( "readOnlyText" ) )
                   ->text()
                   .contains( QLatin1String( "case_window" ) ) );
      QVERIFY( window->windowTitle().contains( QLatin1String( "team project case_window" ) ) );
      QVERIFY( !window->findChild<QAction *>( QStringLiteral( "actionSave" ) )->isEnabled() );

      QTemporaryDir folder;
      const QString copy = folder.filePath( QStringLiteral( "case_window.sortie.gpkg" ) );
      QVERIFY( controller->saveAs( copy ) );
      QVERIFY( controller->waitForSave() );
      QVERIFY( !controller->isReadOnly() );
      QVERIFY( controller->teamProject().isEmpty() );
      QCOMPARE( controller->path(), copy );
      QVERIFY( !window->readOnlyBanner()->isVisible() );
      const ProjectReadResult read = readProject( copy );
      QVERIFY2( read.ok(), qPrintable( read.message ) );
      QCOMPARE( read.content.tracks.size(), std::size_t( 9 ) );
      window->projectController()->setModified( false );
    }

  private:
    test::PgServer mServer;
};

SORTIE_APP_TEST_MAIN( TestTeamWindow )

#include "test_teamwindow.moc"
