#include "app/controllers/referencedatacontroller.h"

#include "app/logging.h"
#include "app/refdata/referencedownload.h"
#include "models/refdata/aircraftdatabase.h"
#include "models/workspace/workspace.h"
#include "widgets/referencedatadialog.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QStatusBar>

namespace sortie
{

namespace
{
QString entryText( const ReferenceEntry &entry )
{
  if ( entry.kind.isEmpty() )
    return ReferenceDataController::tr( "none yet" );
  return ReferenceDataController::tr( "%1, downloaded %2 UTC from %3" )
      .arg( entry.description, entry.downloaded.toString( QStringLiteral( "yyyy-MM-dd HH:mm" ) ), entry.url );
}
} // namespace

ReferenceDataController::ReferenceDataController( const Workbench &workbench, ReferenceFolder folder,
                                                  std::function<void( const QStringList & )> importFiles,
                                                  QObject *parent )
  : QObject( parent )
  , mWorkbench( workbench )
  , mFolder( std::move( folder ) )
  , mImportFiles( std::move( importFiles ) )
  , mDownload( new ReferenceDownload( mFolder, this ) )
  , mAirportsUrl( ReferenceFolder::defaultAirportsUrl() )
  , mOpenSkyUrl( ReferenceFolder::defaultAircraftUrl() )
  , mAdsbExchangeUrl( ReferenceFolder::adsbExchangeAircraftUrl() )
{
  mAction = new QAction( tr( "Reference &Data..." ), this );
  mAction->setObjectName( QStringLiteral( "actionReferenceData" ) );
  mAction->setToolTip( tr( "The airports file and the aircraft database every project uses" ) );
  connect( mAction, &QAction::triggered, this, &ReferenceDataController::showDialog );
  connect( mDownload, &ReferenceDownload::progress, this,
           [this]( qint64 received, qint64 total, const QString &stage )
           {
             if ( mDialog )
               mDialog->setProgress( received, total, stage );
           } );
  connect( mDownload, &ReferenceDownload::finished, this,
           [this]( bool ok, const QString &message )
           {
             mAllOk = mAllOk && ok;
             mWorkbench.statusBar->showMessage( message, 15000 );
             if ( mDialog )
               mDialog->showMessage( message );
             if ( ok )
               loadReferenceData(); // a new database, or the same one: the labels follow
             startNext();
           } );
  loadReferenceData();
}

ReferenceDataController::~ReferenceDataController() = default;

void ReferenceDataController::loadReferenceData()
{
  // The airports too: read by the next import that needs them (ReferenceAirports), not now.
  mWorkbench.workspace->setReferenceAirports(
      QFile::exists( mFolder.airportsPath() )
          ? std::make_shared<const ReferenceAirports>( mFolder.airportsPath() )
          : nullptr );
  QString error;
  std::shared_ptr<const AircraftDatabase> database = mFolder.openAircraftDatabase( &error );
  if ( !error.isEmpty() )
  {
    qCWarning( lcApp ).noquote() << error;
    return; // a damaged file: the database in use stays
  }
  if ( database || mWorkbench.workspace->aircraftDatabase() )
    mWorkbench.workspace->setAircraftDatabase( std::move( database ) );
}

void ReferenceDataController::setUrls( const QString &airportsUrl, const QString &openSkyUrl,
                                       const QString &adsbExchangeUrl )
{
  mAirportsUrl = airportsUrl;
  mOpenSkyUrl = openSkyUrl;
  mAdsbExchangeUrl = adsbExchangeUrl;
}

void ReferenceDataController::showDialog()
{
  if ( !mDialog )
  {
    mDialog = new ReferenceDataDialog( mWorkbench.window );
    mDialog->setAttribute( Qt::WA_DeleteOnClose );
    connect( mDialog, &ReferenceDataDialog::updateRequested, this,
             [this] { update( mDialog && mDialog->adsbExchangeChosen() ); } );
    connect( mDialog, &ReferenceDataDialog::cancelRequested, this, &ReferenceDataController::cancel );
    connect( mDialog, &ReferenceDataDialog::importAirportsRequested, this,
             [this]
             {
               if ( QFile::exists( mFolder.airportsPath() ) )
                 mImportFiles( { mFolder.airportsPath() } );
             } );
  }
  mDialog->setRunning( isUpdating() );
  showStatus();
  mDialog->show();
  mDialog->raise();
  mDialog->activateWindow();
}

void ReferenceDataController::showStatus()
{
  if ( !mDialog )
    return;
  mDialog->setStatus( entryText( mFolder.entry( QStringLiteral( "airports" ) ) ),
                      entryText( mFolder.entry( QStringLiteral( "aircraft" ) ) ) );
  mDialog->importAirportsButton()->setEnabled( QFile::exists( mFolder.airportsPath() ) );
}

bool ReferenceDataController::update( bool adsbExchange )
{
  if ( isUpdating() )
    return false;
  mAllOk = true;
  mQueue = { { static_cast<int>( ReferenceDownload::Kind::Airports ), QUrl( mAirportsUrl ) },
             { static_cast<int>( ReferenceDownload::Kind::Aircraft ),
               QUrl( adsbExchange ? mAdsbExchangeUrl : mOpenSkyUrl ) } };
  if ( mDialog )
  {
    mDialog->setRunning( true );
    mDialog->showMessage( QString() );
  }
  startNext();
  return true;
}

void ReferenceDataController::startNext()
{
  while ( !mQueue.isEmpty() )
  {
    const auto [kind, url] = mQueue.takeFirst();
    if ( mDownload->start( static_cast<ReferenceDownload::Kind>( kind ), url ) )
      return; // finished() calls again
    mAllOk = false;
    if ( mDialog )
      mDialog->showMessage( mDownload->startError() );
  }
  showStatus();
  if ( mDialog )
    mDialog->setRunning( false );
  emit updateFinished( mAllOk );
}

void ReferenceDataController::cancel()
{
  mQueue.clear(); // nothing after the one running
  mDownload->cancel();
}

bool ReferenceDataController::isUpdating() const
{
  return mDownload->isRunning() || !mQueue.isEmpty();
}

} // namespace sortie
