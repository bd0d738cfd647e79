#include "models/io/eventimporters.h"

#include "models/io/csvreader.h"
#include "models/io/importsupport.h"
#include "models/io/jsonsupport.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>

namespace sortie
{

using namespace importsupport;

QDateTime parseEventDate( const QString &text, DatePrecision *precision )
{
  const QString trimmed = text.trimmed();
  static const QRegularExpression month( QStringLiteral( "^(\\d{4})-(\\d{2})$" ) );
  static const QRegularExpression day( QStringLiteral( "^(\\d{4})-(\\d{2})-(\\d{2})$" ) );
  if ( const QRegularExpressionMatch m = month.match( trimmed ); m.hasMatch() )
  {
    const QDate date( m.captured( 1 ).toInt(), m.captured( 2 ).toInt(), 1 );
    if ( !date.isValid() )
      return QDateTime();
    *precision = DatePrecision::Month;
    return QDateTime( date, QTime( 0, 0 ), QTimeZone::utc() );
  }
  if ( const QRegularExpressionMatch m = day.match( trimmed ); m.hasMatch() )
  {
    const QDate date( m.captured( 1 ).toInt(), m.captured( 2 ).toInt(), m.captured( 3 ).toInt() );
    if ( !date.isValid() )
      return QDateTime();
    *precision = DatePrecision::Day;
    return QDateTime( date, QTime( 0, 0 ), QTimeZone::utc() );
  }
  const QDateTime time = parseUtc( trimmed );
  if ( time.isValid() )
    *precision = DatePrecision::Time;
  return time;
}

QDateTime parseEventEnd( const QString &text )
{
  DatePrecision precision = DatePrecision::Time;
  const QDateTime end = parseEventDate( text, &precision );
  if ( !end.isValid() )
    return end;
  switch ( precision )
  {
  case DatePrecision::Day:
    return end.addDays( 1 );
  case DatePrecision::Month:
    return end.addMonths( 1 );
  case DatePrecision::Time:
    break;
  }
  return end;
}

namespace
{
// Fill the fields common to both formats; returns a reason when the event cannot stand.
std::optional<QString> fillEvent( Event &event, const QString &start, const QString &end,
                                  const QString &precision, const QString &kind, QStringList *notes )
{
  if ( event.title.isEmpty() )
    return QObject::tr( "event has no title" );
  DatePrecision implied = DatePrecision::Time;
  event.start = parseEventDate( start, &implied );
  if ( !event.start.isValid() )
    return QObject::tr( "start '%1' is not a date (YYYY-MM, YYYY-MM-DD or ISO 8601 time)" ).arg( start );
  event.precision = implied;
  if ( !precision.trimmed().isEmpty() )
  {
    if ( const auto given = datePrecisionFromName( precision ) )
      event.precision = *given;
    else
      notes->append( QObject::tr( "precision '%1' unknown; taken from the date's form" ).arg( precision ) );
  }
  if ( !end.trimmed().isEmpty() )
  {
    const QDateTime parsedEnd = parseEventEnd( end );
    if ( !parsedEnd.isValid() )
      notes->append( QObject::tr( "end '%1' is not a date; ignored" ).arg( end ) );
    else if ( parsedEnd < event.start )
      notes->append( QObject::tr( "end '%1' is before the start; ignored" ).arg( end ) );
    else
      event.end = parsedEnd;
  }
  if ( kind.trimmed().isEmpty() )
    event.kind = EventKind::Other;
  else if ( const auto parsedKind = eventKindFromName( kind ) )
    event.kind = *parsedKind;
  else
  {
    event.kind = EventKind::Other;
    notes->append( QObject::tr( "kind '%1' unknown; taken as other" ).arg( kind ) );
  }
  return std::nullopt;
}

std::optional<GeoPoint> placePosition( double lat, double lon )
{
  if ( std::isnan( lat ) || std::isnan( lon ) )
    return std::nullopt;
  const GeoPoint p{ lat, lon };
  if ( !p.isValid() || lon < -180 || lon > 180 )
    return std::nullopt;
  return p;
}

QString makeId( const Event &event, int index )
{
  return QStringLiteral( "%1-%2" )
      .arg( event.start.toString( QStringLiteral( "yyyy-MM-dd" ) ) )
      .arg( index + 1 );
}
} // namespace

int EventJsonImporter::sniff( const QByteArray &head ) const
{
  return head.left( 4096 ).contains( "\"sortie_events\"" ) ? 100 : 0;
}

ImportResult EventJsonImporter::read( const ImportSource &source ) const
{
  ImportResult result;
  WarningSink warnings( source.displayName );
  QJsonDocument document;
  if ( !parseJsonOrFail( source, &document, result ) )
    return result;
  const QJsonObject root = document.object();
  const int version = root.value( QStringLiteral( "sortie_events" ) ).toInt();
  if ( version != 1 )
  {
    result.failed = true;
    result.warnings.append(
        { source.displayName, 0,
          QObject::tr( "events schema version %1 is not supported (this Sortie reads 1)" ).arg( version ) } );
    return result;
  }
  const QJsonArray events = root.value( QStringLiteral( "events" ) ).toArray();
  const std::vector<qint64> lines = jsonsupport::arrayElementLines( source.content, "events" );
  for ( int i = 0; i < events.size(); ++i )
  {
    const qint64 line = i < static_cast<int>( lines.size() ) ? lines[static_cast<std::size_t>( i )] : 0;
    const QJsonObject object = events.at( i ).toObject();
    Event event;
    event.id = object.value( QStringLiteral( "id" ) ).toString();
    event.title = object.value( QStringLiteral( "title" ) ).toString().trimmed();
    event.description = object.value( QStringLiteral( "description" ) ).toString();
    for ( const QJsonValue &actor : object.value( QStringLiteral( "actors" ) ).toArray() )
      event.actors.append( actor.toString() );
    const QJsonObject place = object.value( QStringLiteral( "place" ) ).toObject();
    event.place.name = place.value( QStringLiteral( "name" ) ).toString();
    event.place.airbaseIcao = place.value( QStringLiteral( "airbase" ) ).toString().toUpper();
    event.place.position = placePosition( place.value( QStringLiteral( "lat" ) ).toDouble( std::nan( "" ) ),
                                          place.value( QStringLiteral( "lon" ) ).toDouble( std::nan( "" ) ) );
    for ( const QJsonValue &value : object.value( QStringLiteral( "sources" ) ).toArray() )
    {
      const QJsonObject s = value.toObject();
      SourceCitation citation;
      citation.outlet = s.value( QStringLiteral( "outlet" ) ).toString();
      citation.title = s.value( QStringLiteral( "title" ) ).toString();
      citation.date = QDate::fromString( s.value( QStringLiteral( "date" ) ).toString(), Qt::ISODate );
      citation.url = s.value( QStringLiteral( "url" ) ).toString();
      citation.supports = s.value( QStringLiteral( "supports" ) ).toString();
      event.sources.append( citation );
    }
    QStringList notes;
    if ( const auto why = fillEvent( event, object.value( QStringLiteral( "start" ) ).toString(),
                                     object.value( QStringLiteral( "end" ) ).toString(),
                                     object.value( QStringLiteral( "precision" ) ).toString(),
                                     object.value( QStringLiteral( "kind" ) ).toString(), &notes ) )
    {
      warnings.add( line, *why + QStringLiteral( "; event skipped" ) );
      continue;
    }
    for ( const QString &note : notes )
      warnings.add( line, note );
    if ( event.id.isEmpty() )
      event.id = makeId( event, i );
    result.events.append( event );
  }
  warnings.finish( result );
  return result;
}

int EventCsvImporter::sniff( const QByteArray &head ) const
{
  const QByteArray header = csv::firstLineLower( head );
  return header.contains( "title" ) && header.contains( "start" ) && header.contains( "kind" ) ? 90 : 0;
}

ImportResult EventCsvImporter::read( const ImportSource &source ) const
{
  ImportResult result;
  WarningSink warnings( source.displayName );
  csv::Reader reader( source.content );
  std::vector<std::string_view> fields;
  const std::optional<csv::Header> found = readCsvHeader( reader, fields, source, result );
  if ( !found )
    return result;
  const csv::Header &header = *found;
  const int id = header.index( "id" );
  const int title = header.index( "title" );
  const int start = header.index( "start" );
  const int end = header.index( "end" );
  const int precision = header.index( "precision" );
  const int kind = header.index( "kind" );
  const int place = header.index( "place" );
  const int lat = header.index( "lat" );
  const int lon = header.index( "lon" );
  const int airbase = header.index( "airbase" );
  const int actors = header.index( "actors" );
  const int description = header.index( "description" );
  const int outlet = header.index( "source_outlet" );
  const int sourceTitle = header.index( "source_title" );
  const int sourceDate = header.index( "source_date" );
  const int sourceUrl = header.index( "source_url" );
  const int supports = header.index( "source_supports" );

  QHash<QString, int> eventById;
  while ( reader.next( fields ) )
  {
    SourceCitation citation;
    citation.outlet = csv::toQString( csv::field( fields, outlet ) );
    citation.title = csv::toQString( csv::field( fields, sourceTitle ) );
    citation.date = QDate::fromString( csv::toQString( csv::field( fields, sourceDate ) ), Qt::ISODate );
    citation.url = csv::toQString( csv::field( fields, sourceUrl ) );
    citation.supports = csv::toQString( csv::field( fields, supports ) );
    const bool hasCitation =
        !citation.outlet.isEmpty() || !citation.url.isEmpty() || !citation.title.isEmpty();

    const QString eventId = csv::toQString( csv::field( fields, id ) );
    if ( !eventId.isEmpty() && eventById.contains( eventId ) )
    {
      if ( hasCitation )
        result.events[eventById.value( eventId )].sources.append( citation );
      continue;
    }

    Event event;
    event.id = eventId;
    event.title = csv::toQString( csv::field( fields, title ) );
    event.description = csv::toQString( csv::field( fields, description ) );
    event.place.name = csv::toQString( csv::field( fields, place ) );
    event.place.airbaseIcao = csv::toQString( csv::field( fields, airbase ) ).toUpper();
    event.place.position =
        placePosition( csv::toDouble( csv::field( fields, lat ) ).value_or( std::nan( "" ) ),
                       csv::toDouble( csv::field( fields, lon ) ).value_or( std::nan( "" ) ) );
    for ( const QString &actor :
          csv::toQString( csv::field( fields, actors ) ).split( QLatin1Char( ';' ), Qt::SkipEmptyParts ) )
      event.actors.append( actor.trimmed() );
    if ( hasCitation )
      event.sources.append( citation );
    QStringList notes;
    if ( const auto why = fillEvent( event, csv::toQString( csv::field( fields, start ) ),
                                     csv::toQString( csv::field( fields, end ) ),
                                     csv::toQString( csv::field( fields, precision ) ),
                                     csv::toQString( csv::field( fields, kind ) ), &notes ) )
    {
      warnings.add( reader.line(), *why + QStringLiteral( "; event skipped" ) );
      continue;
    }
    for ( const QString &note : notes )
      warnings.add( reader.line(), note );
    if ( event.id.isEmpty() )
      event.id = makeId( event, result.events.size() );
    eventById.insert( event.id, result.events.size() );
    result.events.append( event );
  }
  warnings.finish( result );
  return result;
}

} // namespace sortie
