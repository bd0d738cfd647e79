#include "models/io/readsbtraceimporter.h"

#include "models/io/importsupport.h"
#include "models/io/jsoncursor.h"

#include <QObject>

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

namespace
{
// One trace row's values as far as Sortie uses them.
struct Row
{
    std::optional<double> seconds, latitude, longitude, altitudeFeet, speedKnots, track, verticalRate;
    bool ground = false;
    int flags = 0;
    QString callsign;
    bool complete = true; // had time, latitude and longitude as numbers
};

// Read one element of a row at position `index` into `row`; anything unexpected but valid
// JSON is skipped, invalid JSON fails the cursor.
bool readElement( jsonsupport::Cursor &cursor, int index, Row &row )
{
  const char c = cursor.peek();
  const bool isNumber = c == '-' || ( c >= '0' && c <= '9' );
  auto number = [&]( std::optional<double> &target )
  {
    if ( isNumber )
      target = cursor.readNumber();
    else
      cursor.skipValue();
    return !cursor.failed();
  };
  switch ( index )
  {
  case 0:
    if ( !isNumber )
      row.complete = false;
    return number( row.seconds );
  case 1:
    if ( !isNumber )
      row.complete = false;
    return number( row.latitude );
  case 2:
    if ( !isNumber )
      row.complete = false;
    return number( row.longitude );
  case 3:
    if ( c == '"' )
    {
      const auto text = cursor.readString();
      row.ground = text && *text == "ground";
      return !cursor.failed();
    }
    return number( row.altitudeFeet );
  case 4:
    return number( row.speedKnots );
  case 5:
    return number( row.track );
  case 6:
  {
    std::optional<double> flags;
    number( flags );
    row.flags = flags ? toIntOr( *flags, 0 ) : 0;
    return !cursor.failed();
  }
  case 7:
    return number( row.verticalRate );
  case 8:
    if ( c == '{' )
    {
      // Aircraft details: only "flight" (the callsign) is wanted.
      cursor.expect( '{' );
      if ( cursor.accept( '}' ) )
        return true;
      while ( !cursor.failed() )
      {
        const auto key = cursor.readString();
        if ( !key || !cursor.expect( ':' ) )
          return false;
        if ( *key == "flight" && cursor.peek() == '"' )
          row.callsign = QString::fromStdString( cursor.readString().value_or( std::string() ) ).trimmed();
        else
          cursor.skipValue();
        if ( cursor.accept( '}' ) )
          return true;
        if ( !cursor.expect( ',' ) )
          return false;
      }
      return false;
    }
    return cursor.skipValue();
  default:
    return cursor.skipValue();
  }
}
} // namespace

