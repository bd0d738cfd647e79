#include "models/itemmodels/eventtablemodel.h"

#include "models/time/utctext.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>
#include <QTimeZone>

namespace sortie
{

namespace
{
// "Aug 2023" in English, "2023년 8월", "авг. 2023": a month's name is never ambiguous.
QString month( const QDateTime &t )
{
  //: A month, e.g. "Aug 2023" (Qt date format: MMM month name, yyyy year).
  return interfaceLocale().toString( t, QCoreApplication::translate( "sortie::locale", "MMM yyyy" ) );
}
} // namespace

QString formatEventDate( const Event &event )
{
  const QLocale c = QLocale::c(); // dates are read beside ISO dates in reports: ISO digits
  const auto [first, last] = event.interval();
  switch ( event.precision )
  {
  case DatePrecision::Month:
  {
    const QDateTime lastMonth = last.addMonths( -1 );
    if ( lastMonth.date().year() == first.date().year() && lastMonth.date().month() == first.date().month() )
      return month( first );
    return month( first ) + QStringLiteral( " – " ) + month( lastMonth );
  }
  case DatePrecision::Day:
  {
    // Ranges say only what changes: "2023-07-25 – 27", "2023-07-25 – 08-02".
    const QDate lastDay = last.addDays( -1 ).date();
    const QString start = first.date().toString( Qt::ISODate );
    if ( lastDay == first.date() )
      return start;
    QString endText = lastDay.toString( Qt::ISODate );
    if ( lastDay.year() == first.date().year() )
      endText = lastDay.month() == first.date().month() ? lastDay.toString( QStringLiteral( "dd" ) )
                                                        : lastDay.toString( QStringLiteral( "MM-dd" ) );
    return start + QStringLiteral( " – " ) + endText;
  }
  case DatePrecision::Time:
    break;
  }
  QString text = c.toString( first, QStringLiteral( "yyyy-MM-dd HH:mm" ) );
  if ( event.end && *event.end > first )
    text += QStringLiteral( " – " ) + c.toString( *event.end, QStringLiteral( "yyyy-MM-dd HH:mm" ) );
  return text + QStringLiteral( " UTC" );
}

EventTableModel::EventTableModel( QObject *parent )
  : QAbstractTableModel( parent )
{
}

void EventTableModel::setEvents( const QVector<Event> &events )
{
  beginResetModel();
  mEvents = events;
  endResetModel();
}

void EventTableModel::syncEvents( const QVector<Event> &events )
{
  QSet<QString> staying;
  for ( const Event &event : events )
    staying.insert( event.id );
  for ( int row = mEvents.size() - 1; row >= 0; --row )
  {
    if ( staying.contains( mEvents.at( row ).id ) )
      continue;
    beginRemoveRows( QModelIndex(), row, row );
    mEvents.removeAt( row );
    endRemoveRows();
  }
  for ( int row = 0; row < events.size(); ++row )
  {
    if ( row < mEvents.size() && mEvents.at( row ).id == events.at( row ).id )
    {
      if ( mEvents.at( row ) != events.at( row ) )
      {
        mEvents[row] = events.at( row );
        emit dataChanged( index( row, 0 ), index( row, ColumnCount - 1 ) );
      }
      continue;
    }
    beginInsertRows( QModelIndex(), row, row );
    mEvents.insert( row, events.at( row ) );
    endInsertRows();
  }
  if ( mEvents.size() > events.size() ) // an order the workspace does not make: start again
    setEvents( events );
}

int EventTableModel::rowOf( const QString &id ) const
{
  for ( int row = 0; row < mEvents.size(); ++row )
  {
    if ( mEvents.at( row ).id == id )
      return row;
  }
  return -1;
}

int EventTableModel::rowCount( const QModelIndex &parent ) const
{
  return parent.isValid() ? 0 : mEvents.size();
}

int EventTableModel::columnCount( const QModelIndex &parent ) const
{
  return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventTableModel::data( const QModelIndex &index, int role ) const
{
  if ( !index.isValid() || index.row() >= mEvents.size() )
    return QVariant();
  const Event &event = mEvents.at( index.row() );
  if ( role == IdRole )
    return event.id;
  if ( role == SortRole && index.column() == DateColumn )
    return QVariant::fromValue( event.start.toMSecsSinceEpoch() );
  if ( role == Qt::DisplayRole || role == SortRole )
  {
    switch ( index.column() )
    {
    case DateColumn:
      return formatEventDate( event );
    case KindColumn:
      return eventKindLabel( event.kind );
    case TitleColumn:
      return event.title;
    case PlaceColumn:
      return event.place.airbaseIcao.isEmpty() || event.place.name.contains( event.place.airbaseIcao )
                 ? event.place.name
                 : QStringLiteral( "%1 (%2)" ).arg( event.place.name, event.place.airbaseIcao );
    case SourcesColumn:
      return role == SortRole ? QVariant( event.sources.size() )
                              : QVariant( QString::number( event.sources.size() ) );
    default:
      break;
    }
  }
  if ( role == Qt::ToolTipRole && index.column() == TitleColumn )
    return event.title;
  if ( role == Qt::TextAlignmentRole && index.column() == SourcesColumn )
    return static_cast<int>( Qt::AlignRight | Qt::AlignVCenter );
  return QVariant();
}

QVariant EventTableModel::headerData( int section, Qt::Orientation orientation, int role ) const
{
  if ( orientation != Qt::Horizontal || role != Qt::DisplayRole )
    return QVariant();
  switch ( section )
  {
  case DateColumn:
    return tr( "Date (UTC)" );
  case KindColumn:
    return tr( "Kind" );
  case TitleColumn:
    return tr( "Title" );
  case PlaceColumn:
    return tr( "Place" );
  case SourcesColumn:
    return tr( "Sources" );
  default:
    return QVariant();
  }
}

EventFilterModel::EventFilterModel( QObject *parent )
  : QSortFilterProxyModel( parent )
{
  setSortRole( EventTableModel::SortRole );
}

void EventFilterModel::setText( const QString &text )
{
  mText = text.trimmed();
  invalidateFilter();
}

void EventFilterModel::setKind( std::optional<EventKind> kind )
{
  mKind = kind;
  invalidateFilter();
}

void EventFilterModel::setWindow( std::optional<TimeRange> window )
{
  mWindow = window;
  invalidateFilter();
}

bool EventFilterModel::filterAcceptsRow( int sourceRow, const QModelIndex & ) const
{
  const auto *table = qobject_cast<const EventTableModel *>( sourceModel() );
  if ( !table )
    return true;
  const Event &event = table->event( sourceRow );
  if ( mKind && event.kind != *mKind )
    return false;
  if ( mWindow )
  {
    const auto [first, last] = event.interval();
    const TimeRange interval{ first.toMSecsSinceEpoch(),
                              std::max( last.toMSecsSinceEpoch(), first.toMSecsSinceEpoch() + 1 ) };
    if ( !interval.intersects( *mWindow ) )
      return false;
  }
  if ( mText.isEmpty() )
    return true;
  auto matches = [this]( const QString &text ) { return text.contains( mText, Qt::CaseInsensitive ); };
  if ( matches( event.title ) || matches( event.place.name ) || matches( event.place.airbaseIcao ) ||
       matches( event.description ) )
    return true;
  for ( const QString &actor : event.actors )
  {
    if ( matches( actor ) )
      return true;
  }
  for ( const SourceCitation &source : event.sources )
  {
    if ( matches( source.outlet ) || matches( source.title ) )
      return true;
  }
  return false;
}

} // namespace sortie
