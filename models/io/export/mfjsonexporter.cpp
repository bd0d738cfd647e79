#include "models/io/export/exporters.h"
#include "models/io/export/exportsupport.h"
#include "models/workspace/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace sortie::exporters
{

namespace
{
QJsonValue textOrNull( const QString &text )
{
  return text.isEmpty() ? QJsonValue() : QJsonValue( text );
}

// One track as an MF-JSON trajectory: GeoJSON's LineString, with the time of each position
// in properties.datetimes (same order and length as the coordinates). Identity under the
// names Sortie's GeoJSON reader knows (docs/formats.md). Identity under the
// names Sortie's GeoJSON reader knows (docs/formats.md).
QJsonObject trajectory( const Track &track )
{
  QJsonArray coordinates;
  QJsonArray datetimes;
  for ( int i = 0; i < track.size(); ++i )
  {
    const GeoPoint p = track.position( i );
    // Rounded to 1e-7 degrees, as stored: no binary noise in the file.
    QJsonArray position{ std::round( p.longitude * 1e7 ) / 1e7, std::round( p.latitude * 1e7 ) / 1e7 };
    if ( !std::isnan( track.altitudeMetres( i ) ) )
      position.append( static_cast<double>( track.altitudeMetres( i ) ) );
    coordinates.append( position );
    datetimes.append( isoUtc( track.timeMs( i ) ) );
  }
  QJsonObject properties{
      { QStringLiteral( "datetimes" ), datetimes },
      { QStringLiteral( "name" ), track.identity.label() },
      { QStringLiteral( "registration" ), textOrNull( track.identity.registration ) },
      { QStringLiteral( "icao24" ), textOrNull( track.identity.icao24 ) },
      { QStringLiteral( "callsign" ), textOrNull( track.identity.callsigns.value( 0 ) ) },
      { QStringLiteral( "callsigns" ), QJsonArray::fromStringList( track.identity.callsigns ) },
      { QStringLiteral( "type" ), textOrNull( track.identity.aircraftType ) },
      { QStringLiteral( "note" ), textOrNull( track.source.note ) },
      { QStringLiteral( "source_format" ), track.source.format },
      { QStringLiteral( "source_file" ), track.source.fileName },
      { QStringLiteral( "altitude_unit" ), QStringLiteral( "m" ) } };
  if ( !track.identity.fromDatabase.isEmpty() ) // what the aircraft database said, not the source
    properties.insert( QStringLiteral( "from_aircraft_database" ),
                       QJsonArray::fromStringList( track.identity.fromDatabase ) );
  return QJsonObject{ { QStringLiteral( "type" ), QStringLiteral( "Feature" ) },
                      { QStringLiteral( "geometry" ),
                        QJsonObject{ { QStringLiteral( "type" ), QStringLiteral( "LineString" ) },
                                     { QStringLiteral( "coordinates" ), coordinates } } },
                      { QStringLiteral( "properties" ), properties } };
}
} // namespace

QString writeMfJson( const Workspace &workspace, const QString &path )
{
  // Written by hand around the features: QJsonDocument sorts keys, which would put
  // "type": "FeatureCollection" after megabytes of features, where readers that look at
  // a file's start (Sortie's own among them) do not see it.
  QByteArray bytes = R"({"type":"FeatureCollection","features":[)";
  bool first = true;
  for ( const Track &track : workspace.sourceTracks() )
  {
    if ( track.size() < 2 ) // a LineString needs two positions
      continue;
    if ( !first )
      bytes += ",\n";
    bytes += QJsonDocument( trajectory( track ) ).toJson( QJsonDocument::Compact );
    first = false;
  }
  bytes += "]}\n";
  return writeAtomically( path, bytes );
}

} // namespace sortie::exporters
