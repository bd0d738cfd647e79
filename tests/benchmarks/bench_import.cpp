// Reading and analysing a million positions: Flightradar24 CSV and readsb trace import,
// and leg/gap analysis. Targets (issue "Tracks, airbases and events"): at least 1,000,000
// points per second per core for reading, analysis under 0.2 s per million points, at
// most 40 bytes per point resident. Results and the command: docs/benchmarks.md.
//
// The input files are generated here (deterministically) into a temporary folder: a
// Moscow-Pyongyang shuttle sampled every 5 seconds, with ground stops, so that analysis
// sees realistic legs.
#include "models/analysis/flightanalysis.h"
#include "models/geo/geodesy.h"
#include "models/io/importer.h"
#include "models/project/projectstore.h"
#include "models/workspace/importservice.h"
#include "models/workspace/workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <cmath>
#include <cstdio>
#include <memory>

using namespace sortie;

namespace
{
constexpr int kPoints = 1000000;
const GeoPoint kChkalovsky{ 55.8783, 38.0617 };
const GeoPoint kSunan{ 39.2241, 125.6700 };

struct Sample
{
    std::int64_t timeS;
    GeoPoint position;
    double altitudeFt;
    double speedKt;
    bool ground;
};

// Position i of the synthetic shuttle: 5-second fixes, 8-hour legs between 1-hour stops.
Sample sampleAt( int i )
{
  constexpr int legFixes = 8 * 720; // 8 h of 5 s fixes
  constexpr int groundFixes = 720;  // 1 h on the ground
  constexpr int cycle = legFixes + groundFixes;
  const int inCycle = i % cycle;
  const int legNumber = i / cycle;
  const bool outbound = legNumber % 2 == 0;
  Sample s;
  s.timeS = 1700000000LL + static_cast<std::int64_t>( i ) * 5;
  if ( inCycle >= legFixes )
  {
    s.position = outbound ? kSunan : kChkalovsky;
    s.altitudeFt = 0;
    s.speedKt = 0;
    s.ground = true;
    return s;
  }
  const double f = static_cast<double>( inCycle ) / legFixes;
  s.position =
      geodesy::intermediatePoint( outbound ? kChkalovsky : kSunan, outbound ? kSunan : kChkalovsky, f );
  s.altitudeFt = 35000.0 * std::min( 1.0, std::min( f, 1.0 - f ) * 20.0 ) + 500.0;
  s.speedKt = 460;
  s.ground = false;
  return s;
}

class InputFiles
{
  public:
    static InputFiles &instance()
    {
      static InputFiles files;
      return files;
    }
    QString fr24Csv;
    QString readsbTrace;

