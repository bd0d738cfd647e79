// A team project's position archive read by time window (issue 16, part 2): 10 million
// positions in a real PostgreSQL 15 + PostGIS server started for the benchmark; how long a
// week's window takes to arrive in the workbench's form (tracks in time order), and what it
// costs in memory. docs/benchmarks.md has the figures and the command.
#include "models/project/pgconnection.h"
#include "models/project/teamarchive.h"
#include "tests/benchmarks/teamarchivefill.h"
#include "tests/support/pgserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <benchmark/benchmark.h>
#include <cstdio>
#include <random>

using namespace sortie;

namespace
{
const QString kSchema = QStringLiteral( "bench" );
constexpr qint64 kYearStartMs = bench::kArchiveYearStartMs;
constexpr qint64 kDayMs = 86400000;
test::PgServer *gServer = nullptr;

// Resident memory of this process, in MB (Linux).
double residentMb()
{
  QFile statm( QStringLiteral( "/proc/self/statm" ) );
  if ( !statm.open( QIODevice::ReadOnly ) )
    return 0;
  const QList<QByteArray> fields = statm.readAll().split( ' ' );
  return fields.size() > 1 ? fields.at( 1 ).toDouble() * 4096.0 / ( 1 << 20 ) : 0;
}

bool fillArchive( const QString &connection )
{
  return bench::fillTeamArchive( connection, kSchema );
}

// A week of the archive, at a random week of the year each time.
void BM_ReadWeek( benchmark::State &state )
{
  std::mt19937 random( 7 );
  std::uniform_int_distribution<qint64> day( 0, 350 );
  qint64 positions = 0;
  double growthMb = 0;
  for ( auto _ : state )
  {
    const qint64 from = kYearStartMs + day( random ) * kDayMs;
    const double before = residentMb();
    const teamarchive::Window window =
        teamarchive::read( gServer->connection(), kSchema, from, from + 7 * kDayMs, 5'000'000 );
    growthMb = std::max( growthMb, residentMb() - before );
    if ( !window.error.isEmpty() || window.truncated )
      state.SkipWithError( qPrintable( window.error ) );
    positions = window.positions;
    benchmark::DoNotOptimize( window.tracks.data() );
  }
  state.counters["positions"] = static_cast<double>( positions );
  state.counters["rss_growth_mb"] = growthMb;
}
BENCHMARK( BM_ReadWeek )->Unit( benchmark::kMillisecond )->Iterations( 20 );

// A day: what scrubbing across the edge of the loaded window reads ahead.
void BM_ReadDay( benchmark::State &state )
{
  std::mt19937 random( 11 );
  std::uniform_int_distribution<qint64> day( 0, 360 );
  qint64 positions = 0;
  for ( auto _ : state )
  {
    const qint64 from = kYearStartMs + day( random ) * kDayMs;
    const teamarchive::Window window =
        teamarchive::read( gServer->connection(), kSchema, from, from + kDayMs, 5'000'000 );
    if ( !window.error.isEmpty() )
      state.SkipWithError( qPrintable( window.error ) );
    positions = window.positions;
  }
  state.counters["positions"] = static_cast<double>( positions );
}
BENCHMARK( BM_ReadDay )->Unit( benchmark::kMillisecond )->Iterations( 20 );

void BM_Extent( benchmark::State &state )
{
  for ( auto _ : state )
    benchmark::DoNotOptimize( teamarchive::extent( gServer->connection(), kSchema ) );
}
BENCHMARK( BM_Extent )->Unit( benchmark::kMillisecond )->Iterations( 20 );
} // namespace

int main( int argc, char **argv )
{
  QCoreApplication app( argc, argv );
  test::PgServer server;
  if ( !server.start() )
  {
    std::fprintf( stderr, "%s\n", qPrintable( server.error() ) );
    return 1;
  }
  gServer = &server;
  if ( !fillArchive( server.connection() ) )
    return 1;
  std::fprintf( stderr, "resident before the benchmarks: %.0f MB\n", residentMb() );
  benchmark::Initialize( &argc, argv );
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
