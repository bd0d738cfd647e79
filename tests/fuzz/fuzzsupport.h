#pragma once

// What every fuzz target shares: one-time set-up, and the analysis run on what an importer
// returned (the "analysis" fuzz target of issue 13 is this, behind every importer).
#include "models/io/importer.h"

namespace sortie::fuzz
{

/** Quiet Qt's and GDAL's messages, register GDAL's drivers. */
void initialise();

/** Analyse every track of @p result against its airbases and events as Sortie would. */
void analyse( const ImportResult &result );

} // namespace sortie::fuzz
