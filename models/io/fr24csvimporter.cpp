#include "models/io/fr24csvimporter.h"

#include "models/io/csvreader.h"
#include "models/io/importsupport.h"

#include <QObject>

namespace sortie
{

using namespace importsupport;

int Fr24CsvImporter::sniff( const QByteArray &head ) const
{
  int offset = 0;
  qint64 line = 1;
  leadingComments( head, &offset, &line );
  const QByteArray firstLine = head.mid( offset, 80 ).toLower();
  return firstLine.startsWith( "timestamp,utc,callsign,position" ) ? 100 : 0;
}

ImportResult Fr24CsvImporter::read( const ImportSource &source ) const
{
  ImportResult result;
  WarningSink warnings( source.displayName );
  int offset = 0;
  qint64 firstLine = 1;
  const QMap<QString, QString> comments = leadingComments( source.content, &offset, &firstLine );

  csv::Reader reader( source.content, offset, firstLine );
  std::vector<std::string_view> fields;
  const std::optional<csv::Header> found = readCsvHeader( reader, fields, source, result );
  if ( !found )
    return result;
  const csv::Header &header = *found;
  const int timestampColumn = header.index( "timestamp" );
  const int utcColumn = header.index( "utc" );
  const int callsignColumn = header.index( "callsign" );
  const int positionColumn = header.index( "position" );
  const int altitudeColumn = header.index( "altitude" );
  const int speedColumn = header.index( "speed" );
  const int directionColumn = header.index( "direction" );
  if ( positionColumn < 0 || ( timestampColumn < 0 && utcColumn < 0 ) )
  {
    result.failed = true;
    result.warnings.append(
        { source.displayName, reader.line(), QObject::tr( "header lacks Timestamp/UTC or Position" ) } );
    return result;
  }

  Track track;
  track.source = { formatName(), source.displayName, QString() };
  applyComments( comments, track );
  track.reserve( static_cast<std::size_t>( source.content.size() / 60 ) ); // rows are ~60 bytes

  while ( reader.next( fields ) )
  {
    if ( static_cast<int>( fields.size() ) < header.size() )
    {
      warnings.add( reader.line(), QStringLiteral( "%1 columns instead of %2; row skipped" )
                                       .arg( fields.size() )
                                       .arg( header.size() ) );
      continue;
    }
    TrackPoint point;
    if ( const auto seconds = csv::toInt64( csv::field( fields, timestampColumn ) ) )
    {
      const auto ms = secondsToMs( *seconds );
      if ( !ms )
      {
        warnings.add( reader.line(),
                      QStringLiteral( "Timestamp %1 is not a time; row skipped" ).arg( *seconds ) );
        continue;
      }
      point.timeMs = *ms;
    }
    else
    {
      const QDateTime utc = parseUtc( csv::toQString( csv::field( fields, utcColumn ) ) );
      if ( !utc.isValid() )
      {
        warnings.add( reader.line(), QObject::tr( "no valid time; row skipped" ) );
        continue;
      }
      point.timeMs = utc.toMSecsSinceEpoch();
    }

    const std::string_view position = csv::field( fields, positionColumn );
    const std::size_t comma = position.find( ',' );
    const auto latitude =
        comma == std::string_view::npos ? std::nullopt : csv::toDouble( position.substr( 0, comma ) );
    const auto longitude =
        comma == std::string_view::npos ? std::nullopt : csv::toDouble( position.substr( comma + 1 ) );
    if ( !latitude || !longitude )
    {
      warnings.add( reader.line(), QStringLiteral( "Position '%1' is not \"lat,lon\"; row skipped" )
                                       .arg( csv::toQString( position ) ) );
      continue;
    }
    point.latitude = *latitude;
    point.longitude = *longitude;
    if ( const auto feet = csv::toDouble( csv::field( fields, altitudeColumn ) ) )
      point.altitudeMetres = static_cast<float>( *feet ) * kMetresPerFoot;
    if ( const auto knots = csv::toDouble( csv::field( fields, speedColumn ) ) )
      point.groundSpeedMps = static_cast<float>( *knots ) * kMetresPerSecondPerKnot;
    if ( const auto degrees = csv::toDouble( csv::field( fields, directionColumn ) ) )
      point.trackDegrees = static_cast<float>( *degrees );

    if ( const auto why = implausibility( point ) )
    {
      warnings.add( reader.line(), *why + QStringLiteral( "; row skipped" ) );
      continue;
    }
    if ( callsignColumn >= 0 )
    {
      const std::string_view callsign = csv::trimmed( csv::field( fields, callsignColumn ) );
      if ( !callsign.empty() && ( track.identity.callsigns.isEmpty() ||
                                  track.identity.callsigns.last() != csv::toQString( callsign ) ) )
        addCallsign( track.identity, csv::toQString( callsign ) );
    }
    track.append( point );
  }

  const int duplicates = track.sortByTime();
  if ( duplicates > 0 )
    warnings.add( 0, QStringLiteral( "%1 repeated positions dropped" ).arg( duplicates ) );
  if ( !track.isEmpty() )
    result.tracks.push_back( std::move( track ) );
  warnings.finish( result );
  return result;
}

} // namespace sortie
