#include "widgets/importreportdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sortie
{

QString ImportReportDialog::describe( const ImportSummary &summary )
{
  if ( summary.cancelled )
    return tr( "Import cancelled: nothing was added." );
  // One spelled out (English has no translation file to say "1 file"); the others as %n
  // plurals, for languages with more than two forms (Russian has three).
  QString text =
      summary.filesRead == 1 ? tr( "1 file read" ) : tr( "%n files read", nullptr, summary.filesRead );
  if ( summary.filesFailed > 0 )
    text += summary.filesFailed == 1 ? tr( ", 1 could not be read" )
                                     : tr( ", %n could not be read", nullptr, summary.filesFailed );
  text += tr( ": %1 tracks, %2 airbases, %3 events" )
              .arg( summary.tracks )
              .arg( summary.airbases )
              .arg( summary.events );
  if ( summary.tracksFilteredOut > 0 )
    text += tr( " (%n left out by the filter)", nullptr, summary.tracksFilteredOut );
  if ( !summary.warnings.isEmpty() )
    text += summary.warnings.size() == 1
                ? tr( "; 1 problem" )
                : tr( "; %n problems", nullptr, static_cast<int>( summary.warnings.size() ) );
  return text;
}

ImportReportDialog::ImportReportDialog( const ImportSummary &summary, QWidget *parent )
  : QDialog( parent )
{
  setObjectName( QStringLiteral( "importReportDialog" ) );
  setWindowTitle( tr( "Import report" ) );
  auto *layout = new QVBoxLayout( this );
  mSummary = new QLabel( describe( summary ), this );
  mSummary->setWordWrap( true );
  layout->addWidget( mSummary );

  mProblems = new QTableWidget( static_cast<int>( summary.warnings.size() ), 3, this );
  mProblems->setObjectName( QStringLiteral( "problemTable" ) );
  mProblems->setHorizontalHeaderLabels( { tr( "File" ), tr( "Line" ), tr( "Problem" ) } );
  mProblems->verticalHeader()->hide();
  mProblems->horizontalHeader()->setStretchLastSection( true );
  mProblems->setEditTriggers( QAbstractItemView::NoEditTriggers );
  mProblems->setSelectionBehavior( QAbstractItemView::SelectRows );
  for ( int row = 0; row < summary.warnings.size(); ++row )
  {
    const ImportWarning &w = summary.warnings.at( row );
    mProblems->setItem( row, 0, new QTableWidgetItem( w.file ) );
    mProblems->setItem( row, 1, new QTableWidgetItem( w.line > 0 ? QString::number( w.line ) : QString() ) );
    mProblems->setItem( row, 2, new QTableWidgetItem( w.message ) );
  }
  mProblems->resizeColumnToContents( 0 );
  mProblems->resizeColumnToContents( 1 );
  layout->addWidget( mProblems, 1 );

  auto *buttons = new QDialogButtonBox( QDialogButtonBox::Close, this );
  QPushButton *copy = buttons->addButton( tr( "Copy all" ), QDialogButtonBox::ActionRole );
  connect( copy, &QPushButton::clicked, this,
           [summary]
           {
             QStringList lines;
             for ( const ImportWarning &w : summary.warnings )
               lines.append( w.toString() );
             QApplication::clipboard()->setText( lines.join( QLatin1Char( '\n' ) ) );
           } );
  connect( buttons, &QDialogButtonBox::rejected, this, &QDialog::reject );
  layout->addWidget( buttons );
  resize( 760, 360 );
}

QString ImportReportDialog::summaryText() const
{
  return mSummary->text();
}

} // namespace sortie
