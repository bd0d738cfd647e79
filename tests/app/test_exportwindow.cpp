// File > Export PDF in the window under xvfb-run: the dialog opens on the timeline's
// selected window, shows a preview of every page, follows the settings, refuses what it
// cannot write, writes the PDF with the title typed, and a cancelled export writes nothing.
#include "app/cli/samplecorrelations.h"
#include "app/mainwindow.h"
#include "app/project/projectcontroller.h"
#include "app/sortieapplication.h"
#include "models/time/timecontroller.h"
#include "models/time/utctext.h"
#include "models/workspace/workspace.h"
#include "tests/support/apptestmain.h"
#include "tests/support/pdftext.h"
#include "tests/support/samplefiles.h"
#include "tests/support/testwindow.h"
#include "tests/support/utctime.h"
#include "widgets/exportpdfdialog.h"

#include <qgsproject.h>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

#include <memory>

using namespace sortie;
using sortie::test::utcMs;

namespace
{

ExportPdfDialog *openDialog( MainWindow &window )
{
  window.findChild<QAction *>( QStringLiteral( "actionExportPdf" ) )->trigger();
  for ( int waited = 0; waited < 5000; waited += 20 )
  {
    auto *dialog = window.findChild<ExportPdfDialog *>();
    if ( dialog && dialog->isVisible() )
      return dialog;
    QTest::qWait( 20 );
  }
  return nullptr;
}

// The preview after the settings' pause (laid out again each time they change).
bool waitForPreview( ExportPdfDialog *dialog, int pages )
{
  for ( int waited = 0; waited < 10000; waited += 50 )
  {
    if ( dialog->previewPageCount() == pages )
      return true;
    QTest::qWait( 50 );
  }
  return false;
}

} // namespace

class TestExportWindow : public QObject
{
    Q_OBJECT

  private slots:
    void init()
    {
      mProject = std::make_unique<QgsProject>();
      mWindow = test::makeTestWindow( mProject.get() );
      QVERIFY( QTest::qWaitForWindowExposed( mWindow.get() ) );
      mWindow->importFiles( test::sampleFiles(), false );
      addSampleCorrelations( *mWindow->workspace() );
      mWindow->timeController()->setSelectedWindow( { utcMs( 2023, 9, 1 ), utcMs( 2023, 10, 1 ) } );
      mWindow->timeController()->setCurrentTime( utcMs( 2023, 9, 25 ) + 6 * 3600 * 1000LL );
      mMessages.clear();
      connect( mWindow->statusBar(), &QStatusBar::messageChanged, this,
               [this]( const QString &message )
               {
                 if ( !message.isEmpty() )
                   mMessages << message;
               } );
    }

    void cleanup()
    {
      mWindow->projectController()->setModified( false );
      mWindow.reset();
      mProject->clear();
    }

