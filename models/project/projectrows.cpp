#include "models/project/projectrows.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sortie::projectrows
{

namespace
{
QVariant optionalDouble( const std::optional<double> &value )
{
  return value ? QVariant( *value ) : QVariant();
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

} // namespace sortie::projectrows
