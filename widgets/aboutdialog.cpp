#include "widgets/aboutdialog.h"

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

AboutDialog::AboutDialog( const QList<ComponentVersion> &components, const QStringList &attributions,
                          QWidget *parent )
  : QDialog( parent )
  , mComponentList( components )
{
  setWindowTitle( tr( "About Sortie" ) );
  setObjectName( QStringLiteral( "aboutDialog" ) );

  auto *layout = new QVBoxLayout( this );

  auto *title = new QLabel( tr( "<h2>Sortie %1</h2>" ).arg( sortieVersion().toHtmlEscaped() ), this );
  title->setObjectName( QStringLiteral( "aboutTitle" ) );
  layout->addWidget( title );

  auto *purpose =
      new QLabel( tr( "A desktop GIS workbench for following aircraft movements against world events: "
                      "flight tracks, airbases and dated events on one map and one timeline, with "
                      "correlations annotated by hand and their sources kept beside them." ),
                  this );
  purpose->setWordWrap( true );
  layout->addWidget( purpose );

  mComponents = new QTableWidget( static_cast<int>( components.size() ), 2, this );
  mComponents->setObjectName( QStringLiteral( "componentTable" ) );
  mComponents->setHorizontalHeaderLabels( { tr( "Component" ), tr( "Version" ) } );
  mComponents->verticalHeader()->hide();
  mComponents->horizontalHeader()->setStretchLastSection( true );
  mComponents->setEditTriggers( QAbstractItemView::NoEditTriggers );
  mComponents->setSelectionMode( QAbstractItemView::NoSelection );
  for ( int row = 0; row < components.size(); ++row )
  {
    mComponents->setItem( row, 0, new QTableWidgetItem( components.at( row ).name ) );
    mComponents->setItem( row, 1, new QTableWidgetItem( components.at( row ).version ) );
  }
  mComponents->resizeColumnToContents( 0 );
  layout->addWidget( mComponents );

  if ( !attributions.isEmpty() )
  {
    auto *attribution = new QLabel( attributions.join( QLatin1Char( '\n' ) ), this );
    attribution->setObjectName( QStringLiteral( "attributions" ) );
    attribution->setWordWrap( true );
    attribution->setTextInteractionFlags( Qt::TextSelectableByMouse );
    layout->addWidget( attribution );
  }

  auto *buttons = new QDialogButtonBox( QDialogButtonBox::Close, this );
  QPushButton *copy = buttons->addButton( tr( "Copy versions" ), QDialogButtonBox::ActionRole );
  copy->setObjectName( QStringLiteral( "copyVersions" ) );
  connect( copy, &QPushButton::clicked, this,
           [this] { QApplication::clipboard()->setText( componentsAsText() ); } );
  connect( buttons, &QDialogButtonBox::rejected, this, &QDialog::reject );
  layout->addWidget( buttons );

  resize( 480, 420 );
}

QString AboutDialog::componentsAsText() const
{
  QStringList lines;
  for ( const ComponentVersion &component : mComponentList )
    lines.append( component.name + QLatin1Char( ' ' ) + component.version );
  return lines.join( QLatin1Char( '\n' ) );
}

} // namespace sortie