    void previewFollowsTheSettingsAndExportWrites()
    {
      ExportPdfDialog *dialog = openDialog( *mWindow );
      QVERIFY( dialog );
      // Opened on the selected window, the aircraft at the current time.
      QCOMPARE( dialog->fromEdit()->text(), QStringLiteral( "2023-09-01 00:00" ) );
      QCOMPARE( dialog->toEdit()->text(), QStringLiteral( "2023-10-01 00:00" ) );
      QVERIFY( waitForPreview( dialog, 1 ) );
      QVERIFY( dialog->previewLabel()->pixmap( Qt::ReturnByValue ).width() > 100 );
      // The one correlation of September 2023 is offered checked, the others not.
      int checked = 0;
      for ( int i = 0; i < dialog->correlationList()->count(); ++i )
        checked += dialog->correlationList()->item( i )->checkState() == Qt::Checked;
      QCOMPARE( checked, 1 );
      QCOMPARE( dialog->correlationList()->count(), mWindow->workspace()->correlations().size() );

      // A page per correlation: the preview has two pages.
      QTest::mouseClick( dialog->perCorrelationCheck(), Qt::LeftButton );
      QVERIFY( waitForPreview( dialog, 2 ) );
      // A bad window: no preview, the reason shown, and Export refused.
      dialog->toEdit()->setText( QStringLiteral( "2023-08-01 00:00" ) );
      QVERIFY( waitForPreview( dialog, 0 ) );
      QVERIFY( dialog->previewLabel()->text().contains( QLatin1String( "the first before the second" ) ) );
      dialog->pathEdit()->setText( mFolder.filePath( QStringLiteral( "refused.pdf" ) ) );
      QTest::mouseClick( dialog->exportButton(), Qt::LeftButton );
      QVERIFY( dialog->isVisible() );
      QVERIFY( !QFile::exists( mFolder.filePath( QStringLiteral( "refused.pdf" ) ) ) );
      dialog->toEdit()->setText( QStringLiteral( "2023-10-01 00:00" ) );
      QVERIFY( waitForPreview( dialog, 2 ) );

      // For the user guide's picture, when asked for.
      if ( !qEnvironmentVariableIsEmpty( "SORTIE_TEST_OUTPUT_DIR" ) )
        dialog->grab().save( qEnvironmentVariable( "SORTIE_TEST_OUTPUT_DIR" ) +
                             QStringLiteral( "/export-dialog.png" ) );

      // Title typed, A3 portrait; exported with its progress.
      dialog->titleEdit()->clear();
      QTest::keyClicks( dialog->titleEdit(), QStringLiteral( "Briefing from the window" ) );
      dialog->paperCombo()->setCurrentIndex( 1 );
      dialog->orientationCombo()->setCurrentIndex( 1 );
      const QString pdf = mFolder.filePath( QStringLiteral( "briefing.pdf" ) );
      dialog->pathEdit()->setText( pdf );
      QTest::mouseClick( dialog->exportButton(), Qt::LeftButton );
      QTRY_VERIFY_WITH_TIMEOUT( QFile::exists( pdf ), 20000 );
      QTRY_VERIFY2( mMessages.join( '|' ).contains( QLatin1String( "Exported 2 pages" ) ),
                    qPrintable( mMessages.join( '|' ) ) );
      const QString text = test::pdfText( pdf );
      QVERIFY( text.contains( QLatin1String( "Briefing from the window" ) ) );
      QVERIFY( text.contains( QLatin1String( "Correlation 1 of 1" ) ) );
      QVERIFY( text.contains( QLatin1String( "page 2 of 2" ) ) );
    }

    void cancelledExportWritesNothing()
    {
      ExportPdfDialog *dialog = openDialog( *mWindow );
      QVERIFY( dialog );
      QVERIFY( waitForPreview( dialog, 1 ) );
      const QString pdf = mFolder.filePath( QStringLiteral( "cancelled.pdf" ) );
      dialog->pathEdit()->setText( pdf );
      // Press Cancel on the progress as soon as it shows.
      bool pressed = false;
      auto *watcher = new QTimer( mWindow.get() );
      connect( watcher, &QTimer::timeout, this,
               [&pressed, this]
               {
                 if ( auto *progress =
                          mWindow->findChild<QProgressDialog *>( QStringLiteral( "exportProgress" ) ) )
                 {
                   if ( !pressed && progress->isVisible() )
                   {
                     pressed = true;
                     progress->cancel();
                   }
                 }
               } );
      watcher->start( 5 );
      QTest::mouseClick( dialog->exportButton(), Qt::LeftButton );
      watcher->stop();
      QVERIFY( pressed );
      QTRY_VERIFY2( mMessages.join( '|' ).contains( QLatin1String( "Export cancelled; nothing written." ) ),
                    qPrintable( mMessages.join( '|' ) ) );
      QVERIFY( !QFile::exists( pdf ) );
      QCOMPARE(
          QDir( mFolder.path() ).entryList( { QStringLiteral( "*.part" ) }, QDir::Files | QDir::Hidden ),
          QStringList() );
    }

  private:
    QStringList mMessages; // what the status bar said
    QTemporaryDir mFolder;
    std::unique_ptr<QgsProject> mProject;
    std::unique_ptr<MainWindow> mWindow;
};

SORTIE_APP_TEST_MAIN( TestExportWindow )

#include "test_exportwindow.moc"
