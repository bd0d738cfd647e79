#include "app/cli/projectcommands.h"

#include "app/cli/commandline.h"
#include "app/cli/samplecorrelations.h"
#include "app/project/projectio.h"
#include "models/project/projectlock.h"
#include "models/workspace/workspace.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

namespace sortie::cli
{

namespace
{
bool wantsHelp( const QStringList &arguments )
{
  return arguments.contains( QStringLiteral( "--help" ) ) || arguments.contains( QStringLiteral( "-h" ) );
}

// The sample opens at the 2024-07-09 flight, in its gap over Siberia.
QJsonObject sampleWorkbench()
{
  return QJsonObject{ { QStringLiteral( "current_time" ), QStringLiteral( "2024-07-09T07:30:00.000Z" ) },
                      { QStringLiteral( "visible_from" ), QStringLiteral( "2024-07-07T07:30:00.000Z" ) },
                      { QStringLiteral( "visible_to" ), QStringLiteral( "2024-07-11T07:30:00.000Z" ) } };
}

void reportWarnings( const ImportSummary &summary, QTextStream &err )
{
  for ( const ImportWarning &warning : summary.warnings )
    err << warning.toString() << "\n";
}
} // namespace

QStringList extractSampleFiles( const QString &folder )
{
  QStringList paths;
  QDirIterator it( QStringLiteral( ":/sortie/samples" ) );
  while ( it.hasNext() )
  {
    const QString source = it.next();
    const QString target = QDir( folder ).filePath( QFileInfo( source ).fileName() );
    if ( QFile::copy( source, target ) )
    {
      QFile::setPermissions( target, QFile::ReadOwner | QFile::WriteOwner );
      paths.append( target );
    }
  }
  paths.sort();
  return paths;
}

int runImport( const QStringList &arguments, QTextStream &out, QTextStream &err )
{
  if ( wantsHelp( arguments ) )
  {
    out << "Usage: sortie import PROJECT FILE...\n"
           "Add the tracks, airbases and events of each FILE to PROJECT (a .sortie.gpkg file),\n"
           "creating it when missing. Problems are reported as in 'sortie info'; the project\n"
           "is written only when at least one file was read, and atomically.\n";
    return Success;
  }
  if ( arguments.size() < 2 )
  {
    err << "sortie import: give a project and at least one file. Try 'sortie import --help'.\n";
    return BadUsage;
  }
  const QString projectPath = arguments.first();
  if ( !projectio::isProjectPath( projectPath ) )
  {
    err << "sortie import: the project's name must end in " << projectFileSuffix() << " (got '" << projectPath
        << "').\n";
    return BadUsage;
  }
  ProjectLock lock( projectPath );
  if ( !lock.tryLock() )
  {
    err << "sortie import: " << lock.refusal() << "\n";
    return BadInput;
  }

  Workspace workspace;
  ProjectMeta meta;
  if ( QFileInfo::exists( projectPath ) )
  {
    const ProjectReadResult read = projectio::open( projectPath, true );
    if ( !read.ok() )
    {
      err << "sortie import: " << read.message << "\n";
      return BadInput;
    }
    for ( const QString &warning : read.warnings )
      err << projectPath << ": " << warning << "\n";
    workspace.setContent( read.content );
    meta = read.meta;
  }
  const ImportSummary summary = workspace.importFiles( arguments.mid( 1 ) );
  reportWarnings( summary, err );
  if ( summary.filesRead == 0 )
  {
    err << "sortie import: nothing could be read; " << projectPath << " was not changed.\n";
    return BadInput;
  }
  const QString error = projectio::save( projectPath, workspace, meta, projectio::defaultView( workspace ) );
  if ( !error.isEmpty() )
  {
    err << "sortie import: " << error << "\n";
    return BadInput;
  }
  out << projectPath << ": added " << summary.tracks << " tracks, " << summary.airbases << " airbases, "
      << summary.events << " events from " << summary.filesRead << " of "
      << ( summary.filesRead + summary.filesFailed ) << " files; now " << workspace.tracks().size()
      << " tracks, " << workspace.airbases().airbases().size() << " airbases, " << workspace.events().size()
      << " events\n";
  return Success;
}

int runSample( const QStringList &arguments, QTextStream &out, QTextStream &err )
{
  if ( wantsHelp( arguments ) )
  {
    out << "Usage: sortie sample PROJECT\n"
           "Write the bundled sample project: reconstructed Il-62M flights between Moscow and\n"
           "Pyongyang in 2023-2024, the airbases and the dated events around them.\n";
    return Success;
  }
  if ( arguments.size() != 1 || arguments.first().startsWith( QLatin1Char( '-' ) ) )
  {
    err << "sortie sample: give one project file name. Try 'sortie sample --help'.\n";
    return BadUsage;
  }
  const QString projectPath = arguments.first();
  if ( !projectio::isProjectPath( projectPath ) )
  {
    err << "sortie sample: the project's name must end in " << projectFileSuffix() << " (got '" << projectPath
        << "').\n";
    return BadUsage;
  }
  if ( QFileInfo::exists( projectPath ) )
  {
    err << "sortie sample: " << projectPath << " exists; not overwritten.\n";
    return BadInput;
  }
  QTemporaryDir folder;
  const QStringList files = extractSampleFiles( folder.path() );
  Workspace workspace;
  const ImportSummary summary = workspace.importFiles( files );
  reportWarnings( summary, err );
  if ( files.isEmpty() || summary.filesFailed > 0 )
  {
    err << "sortie sample: the bundled sample could not be read; this build is broken.\n";
    return BadInput;
  }
  addSampleCorrelations( workspace );
  ProjectMeta meta;
  meta.workbench = sampleWorkbench();
  embeddedproject::View view = projectio::defaultView( workspace );
  view.title = QObject::tr( "Sortie sample: reconstructed Il-62M flights, 2023-2024" );
  const QString error = projectio::save( projectPath, workspace, meta, view );
  if ( !error.isEmpty() )
  {
    err << "sortie sample: " << error << "\n";
    return BadInput;
  }
  out << projectPath << ": the sample project, " << workspace.tracks().size() << " tracks, "
      << workspace.airbases().airbases().size() << " airbases, " << workspace.events().size() << " events, "
      << workspace.correlations().size() << " example correlations, " << workspace.annotations().size()
      << " example annotations\n";
  return Success;
}

} // namespace sortie::cli
