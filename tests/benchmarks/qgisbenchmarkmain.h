#pragma once

// The main() of a benchmark that needs QGIS: offscreen unless told otherwise, Sortie's
// QgsApplication, then Google Benchmark. Run such benchmarks through
// tests/run-isolated.sh: QGIS writes its profile under HOME.

#include "app/sortieapplication.h"

#include <benchmark/benchmark.h>
#include <functional>

namespace sortie::bench
{

/** @p tearDown, when given, runs after the benchmarks and before QGIS exits (windows, layers). */
inline int runWithQgis( int argc, char **argv, const std::function<void()> &tearDown = {} )
{
  if ( qEnvironmentVariableIsEmpty( "QT_QPA_PLATFORM" ) )
    qputenv( "QT_QPA_PLATFORM", "offscreen" );
  SortieApplication::setIdentity();
  SortieApplication app( argc, argv );
  benchmark::Initialize( &argc, argv );
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  if ( tearDown )
    tearDown();
  return 0;
}

} // namespace sortie::bench
