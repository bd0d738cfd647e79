#include "models/project/projectrows.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace sortie::projectrows
{

namespace
{
QVariant optionalDouble( const std::optional<double> &value )
{
  return value ? QVariant( *value ) : QVariant();
}

QDateTime utcAt( qint64 ms )
{
  return QDateTime::fromMSecsSinceEpoch( ms, QTimeZone::utc() );
}
} // namespace

QString jsonArray( const QStringList &values )
{
  return QString::fromUtf8(
      QJsonDocument( QJsonArray::fromStringList( values ) ).toJson( QJsonDocument::Compact ) );
}

Row eventRow( const Event &event, const std::optional<GeoPoint> &drawnAt )
{
  // What stock QGIS filters by: the whole interval covered (an instant: its moment), the end
  // inclusive as QGIS takes it.
  const auto [from, until] = event.interval();
  const std::optional<GeoPoint> &position = event.place.position;
  Row row;
  row.values = {
      { "event_id", OFTString, event.id },
      { "title", OFTString, event.title },
      { "kind", OFTString, eventKindName( event.kind ) },
      { "start", OFTDateTime, event.start },
      { "end", OFTDateTime, event.end ? QVariant( *event.end ) : QVariant() },
      { "precision", OFTString, datePrecisionName( event.precision ) },
      { "place_name", OFTString, event.place.name },
      { "place_airbase", OFTString, event.place.airbaseIcao },
      { "place_lat", OFTReal,
        optionalDouble( position ? std::optional<double>( position->latitude ) : std::nullopt ) },
      { "place_lon", OFTReal,
        optionalDouble( position ? std::optional<double>( position->longitude ) : std::nullopt ) },
      { "actors", OFTString, jsonArray( event.actors ) },
      { "description", OFTString, event.description },
      { "sources", OFTInteger, static_cast<int>( event.sources.size() ) },
      { "covers_from", OFTDateTime, from },
      { "covers_until", OFTDateTime, until > from ? until.addMSecs( -1 ) : from },
  };
  row.point = drawnAt;
  return row;
}

Row sourceRow( const char *ownerColumn, const QString &owner, int ordinal, const SourceCitation &source )
{
  Row row;
  row.values = {
      { ownerColumn, OFTString, owner },          { "ordinal", OFTInteger, ordinal },
      { "outlet", OFTString, source.outlet },     { "title", OFTString, source.title },
      { "date", OFTDate, source.date },           { "url", OFTString, source.url },
      { "supports", OFTString, source.supports },
  };
  return row;
}

Row correlationRow( const Correlation &correlation )
{
  Row row;
  row.values = {
      { "correlation_id", OFTString, correlation.id },
      { "relation", OFTString, relationName( correlation.relation ) },
      { "relation_text", OFTString, correlation.relationText },
      { "note", OFTString, correlation.note },
      { "confidence", OFTString, confidenceName( correlation.confidence ) },
      { "likelihood", OFTString, correlation.likelihood },
      { "author", OFTString, correlation.author },
      { "created_utc", OFTDateTime, correlation.createdUtc },
      { "modified_utc", OFTDateTime, correlation.modifiedUtc },
      { "example", OFTInteger, correlation.example ? 1 : 0 },
  };
  return row;
}

namespace
{
Row linkRow( const QString &correlation, const QString &event, const std::optional<qint64> &trackRow,
             const std::optional<qint64> &legStartMs, const QString &trackKey )
{
  Row row;
  row.values = {
      { "correlation_id", OFTString, correlation },
      { "event_id", OFTString, event.isEmpty() ? QVariant() : QVariant( event ) },
      { "track_id", OFTInteger, trackRow ? QVariant( *trackRow ) : QVariant() },
      { "leg_takeoff", OFTDateTime, legStartMs ? QVariant( utcAt( *legStartMs ) ) : QVariant() },
      { "track_key", OFTString, trackKey.isEmpty() ? QVariant() : QVariant( trackKey ) },
  };
  return row;
}
} // namespace

std::vector<Row>
correlationLinkRows( const Correlation &correlation,
                     const std::function<std::optional<qint64>( const QString & )> &trackRow )
{
  std::vector<Row> rows;
  for ( const QString &event : correlation.eventIds )
    rows.push_back( linkRow( correlation.id, event, std::nullopt, std::nullopt, QString() ) );
  for ( const FlightRef &flight : correlation.flights )
    rows.push_back(
        linkRow( correlation.id, QString(), trackRow( flight.trackId ), flight.legStartMs, flight.trackId ) );
  if ( rows.empty() ) // the table's columns, for a writer that creates it
    rows.push_back( linkRow( correlation.id, QString(), std::nullopt, std::nullopt, QString() ) );
  return rows;
}

Row annotationRow( const Annotation &annotation )
{
  QJsonArray points; // [longitude, latitude] pairs, as GeoJSON writes them
  for ( const GeoPoint &p : annotation.points )
    points.append( QJsonArray{ p.longitude, p.latitude } );
  Row row;
  row.values = {
      { "annotation_id", OFTString, annotation.id },
      { "kind", OFTString, annotationKindName( annotation.kind ) },
      { "points", OFTString, QString::fromUtf8( QJsonDocument( points ).toJson( QJsonDocument::Compact ) ) },
      { "text", OFTString, annotation.text },
      { "window_from", OFTDateTime,
        annotation.window ? QVariant( utcAt( annotation.window->start ) ) : QVariant() },
      { "window_to", OFTDateTime,
        annotation.window ? QVariant( utcAt( annotation.window->end ) ) : QVariant() },
      { "correlation_id", OFTString, annotation.correlationId },
  };
  return row;
}

} // namespace sortie::projectrows