  private:
    InputFiles()
    {
      fr24Csv = mDir.filePath( QStringLiteral( "bench.fr24.csv" ) );
      readsbTrace = mDir.filePath( QStringLiteral( "trace_full_bench.json" ) );
      writeFr24();
      writeReadsb();
    }
    void writeFr24()
    {
      QFile file( fr24Csv );
      file.open( QIODevice::WriteOnly );
      file.write( "Timestamp,UTC,Callsign,Position,Altitude,Speed,Direction\n" );
      char line[160];
      for ( int i = 0; i < kPoints; ++i )
      {
        const Sample s = sampleAt( i );
        const int n = std::snprintf( line, sizeof( line ),
                                     "%lld,2023-11-14T22:13:20Z,BENCH1,\"%.6f,%.6f\",%.0f,%.0f,%d\n",
                                     static_cast<long long>( s.timeS ), s.position.latitude,
                                     s.position.longitude, s.altitudeFt, s.speedKt, 70 );
        file.write( line, n );
      }
    }
    void writeReadsb()
    {
      QFile file( readsbTrace );
      file.open( QIODevice::WriteOnly );
      file.write( "{\"icao\":\"abcdef\",\"r\":\"XX-BENCH\",\"t\":\"IL62\",\"timestamp\": "
                  "1700000000.000,\n\"trace\":[\n" );
      char line[200];
      for ( int i = 0; i < kPoints; ++i )
      {
        const Sample s = sampleAt( i );
        char altitude[32];
        if ( s.ground )
          std::snprintf( altitude, sizeof( altitude ), "\"ground\"" );
        else
          std::snprintf( altitude, sizeof( altitude ), "%.0f", s.altitudeFt );
        const int n = std::snprintf(
            line, sizeof( line ),
            "%s[%.2f,%.6f,%.6f,%s,%.1f,%.1f,0,%s,null,\"adsb_icao\",null,null,null,null]\n",
            i == 0 ? "" : ",", static_cast<double>( s.timeS - 1700000000LL ), s.position.latitude,
            s.position.longitude, altitude, s.speedKt, 70.0, s.ground ? "null" : "0" );
        file.write( line, n );
      }
      file.write( "]}\n" );
    }
    QTemporaryDir mDir;
};

void reportTrack( benchmark::State &state, const ImportResult &result )
{
  if ( result.failed || result.tracks.size() != 1 || result.tracks.front().size() != kPoints )
  {
    state.SkipWithError( "import did not give one track of a million points" );
    return;
  }
  state.counters["bytes_per_point"] = static_cast<double>( result.tracks.front().memoryBytes() ) / kPoints;
}

// One import benchmark for both formats: the path is the only difference.
void BM_Read( benchmark::State &state, QString InputFiles::*file )
{
  const QString path = InputFiles::instance().*file;
  const ImporterRegistry registry = ImporterRegistry::standard();
  ImportResult last;
  for ( auto _ : state )
  {
    last = registry.importFile( path );
    benchmark::DoNotOptimize( last.tracks.data() );
  }
  reportTrack( state, last );
  state.SetItemsProcessed( state.iterations() * kPoints );
  state.counters["file_MB"] = QFileInfo( path ).size() / 1e6;
}
BENCHMARK_CAPTURE( BM_Read, Fr24Csv, &InputFiles::fr24Csv )->Unit( benchmark::kMillisecond )->MinTime( 3.0 );
BENCHMARK_CAPTURE( BM_Read, ReadsbTrace, &InputFiles::readsbTrace )
    ->Unit( benchmark::kMillisecond )
    ->MinTime( 3.0 );

// A day of ADS-B Exchange trace files (issue 14 point 6): 10,000 files of 300 positions each
// (3,000,000 in all) in the two-level layout traces/<last two hex digits>/trace_full_<icao>.json,
// read by readImport() with 1 and 2 threads. Target: at least 1.5 M positions/s per core,
// scaling with cores.
constexpr int kTraceFiles = 10000;
constexpr int kTracePoints = 300;

const QString &traceFolder()
{
  static QTemporaryDir folder;
  static const bool written = []
  {
    char line[200];
    for ( int n = 0; n < kTraceFiles; ++n )
    {
      char icao[8];
      std::snprintf( icao, sizeof( icao ), "%06x", 0x100000 + n * 97 );
      const QString sub = QStringLiteral( "traces/" ) + QString::fromLatin1( icao + 4 );
      QDir( folder.path() ).mkpath( sub );
      QFile file( folder.filePath(
          sub + QStringLiteral( "/trace_full_%1.json" ).arg( QString::fromLatin1( icao ) ) ) );
      if ( !file.open( QIODevice::WriteOnly ) )
        return false;
      QByteArray text = QByteArray( "{\"icao\":\"" ) + icao + "\",\"r\":\"N" + QByteArray::number( n ) +
                        "\",\"t\":\"B739\",\"dbFlags\":0,\"timestamp\":1738627200.000,\n\"trace\":[\n";
      for ( int i = 0; i < kTracePoints; ++i )
      {
        const Sample sample = sampleAt( n * 31 + i );
        const int length =
            std::snprintf( line, sizeof( line ),
                           "%s[%.2f,%.6f,%.6f,%.0f,%.1f,%.1f,0,0,null,\"adsb_icao\",null,null,null,null]\n",
                           i == 0 ? "" : ",", i * 5.0, sample.position.latitude, sample.position.longitude,
                           sample.ground ? 0.0 : sample.altitudeFt, sample.speedKt, 70.0 );
        text.append( line, length );
      }
      text += "]}\n";
      file.write( text );
    }
    return true;
  }();
  static const QString path = written ? folder.path() : QString();
  return path;
}

void BM_ReadTraceFolder( benchmark::State &state )
{
  const QString folder = traceFolder();
  if ( folder.isEmpty() )
  {
    state.SkipWithError( "cannot write the trace files" );
    return;
  }
  const ImporterRegistry registry = ImporterRegistry::standard();
  ImportOptions options;
  options.threads = static_cast<int>( state.range( 0 ) );
  std::size_t positions = 0;
  for ( auto _ : state )
  {
    const ImportBatch batch = readImport( registry, { folder }, {}, options );
    positions = 0;
    for ( const Track &track : batch.tracks )
      positions += static_cast<std::size_t>( track.size() );
    benchmark::DoNotOptimize( batch.tracks.data() );
  }
  if ( positions != std::size_t( kTraceFiles ) * kTracePoints )
    state.SkipWithError( "not every position was read" );
  state.SetItemsProcessed( state.iterations() * static_cast<std::int64_t>( positions ) );
  state.counters["per_core"] = benchmark::Counter( static_cast<double>( state.iterations() ) * positions /
                                                       static_cast<double>( state.range( 0 ) ),
                                                   benchmark::Counter::kIsRate );
}
BENCHMARK( BM_ReadTraceFolder )
    ->Arg( 1 )
    ->Arg( 2 )
    ->Unit( benchmark::kMillisecond )
    ->MinTime( 3.0 )
    ->UseRealTime();

// The same folder all the way into a workspace, as File > Import Folder does: read on every
// core, then on one thread each track's identity (a SHA-256 of its positions) and its flight
// analysis.
void BM_ImportTraceFolder( benchmark::State &state )
{
  const QString folder = traceFolder();
  const ImporterRegistry registry = ImporterRegistry::standard();
  ImportOptions options;
  options.threads = 2;
  for ( auto _ : state )
  {
    Workspace workspace;
    const ImportSummary summary = workspace.addImport( readImport( registry, { folder }, {}, options ) );
    if ( summary.tracks != kTraceFiles )
      state.SkipWithError( "not every track was imported" );
  }
  state.SetItemsProcessed( state.iterations() * std::int64_t( kTraceFiles ) * kTracePoints );
}
BENCHMARK( BM_ImportTraceFolder )->Unit( benchmark::kMillisecond )->MinTime( 3.0 )->UseRealTime();

void BM_AnalyseFlights( benchmark::State &state )
{
  const ImportResult imported = ImporterRegistry::standard().importFile( InputFiles::instance().fr24Csv );
  const Track &track = imported.tracks.front();
  const AirbaseIndex airbases(
      { Airbase{ QStringLiteral( "UUMU" ), {}, {}, kChkalovsky, {}, AirbaseUse::Military, {} },
        Airbase{ QStringLiteral( "ZKPY" ), {}, {}, kSunan, {}, AirbaseUse::Joint, {} } } );
  std::size_t legs = 0;
  for ( auto _ : state )
  {
    const FlightAnalysis analysis = analyseFlights( track, airbases );
    legs = static_cast<std::size_t>( analysis.legs.size() );
    benchmark::DoNotOptimize( analysis.legs.data() );
  }
  state.SetItemsProcessed( state.iterations() * kPoints );
  state.counters["legs"] = static_cast<double>( legs );
}
BENCHMARK( BM_AnalyseFlights )->Unit( benchmark::kMillisecond )->MinTime( 3.0 );

// One aircraft, all its sources (issue 14, point 8): what grouping and fusing cost when the
// tracks come. 1,000 aircraft each seen by two sources of one two-hour flight (a fix every
// 5 s from one, every 30 s from the other, which alone has the take-off), against the same
// 2,000 tracks as 2,000 aircraft (their addresses all different: nothing fused). The time is
// Workspace::addImport(), on the window's thread: analysis of every track, grouping, fusion,
// the fused tracks' analysis.
std::vector<Track> twoSourceTracks( bool sameAircraft )
{
  std::vector<Track> tracks;
  for ( int a = 0; a < 1000; ++a )
  {
    for ( int source = 0; source < 2; ++source )
    {
      Track track;
      char icao[8];
      std::snprintf( icao, sizeof( icao ), "%06x", 0x200000 + a * 2 + ( sameAircraft ? 0 : source ) );
      track.identity.icao24 = QString::fromLatin1( icao );
      track.source.format =
          source == 0 ? QStringLiteral( "readsb trace" ) : QStringLiteral( "Flightradar24 CSV" );
      const int step = source == 0 ? 5 : 30;
      const std::int64_t start = 1720500000LL + a * 7200;
      for ( int s = source == 0 ? 600 : 0; s <= 7200; s += step )
      {
        const double f = s / 7200.0;
        const bool ground = s < 300 || s > 6900;
        TrackPoint p;
        p.timeMs = ( start + s ) * 1000;
        p.latitude = kChkalovsky.latitude + ( kSunan.latitude - kChkalovsky.latitude ) * f;
        p.longitude = kChkalovsky.longitude + ( kSunan.longitude - kChkalovsky.longitude ) * f;
        p.altitudeMetres = ground ? 0.0f : 10000.0f;
        p.groundSpeedMps = ground ? 5.0f : 230.0f;
        p.flags = PointOnGroundKnown | ( ground ? PointOnGround : 0 );
        track.append( p );
      }
      tracks.push_back( std::move( track ) );
    }
  }
  return tracks;
}

void BM_AddTwoSourcesPerAircraft( benchmark::State &state )
{
  const bool fused = state.range( 0 ) != 0;
  const std::vector<Track> tracks = twoSourceTracks( fused );
  std::size_t shown = 0;
  for ( auto _ : state )
  {
    state.PauseTiming();
    auto workspace = std::make_unique<Workspace>();
    ImportBatch batch;
    batch.summary.filesRead = 1;
    batch.tracks = tracks;
    state.ResumeTiming();
    workspace->addImport( std::move( batch ) );
    shown = workspace->tracks().size();
    state.PauseTiming();
    workspace.reset();
    state.ResumeTiming();
  }
  state.counters["aircraft"] = static_cast<double>( shown );
}
BENCHMARK( BM_AddTwoSourcesPerAircraft )->Arg( 1 )->Arg( 0 )->Unit( benchmark::kMillisecond )->MinTime( 3.0 );

// The project file with the million positions: what Save, autosave and Open cost (the
// embedded QGIS project, written by the app, is not included).
QString projectPath()
{
  static QTemporaryDir folder;
  return folder.filePath( QStringLiteral( "bench.sortie.gpkg" ) );
}

void BM_SaveProject( benchmark::State &state )
{
  Workspace workspace;
  workspace.importFiles( { InputFiles::instance().fr24Csv } );
  for ( auto _ : state )
  {
    const QString error = writeProject( projectPath(), workspace, ProjectMeta() );
    if ( !error.isEmpty() )
      state.SkipWithError( error.toUtf8().constData() );
  }
  state.SetItemsProcessed( state.iterations() * kPoints );
  state.counters["file_MB"] = static_cast<double>( QFileInfo( projectPath() ).size() ) / 1e6;
}
BENCHMARK( BM_SaveProject )->Unit( benchmark::kMillisecond )->Iterations( 3 );

void BM_ReadProject( benchmark::State &state )
{
  for ( auto _ : state )
  {
    const ProjectReadResult read = readProject( projectPath() );
    if ( !read.ok() || read.content.tracks.empty() || read.content.tracks.front().size() != kPoints )
      state.SkipWithError( "the project did not read back" );
  }
  state.SetItemsProcessed( state.iterations() * kPoints );
}
BENCHMARK( BM_ReadProject )->Unit( benchmark::kMillisecond )->Iterations( 3 );
} // namespace

BENCHMARK_MAIN();
