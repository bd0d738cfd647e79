#include "app/cli/exportcommand.h"

#include "app/cli/commandline.h"
#include "models/io/export/exporters.h"
#include "models/project/projectstore.h"
#include "models/workspace/workspace.h"

#include <QFileInfo>
#include <QTextStream>

namespace sortie::cli
{

int runExport( const QStringList &arguments, QTextStream &out, QTextStream &err )
{
  if ( arguments.contains( QStringLiteral( "--help" ) ) || arguments.contains( QStringLiteral( "-h" ) ) )
  {
    out << "Usage: sortie export PROJECT OUT.kml|OUT.geojson|OUT.csv\n"
           "Write the project's tracks and located events as KML for Google Earth's time slider,\n"
           "its tracks as GeoJSON (OGC MF-JSON trajectories), or its events as Sortie events CSV.\n";
    return Success;
  }
  if ( arguments.size() != 2 )
  {
    err << "sortie export: give a project and an output file. Try 'sortie export --help'.\n";
    return BadUsage;
  }
  const QString suffix = QFileInfo( arguments.at( 1 ) ).suffix().toLower();
  if ( !exporters::suffixes().contains( suffix ) )
  {
    err << "sortie export: '" << arguments.at( 1 ) << "' must end in .kml, .geojson or .csv.\n";
    return BadUsage;
  }
  const ProjectReadResult read = readProject( arguments.at( 0 ) );
  if ( !read.ok() )
  {
    err << "sortie export: " << read.message << "\n";
    return BadInput;
  }
  for ( const QString &warning : read.warnings )
    err << arguments.at( 0 ) << ": " << warning << "\n";
  Workspace workspace;
  workspace.setContent( read.content );
  const QString error = exporters::exportTo( workspace, arguments.at( 1 ) );
  if ( !error.isEmpty() )
  {
    err << "sortie export: " << error << "\n";
    return BadInput;
  }
  out << arguments.at( 1 ) << ": " << workspace.tracks().size() << " tracks, " << workspace.events().size()
      << " events\n";
  return Success;
}

} // namespace sortie::cli
