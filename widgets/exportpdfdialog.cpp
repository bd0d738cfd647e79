#include "widgets/exportpdfdialog.h"

#include "models/io/importsupport.h"
#include "models/time/utctext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPixmap>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace sortie
{

namespace
{
constexpr int kPreviewWidth = 420; // pixels: an A4 page readable enough to check the layout
constexpr int kPauseMs = 350;      // after the last keystroke, before laying the pages out again

QLineEdit *utcEdit( std::int64_t ms, QWidget *parent )
{
  auto *edit = new QLineEdit( utcMinuteText( ms ), parent );
  edit->setPlaceholderText( ExportPdfDialog::tr( "YYYY-MM-DD HH:MM" ) );
  return edit;
}

// An edit and "UTC" after it: every time a person types carries its zone.
QWidget *withZone( QLineEdit *edit, QWidget *parent, QWidget *before = nullptr )
{
  auto *row = new QWidget( parent );
  auto *layout = new QHBoxLayout( row );
  layout->setContentsMargins( 0, 0, 0, 0 );
  if ( before )
    layout->addWidget( before );
  layout->addWidget( edit, 1 );
  layout->addWidget( new QLabel( QStringLiteral( "UTC" ), row ) );
  return row;
}
} // namespace

ExportPdfDialog::ExportPdfDialog( const ExportPdfSettings &initial,
                                  const QVector<CorrelationChoice> &correlations, QWidget *parent )
  : QDialog( parent )
{
  setWindowTitle( tr( "Export PDF" ) );
  setObjectName( QStringLiteral( "exportPdfDialog" ) );
  auto *form = new QFormLayout;
  mTitle = new QLineEdit( initial.title, this );
  form->addRow( tr( "&Title:" ), mTitle );
  mSubtitle = new QLineEdit( initial.subtitle, this );
  mSubtitle->setPlaceholderText( tr( "The time window in UTC" ) );
  form->addRow( tr( "&Subtitle:" ), mSubtitle );
  mFrom = utcEdit( initial.window.start, this );
  form->addRow( tr( "&From:" ), withZone( mFrom, this ) );
  mTo = utcEdit( initial.window.end, this );
  form->addRow( tr( "T&o:" ), withZone( mTo, this ) );
  mPaper = new QComboBox( this );
  mPaper->addItems( { QStringLiteral( "A4" ), QStringLiteral( "A3" ) } );
  mPaper->setCurrentIndex( initial.a3 ? 1 : 0 );
  form->addRow( tr( "&Paper:" ), mPaper );
  mOrientation = new QComboBox( this );
  mOrientation->addItems( { tr( "Landscape" ), tr( "Portrait" ) } );
  mOrientation->setCurrentIndex( initial.portrait ? 1 : 0 );
  form->addRow( tr( "O&rientation:" ), mOrientation );
  mAircraft = new QCheckBox( tr( "at" ), this );
  mAircraft->setChecked( initial.aircraftAt.has_value() );
  mAircraftAt = utcEdit( initial.aircraftAt.value_or( initial.window.end ), this );
  mAircraftAt->setEnabled( mAircraft->isChecked() );
  form->addRow( tr( "&Aircraft:" ), withZone( mAircraftAt, this, mAircraft ) );
  mGraticule = new QCheckBox( tr( "Lines of latitude and longitude" ), this );
  mGraticule->setChecked( initial.graticule );
  form->addRow( tr( "&Graticule:" ), mGraticule );
  mPerCorrelation = new QCheckBox( tr( "A page for each correlation checked below" ), this );
  mPerCorrelation->setChecked( initial.perCorrelation );
  form->addRow( tr( "Pa&ges:" ), mPerCorrelation );
  mCorrelations = new QListWidget( this );
  mCorrelations->setObjectName( QStringLiteral( "correlationPages" ) );
  for ( const CorrelationChoice &choice : correlations )
  {
    auto *item = new QListWidgetItem( choice.label, mCorrelations );
    item->setData( Qt::UserRole, choice.id );
    item->setFlags( item->flags() | Qt::ItemIsUserCheckable );
    item->setCheckState( choice.checked ? Qt::Checked : Qt::Unchecked );
  }
  mCorrelations->setEnabled( mPerCorrelation->isChecked() );
  mCorrelations->setMaximumHeight( 110 );
  form->addRow( QString(), mCorrelations );
  mPath = new QLineEdit( initial.path, this );
  auto *browse = new QPushButton( tr( "&Browse..." ), this );
  connect( browse, &QPushButton::clicked, this, &ExportPdfDialog::chooseFile );
  auto *pathRow = new QWidget( this );
  auto *pathLayout = new QHBoxLayout( pathRow );
  pathLayout->setContentsMargins( 0, 0, 0, 0 );
  pathLayout->addWidget( mPath, 1 );
  pathLayout->addWidget( browse );
  form->addRow( tr( "Sa&ve to:" ), pathRow );
  mError = new QLabel( this );
  mError->setObjectName( QStringLiteral( "exportError" ) );
  mError->setWordWrap( true );
  mError->setStyleSheet( QStringLiteral( "color: #b03a2e" ) );
  form->addRow( mError );

  // The preview: one page at a time, with its number.
  mPreview = new QLabel( tr( "Laying out the pages..." ), this );
  mPreview->setObjectName( QStringLiteral( "exportPreview" ) );
  mPreview->setAlignment( Qt::AlignCenter );
  mPreview->setMinimumSize( kPreviewWidth, kPreviewWidth * 210 / 297 );
  mPreview->setFrameShape( QFrame::StyledPanel );
  mPrevious = new QPushButton( QStringLiteral( "<" ), this );
  mNext = new QPushButton( QStringLiteral( ">" ), this );
  mPageLabel = new QLabel( this );
  mPageLabel->setAlignment( Qt::AlignCenter );
  connect( mPrevious, &QPushButton::clicked, this, [this] { showPage( mPage - 1 ); } );
  connect( mNext, &QPushButton::clicked, this, [this] { showPage( mPage + 1 ); } );
  auto *pager = new QHBoxLayout;
  pager->addWidget( mPrevious );
  pager->addWidget( mPageLabel, 1 );
  pager->addWidget( mNext );
  auto *previewColumn = new QVBoxLayout;
  previewColumn->addWidget( mPreview, 1 );
  previewColumn->addLayout( pager );

  auto *buttons = new QDialogButtonBox( QDialogButtonBox::Cancel, this );
  mExport = buttons->addButton( tr( "&Export" ), QDialogButtonBox::AcceptRole );
  mExport->setDefault( true );
  connect( buttons, &QDialogButtonBox::accepted, this, &QDialog::accept );
  connect( buttons, &QDialogButtonBox::rejected, this, &QDialog::reject );

  auto *columns = new QHBoxLayout;
  columns->addLayout( form, 0 );
  columns->addLayout( previewColumn, 1 );
  auto *layout = new QVBoxLayout( this );
  layout->addLayout( columns, 1 );
  layout->addWidget( buttons );

  mPause = new QTimer( this );
  mPause->setSingleShot( true );
  mPause->setInterval( kPauseMs );
  connect( mPause, &QTimer::timeout, this, &ExportPdfDialog::requestPreview );
  for ( QLineEdit *edit : { mTitle, mSubtitle, mFrom, mTo, mAircraftAt } )
    connect( edit, &QLineEdit::textChanged, this, &ExportPdfDialog::settingsEdited );
  for ( QComboBox *combo : { mPaper, mOrientation } )
    connect( combo, qOverload<int>( &QComboBox::currentIndexChanged ), this,
             &ExportPdfDialog::settingsEdited );
  for ( QCheckBox *check : { mAircraft, mGraticule, mPerCorrelation } )
    connect( check, &QCheckBox::toggled, this, &ExportPdfDialog::settingsEdited );
  connect( mAircraft, &QCheckBox::toggled, mAircraftAt, &QWidget::setEnabled );
  connect( mPerCorrelation, &QCheckBox::toggled, mCorrelations, &QWidget::setEnabled );
  connect( mCorrelations, &QListWidget::itemChanged, this, &ExportPdfDialog::settingsEdited );
  showPage( 0 );
}

std::optional<ExportPdfSettings> ExportPdfDialog::settings( QString *error ) const
{
  auto fail = [error]( const QString &why ) -> std::optional<ExportPdfSettings>
  {
    if ( error )
      *error = why;
    return std::nullopt;
  };
  ExportPdfSettings settings;
  settings.title = mTitle->text().trimmed();
  settings.subtitle = mSubtitle->text().trimmed();
  const QDateTime from = importsupport::parseUtc( mFrom->text().trimmed() );
  const QDateTime to = importsupport::parseUtc( mTo->text().trimmed() );
  if ( !from.isValid() || !to.isValid() || from >= to )
    return fail( tr( "From and To take two UTC times, YYYY-MM-DD HH:MM, the first before the second." ) );
  settings.window = TimeRange{ from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch() };
  settings.a3 = mPaper->currentIndex() == 1;
  settings.portrait = mOrientation->currentIndex() == 1;
  if ( mAircraft->isChecked() )
  {
    const QDateTime at = importsupport::parseUtc( mAircraftAt->text().trimmed() );
    if ( !at.isValid() )
      return fail( tr( "The aircraft's time takes a UTC time, YYYY-MM-DD HH:MM." ) );
    settings.aircraftAt = at.toMSecsSinceEpoch();
  }
  settings.graticule = mGraticule->isChecked();
  settings.perCorrelation = mPerCorrelation->isChecked();
  for ( int i = 0; i < mCorrelations->count(); ++i )
  {
    if ( mCorrelations->item( i )->checkState() == Qt::Checked )
      settings.correlationIds << mCorrelations->item( i )->data( Qt::UserRole ).toString();
  }
  if ( settings.perCorrelation && settings.correlationIds.isEmpty() )
    return fail( tr( "Check the correlations to give a page each, or leave Pages unchecked." ) );
  settings.path = mPath->text().trimmed();
  return settings;
}

void ExportPdfDialog::settingsEdited()
{
  QString error;
  mError->setText( settings( &error ) ? QString() : error );
  mPause->start();
}

void ExportPdfDialog::requestPreview()
{
  mPause->stop();
  emit previewRequested();
}

void ExportPdfDialog::setPreview( const QVector<QImage> &pages, const QString &message )
{
  mPages = pages;
  if ( mPages.isEmpty() )
    mPreview->setText( message );
  showPage( std::min( mPage, std::max( 0, static_cast<int>( mPages.size() ) - 1 ) ) );
}

void ExportPdfDialog::showPage( int page )
{
  mPage = std::clamp( page, 0, std::max( 0, static_cast<int>( mPages.size() ) - 1 ) );
  mPrevious->setEnabled( mPage > 0 );
  mNext->setEnabled( mPage + 1 < mPages.size() );
  if ( mPages.isEmpty() )
  {
    mPageLabel->clear();
    return;
  }
  mPageLabel->setText( tr( "Page %1 of %2" ).arg( mPage + 1 ).arg( mPages.size() ) );
  const QSize room = mPreview->contentsRect().size();
  mPreview->setPixmap( QPixmap::fromImage( mPages.at( mPage ) )
                           .scaled( room, Qt::KeepAspectRatio, Qt::SmoothTransformation ) );
}

void ExportPdfDialog::chooseFile()
{
  const QString chosen =
      QFileDialog::getSaveFileName( this, tr( "Export PDF" ), mPath->text(), tr( "PDF (*.pdf)" ) );
  if ( !chosen.isEmpty() )
    mPath->setText( chosen.endsWith( QLatin1String( ".pdf" ), Qt::CaseInsensitive )
                        ? chosen
                        : chosen + QStringLiteral( ".pdf" ) );
}

void ExportPdfDialog::accept()
{
  QString error;
  const std::optional<ExportPdfSettings> chosen = settings( &error );
  if ( chosen && chosen->path.isEmpty() )
    error = tr( "Choose where to save the PDF." );
  else if ( chosen && !chosen->path.endsWith( QLatin1String( ".pdf" ), Qt::CaseInsensitive ) )
    error = tr( "The file's name must end in .pdf." );
  else if ( chosen && !QFileInfo( chosen->path ).absoluteDir().exists() )
    error = tr( "The folder %1 does not exist." )
                .arg( QDir::toNativeSeparators( QFileInfo( chosen->path ).absolutePath() ) );
  if ( !chosen || !error.isEmpty() )
  {
    mError->setText( error );
    return;
  }
  QDialog::accept();
}

} // namespace sortie
