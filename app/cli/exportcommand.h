#pragma once

#include <QStringList>

class QTextStream;

namespace sortie::cli
{

/**
 * `sortie export PROJECT OUT.kml|OUT.geojson|OUT.csv`: write what the project holds for
 * other tools (models/io/export/exporters.h); the format follows OUT's suffix.
 * Returns a cli::ExitCode.
 */
int runExport( const QStringList &arguments, QTextStream &out, QTextStream &err );

} // namespace sortie::cli