ImportResult ReadsbTraceImporter::read( const ImportSource &source ) const
{
  // Why not QJsonDocument: for a million-row trace, building the document takes longer
  // than reading it; this cursor reads each row straight into the track and knows its line.
  ImportResult result;
  WarningSink warnings( source.displayName );
  Track track;
  track.source = { formatName(), source.displayName, QString() };
  track.reserve( static_cast<std::size_t>( source.content.size() / 70 ) ); // rows are ~70-90 bytes
  std::optional<double> timestamp;
  std::vector<std::pair<qint64, Row>> rows; // only until the timestamp is known
  bool sawTrace = false;

  auto addRow = [&]( qint64 line, int number, const Row &row )
  {
    if ( !row.complete || !row.seconds || !row.latitude || !row.longitude )
    {
      warnings.add( line,
                    QObject::tr( "trace row %1 lacks time, latitude or longitude; skipped" ).arg( number ) );
      return;
    }
    const auto ms = secondsToMs( *timestamp + *row.seconds );
    if ( !ms )
    {
      warnings.add( line, QObject::tr( "trace row %1: time %2 + %3 s is not a time; skipped" )
                              .arg( number )
                              .arg( *timestamp )
                              .arg( *row.seconds ) );
      return;
    }
    TrackPoint point;
    point.timeMs = *ms;
    point.latitude = *row.latitude;
    point.longitude = *row.longitude;
    if ( row.ground )
      point.flags |= PointOnGround | PointOnGroundKnown;
    else if ( row.altitudeFeet )
    {
      point.altitudeMetres = static_cast<float>( *row.altitudeFeet ) * kMetresPerFoot;
      point.flags |= PointOnGroundKnown; // readsb says "ground" when it is
    }
    if ( row.speedKnots )
      point.groundSpeedMps = static_cast<float>( *row.speedKnots ) * kMetresPerSecondPerKnot;
    if ( row.track )
      point.trackDegrees = static_cast<float>( *row.track );
    if ( row.flags & 1 )
      point.flags |= PointStale;
    if ( row.flags & 2 )
      point.flags |= PointNewLeg;
    if ( row.verticalRate )
      point.verticalRateMps = static_cast<float>( *row.verticalRate ) * kMetresPerSecondPerFootPerMinute;
    if ( !row.callsign.isEmpty() )
      addCallsign( track.identity, row.callsign );
    if ( const auto why = implausibility( point ) )
    {
      warnings.add( line, QObject::tr( "trace row %1: %2; skipped" ).arg( number ).arg( *why ) );
      return;
    }
    track.append( point );
  };

  jsonsupport::Cursor cursor( source.content );
  cursor.expect( '{' );
  bool firstKey = true;
  while ( !cursor.failed() && !cursor.accept( '}' ) )
  {
    if ( !firstKey && !cursor.expect( ',' ) )
      break;
    firstKey = false;
    const auto key = cursor.readString();
    if ( !key || !cursor.expect( ':' ) )
      break;
    if ( *key == "trace" )
    {
      sawTrace = true;
      cursor.expect( '[' );
      int number = 0;
      while ( !cursor.failed() && !cursor.accept( ']' ) )
      {
        if ( number > 0 && !cursor.expect( ',' ) )
          break;
        ++number;
        cursor.skipSpace();
        const qint64 line = cursor.line();
        Row row;
        if ( cursor.peek() != '[' )
        {
          row.complete = false;
          cursor.skipValue();
        }
        else
        {
          cursor.expect( '[' );
          int index = 0;
          while ( !cursor.failed() && !cursor.accept( ']' ) )
          {
            if ( index > 0 && !cursor.expect( ',' ) )
              break;
            readElement( cursor, index++, row );
          }
        }
        if ( cursor.failed() )
          break;
        if ( timestamp )
          addRow( line, number, row );
        else
          rows.push_back( { line, row } ); // "timestamp" comes after "trace" in this file
      }
    }
    else if ( *key == "timestamp" &&
              ( cursor.peek() == '-' || ( cursor.peek() >= '0' && cursor.peek() <= '9' ) ) )
    {
      timestamp = cursor.readNumber();
      for ( std::size_t i = 0; timestamp && i < rows.size(); ++i )
        addRow( rows[i].first, static_cast<int>( i ) + 1, rows[i].second );
      rows.clear();
    }
    else if ( *key == "dbFlags" && cursor.peek() >= '0' && cursor.peek() <= '9' )
    {
      // readsb's database flags: bit 0 is "military" (tar1090's db, as ADS-B Exchange serves it).
      const std::optional<double> flags = cursor.readNumber();
      if ( flags && *flags >= 0 && *flags < 65536 )
        track.identity.military = ( static_cast<int>( *flags ) & 1 ) != 0;
    }
    else if ( ( *key == "icao" || *key == "r" || *key == "t" || *key == "note" ) && cursor.peek() == '"' )
    {
      const QString value = QString::fromStdString( cursor.readString().value_or( std::string() ) ).trimmed();
      if ( *key == "icao" )
        track.identity.icao24 = value.toLower();
      else if ( *key == "r" )
        track.identity.registration = value;
      else if ( *key == "t" )
        track.identity.aircraftType = value;
      else
        track.source.note = value;
    }
    else
      cursor.skipValue();
  }
  if ( !cursor.failed() && !cursor.atEnd() )
    cursor.fail( QObject::tr( "text after the end of the JSON object" ) );

  if ( cursor.failed() && timestamp && !track.isEmpty() )
  {
    // A trace cut short (an interrupted download): keep what came before the break.
    warnings.add( cursor.errorLine(),
                  QObject::tr( "not valid JSON: %1; the %2 positions before it were kept" )
                      .arg( cursor.error() )
                      .arg( track.size() ) );
  }
  else if ( cursor.failed() )
  {
    result.failed = true;
    warnings.finish( result );
    result.warnings.append( { source.displayName, cursor.errorLine(),
                              QObject::tr( "not valid JSON: %1" ).arg( cursor.error() ) } );
    return result;
  }
  if ( !timestamp || !sawTrace )
  {
    result.failed = true;
    result.warnings.append(
        { source.displayName, 0,
          QObject::tr( "not a readsb trace: no numeric \"timestamp\" and \"trace\" array" ) } );
    return result;
  }
  track.sortByTime();
  if ( !track.isEmpty() )
    result.tracks.push_back( std::move( track ) );
  warnings.finish( result );
  return result;
}

} // namespace sortie
