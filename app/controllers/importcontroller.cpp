#include "app/controllers/importcontroller.h"

#include "app/map/dataview.h"
#include "models/time/timecontroller.h"
#include "models/workspace/workspace.h"
#include "widgets/importreportdialog.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QStatusBar>
#include <QToolButton>

namespace sortie
{

ImportController::ImportController( const Workbench &workbench, QObject *parent )
  : QObject( parent )
  , mWorkbench( workbench )
  , mService( new ImportService( workbench.workspace, this ) )
{
  mImportAction = new QAction( tr( "&Import..." ), this );
  mImportAction->setObjectName( QStringLiteral( "actionImport" ) );
  mImportAction->setShortcut( QKeySequence( Qt::CTRL | Qt::Key_I ) );
  mImportFolderAction = new QAction( tr( "Import &Folder..." ), this );
  mImportFolderAction->setObjectName( QStringLiteral( "actionImportFolder" ) );
  mImportFolderAction->setToolTip( tr(
      "Every file of a folder and its subfolders (a day of trace files), on every core, keeping the aircraft "
      "asked for" ) );
  connect( mImportFolderAction, &QAction::triggered, this, &ImportController::chooseFolder );
  connect( mImportAction, &QAction::triggered, this, &ImportController::chooseFiles );

  mProgress = new QWidget( mWorkbench.statusBar );
  mProgress->setObjectName( QStringLiteral( "importProgress" ) );
  auto *layout = new QHBoxLayout( mProgress );
  layout->setContentsMargins( 0, 0, 0, 0 );
  mProgressText = new QLabel( mProgress );
  mProgressBar = new QProgressBar( mProgress );
  mProgressBar->setMaximumWidth( 160 );
  mCancel = new QToolButton( mProgress );
  mCancel->setObjectName( QStringLiteral( "cancelImport" ) );
  mCancel->setText( tr( "Cancel" ) );
  mCancel->setToolTip( tr( "Stop the import: nothing of it is added" ) );
  layout->addWidget( mProgressText );
  layout->addWidget( mProgressBar );
  layout->addWidget( mCancel );
  // Permanent: a temporary status message must not hide the progress or its Cancel.
  mWorkbench.statusBar->insertPermanentWidget( 0, mProgress );
  mProgress->hide();
  connect( mCancel, &QToolButton::clicked, this, &ImportController::cancel );
  connect( mService, &ImportService::progress, this, &ImportController::showProgress );
  connect( mService, &ImportService::finished, this, &ImportController::finish );
}

void ImportController::chooseFiles()
{
  const QStringList paths = QFileDialog::getOpenFileNames(
      mWorkbench.window, tr( "Import tracks, airbases or events" ), QString(),
      tr( "Tracks, airbases and events (*.csv *.json *.gz *.kml *.gpx *.geojson *.ics);;Sortie projects, "
          "merged into this one (*.sortie.gpkg);;All files (*)" ) );
  if ( !paths.isEmpty() )
    start( paths );
}

void ImportController::chooseFolder()
{
  const QString folder = QFileDialog::getExistingDirectory(
      mWorkbench.window, tr( "Import every file of a folder and its subfolders" ) );
  if ( folder.isEmpty() )
    return;
  QString filterText = QSettings().value( QStringLiteral( "import/folderFilter" ) ).toString();
  while ( true )
  {
    bool ok = false;
    filterText = QInputDialog::getText(
        mWorkbench.window, tr( "Which aircraft" ),
        tr( "Keep only these aircraft (empty: all). ICAO addresses, registrations, type:C17, military; "
            "separated by spaces or commas. What a file does not say is looked up in the aircraft "
            "database." ),
        QLineEdit::Normal, filterText, &ok );
    if ( !ok )
      return;
    QString error;
    const ImportFilter filter = ImportFilter::parse( filterText, &error );
    if ( error.isEmpty() )
    {
      QSettings().setValue( QStringLiteral( "import/folderFilter" ), filterText );
      start( { folder }, true, filter );
      return;
    }
    QMessageBox::warning( mWorkbench.window, tr( "Which aircraft" ), error );
  }
}

bool ImportController::start( const QStringList &paths, bool showReport, const ImportFilter &filter )
{
  if ( mService->isRunning() || mPreludeRunning )
  {
    mWorkbench.statusBar->showMessage( tr( "Still importing; try again when it has finished." ), 15000 );
    return false;
  }
  QObject *preludeObject = mPrelude ? mPrelude() : nullptr;
  if ( auto *prelude = dynamic_cast<ImportPrelude *>( preludeObject ) )
  {
    mPreludeCancelled = false;
    const bool begun = prelude->beginImport( paths,
                                             [this, paths, showReport, filter]
                                             {
                                               mPreludeRunning = nullptr;
                                               disconnect( mPreludeGone );
                                               if ( mPreludeCancelled )
                                               {
                                                 mProgress->hide();
                                                 return;
                                               }
                                               startReading( paths, showReport, filter );
                                             } );
    if ( begun )
    {
      mPreludeRunning = preludeObject;
      // The team project closed before its step ended: that import is dropped with it.
      mPreludeGone = connect( preludeObject, &QObject::destroyed, this,
                              [this]
                              {
                                if ( !mService->isRunning() )
                                  mProgress->hide();
                              } );
      mProgressText->setText( tr( "Adding to the team project..." ) );
      mProgressBar->setRange( 0, 0 );
      mProgress->show();
      return true;
    }
  }
  return startReading( paths, showReport, filter );
}

bool ImportController::startReading( const QStringList &paths, bool showReport, const ImportFilter &filter )
{
  mShowReport = showReport;
  mWasEmpty = mWorkbench.workspace->isEmpty();
  mProgressText->setText( tr( "Importing..." ) );
  mProgressBar->setRange( 0, 0 ); // busy until the files are counted
  mProgress->show();
  ImportOptions options;
  options.filter = filter;
  options.aircraftDatabase = mWorkbench.workspace->aircraftDatabase();
  options.referenceAirports = mWorkbench.workspace->referenceAirports();
  return mService->start( paths, options );
}

void ImportController::cancel()
{
  // During the prelude the files are on their way into the team project, which cannot be
  // taken back from here: what is cancelled is their import into this window.
  if ( mPreludeRunning )
  {
    mPreludeCancelled = true;
    mWorkbench.statusBar->showMessage(
        tr( "Import cancelled: the project files still go into the team project, not into this window." ),
        15000 );
    return;
  }
  mService->cancel();
}

ImportSummary ImportController::waitForFinished()
{
  if ( mPreludeRunning )
    dynamic_cast<ImportPrelude *>( mPreludeRunning.data() )->waitForImportStep();
  return mService->waitForFinished();
}

void ImportController::showProgress( int filesDone, int filesTotal, const QString &file )
{
  if ( !mService->isRunning() )
    return; // a cancelled import's last words
  mProgressText->setText( tr( "Importing %1 (%2 of %3)" )
                              .arg( QFileInfo( file ).fileName() )
                              .arg( filesDone + 1 )
                              .arg( filesTotal ) );
  mProgressBar->setRange( 0, filesTotal );
  mProgressBar->setValue( filesDone );
}

void ImportController::finish( const ImportSummary &summary )
{
  mProgress->hide();
  if ( auto *prelude = dynamic_cast<ImportPrelude *>( mPrelude ? mPrelude() : nullptr ) )
    prelude->importEnded( summary.cancelled );
  mWorkbench.statusBar->showMessage( ImportReportDialog::describe( summary ), 15000 );
  Workspace *workspace = mWorkbench.workspace;
  if ( !summary.cancelled && mWasEmpty && !workspace->isEmpty() )
  {
    // First data: show all of it, on the map in a projection for it, with the cursor at its start.
    dataview::showData( mWorkbench.canvas, *workspace, true );
    mWorkbench.time->showDataExtent();
  }
  if ( mShowReport && !summary.cancelled && ( !summary.warnings.isEmpty() || summary.filesFailed > 0 ) )
  {
    auto *report = new ImportReportDialog( summary, mWorkbench.window );
    report->setAttribute( Qt::WA_DeleteOnClose );
    report->open();
  }
  emit finished( summary );
}

} // namespace sortie
