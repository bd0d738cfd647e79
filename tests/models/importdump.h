#pragma once

#include "models/io/importer.h"

#include <QString>

/**
 * A canonical, line-by-line text of everything an import produced, for golden-file
 * comparison: format, every track with identity and every position (SI units), every
 * airbase, every event with its sources, every warning with file and line.
 */
QString dumpImport( const sortie::ImportResult &result );

/**
 * Compare dumpImport(@p result) with tests/data/@p goldenName. With SORTIE_UPDATE_GOLDEN=1
 * the golden file is written instead (read it before committing it). Returns an empty
 * string on match, else the first differing line.
 */
QString compareWithGolden( const sortie::ImportResult &result, const QString &goldenName );
