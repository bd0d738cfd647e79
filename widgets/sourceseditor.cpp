#include "widgets/sourceseditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sortie
{

SourcesEditor::SourcesEditor( const QVector<SourceCitation> &sources, const QString &tableName,
                              QWidget *parent )
  : QWidget( parent )
{
  auto *layout = new QVBoxLayout( this );
  layout->setContentsMargins( 0, 0, 0, 0 );
  layout->addWidget( new QLabel( tr( "Sources (outlet, title, date, URL, what it supports)" ), this ) );
  mTable = new QTableWidget( 0, 5, this );
  mTable->setObjectName( tableName );
  mTable->setHorizontalHeaderLabels(
      { tr( "Outlet" ), tr( "Title" ), tr( "Date" ), tr( "URL" ), tr( "Supports" ) } );
  mTable->horizontalHeader()->setStretchLastSection( true );
  mTable->verticalHeader()->hide();
  for ( const SourceCitation &source : sources )
  {
    const int row = mTable->rowCount();
    mTable->insertRow( row );
    const QStringList cells = { source.outlet, source.title, source.date.toString( Qt::ISODate ), source.url,
                                source.supports };
    for ( int c = 0; c < cells.size(); ++c )
      mTable->setItem( row, c, new QTableWidgetItem( cells.at( c ) ) );
  }
  layout->addWidget( mTable );
  auto *buttons = new QHBoxLayout;
  auto *add = new QPushButton( tr( "Add source" ), this );
  add->setObjectName( QStringLiteral( "addSource" ) );
  auto *remove = new QPushButton( tr( "Remove source" ), this );
  connect( add, &QPushButton::clicked, this,
           [this]
           {
             mTable->insertRow( mTable->rowCount() );
             mTable->setCurrentCell( mTable->rowCount() - 1, 0 );
           } );
  connect( remove, &QPushButton::clicked, this,
           [this]
           {
             if ( mTable->currentRow() >= 0 )
               mTable->removeRow( mTable->currentRow() );
           } );
  buttons->addWidget( add );
  buttons->addWidget( remove );
  buttons->addStretch( 1 );
  layout->addLayout( buttons );
}

QVector<SourceCitation> SourcesEditor::sources() const
{
  QVector<SourceCitation> sources;
  for ( int row = 0; row < mTable->rowCount(); ++row )
  {
    auto cell = [this, row]( int column )
    { return mTable->item( row, column ) ? mTable->item( row, column )->text().trimmed() : QString(); };
    SourceCitation source{ cell( 0 ), cell( 1 ), QDate::fromString( cell( 2 ), Qt::ISODate ), cell( 3 ),
                           cell( 4 ) };
    if ( !source.outlet.isEmpty() || !source.title.isEmpty() || !source.url.isEmpty() )
      sources.append( source );
  }
  return sources;
}

} // namespace sortie
