#pragma once

#include <QStringList>

class QTextStream;

namespace sortie::cli
{

/**
 * `sortie info FILE... [--json]`: read every file with the standard importers, analyse the
 * tracks against the airbases found in the same files, and report. Text for people, or
 * with --json one object: tracks (with legs and gaps), airbase and event counts, and every
 * warning with file and line.
 *
 * @returns Success when at least one file was read, BadInput when none could be, BadUsage
 * for a wrong command line.
 */
int runInfo( const QStringList &arguments, QTextStream &out, QTextStream &err );

} // namespace sortie::cli
