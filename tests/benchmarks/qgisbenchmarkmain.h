#pragma once

// The main() of a benchmark that needs QGIS: offscreen unless told otherwise, Sortie's
// QgsApplication, then Google Benchmark. Run such benchmarks through
// tests/run-isolated.sh: QGIS writes its profile under HOME.

#include "app/sortieapplication.h"

#include <benchmark/benchmark.h>

namespace sortie::bench
{

inline int runWithQgis( int argc, char **argv )
{
  if ( qEnvironmentVariableIsEmpty( "QT_QPA_PLATFORM" ) )
    qputenv( "QT_QPA_PLATFORM", "offscreen" );
  SortieApplication::setIdentity();
  SortieApplication app( argc, argv );
  benchmark::Initialize( &argc, argv );
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}

} // namespace sortie::bench
