#include "models/io/airbasecsvimporter.h"

#include "models/io/csvreader.h"
#include "models/io/importsupport.h"

#include <QObject>

#include <cmath>

namespace sortie
{

using namespace importsupport;

namespace
{
bool validPosition( double lat, double lon )
{
  return std::isfinite( lat ) && std::isfinite( lon ) && lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180;
}
} // namespace

int AirbaseCsvImporter::sniff( const QByteArray &head ) const
{
  const QByteArray header = csv::firstLineLower( head );
  return header.contains( "icao" ) && header.contains( "lat" ) && header.contains( "lon" ) &&
                 header.contains( "name" ) && !header.contains( "icao24" )
             ? 90
             : 0;
}

ImportResult AirbaseCsvImporter::read( const ImportSource &source ) const
{
  ImportResult result;
  WarningSink warnings( source.displayName );
  csv::Reader reader( source.content );
  std::vector<std::string_view> fields;
  const std::optional<csv::Header> found = readCsvHeader( reader, fields, source, result );
  if ( !found )
    return result;
  const csv::Header &header = *found;
  const int name = header.index( "name" );
  const int icao = header.index( "icao" );
  const int iata = header.index( "iata" );
  const int lat = header.indexOfAny( { "lat", "latitude" } );
  const int lon = header.indexOfAny( { "lon", "longitude" } );
  const int kind = header.indexOfAny( { "kind", "use" } );
  const int country = header.index( "country" );
  const int elevation = header.index( "elevation_m" );
  while ( reader.next( fields ) )
  {
    const auto latitude = csv::toDouble( csv::field( fields, lat ) );
    const auto longitude = csv::toDouble( csv::field( fields, lon ) );
    if ( !latitude || !longitude || !validPosition( *latitude, *longitude ) )
    {
      warnings.add( reader.line(), QObject::tr( "no valid lat/lon; airbase skipped" ) );
      continue;
    }
    Airbase airbase;
    airbase.name = csv::toQString( csv::field( fields, name ) );
    airbase.icao = csv::toQString( csv::field( fields, icao ) ).toUpper();
    airbase.iata = csv::toQString( csv::field( fields, iata ) ).toUpper();
    airbase.position = { *latitude, *longitude };
    airbase.country = csv::toQString( csv::field( fields, country ) ).toUpper();
    if ( const auto metres = csv::toDouble( csv::field( fields, elevation ) ) )
      airbase.elevationMetres = *metres;
    const QString kindText = csv::toQString( csv::field( fields, kind ) );
    if ( const auto use = airbaseUseFromName( kindText ) )
      airbase.use = *use;
    else if ( !kindText.isEmpty() )
      warnings.add( reader.line(),
                    QObject::tr( "kind '%1' is not civil, military, joint or unknown; taken as unknown" )
                        .arg( kindText ) );
    if ( airbase.name.isEmpty() && airbase.icao.isEmpty() )
    {
      warnings.add( reader.line(), QObject::tr( "neither name nor ICAO code; airbase skipped" ) );
      continue;
    }
    result.airbases.append( airbase );
  }
  warnings.finish( result );
  return result;
}

int OurAirportsImporter::sniff( const QByteArray &head ) const
{
  const QByteArray header = csv::firstLineLower( head );
  return header.contains( "ident" ) && header.contains( "latitude_deg" ) && header.contains( "longitude_deg" )
             ? 100
             : 0;
}

ImportResult OurAirportsImporter::read( const ImportSource &source ) const
{
  ImportResult result;
  WarningSink warnings( source.displayName );
  csv::Reader reader( source.content );
  std::vector<std::string_view> fields;
  const std::optional<csv::Header> found = readCsvHeader( reader, fields, source, result );
  if ( !found )
    return result;
  const csv::Header &header = *found;
  const int ident = header.index( "ident" );
  const int type = header.index( "type" );
  const int name = header.index( "name" );
  const int lat = header.index( "latitude_deg" );
  const int lon = header.index( "longitude_deg" );
  const int elevationFt = header.index( "elevation_ft" );
  const int country = header.index( "iso_country" );
  const int gpsCode = header.index( "gps_code" );
  const int icaoCode = header.index( "icao_code" );
  const int iataCode = header.index( "iata_code" );
  const int keywords = header.index( "keywords" );
  while ( reader.next( fields ) )
  {
    // Every kind is kept (closed fields too): the map decides what to draw at which scale,
    // the analysis what may end a leg (AirbaseIndex::nearest()).
    const std::optional<AirbaseKind> kind =
        airbaseKindFromName( csv::toQString( csv::trimmed( csv::field( fields, type ) ) ) );
    const auto latitude = csv::toDouble( csv::field( fields, lat ) );
    const auto longitude = csv::toDouble( csv::field( fields, lon ) );
    if ( !latitude || !longitude || !validPosition( *latitude, *longitude ) )
    {
      warnings.add( reader.line(), QObject::tr( "no valid latitude_deg/longitude_deg; airport skipped" ) );
      continue;
    }
    Airbase airbase;
    airbase.name = csv::toQString( csv::field( fields, name ) );
    // icao_code is the newer column; gps_code and ident hold the ICAO code in older exports.
    airbase.icao = csv::toQString( csv::field( fields, icaoCode ) );
    if ( airbase.icao.isEmpty() )
      airbase.icao = csv::toQString( csv::field( fields, gpsCode ) );
    if ( airbase.icao.isEmpty() )
      airbase.icao = csv::toQString( csv::field( fields, ident ) );
    airbase.iata = csv::toQString( csv::field( fields, iataCode ) );
    airbase.position = { *latitude, *longitude };
    airbase.country = csv::toQString( csv::field( fields, country ) );
    if ( const auto feet = csv::toDouble( csv::field( fields, elevationFt ) ) )
      airbase.elevationMetres = *feet * kMetresPerFoot;
    airbase.kind = kind.value_or( AirbaseKind::Unknown );
    // OurAirports has no military column: its names and keywords say it ("Air Base",
    // "Air Force Base", "military", "авиабаза").
    const QString words =
        ( airbase.name + QLatin1Char( ' ' ) + csv::toQString( csv::field( fields, keywords ) ) ).toLower();
    for ( const char *marker : { "air base", "air force", "airbase", "military", "naval air", "авиабаза" } )
    {
      if ( words.contains( QString::fromUtf8( marker ) ) )
      {
        airbase.use = AirbaseUse::Military;
        break;
      }
    }
    result.airbases.append( airbase );
  }
  warnings.finish( result );
  return result;
}

} // namespace sortie
