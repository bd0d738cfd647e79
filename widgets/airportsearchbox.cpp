#include "widgets/airportsearchbox.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QStandardItemModel>

#include <algorithm>

namespace sortie
{

namespace
{
constexpr int kOffered = 12;
constexpr int kIndexRole = Qt::UserRole + 1;

QString kindText( AirbaseKind kind )
{
  switch ( kind )
  {
  case AirbaseKind::Large:
    return AirportSearchBox::tr( "large airport" );
  case AirbaseKind::Medium:
    return AirportSearchBox::tr( "medium airport" );
  case AirbaseKind::Small:
    return AirportSearchBox::tr( "small airfield" );
  case AirbaseKind::Heliport:
    return AirportSearchBox::tr( "heliport" );
  case AirbaseKind::Seaplane:
    return AirportSearchBox::tr( "seaplane base" );
  case AirbaseKind::Balloonport:
    return AirportSearchBox::tr( "balloon port" );
  case AirbaseKind::Closed:
    return AirportSearchBox::tr( "closed" );
  case AirbaseKind::Unknown:
    break;
  }
  return QString();
}
} // namespace

AirportSearchBox::AirportSearchBox( QWidget *parent )
  : QLineEdit( parent )
  , mModel( new QStandardItemModel( this ) )
  , mCompleter( new QCompleter( mModel, this ) )
{
  setObjectName( QStringLiteral( "airportSearchBox" ) );
  setPlaceholderText( tr( "Find airport: ICAO, IATA or name" ) );
  setToolTip( tr( "Type a code or part of a name, choose a field: the map goes there (Ctrl+F)" ) );
  setClearButtonEnabled( true );
  // Matching is ours (codes, words, accents): the completer only shows the rows it is given.
  mCompleter->setCompletionMode( QCompleter::UnfilteredPopupCompletion );
  mCompleter->setMaxVisibleItems( kOffered );
  setCompleter( mCompleter );
  connect( this, &QLineEdit::textEdited, this, &AirportSearchBox::offer );
  connect( mCompleter, QOverload<const QModelIndex &>::of( &QCompleter::activated ), this,
           [this]( const QModelIndex &index ) { choose( index.data( kIndexRole ).toInt() ); } );
}

QSize AirportSearchBox::sizeHint() const
{
  // Room for a code and a short name: the menu bar's corner gives a widget its size hint.
  QSize hint = QLineEdit::sizeHint();
  hint.setWidth( std::max( hint.width(), fontMetrics().horizontalAdvance( placeholderText() ) + 40 ) );
  return hint;
}

void AirportSearchBox::setAirbases( const AirbaseIndex &airbases )
{
  mAirbases = airbases;
  mSearch.reset();
  mOffered.clear();
  mOfferedFor.clear();
  mModel->clear();
}

QString AirportSearchBox::describe( const Airbase &airbase )
{
  QStringList codes;
  if ( !airbase.icao.isEmpty() )
    codes << airbase.icao;
  if ( !airbase.iata.isEmpty() )
    codes << airbase.iata;
  QStringList about;
  if ( !airbase.country.isEmpty() )
    about << airbase.country;
  if ( airbase.use == AirbaseUse::Military || airbase.use == AirbaseUse::Joint )
    about << tr( "military" );
  const QString kind = kindText( airbase.kind );
  if ( !kind.isEmpty() )
    about << kind;
  QString text = codes.isEmpty() ? airbase.name
                                 : codes.join( QLatin1Char( '/' ) ) + QStringLiteral( "  " ) + airbase.name;
  if ( !about.isEmpty() )
    text += QStringLiteral( " (" ) + about.join( QStringLiteral( ", " ) ) + QLatin1Char( ')' );
  return text;
}

void AirportSearchBox::offer( const QString &text )
{
  if ( !mSearch )
    mSearch.emplace( mAirbases );
  mOffered = mSearch->find( text, kOffered );
  mOfferedFor = text;
  mModel->clear();
  for ( int index : mOffered )
  {
    auto *item = new QStandardItem( describe( mAirbases.airbases().at( index ) ) );
    item->setData( index, kIndexRole );
    item->setEditable( false );
    mModel->appendRow( item );
  }
  if ( !mOffered.isEmpty() )
  {
    // As wide as the longest row (within reason): the kind and country at the end matter.
    int widest = width();
    for ( int row = 0; row < mModel->rowCount(); ++row )
      widest = std::max( widest, fontMetrics().horizontalAdvance( mModel->item( row )->text() ) + 40 );
    mCompleter->popup()->setMinimumWidth( std::min( widest, 640 ) );
    mCompleter->complete();
  }
  else
    mCompleter->popup()->hide();
}

void AirportSearchBox::keyPressEvent( QKeyEvent *event )
{
  // Enter on the text as it is now (typed, pasted or set), the list open or not: the best
  // field, as if picked. A row moved to in the list is the completer's to take (it sends the
  // key here first, and takes the row when this ignores it).
  const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
  if ( enter && !( mCompleter->popup()->isVisible() && mCompleter->popup()->currentIndex().isValid() ) )
  {
    if ( text() != mOfferedFor )
      offer( text() );
    if ( !mOffered.isEmpty() )
      choose( mOffered.first() );
    event->accept();
    return;
  }
  if ( event->key() == Qt::Key_Escape )
  {
    clear();
    mOffered.clear();
    mOfferedFor.clear();
    return;
  }
  QLineEdit::keyPressEvent( event );
}

void AirportSearchBox::choose( int index )
{
  if ( index < 0 || index >= mAirbases.airbases().size() )
    return;
  setText( describe( mAirbases.airbases().at( index ) ) );
  setCursorPosition( 0 ); // the codes and the name, not the end of the description
  // Enter again on the chosen field's description goes to it again.
  mOffered = { index };
  mOfferedFor = text();
  mCompleter->popup()->hide();
  emit airbaseChosen( index );
}

} // namespace sortie
