#include "models/io/readsbtraceimporter.h"

#include "models/io/importsupport.h"
#include "models/io/jsonsupport.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace sortie
{

using namespace importsupport;

int ReadsbTraceImporter::sniff( const QByteArray &head ) const
{
  const QByteArray start = head.left( 4096 );
  if ( !start.trimmed().startsWith( '{' ) )
    return 0;
  if ( start.contains( "\"trace\"" ) && start.contains( "\"timestamp\"" ) )
    return 95;
  if ( start.contains( "\"icao\"" ) && start.contains( "\"timestamp\"" ) )
    return 60; // trace key further down
  return 0;
}

ImportResult ReadsbTraceImporter::read( const ImportSource &source ) const
{
  ImportResult result;
  WarningSink warnings( source.displayName );
  QJsonDocument document;
  qint64 errorLine = 0;
  QString errorMessage;
  if ( !jsonsupport::parse( source.content, &document, &errorLine, &errorMessage ) )
  {
    result.failed = true;
    result.warnings.append( { source.displayName, errorLine, errorMessage } );
    return result;
  }
  const QJsonObject root = document.object();
  const QJsonValue timestampValue = root.value( QStringLiteral( "timestamp" ) );
  const QJsonValue traceValue = root.value( QStringLiteral( "trace" ) );
  if ( !timestampValue.isDouble() || !traceValue.isArray() )
  {
    result.failed = true;
    result.warnings.append( { source.displayName, 0, QStringLiteral( "not a readsb trace: no numeric \"timestamp\" and \"trace\" array" ) } );
    return result;
  }
  const double base = timestampValue.toDouble();
  const QJsonArray rows = traceValue.toArray();
  const std::vector<qint64> rowLines = jsonsupport::arrayElementLines( source.content, "trace" );
  auto lineOf = [&rowLines]( int row ) { return row < static_cast<int>( rowLines.size() ) ? rowLines[static_cast<std::size_t>( row )] : 0; };

  Track track;
  track.source = { formatName(), source.displayName, root.value( QStringLiteral( "note" ) ).toString() };
  track.identity.icao24 = root.value( QStringLiteral( "icao" ) ).toString().trimmed().toLower();
  track.identity.registration = root.value( QStringLiteral( "r" ) ).toString().trimmed();
  track.identity.aircraftType = root.value( QStringLiteral( "t" ) ).toString().trimmed();
  track.reserve( static_cast<std::size_t>( rows.size() ) );

  for ( int r = 0; r < rows.size(); ++r )
  {
    const QJsonArray row = rows.at( r ).toArray();
    if ( row.size() < 3 || !row.at( 0 ).isDouble() || !row.at( 1 ).isDouble() || !row.at( 2 ).isDouble() )
    {
      warnings.add( lineOf( r ), QStringLiteral( "trace row %1 lacks time, latitude or longitude; skipped" ).arg( r + 1 ) );
      continue;
    }
    TrackPoint point;
    point.timeMs = static_cast<std::int64_t>( std::llround( ( base + row.at( 0 ).toDouble() ) * 1000.0 ) );
    point.latitude = row.at( 1 ).toDouble();
    point.longitude = row.at( 2 ).toDouble();
    const QJsonValue altitude = row.at( 3 );
    if ( altitude.isString() && altitude.toString() == QLatin1String( "ground" ) )
      point.flags |= PointOnGround | PointOnGroundKnown;
    else if ( altitude.isDouble() )
    {
      point.altitudeMetres = static_cast<float>( altitude.toDouble() ) * kMetresPerFoot;
      point.flags |= PointOnGroundKnown; // readsb says "ground" when it is
    }
    if ( row.at( 4 ).isDouble() )
      point.groundSpeedMps = static_cast<float>( row.at( 4 ).toDouble() ) * kMetresPerSecondPerKnot;
    if ( row.at( 5 ).isDouble() )
      point.trackDegrees = static_cast<float>( row.at( 5 ).toDouble() );
    const int flags = row.at( 6 ).toInt();
    if ( flags & 1 )
      point.flags |= PointStale;
    if ( flags & 2 )
      point.flags |= PointNewLeg;
    if ( row.at( 7 ).isDouble() )
      point.verticalRateMps = static_cast<float>( row.at( 7 ).toDouble() ) * kMetresPerSecondPerFootPerMinute;
    if ( const QJsonObject details = row.at( 8 ).toObject(); !details.isEmpty() )
      addCallsign( track.identity, details.value( QStringLiteral( "flight" ) ).toString() );

    if ( const auto why = implausibility( point ) )
    {
      warnings.add( lineOf( r ), QStringLiteral( "trace row %1: %2; skipped" ).arg( r + 1 ).arg( *why ) );
      continue;
    }
    track.append( point );
  }
  track.sortByTime();
  if ( !track.isEmpty() )
    result.tracks.push_back( std::move( track ) );
  warnings.finish( result );
  return result;
}

} // namespace sortie
