#include "widgets/referencedatadialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace sortie
{

ReferenceDataDialog::ReferenceDataDialog( QWidget *parent )
  : QDialog( parent )
{
  setObjectName( QStringLiteral( "referenceDataDialog" ) );
  setWindowTitle( tr( "Reference Data" ) );
  auto *intro = new QLabel(
      tr( "Downloaded once, kept in your data folder, offline after. The aircraft database is used by every "
          "project: tracks with only an ICAO address get their registration, type, operator and a military "
          "flag from it (marked as the database's in the flight details). OurAirports' airports of the world "
          "are added to a project with the button below; its legs are then named after them." ),
      this );
  intro->setWordWrap( true );
  mAirports = new QLabel( this );
  mAirports->setObjectName( QStringLiteral( "airportsStatus" ) );
  mAircraft = new QLabel( this );
  mAircraft->setObjectName( QStringLiteral( "aircraftStatus" ) );
  for ( QLabel *label : { mAirports, mAircraft } )
  {
    label->setWordWrap( true );
    label->setTextInteractionFlags( Qt::TextSelectableByMouse );
  }
  mAircraftSource = new QComboBox( this );
  mAircraftSource->setObjectName( QStringLiteral( "aircraftSource" ) );
  mAircraftSource->addItem( tr( "OpenSky aircraft database" ) );
  mAircraftSource->addItem( tr( "ADS-B Exchange basic aircraft database" ) );
  auto *form = new QFormLayout;
  form->addRow( tr( "Airports:" ), mAirports );
  form->addRow( tr( "Aircraft:" ), mAircraft );
  form->addRow( tr( "Aircraft from:" ), mAircraftSource );

  mProgress = new QProgressBar( this );
  mProgress->setObjectName( QStringLiteral( "referenceProgress" ) );
  mStage = new QLabel( this );
  mStage->setObjectName( QStringLiteral( "referenceStage" ) );
  mMessage = new QLabel( this );
  mMessage->setObjectName( QStringLiteral( "referenceMessage" ) );
  mMessage->setWordWrap( true );
  mUpdate = new QPushButton( tr( "&Update Both" ), this );
  mUpdate->setObjectName( QStringLiteral( "updateButton" ) );
  mCancel = new QPushButton( tr( "&Cancel Download" ), this );
  mCancel->setObjectName( QStringLiteral( "cancelButton" ) );
  mImportAirports = new QPushButton( tr( "&Add Airports to This Project" ), this );
  mImportAirports->setObjectName( QStringLiteral( "importAirportsButton" ) );
  mImportAirports->setToolTip(
      tr( "Import the downloaded airports file: legs and gaps are then named after them" ) );
  auto *actions = new QHBoxLayout;
  actions->addWidget( mUpdate );
  actions->addWidget( mCancel );
  actions->addStretch();
  actions->addWidget( mImportAirports );
  auto *buttons = new QDialogButtonBox( QDialogButtonBox::Close, this );
  connect( buttons, &QDialogButtonBox::rejected, this, &QDialog::reject );
  connect( mUpdate, &QPushButton::clicked, this, &ReferenceDataDialog::updateRequested );
  connect( mCancel, &QPushButton::clicked, this, &ReferenceDataDialog::cancelRequested );
  connect( mImportAirports, &QPushButton::clicked, this, &ReferenceDataDialog::importAirportsRequested );

  auto *layout = new QVBoxLayout( this );
  layout->addWidget( intro );
  layout->addLayout( form );
  layout->addLayout( actions );
  layout->addWidget( mStage );
  layout->addWidget( mProgress );
  layout->addWidget( mMessage );
  layout->addWidget( buttons );
  setRunning( false );
  resize( fontMetrics().horizontalAdvance( QLatin1Char( 'x' ) ) * 90, sizeHint().height() );
}

void ReferenceDataDialog::setStatus( const QString &airports, const QString &aircraft )
{
  mAirports->setText( airports );
  mAircraft->setText( aircraft );
}

void ReferenceDataDialog::setRunning( bool running )
{
  mUpdate->setEnabled( !running );
  mCancel->setEnabled( running );
  mAircraftSource->setEnabled( !running );
  mProgress->setVisible( running );
  mStage->setVisible( running );
}

void ReferenceDataDialog::setProgress( qint64 received, qint64 total, const QString &stage )
{
  if ( total > 0 )
  {
    mProgress->setRange( 0, 1000 );
    mProgress->setValue( static_cast<int>( 1000 * received / total ) );
  }
  else
    mProgress->setRange( 0, 0 ); // busy: the size is not known
  mStage->setText( tr( "%1: %2 MB" ).arg( stage ).arg( received / 1e6, 0, 'f', 1 ) );
}

void ReferenceDataDialog::showMessage( const QString &message )
{
  mMessage->setText( message );
}

bool ReferenceDataDialog::adsbExchangeChosen() const
{
  return mAircraftSource->currentIndex() == 1;
}

} // namespace sortie
