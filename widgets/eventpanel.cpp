#include "widgets/eventpanel.h"

#include "models/itemmodels/eventtablemodel.h"
#include "models/time/timecontroller.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace sortie
{

QString eventDetailsHtml( const Event &event )
{
  QString html = QStringLiteral( "<h3>%1</h3>" ).arg( event.title.toHtmlEscaped() );
  html += QStringLiteral( "<p><b>%1</b> · %2" )
              .arg( formatEventDate( event ).toHtmlEscaped(), eventKindLabel( event.kind ) );
  if ( !event.place.name.isEmpty() )
    html += QStringLiteral( " · %1" ).arg( event.place.name.toHtmlEscaped() );
  if ( !event.place.airbaseIcao.isEmpty() )
    html += QStringLiteral( " (%1)" ).arg( event.place.airbaseIcao.toHtmlEscaped() );
  html += QStringLiteral( "</p>" );
  if ( !event.actors.isEmpty() )
    html +=
        QObject::tr( "<p>Actors: %1</p>" ).arg( event.actors.join( QStringLiteral( ", " ) ).toHtmlEscaped() );
  if ( !event.description.isEmpty() )
    html += QStringLiteral( "<p>%1</p>" ).arg( event.description.toHtmlEscaped() );
  if ( event.sources.isEmpty() )
    html += QObject::tr( "<p><i>No source cited.</i></p>" );
  else
  {
    html += QObject::tr( "<p><b>Sources</b></p><ol>" );
    for ( const SourceCitation &source : event.sources )
    {
      QString item = source.outlet.toHtmlEscaped();
      if ( !source.title.isEmpty() )
      {
        const QString title = QStringLiteral( "“%1”" ).arg( source.title.toHtmlEscaped() );
        item += QStringLiteral( ", " ) +
                ( source.url.isEmpty()
                      ? title
                      : QStringLiteral( "<a href=\"%1\">%2</a>" ).arg( source.url.toHtmlEscaped(), title ) );
      }
      else if ( !source.url.isEmpty() )
        item += QStringLiteral( " <a href=\"%1\">%1</a>" ).arg( source.url.toHtmlEscaped() );
      if ( source.date.isValid() )
        item += QStringLiteral( ", %1" ).arg( source.date.toString( Qt::ISODate ) );
      if ( !source.supports.isEmpty() )
        item += QObject::tr( "<br><small>cited for: %1</small>" ).arg( source.supports.toHtmlEscaped() );
      html += QStringLiteral( "<li>%1</li>" ).arg( item );
    }
    html += QStringLiteral( "</ol>" );
  }
  return html;
}

EventPanel::EventPanel( TimeController *controller, QWidget *parent )
  : QWidget( parent )
  , mController( controller )
{
  setObjectName( QStringLiteral( "eventPanel" ) );
  auto *layout = new QVBoxLayout( this );
  layout->setContentsMargins( 2, 2, 2, 2 );

  auto *filters = new QHBoxLayout;
  mFilter = new QLineEdit( this );
  mFilter->setObjectName( QStringLiteral( "eventFilter" ) );
  mFilter->setPlaceholderText( tr( "Filter: title, place, actor, source" ) );
  mFilter->setClearButtonEnabled( true );
  filters->addWidget( mFilter, 1 );
  mKind = new QComboBox( this );
  mKind->setObjectName( QStringLiteral( "eventKindFilter" ) );
  mKind->addItem( tr( "All kinds" ) );
  for ( EventKind kind : { EventKind::Summit, EventKind::DelegationVisit, EventKind::TreatySigning,
                           EventKind::Exercise, EventKind::FlightReport, EventKind::Other } )
    mKind->addItem( eventKindLabel( kind ), static_cast<int>( kind ) );
  filters->addWidget( mKind );
  layout->addLayout( filters );
  mInWindow = new QCheckBox( tr( "Only in the timeline's selected window" ), this );
  mInWindow->setObjectName( QStringLiteral( "eventWindowFilter" ) );
  layout->addWidget( mInWindow );

  mModel = new EventTableModel( this );
  mFilterModel = new EventFilterModel( this );
  mFilterModel->setSourceModel( mModel );

  auto *splitter = new QSplitter( Qt::Vertical, this );
  mTable = new QTableView( splitter );
  mTable->setObjectName( QStringLiteral( "eventTable" ) );
  mTable->setModel( mFilterModel );
  mTable->setSortingEnabled( true );
  mTable->sortByColumn( EventTableModel::DateColumn, Qt::AscendingOrder );
  mTable->setSelectionBehavior( QAbstractItemView::SelectRows );
  mTable->setSelectionMode( QAbstractItemView::SingleSelection );
  mTable->setEditTriggers( QAbstractItemView::NoEditTriggers );
  mTable->verticalHeader()->hide();
  mTable->horizontalHeader()->setStretchLastSection( false );
  mTable->horizontalHeader()->setSectionResizeMode( EventTableModel::TitleColumn, QHeaderView::Stretch );
  mTable->setWordWrap( false );
  mTable->setHorizontalScrollBarPolicy( Qt::ScrollBarAlwaysOff ); // the title takes what is left
  mTable->verticalHeader()->setDefaultSectionSize( fontMetrics().height() + 6 );
  // Columns on demand (right-click the header). Kind and place start hidden: both are in
  // the details pane (and the kind is the filter and the colour on the timeline), and the
  // title needs the width of a narrow dock.
  mTable->horizontalHeader()->setContextMenuPolicy( Qt::ActionsContextMenu );
  for ( int column = 0; column < EventTableModel::ColumnCount; ++column )
  {
    auto *toggle =
        new QAction( mModel->headerData( column, Qt::Horizontal ).toString(), mTable->horizontalHeader() );
    toggle->setCheckable( true );
    toggle->setChecked( column != EventTableModel::PlaceColumn && column != EventTableModel::KindColumn );
    toggle->setEnabled( column != EventTableModel::TitleColumn );
    connect( toggle, &QAction::toggled, this,
             [this, column]( bool shown ) { mTable->setColumnHidden( column, !shown ); } );
    mTable->horizontalHeader()->addAction( toggle );
  }
  mTable->setColumnHidden( EventTableModel::PlaceColumn, true );
  mTable->setColumnHidden( EventTableModel::KindColumn, true );
  mDetails = new QTextBrowser( splitter );
  mDetails->setObjectName( QStringLiteral( "eventDetails" ) );
  mDetails->setOpenExternalLinks( true );
  mDetails->setPlaceholderText( tr( "Select an event to see its sources." ) );
  auto *edits = new QHBoxLayout;
  auto *add = new QPushButton( tr( "Add..." ), this );
  add->setObjectName( QStringLiteral( "addEvent" ) );
  auto *edit = new QPushButton( tr( "Edit..." ), this );
  edit->setObjectName( QStringLiteral( "editEvent" ) );
  auto *remove = new QPushButton( tr( "Delete" ), this );
  remove->setObjectName( QStringLiteral( "deleteEvent" ) );
  edits->addWidget( add );
  edits->addWidget( edit );
  edits->addWidget( remove );
  edits->addStretch( 1 );
  layout->addLayout( edits );
  connect( add, &QPushButton::clicked, this, &EventPanel::addRequested );
  connect( edit, &QPushButton::clicked, this,
           [this]
           {
             if ( !selectedEventId().isEmpty() )
               emit editRequested( selectedEventId() );
           } );
  connect( mTable, &QTableView::doubleClicked, this, [this] { emit editRequested( selectedEventId() ); } );
  connect( remove, &QPushButton::clicked, this,
           [this]
           {
             if ( !selectedEventId().isEmpty() )
               emit deleteRequested( selectedEventId() );
           } );

  splitter->setStretchFactor( 0, 3 );
  splitter->setStretchFactor( 1, 2 );
  layout->addWidget( splitter, 1 );

  connect( mFilter, &QLineEdit::textChanged, mFilterModel, &EventFilterModel::setText );
  connect( mKind, qOverload<int>( &QComboBox::currentIndexChanged ), this,
           [this]( int index )
           {
             const QVariant kind = mKind->itemData( index );
             mFilterModel->setKind( kind.isValid()
                                        ? std::optional<EventKind>( static_cast<EventKind>( kind.toInt() ) )
                                        : std::nullopt );
           } );
  connect( mInWindow, &QCheckBox::toggled, this, &EventPanel::applyWindowFilter );
  connect( controller, &TimeController::selectedWindowChanged, this, &EventPanel::applyWindowFilter );
  connect( mTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
           &EventPanel::showSelection );
}

void EventPanel::setEvents( const QVector<Event> &events )
{
  mModel->setEvents( events );
  for ( int column :
        { EventTableModel::DateColumn, EventTableModel::KindColumn, EventTableModel::SourcesColumn } )
    mTable->resizeColumnToContents( column );
  // Places can be long ("Vostochny Cosmodrome"): bounded here, whole in the details pane.
  mTable->setColumnWidth( EventTableModel::PlaceColumn,
                          fontMetrics().horizontalAdvance( QStringLiteral( "Pyongyang (ZKPY)" ) ) + 12 );
  mDetails->clear();
}

void EventPanel::syncEvents( const QVector<Event> &events )
{
  const QString selected = selectedEventId();
  mModel->syncEvents( events );
  const int row = mModel->rowOf( selected );
  if ( row >= 0 ) // its sources may have changed
    mDetails->setHtml( eventDetailsHtml( mModel->event( row ) ) );
  else if ( selectedEventId().isEmpty() )
    mDetails->clear();
}

void EventPanel::applyWindowFilter()
{
  mFilterModel->setWindow( mInWindow->isChecked() ? mController->selectedWindow() : std::nullopt );
}

bool EventPanel::selectEvent( const QString &id )
{
  const int row = mModel->rowOf( id );
  if ( row < 0 )
    return false;
  const QModelIndex index = mFilterModel->mapFromSource( mModel->index( row, 0 ) );
  if ( !index.isValid() )
    return false;
  mTable->selectionModel()->select( index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows );
  mTable->scrollTo( index );
  return true;
}

QString EventPanel::selectedEventId() const
{
  const QModelIndexList rows = mTable->selectionModel()->selectedRows();
  return rows.isEmpty() ? QString() : rows.first().data( EventTableModel::IdRole ).toString();
}

void EventPanel::showSelection()
{
  const QModelIndexList rows = mTable->selectionModel()->selectedRows();
  if ( rows.isEmpty() )
  {
    mDetails->clear();
    return;
  }
  const Event &event = mModel->event( mFilterModel->mapToSource( rows.first() ).row() );
  mDetails->setHtml( eventDetailsHtml( event ) );
  mController->centreOn( event.start.toMSecsSinceEpoch() );
  emit eventSelected( event.id );
}

} // namespace sortie
