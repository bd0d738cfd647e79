#include "models/project/teamarchive.h"

#include "models/project/pgconnection.h"
#include "models/project/teamproject.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

#include <cmath>
#include <memory>

namespace sortie::teamarchive
{

namespace
{
QByteArray table( const QString &schema )
{
  return pg::quotedIdentifier( schema ) + "." + kArchive;
}

/**
 * A connection for the archive of @p schema, and the schema PostGIS is in: empty, or why
 * there is none.
 */
QString openArchive( const QString &connection, const QString &schema,
                     std::unique_ptr<pg::Connection> *database, QByteArray *postgis )
{
  if ( !teamproject::isValidSchemaName( schema ) )
    return QObject::tr( "\"%1\" is not the name of a team project" ).arg( schema );
  *database = std::make_unique<pg::Connection>( connection );
  if ( !( *database )->ok() )
    return ( *database )->error();
  *postgis = pg::postgisSchema( **database );
  if ( postgis->isEmpty() )
    return QObject::tr( "the database has no PostGIS" );
  return QString();
}

// A float column as COPY's text; \N when unknown.
QByteArray numberText( float value )
{
  return std::isfinite( value ) ? QByteArray::number( static_cast<double>( value ), 'g', 9 )
                                : QByteArray( "\\N" );
}

// An ICAO address or callsign as COPY's text: what an importer keeps is [0-9A-Za-z ] and
// the like, but a file's text is never trusted to hold no tab or line end.
QByteArray plainText( const QString &text )
{
  QByteArray bytes = text.toUtf8();
  for ( char &c : bytes )
  {
    if ( c == '\t' || c == '\n' || c == '\r' || c == '\\' )
      c = ' ';
  }
  return bytes;
}
} // namespace

QString create( const QString &connection, const QString &schema )
{
  std::unique_ptr<pg::Connection> database;
  QByteArray postgis;
  const QString refused = openArchive( connection, schema, &database, &postgis );
  if ( !refused.isEmpty() )
    return refused;
  // Time as timestamptz (what QGIS's temporal filter compares), the point as PostGIS's for
  // stock QGIS; the two indexes are the two ways it is read (a window; one aircraft's window).
  const QByteArray archive = table( schema );
  QString error;
  for ( const QByteArray &statement : QList<QByteArray>{
            "CREATE TABLE " + archive +
                " ( fid bigserial PRIMARY KEY, icao24 text NOT NULL, callsign text, time timestamptz NOT "
                "NULL, "
                "altitude_m real, ground_speed_mps real, track_deg real, vertical_rate_mps real, "
                "geom " +
                postgis + ".geometry( Point, 4326 ) NOT NULL )",
            "CREATE INDEX ON " + archive + " ( time )",
            "CREATE UNIQUE INDEX ON " + archive + " ( icao24, time )" } )
  {
    if ( !database->run( statement, &error ) )
      return error;
  }
  return QString();
}

std::optional<Extent> extent( const QString &connection, const QString &schema )
{
  pg::Connection database( connection );
  if ( !database.ok() || !teamproject::isValidSchemaName( schema ) )
    return std::nullopt;
  // The planner's count (exact after ANALYZE, never a scan of the archive) and the ends of
  // the time index.
  const pg::Result result = database.exec(
      "SELECT greatest( c.reltuples, 0 )::int8, ( SELECT ( extract( epoch FROM min( time ) ) * 1000 )::int8 "
      "FROM " +
          table( schema ) + " ), ( SELECT ( extract( epoch FROM max( time ) ) * 1000 )::int8 FROM " +
          table( schema ) + " ) FROM pg_class c WHERE c.oid = to_regclass( $1 )",
      { QString::fromUtf8( table( schema ) ) } );
  if ( result.rows() != 1 )
    return std::nullopt;
  Extent extent;
  extent.firstMs = result.integer( 0, 1 );
  extent.lastMs = result.integer( 0, 2 );
  extent.positions = result.isNull( 0, 1 ) ? 0 : std::max<qint64>( 1, result.integer( 0, 0 ) );
  return extent;
}

Window read( const QString &connection, const QString &schema, qint64 fromMs, qint64 toMs, qint64 limit )
{
  Window window;
  window.fromMs = fromMs;
  window.toMs = toMs;
  std::unique_ptr<pg::Connection> database;
  QByteArray postgis;
  window.error = openArchive( connection, schema, &database, &postgis );
  if ( !window.error.isEmpty() )
    return window;
  // In time order, as the time index gives them: sorted by aircraft on the server, a week of
  // 10 million spilled to disk and took 600 of 1,100 ms (docs/benchmarks.md); grouped here,
  // each aircraft's fixes stay in time order. Through a cursor, 20,000 rows at a time: libpq
  // holds a whole result as text, about 200 bytes a row, which at the limit of millions would
  // be a gigabyte before the first track is made. Times cross as epoch milliseconds (no
  // parsing of dates), the point as two numbers.
  QString error;
  if ( !database->run( "BEGIN READ ONLY", &error ) ||
       !database->run(
           "DECLARE archive_window NO SCROLL CURSOR FOR SELECT icao24, callsign, ( extract( epoch FROM "
           "time ) * 1000 )::int8, " +
               postgis + ".ST_Y( geom ), " + postgis +
               ".ST_X( geom ), altitude_m, ground_speed_mps, track_deg, vertical_rate_mps FROM " +
               table( schema ) +
               " WHERE time >= to_timestamp( $1 / 1000.0 ) AND time < to_timestamp( $2 / 1000.0 ) "
               "ORDER BY time",
           &error, { fromMs, toMs } ) )
  {
    window.error = error;
    return window;
  }
  QHash<QString, std::size_t> trackOf; // ICAO address -> its track in the window
  while ( true )
  {
    const pg::Result rows = database->exec( "FETCH 20000 FROM archive_window" );
    if ( !rows.ok() )
    {
      window.error = rows.error();
      return window;
    }
    for ( int r = 0; r < rows.rows(); ++r )
    {
      if ( window.positions == limit )
      {
        // Cut: the window holds its first part, and ends where the first position left out is.
        window.truncated = true;
        window.toMs = rows.integer( r, 2 );
        break;
      }
      const QString icao24 = rows.text( r, 0 );
      auto found = trackOf.constFind( icao24 );
      if ( found == trackOf.cend() )
      {
        found = trackOf.insert( icao24, window.tracks.size() );
        Track track;
        track.identity.icao24 = icao24;
        if ( !rows.isNull( r, 1 ) )
          track.identity.callsigns = QStringList{ rows.text( r, 1 ) };
        track.source.format = QStringLiteral( "team archive" );
        track.id = QStringLiteral( "archive:%1:%2" ).arg( icao24 ).arg( fromMs );
        window.tracks.push_back( std::move( track ) );
      }
      TrackPoint point;
      point.timeMs = rows.integer( r, 2 );
      point.latitude = rows.number( r, 3 );
      point.longitude = rows.number( r, 4 );
      point.altitudeMetres = static_cast<float>( rows.number( r, 5 ) );
      point.groundSpeedMps = static_cast<float>( rows.number( r, 6 ) );
      point.trackDegrees = static_cast<float>( rows.number( r, 7 ) );
      point.verticalRateMps = static_cast<float>( rows.number( r, 8 ) );
      window.tracks[found.value()].append( point );
      ++window.positions;
    }
    if ( window.truncated || rows.rows() < 20000 )
      break;
  }
  for ( Track &track : window.tracks )
    track.squeeze();
  return window;
}

QString append( const QString &connection, const QString &schema, const std::vector<Track> &tracks,
                qint64 *added )
{
  std::unique_ptr<pg::Connection> database;
  QByteArray postgis;
  const QString refused = openArchive( connection, schema, &database, &postgis );
  if ( !refused.isEmpty() )
    return refused;
  // Through a table of this transaction's own, then in with what the archive has left out
  // (one aircraft at one moment is one position): the same file archived twice, or two
  // exports of one flight, add each position once.
  const QByteArray columns =
      "icao24, callsign, time, altitude_m, ground_speed_mps, track_deg, vertical_rate_mps, geom";
  QString error;
  if ( !database->run( "BEGIN", &error ) ||
       !database->run(
           "CREATE TEMPORARY TABLE archive_incoming ( icao24 text, callsign text, time timestamptz, "
           "altitude_m real, ground_speed_mps real, track_deg real, vertical_rate_mps real, geom " +
               postgis + ".geometry( Point, 4326 ) ) ON COMMIT DROP",
           &error ) )
    return error;
  std::size_t t = 0;
  int i = 0;
  const auto produce = [&]( QByteArray &lines )
  {
    for ( ; t < tracks.size(); ++t, i = 0 )
    {
      const Track &track = tracks[t];
      const QByteArray icao24 =
          plainText( track.identity.icao24.isEmpty() ? track.id : track.identity.icao24 );
      const QByteArray callsign = track.identity.callsigns.isEmpty()
                                      ? QByteArray( "\\N" )
                                      : plainText( track.identity.callsigns.first() );
      for ( ; i < track.size(); ++i )
      {
        const TrackPoint p = track.point( i );
        // EWKT with 17 digits round-trips a double.
        lines += icao24 + '\t' + callsign + '\t' +
                 QDateTime::fromMSecsSinceEpoch( p.timeMs, Qt::UTC ).toString( Qt::ISODateWithMs ).toUtf8() +
                 '\t' + numberText( p.altitudeMetres ) + '\t' + numberText( p.groundSpeedMps ) + '\t' +
                 numberText( p.trackDegrees ) + '\t' + numberText( p.verticalRateMps ) +
                 "\tSRID=4326;POINT(" + QByteArray::number( p.longitude, 'g', 17 ) + ' ' +
                 QByteArray::number( p.latitude, 'g', 17 ) + ")\n";
        if ( lines.size() > ( 1 << 20 ) )
        {
          ++i;
          return true;
        }
      }
    }
    return false;
  };
  if ( !database->copyIn( "COPY archive_incoming ( " + columns + " ) FROM STDIN", produce, &error ) )
    return error; // the connection's end rolls back
  const pg::Result inserted =
      database->exec( "INSERT INTO " + table( schema ) + " ( " + columns + " ) SELECT " + columns +
                      " FROM archive_incoming ON CONFLICT ( icao24, time ) DO NOTHING" );
  if ( !inserted.ok() )
    return inserted.error();
  if ( !database->run( "COMMIT", &error ) )
    return error;
  if ( added )
    *added = inserted.changed();
  // The extent's count and the planner's choices; only the table's owner (the publisher) may,
  // and others' appends are counted by autovacuum later (the count only says "not empty").
  database->run( "ANALYZE " + table( schema ) );
  return QString();
}

} // namespace sortie::teamarchive
