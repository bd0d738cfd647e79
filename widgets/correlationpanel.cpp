#include "widgets/correlationpanel.h"

#include "models/analysis/correlationfacts.h"
#include "models/time/utctext.h"
#include "models/workspace/workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sortie
{

namespace
{
constexpr int kIdRole = Qt::UserRole + 1;
}

CorrelationPanel::CorrelationPanel( QWidget *parent )
  : QWidget( parent )
{
  auto *layout = new QVBoxLayout( this );
  layout->setContentsMargins( 0, 0, 0, 0 );
  mTabs = new QTabWidget( this );
  mTabs->setObjectName( QStringLiteral( "correlationTabs" ) );
  layout->addWidget( mTabs );

  auto *linksPage = new QWidget( mTabs );
  auto *links = new QVBoxLayout( linksPage );
  mFilter = new QLineEdit( linksPage );
  mFilter->setObjectName( QStringLiteral( "correlationFilter" ) );
  mFilter->setPlaceholderText( tr( "Filter: flight, event, note, source" ) );
  mFilter->setClearButtonEnabled( true );
  links->addWidget( mFilter );
  mTable = new QTableWidget( 0, 5, linksPage );
  mTable->setObjectName( QStringLiteral( "correlationTable" ) );
  mTable->setHorizontalHeaderLabels(
      { tr( "Flights" ), tr( "Relation" ), tr( "Events" ), tr( "Confidence" ), tr( "Note" ) } );
  mTable->horizontalHeader()->setStretchLastSection( true );
  mTable->verticalHeader()->hide();
  mTable->setSelectionBehavior( QAbstractItemView::SelectRows );
  mTable->setSelectionMode( QAbstractItemView::SingleSelection );
  mTable->setEditTriggers( QAbstractItemView::NoEditTriggers );
  mTable->setSortingEnabled( true );
  links->addWidget( mTable );
  auto *buttons = new QHBoxLayout;
  auto *edit = new QPushButton( tr( "Edit..." ), linksPage );
  edit->setObjectName( QStringLiteral( "editCorrelation" ) );
  auto *remove = new QPushButton( tr( "Delete" ), linksPage );
  remove->setObjectName( QStringLiteral( "deleteCorrelation" ) );
  buttons->addWidget( edit );
  buttons->addWidget( remove );
  buttons->addStretch( 1 );
  links->addLayout( buttons );
  mTabs->addTab( linksPage, tr( "Correlations" ) );

  auto *suggestionsPage = new QWidget( mTabs );
  auto *suggestions = new QVBoxLayout( suggestionsPage );
  mSuggestionList = new QListWidget( suggestionsPage );
  mSuggestionList->setObjectName( QStringLiteral( "suggestionList" ) );
  mSuggestionList->setWordWrap( true );
  mSuggestionList->setAlternatingRowColors( true );
  suggestions->addWidget( mSuggestionList );
  auto *suggestionButtons = new QHBoxLayout;
  auto *link = new QPushButton( tr( "Link..." ), suggestionsPage );
  link->setObjectName( QStringLiteral( "linkSuggestion" ) );
  auto *dismiss = new QPushButton( tr( "Dismiss" ), suggestionsPage );
  dismiss->setObjectName( QStringLiteral( "dismissSuggestion" ) );
  suggestionButtons->addWidget( link );
  suggestionButtons->addWidget( dismiss );
  suggestionButtons->addStretch( 1 );
  suggestions->addLayout( suggestionButtons );
  mTabs->addTab( suggestionsPage, tr( "Suggestions" ) );

  auto *annotationsPage = new QWidget( mTabs );
  auto *annotations = new QVBoxLayout( annotationsPage );
  mAnnotationList = new QListWidget( annotationsPage );
  mAnnotationList->setObjectName( QStringLiteral( "annotationList" ) );
  annotations->addWidget( mAnnotationList );
  auto *annotationButtons = new QHBoxLayout;
  const QList<QPair<QString, QString>> actions = {
      { QStringLiteral( "editAnnotation" ), tr( "Text..." ) },
      { QStringLiteral( "windowAnnotation" ), tr( "Time window" ) },
      { QStringLiteral( "deleteAnnotation" ), tr( "Delete" ) } };
  for ( const auto &[name, label] : actions )
  {
    auto *button = new QPushButton( label, annotationsPage );
    button->setObjectName( name );
    annotationButtons->addWidget( button );
    connect( button, &QPushButton::clicked, this,
             [this, name = name]
             {
               const QString id = selectedAnnotationId();
               if ( id.isEmpty() )
                 return;
               if ( name == QLatin1String( "editAnnotation" ) )
                 emit annotationEditRequested( id );
               else if ( name == QLatin1String( "windowAnnotation" ) )
                 emit annotationWindowRequested( id );
               else
                 emit annotationDeleteRequested( id );
             } );
  }
  annotationButtons->addStretch( 1 );
  annotations->addLayout( annotationButtons );
  mTabs->addTab( annotationsPage, tr( "Annotations" ) );

  connect( mFilter, &QLineEdit::textChanged, this, &CorrelationPanel::applyFilter );
  connect( mTable, &QTableWidget::itemSelectionChanged, this,
           [this]
           {
             emit correlationSelected( selectedCorrelationId() ); // empty: none selected now
           } );
  connect( mTable, &QTableWidget::cellDoubleClicked, this,
           [this] { emit editRequested( selectedCorrelationId() ); } );
  connect( edit, &QPushButton::clicked, this,
           [this]
           {
             if ( !selectedCorrelationId().isEmpty() )
               emit editRequested( selectedCorrelationId() );
           } );
  connect( remove, &QPushButton::clicked, this,
           [this]
           {
             if ( !selectedCorrelationId().isEmpty() )
               emit deleteRequested( selectedCorrelationId() );
           } );
  connect( link, &QPushButton::clicked, this,
           [this]
           {
             const int row = mSuggestionList->currentRow();
             if ( row >= 0 && row < mSuggestions.size() )
               emit linkRequested( mSuggestions.at( row ) );
           } );
  connect( dismiss, &QPushButton::clicked, this,
           [this]
           {
             const int row = mSuggestionList->currentRow();
             if ( row >= 0 && row < mSuggestions.size() )
               emit dismissRequested( mSuggestions.at( row ).key );
           } );
}

void CorrelationPanel::setWorkspace( const Workspace *workspace )
{
  mWorkspace = workspace;
  refresh();
}

void CorrelationPanel::refresh()
{
  const QString selected = selectedCorrelationId();
  fillTable();
  fillSuggestions();
  fillAnnotations();
  if ( !selected.isEmpty() )
    selectCorrelation( selected );
}

void CorrelationPanel::fillTable()
{
  const QSignalBlocker blocker( mTable );
  mTable->setSortingEnabled( false );
  mTable->setRowCount( 0 );
  if ( !mWorkspace )
    return;
  for ( const Correlation &c : mWorkspace->correlations() )
  {
    const QStringList flights = describeFlights( *mWorkspace, c );
    const QStringList events = eventTitles( *mWorkspace, c );
    QStringList sources;
    for ( const SourceCitation &source : c.sources )
      sources << source.outlet + QLatin1Char( ' ' ) + source.title;
    const QString confidence =
        c.likelihood.isEmpty()
            ? confidenceText( c.confidence )
            : QStringLiteral( "%1 (%2)" ).arg( confidenceText( c.confidence ), c.likelihood );
    const int row = mTable->rowCount();
    mTable->insertRow( row );
    const QStringList cells{ flights.join( QStringLiteral( "; " ) ),
                             c.relation == Relation::Other ? c.relationText : relationText( c.relation ),
                             events.join( QStringLiteral( "; " ) ), confidence, c.note };
    for ( int column = 0; column < cells.size(); ++column )
    {
      auto *item = new QTableWidgetItem( cells.at( column ) );
      item->setData( kIdRole, c.id );
      item->setToolTip( column == 4 ? c.note + QStringLiteral( "\n\n" ) + sources.join( QLatin1Char( '\n' ) )
                                    : cells.at( column ) );
      mTable->setItem( row, column, item );
    }
  }
  mTable->setSortingEnabled( true );
  applyFilter();
}

void CorrelationPanel::fillSuggestions()
{
  mSuggestionList->clear();
  mSuggestions = mWorkspace ? suggestCorrelations( *mWorkspace ) : QVector<Suggestion>();
  for ( const Suggestion &suggestion : mSuggestions )
  {
    const int index = mWorkspace->eventIndex( suggestion.eventId );
    const QString event = index >= 0 ? mWorkspace->events().at( index ).title : suggestion.eventId;
    auto *item = new QListWidgetItem( QStringLiteral( "%1  ↔  %2\n%3" )
                                          .arg( describeFlight( *mWorkspace, suggestion.flight ), event,
                                                suggestion.why.join( QStringLiteral( "; " ) ) ) );
    mSuggestionList->addItem( item );
  }
  mTabs->setTabText( 1, tr( "Suggestions (%1)" ).arg( mSuggestions.size() ) );
}

void CorrelationPanel::fillAnnotations()
{
  const QString selected = selectedAnnotationId();
  mAnnotationList->clear();
  if ( !mWorkspace )
    return;
  for ( const Annotation &annotation : mWorkspace->annotations() )
  {
    QString text = QStringLiteral( "%1  %2" )
                       .arg( annotationKindText( annotation.kind ),
                             annotation.text.isEmpty() ? tr( "(no text)" ) : annotation.text );
    if ( annotation.window )
      text += tr( "  — shown %1" ).arg( utcRangeText( *annotation.window ) );
    if ( !annotation.correlationId.isEmpty() )
      text += tr( "  — for %1" ).arg( annotation.correlationId );
    auto *item = new QListWidgetItem( text );
    item->setData( kIdRole, annotation.id );
    mAnnotationList->addItem( item );
    if ( annotation.id == selected )
      mAnnotationList->setCurrentItem( item );
  }
  mTabs->setTabText( 2, tr( "Annotations (%1)" ).arg( mWorkspace->annotations().size() ) );
}

QString CorrelationPanel::selectedAnnotationId() const
{
  const QListWidgetItem *item = mAnnotationList->currentItem();
  return item ? item->data( kIdRole ).toString() : QString();
}

void CorrelationPanel::applyFilter()
{
  const QString text = mFilter->text().trimmed();
  for ( int row = 0; row < mTable->rowCount(); ++row )
  {
    bool match = text.isEmpty();
    for ( int column = 0; column < mTable->columnCount() && !match; ++column )
      match = mTable->item( row, column )->toolTip().contains( text, Qt::CaseInsensitive );
    mTable->setRowHidden( row, !match );
  }
}

QString CorrelationPanel::selectedCorrelationId() const
{
  const QList<QTableWidgetItem *> items = mTable->selectedItems();
  return items.isEmpty() ? QString() : items.first()->data( kIdRole ).toString();
}

bool CorrelationPanel::selectCorrelation( const QString &id )
{
  for ( int row = 0; row < mTable->rowCount(); ++row )
  {
    if ( mTable->item( row, 0 )->data( kIdRole ).toString() == id )
    {
      mTable->selectRow( row );
      return true;
    }
  }
  return false;
}

} // namespace sortie
