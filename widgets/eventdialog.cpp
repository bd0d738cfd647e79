#include "widgets/eventdialog.h"

#include "models/io/eventimporters.h"
#include "widgets/sourceseditor.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace sortie
{

namespace
{
const QList<EventKind> kKinds = { EventKind::Summit,   EventKind::DelegationVisit, EventKind::TreatySigning,
                                  EventKind::Exercise, EventKind::FlightReport,    EventKind::Other };

// "2024-07-09 04:10" is accepted as well as the ISO "T" form.
QString isoForm( const QString &text )
{
  QString iso = text.trimmed();
  if ( iso.size() > 10 && iso.at( 10 ) == QLatin1Char( ' ' ) )
    iso[10] = QLatin1Char( 'T' );
  return iso;
}
} // namespace

QString eventDateText( const QDateTime &time, DatePrecision precision )
{
  switch ( precision )
  {
  case DatePrecision::Month:
    return time.toString( QStringLiteral( "yyyy-MM" ) );
  case DatePrecision::Day:
    return time.date().toString( Qt::ISODate );
  case DatePrecision::Time:
    break;
  }
  return QLocale::c().toString( time.toUTC(), QStringLiteral( "yyyy-MM-dd HH:mm" ) );
}

EventDialog::EventDialog( const Event &event, QWidget *parent )
  : QDialog( parent )
  , mId( event.id )
{
  setObjectName( QStringLiteral( "eventDialog" ) );
  setWindowTitle( event.id.isEmpty() ? tr( "Add event" ) : tr( "Edit event" ) );
  auto *layout = new QVBoxLayout( this );
  auto *form = new QFormLayout;
  mTitle = new QLineEdit( event.title, this );
  mTitle->setObjectName( QStringLiteral( "eventTitle" ) );
  form->addRow( tr( "Title" ), mTitle );
  const bool hasStart = event.start.isValid();
  mStart = new QLineEdit( hasStart ? eventDateText( event.start, event.precision ) : QString(), this );
  mStart->setObjectName( QStringLiteral( "eventStart" ) );
  mStart->setPlaceholderText( tr( "2023-08, 2023-07-25 or 2024-07-09 04:10" ) );
  form->addRow( tr( "Start (UTC)" ), mStart );
  QString endText;
  if ( event.end )
  {
    // Shown inclusive, as it is written: a day or month range ends on its last day or month.
    const QDateTime lastIncluded = event.precision == DatePrecision::Day     ? event.end->addDays( -1 )
                                   : event.precision == DatePrecision::Month ? event.end->addMonths( -1 )
                                                                             : *event.end;
    endText = eventDateText( lastIncluded, event.precision );
  }
  mEnd = new QLineEdit( endText, this );
  mEnd->setObjectName( QStringLiteral( "eventEnd" ) );
  mEnd->setPlaceholderText( tr( "optional; inclusive (2023-07-27)" ) );
  form->addRow( tr( "End (UTC)" ), mEnd );
  mKind = new QComboBox( this );
  mKind->setObjectName( QStringLiteral( "eventKind" ) );
  for ( EventKind kind : kKinds )
    mKind->addItem( eventKindLabel( kind ), static_cast<int>( kind ) );
  mKind->setCurrentIndex( std::max( 0, static_cast<int>( kKinds.indexOf( event.kind ) ) ) );
  form->addRow( tr( "Kind" ), mKind );
  mPlace = new QLineEdit( event.place.name, this );
  form->addRow( tr( "Place" ), mPlace );
  mAirbase = new QLineEdit( event.place.airbaseIcao, this );
  mAirbase->setPlaceholderText( tr( "ICAO code, e.g. ZKPY (optional)" ) );
  form->addRow( tr( "Airbase" ), mAirbase );
  mPosition = new QLineEdit( event.place.position ? QStringLiteral( "%1, %2" )
                                                        .arg( event.place.position->latitude )
                                                        .arg( event.place.position->longitude )
                                                  : QString(),
                             this );
  mPosition->setPlaceholderText( tr( "latitude, longitude in degrees (optional)" ) );
  form->addRow( tr( "Position" ), mPosition );
  mActors = new QLineEdit( event.actors.join( QStringLiteral( "; " ) ), this );
  mActors->setPlaceholderText( tr( "separated by ;" ) );
  form->addRow( tr( "Actors" ), mActors );
  mDescription = new QPlainTextEdit( event.description, this );
  mDescription->setMaximumHeight( 80 );
  form->addRow( tr( "Description" ), mDescription );
  layout->addLayout( form );

  mSources = new SourcesEditor( event.sources, QStringLiteral( "eventSources" ), this );
  layout->addWidget( mSources );

  mProblem = new QLabel( this );
  mProblem->setObjectName( QStringLiteral( "eventProblem" ) );
  mProblem->setStyleSheet( QStringLiteral( "color: #b03a2e" ) );
  layout->addWidget( mProblem );
  auto *buttons = new QDialogButtonBox( QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this );
  mOk = buttons->button( QDialogButtonBox::Ok );
  connect( buttons, &QDialogButtonBox::accepted, this, &QDialog::accept );
  connect( buttons, &QDialogButtonBox::rejected, this, &QDialog::reject );
  layout->addWidget( buttons );

  for ( QLineEdit *edit : { mTitle, mStart, mEnd, mPosition } )
    connect( edit, &QLineEdit::textChanged, this, &EventDialog::validate );
  validate();
  resize( 620, 640 );
}

QString EventDialog::problem() const
{
  if ( mTitle->text().trimmed().isEmpty() )
    return tr( "An event needs a title." );
  DatePrecision precision = DatePrecision::Time;
  const QDateTime start = parseEventDate( isoForm( mStart->text() ), &precision );
  if ( !start.isValid() )
    return tr( "Start: write 2023-08, 2023-07-25 or 2024-07-09 04:10 (UTC)." );
  if ( !mEnd->text().trimmed().isEmpty() )
  {
    const QDateTime end = parseEventEnd( isoForm( mEnd->text() ) );
    if ( !end.isValid() )
      return tr( "End: not a date." );
    if ( end <= start )
      return tr( "End: before the start." );
  }
  if ( !mPosition->text().trimmed().isEmpty() )
  {
    const QStringList parts = mPosition->text().split( QLatin1Char( ',' ) );
    bool okLat = false, okLon = false;
    const double lat = parts.value( 0 ).trimmed().toDouble( &okLat );
    const double lon = parts.value( 1 ).trimmed().toDouble( &okLon );
    if ( parts.size() != 2 || !okLat || !okLon || lat < -90 || lat > 90 || lon < -180 || lon > 180 )
      return tr( "Position: latitude, longitude in degrees, e.g. 39.2241, 125.67." );
  }
  return QString();
}

void EventDialog::validate()
{
  const QString why = problem();
  mProblem->setText( why );
  mOk->setEnabled( why.isEmpty() );
}

QTableWidget *EventDialog::sourcesTable() const
{
  return mSources->table();
}

Event EventDialog::event() const
{
  Event event;
  event.id = mId;
  event.title = mTitle->text().trimmed();
  event.start = parseEventDate( isoForm( mStart->text() ), &event.precision );
  if ( !mEnd->text().trimmed().isEmpty() )
    event.end = parseEventEnd( isoForm( mEnd->text() ) );
  event.kind = static_cast<EventKind>( mKind->currentData().toInt() );
  event.place.name = mPlace->text().trimmed();
  event.place.airbaseIcao = mAirbase->text().trimmed().toUpper();
  const QStringList position = mPosition->text().split( QLatin1Char( ',' ) );
  if ( position.size() == 2 )
    event.place.position =
        GeoPoint{ position.at( 0 ).trimmed().toDouble(), position.at( 1 ).trimmed().toDouble() };
  for ( const QString &actor : mActors->text().split( QLatin1Char( ';' ), Qt::SkipEmptyParts ) )
    event.actors.append( actor.trimmed() );
  event.description = mDescription->toPlainText().trimmed();
  event.sources = mSources->sources();
  return event;
}

} // namespace sortie
