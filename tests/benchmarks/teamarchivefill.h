#pragma once

// The synthetic position archive of the team project benchmarks (bench_teamarchive,
// bench_scrub): 10 million positions in a real PostgreSQL server.

#include "models/project/pgconnection.h"
#include "models/project/teamarchive.h"

#include <QElapsedTimer>
#include <QString>

#include <cstdio>

namespace sortie::bench
{

constexpr qint64 kArchiveYearStartMs = 1704067200000; // 2024-01-01T00:00:00Z

/**
 * Make schema @p schema with a position archive of 2,000 aircraft of 5,000 fixes a minute apart
 * (3.5 days each), their first fixes spread over 2024: 10 million positions, about 190,000 in
 * any week. PostGIS in schema public. False (and the reason on stderr) when it fails.
 */
inline bool fillTeamArchive( const QString &connection, const QString &schema )
{
  pg::Connection database( connection );
  QString error;
  QElapsedTimer clock;
  clock.start();
  const QByteArray table = pg::quotedIdentifier( schema ) + ".archive_positions";
  const bool filled =
      database.run( "CREATE SCHEMA " + pg::quotedIdentifier( schema ), &error ) &&
      teamarchive::create( connection, schema ).isEmpty() &&
      database.run(
          "INSERT INTO " + table +
              " ( icao24, callsign, time, altitude_m, ground_speed_mps, "
              "track_deg, vertical_rate_mps, geom ) "
              "SELECT to_hex( 7340032 + a ), 'BNC' || a, "
              "timestamptz '2024-01-01 00:00:00+00' + make_interval( secs => a * 15768.0 + i * 60 ), "
              "10000, 230, i % 360, 0, "
              "public.ST_SetSRID( public.ST_MakePoint( 100 + 30 * cos( a + i / 800.0 ), "
              "45 + 10 * sin( a + i / 700.0 ) ), 4326 ) "
              "FROM generate_series( 0, 1999 ) a, generate_series( 0, 4999 ) i",
          &error ) &&
      database.run( "ANALYZE " + table, &error );
  std::fprintf( stderr, "archive filled in %.0f s%s%s\n", clock.elapsed() / 1000.0,
                error.isEmpty() ? "" : ": ", qPrintable( error ) );
  return filled;
}

} // namespace sortie::bench
