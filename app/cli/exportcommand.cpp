#include "app/cli/exportcommand.h"

#include "app/cli/commandline.h"
#include "app/refdata/refdatacommand.h"
#include "models/io/export/exporters.h"
#include "models/project/projectstore.h"
#include "models/workspace/workspace.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

namespace sortie::cli
{

int runExport( const QStringList &arguments, QTextStream &out, QTextStream &err )
{
  if ( arguments.contains( QStringLiteral( "--help" ) ) || arguments.contains( QStringLiteral( "-h" ) ) )
  {
    out << QCoreApplication::translate(
        "sortie::cli",
        "Usage: sortie export PROJECT OUT.kml|OUT.geojson|OUT.csv\n"
        "Write the project's tracks and located events as KML for Google Earth's time slider,\n"
        "its tracks as GeoJSON (OGC MF-JSON trajectories), or its events as Sortie events CSV.\n" );
    return Success;
  }
  if ( arguments.size() != 2 )
  {
    err << QCoreApplication::translate(
               "sortie::cli",
               "sortie export: give a project and an output file. Try 'sortie export --help'." )
        << '\n';
    return BadUsage;
  }
  const QString suffix = QFileInfo( arguments.at( 1 ) ).suffix().toLower();
  if ( !exporters::suffixes().contains( suffix ) )
  {
    err << QCoreApplication::translate( "sortie::cli",
                                        "sortie export: '%1' must end in .kml, .geojson or .csv." )
               .arg( arguments.at( 1 ) )
        << '\n';
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
  // What the sources left unsaid, from the user's aircraft database ('sortie refdata'),
  // marked as such in the export, as the window and 'sortie info' do.
  workspace.setAircraftDatabase( userReferenceFolder().openAircraftDatabase() );
  workspace.setContent( read.content );
  const QString error = exporters::exportTo( workspace, arguments.at( 1 ) );
  if ( !error.isEmpty() )
  {
    err << "sortie export: " << error << "\n";
    return BadInput;
  }
  out << QCoreApplication::translate( "sortie::cli", "%1: %2 tracks, %3 events" )
             .arg( arguments.at( 1 ) )
             .arg( workspace.sourceTracks().size() )
             .arg( workspace.events().size() )
      << '\n';
  return Success;
}

} // namespace sortie::cli
