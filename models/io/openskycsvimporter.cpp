#include "models/io/openskycsvimporter.h"

#include "models/io/csvreader.h"
#include "models/io/importsupport.h"

#include <QHash>
#include <QObject>

namespace sortie
{

using namespace importsupport;

int OpenSkyCsvImporter::sniff( const QByteArray &head ) const
{
  // Any subset and order of the state-vector columns (OpenSky's historical database hands out
  // what the query selected), as long as it has the four that make a position: by name.
  const QByteArray line = csv::firstLineLower( head );
  csv::Reader reader( line );
  std::vector<std::string_view> names;
  if ( !reader.next( names ) )
    return 0;
  const csv::Header header( names );
  return header.index( "time" ) >= 0 && header.index( "icao24" ) >= 0 && header.index( "lat" ) >= 0 &&
                 header.index( "lon" ) >= 0
             ? 95
             : 0;
}

ImportResult OpenSkyCsvImporter::read( const ImportSource &source ) const
{
  ImportResult result;
  WarningSink warnings( source.displayName );
  csv::Reader reader( source.content );
  std::vector<std::string_view> fields;
  const std::optional<csv::Header> found = readCsvHeader( reader, fields, source, result );
  if ( !found )
    return result;
  const csv::Header &header = *found;
  const int time = header.index( "time" );
  const int icao24 = header.index( "icao24" );
  const int lat = header.index( "lat" );
  const int lon = header.index( "lon" );
  const int velocity = header.index( "velocity" );
  const int heading = header.index( "heading" );
  const int vertrate = header.index( "vertrate" );
  const int callsign = header.index( "callsign" );
  const int onground = header.index( "onground" );
  const int baroaltitude = header.index( "baroaltitude" );
  const int geoaltitude = header.index( "geoaltitude" ); // when the extract has no barometric one
  if ( time < 0 || icao24 < 0 || lat < 0 || lon < 0 )
  {
    result.failed = true;
    result.warnings.append(
        { source.displayName, 1, QObject::tr( "header lacks time, icao24, lat or lon" ) } );
    return result;
  }

  TracksByAddress aircraft( result.tracks, { formatName(), source.displayName, QString() } );
  int withoutPosition = 0;
  while ( reader.next( fields ) )
  {
    const QString address = csv::toQString( csv::field( fields, icao24 ) ).toLower();
    const auto seconds = csv::toDouble( csv::field( fields, time ) );
    if ( address.isEmpty() || !seconds )
    {
      warnings.add( reader.line(), QObject::tr( "no icao24 or no valid time; row skipped" ) );
      continue;
    }
    const auto latitude = csv::toDouble( csv::field( fields, lat ) );
    const auto longitude = csv::toDouble( csv::field( fields, lon ) );
    if ( !latitude || !longitude )
    {
      ++withoutPosition;
      continue;
    }
    const auto ms = secondsToMs( *seconds );
    if ( !ms )
    {
      warnings.add( reader.line(), QObject::tr( "time %1 is not a time; row skipped" ).arg( *seconds ) );
      continue;
    }
    TrackPoint point;
    point.timeMs = *ms;
    point.latitude = *latitude;
    point.longitude = *longitude;
    if ( const auto v = csv::toDouble( csv::field( fields, baroaltitude ) ) )
      point.altitudeMetres = static_cast<float>( *v );
    else if ( const auto g = csv::toDouble( csv::field( fields, geoaltitude ) ) )
      point.altitudeMetres = static_cast<float>( *g );
    if ( const auto v = csv::toDouble( csv::field( fields, velocity ) ) )
      point.groundSpeedMps = static_cast<float>( *v );
    if ( const auto v = csv::toDouble( csv::field( fields, heading ) ) )
      point.trackDegrees = static_cast<float>( *v );
    if ( const auto v = csv::toDouble( csv::field( fields, vertrate ) ) )
      point.verticalRateMps = static_cast<float>( *v );
    const std::string_view ground = csv::trimmed( csv::field( fields, onground ) );
    if ( ground == "true" || ground == "True" || ground == "1" )
      point.flags |= PointOnGround | PointOnGroundKnown;
    else if ( ground == "false" || ground == "False" || ground == "0" )
      point.flags |= PointOnGroundKnown;
    if ( const auto why = implausibility( point ) )
    {
      warnings.add( reader.line(), *why + QStringLiteral( "; row skipped" ) );
      continue;
    }

    Track &track = aircraft[address];
    addCallsign( track.identity, csv::toQString( csv::field( fields, callsign ) ) );
    track.append( point );
  }
  for ( Track &track : result.tracks )
    track.sortByTime();
  if ( withoutPosition > 0 )
    warnings.add( 0, QStringLiteral( "%1 rows without a position skipped" ).arg( withoutPosition ) );
  warnings.finish( result );
  return result;
}

} // namespace sortie
