#include "models/io/fr24granularimporter.h"

#include "models/io/csvreader.h"
#include "models/io/importsupport.h"

#include <QDate>
#include <QHash>
#include <QObject>

#include <cctype>

namespace sortie
{

using namespace importsupport;

namespace
{
std::optional<int> digits( std::string_view text, std::size_t at, std::size_t count )
{
  if ( at + count > text.size() )
    return std::nullopt;
  int value = 0;
  for ( std::size_t i = at; i < at + count; ++i )
  {
    if ( !std::isdigit( static_cast<unsigned char>( text[i] ) ) )
      return std::nullopt;
    value = value * 10 + ( text[i] - '0' );
  }
  return value;
}
} // namespace

std::optional<std::int64_t> parseFr24GranularTime( std::string_view text )
{
  // Why by hand: QDateTime has no format for a fraction after the zone letter, and a
  // million messages are read per file.
  text = csv::trimmed( text );
  const auto year = digits( text, 0, 4 ), month = digits( text, 5, 2 ), day = digits( text, 8, 2 );
  const auto hour = digits( text, 11, 2 ), minute = digits( text, 14, 2 ), second = digits( text, 17, 2 );
  if ( !year || !month || !day || !hour || !minute || !second || text[4] != '-' || text[7] != '-' ||
       ( text[10] != ' ' && text[10] != 'T' ) || text[13] != ':' || text[16] != ':' || *hour > 23 ||
       *minute > 59 || *second > 60 )
    return std::nullopt;
  const QDate date( *year, *month, *day );
  if ( !date.isValid() )
    return std::nullopt;
  std::size_t at = 19;
  if ( at < text.size() && text[at] == 'Z' )
    ++at;
  int milliseconds = 0;
  if ( at < text.size() && text[at] == '.' )
  {
    ++at;
    int scale = 100;
    while ( at < text.size() && std::isdigit( static_cast<unsigned char>( text[at] ) ) )
    {
      milliseconds += ( text[at] - '0' ) * scale;
      scale /= 10;
      ++at;
    }
  }
  if ( at < text.size() && text[at] == 'Z' )
    ++at;
  if ( at != text.size() )
    return std::nullopt;
  const std::int64_t days = date.toJulianDay() - QDate( 1970, 1, 1 ).toJulianDay();
  return ( ( days * 24 + *hour ) * 60 + *minute ) * 60000LL + *second * 1000LL + milliseconds;
}

int Fr24GranularCsvImporter::sniff( const QByteArray &head ) const
{
  const QByteArray line = csv::firstLineLower( head );
  return line.startsWith( "network_time," ) && line.contains( ",hex," ) && line.contains( ",latitude," ) ? 100
                                                                                                         : 0;
}

ImportResult Fr24GranularCsvImporter::read( const ImportSource &source ) const
{
  ImportResult result;
  WarningSink warnings( source.displayName );
  csv::Reader reader( source.content );
  std::vector<std::string_view> fields;
  const std::optional<csv::Header> found = readCsvHeader( reader, fields, source, result );
  if ( !found )
    return result;
  const csv::Header &header = *found;
  const int networkTime = header.index( "network_time" );
  const int receiverTime = header.index( "receiver_time" );
  const int hex = header.index( "hex" );
  const int callsign = header.index( "callsign" );
  const int latitude = header.index( "latitude" );
  const int longitude = header.index( "longitude" );
  const int noPosition = header.index( "no_position" );
  const int altitude = header.index( "altitude" );
  const int speed = header.index( "speed" );
  const int track = header.index( "track" );
  const int vspeed = header.index( "vspeed" );
  const int onGround = header.index( "on_ground" );
  if ( ( networkTime < 0 && receiverTime < 0 ) || hex < 0 || latitude < 0 || longitude < 0 )
  {
    result.failed = true;
    result.warnings.append(
        { source.displayName, 1, QObject::tr( "header lacks network_time, hex, latitude or longitude" ) } );
    return result;
  }

  TracksByAddress aircraft( result.tracks, { formatName(), source.displayName, QString() } );
  qint64 withoutPosition = 0;
  while ( reader.next( fields ) )
  {
    std::optional<std::int64_t> timeMs = parseFr24GranularTime( csv::field( fields, networkTime ) );
    if ( !timeMs )
      timeMs = parseFr24GranularTime( csv::field( fields, receiverTime ) );
    QString address = csv::toQString( csv::field( fields, hex ) ).toLower();
    if ( address.startsWith( QLatin1String( "0x" ) ) )
      address = address.mid( 2 );
    if ( !timeMs || address.isEmpty() )
    {
      warnings.add( reader.line(), QObject::tr( "no valid time or hex address; row skipped" ) );
      continue;
    }
    const auto lat = csv::toDouble( csv::field( fields, latitude ) );
    const auto lon = csv::toDouble( csv::field( fields, longitude ) );
    if ( csv::trimmed( csv::field( fields, noPosition ) ) == "N" || !lat || !lon ||
         ( *lat == 0.0 && *lon == 0.0 ) )
    {
      ++withoutPosition; // a message without a position (altitude or speed only): no place
      continue;
    }
    TrackPoint point;
    point.timeMs = *timeMs;
    point.latitude = *lat;
    point.longitude = *lon;
    if ( const auto feet = csv::toDouble( csv::field( fields, altitude ) ) )
      point.altitudeMetres = static_cast<float>( *feet ) * kMetresPerFoot;
    if ( const auto knots = csv::toDouble( csv::field( fields, speed ) ) )
      point.groundSpeedMps = static_cast<float>( *knots ) * kMetresPerSecondPerKnot;
    if ( const auto degrees = csv::toDouble( csv::field( fields, track ) ) )
      point.trackDegrees = static_cast<float>( *degrees );
    if ( const auto feetPerMinute = csv::toDouble( csv::field( fields, vspeed ) ) )
      point.verticalRateMps = static_cast<float>( *feetPerMinute ) * kMetresPerSecondPerFootPerMinute;
    const std::string_view ground = csv::trimmed( csv::field( fields, onGround ) );
    if ( ground == "G" )
      point.flags |= PointOnGround | PointOnGroundKnown;
    else if ( ground == "A" )
      point.flags |= PointOnGroundKnown;
    if ( const auto why = implausibility( point ) )
    {
      warnings.add( reader.line(), *why + QStringLiteral( "; row skipped" ) );
      continue;
    }
    Track &aircraftTrack = aircraft[address];
    addCallsign( aircraftTrack.identity, csv::toQString( csv::field( fields, callsign ) ) );
    aircraftTrack.append( point );
  }
  for ( Track &aircraftTrack : result.tracks )
  {
    aircraftTrack.sortByTime(); // several receivers: out of order, and exact repeats dropped
    aircraftTrack.squeeze();
  }
  if ( withoutPosition > 0 )
    warnings.add( 0, QStringLiteral( "%1 messages without a position skipped" ).arg( withoutPosition ) );
  warnings.finish( result );
  return result;
}

} // namespace sortie
