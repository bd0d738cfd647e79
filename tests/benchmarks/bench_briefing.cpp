// Exporting the briefing: how long the sample's PDF takes, laid out and written, and its
// parts. Target (issue "Export annotated maps as PDF"): the sample's export under 5 s on a
// 2-core machine.
//
// - BM_BriefingScene: the export's own layers for the sample (once per dialog or command).
// - BM_BriefingLayout: laying out the pages (map, legend, strip, table, footers).
// - BM_BriefingPdf: layout and PDF written at 300 dpi, vector, georeferenced; the whole
//   export after the project is read. Argument: 0 the overview only, 1 with a page per
//   correlation.
// - BM_BriefingPreview: the dialog's preview, every page at 40 dpi.
//
// Run (outside the test sandbox it would write QGIS's profile under HOME):
//   tests/run-isolated.sh /tmp/sortie-bench build/tests/benchmarks/bench_briefing
// Results: docs/benchmarks.md.
#include "app/cli/projectcommands.h"
#include "app/cli/samplecorrelations.h"
#include "app/layout/briefing.h"
#include "models/workspace/workspace.h"
#include "tests/benchmarks/qgisbenchmarkmain.h"

#include <QDateTime>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimeZone>

#include <benchmark/benchmark.h>
#include <memory>

using namespace sortie;

namespace
{
struct Fixture
{
    QTemporaryDir folder;
    Workspace workspace;
    Fixture()
    {
      workspace.importFiles( cli::extractSampleFiles( folder.path() ) );
      addSampleCorrelations( workspace );
    }
};

Fixture &fixture()
{
  static Fixture instance; // read once: the benchmarks measure the export, not the import
  return instance;
}

briefing::Options septemberOptions( bool perCorrelation )
{
  briefing::Options options;
  options.title = QStringLiteral( "RA-86559 and Kim's September 2023 visits" );
  options.window =
      TimeRange{ QDateTime( QDate( 2023, 9, 1 ), QTime( 0, 0 ), QTimeZone::utc() ).toMSecsSinceEpoch(),
                 QDateTime( QDate( 2023, 10, 1 ), QTime( 0, 0 ), QTimeZone::utc() ).toMSecsSinceEpoch() };
  options.projectName = QStringLiteral( "sample.sortie.gpkg" );
  options.perCorrelation = perCorrelation;
  if ( perCorrelation ) // every correlation of the sample, not only September's
    for ( const Correlation &correlation : fixture().workspace.correlations() )
      options.correlationIds << correlation.id;
  return options;
}
} // namespace

static void BM_BriefingScene( benchmark::State &state )
{
  for ( auto _ : state )
  {
    briefing::Scene scene( fixture().workspace, SortieApplication::basemapPath() );
    benchmark::DoNotOptimize( &scene );
  }
}
BENCHMARK( BM_BriefingScene )->Unit( benchmark::kMillisecond );

static void BM_BriefingLayout( benchmark::State &state )
{
  briefing::Scene scene( fixture().workspace, SortieApplication::basemapPath() );
  for ( auto _ : state )
  {
    briefing::Document document( scene.project(), scene.layers(), fixture().workspace,
                                 septemberOptions( state.range( 0 ) ) );
    state.counters["pages"] = document.pageCount();
  }
}
BENCHMARK( BM_BriefingLayout )->Arg( 0 )->Arg( 1 )->Unit( benchmark::kMillisecond );

static void BM_BriefingPdf( benchmark::State &state )
{
  briefing::Scene scene( fixture().workspace, SortieApplication::basemapPath() );
  const QString pdf = fixture().folder.filePath( QStringLiteral( "briefing.pdf" ) );
  for ( auto _ : state )
  {
    briefing::Document document( scene.project(), scene.layers(), fixture().workspace,
                                 septemberOptions( state.range( 0 ) ) );
    const QString error = document.writePdf( pdf );
    if ( !error.isEmpty() )
      state.SkipWithError( error.toUtf8().constData() );
    state.counters["pages"] = document.pageCount();
  }
  state.counters["bytes"] = QFileInfo( pdf ).size();
}
BENCHMARK( BM_BriefingPdf )->Arg( 0 )->Arg( 1 )->Unit( benchmark::kMillisecond );

static void BM_BriefingPreview( benchmark::State &state )
{
  briefing::Scene scene( fixture().workspace, SortieApplication::basemapPath() );
  for ( auto _ : state )
  {
    briefing::Document document( scene.project(), scene.layers(), fixture().workspace,
                                 septemberOptions( true ) );
    for ( int page = 0; page < document.pageCount(); ++page )
      benchmark::DoNotOptimize( document.renderPage( page, 40 ) );
  }
}
BENCHMARK( BM_BriefingPreview )->Unit( benchmark::kMillisecond );

int main( int argc, char **argv )
{
  return bench::runWithQgis( argc, argv );
}
