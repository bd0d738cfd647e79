#include "app/cli/teamcommands.h"

#include "app/cli/commandline.h"
#include "app/project/embeddedproject.h"
#include "models/project/teamarchive.h"
#include "models/project/teammerge.h"
#include "models/project/teamproject.h"
#include "models/workspace/importservice.h"
#include "models/workspace/workspace.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

namespace sortie::cli
{

namespace
{
QString tr( const char *text )
{
  return QCoreApplication::translate( "sortie::cli", text );
}

bool asksForHelp( const QStringList &arguments )
{
  return arguments.contains( QLatin1String( "--help" ) ) || arguments.contains( QLatin1String( "-h" ) );
}

/** The team commands' arguments: "--schema NAME" anywhere, the rest in order. */
QStringList positionalArguments( const QStringList &arguments, QString *schema )
{
  QStringList positional;
  for ( int i = 0; i < arguments.size(); ++i )
  {
    if ( arguments.at( i ) == QLatin1String( "--schema" ) && i + 1 < arguments.size() )
      *schema = arguments.at( ++i );
    else
      positional << arguments.at( i );
  }
  return positional;
}
} // namespace

int runPublish( const QStringList &arguments, QTextStream &out, QTextStream &err )
{
  if ( asksForHelp( arguments ) )
  {
    out << tr( "Usage: sortie publish PROJECT CONNECTION [--schema NAME]\n"
               "Publish PROJECT (a .sortie.gpkg file) as a team project in a new schema of a\n"
               "PostgreSQL database with PostGIS. CONNECTION is libpq's: a postgresql:// URI,\n"
               "service=NAME, or host=... dbname=...; passwords come from libpq's password file,\n"
               "never from the project. The schema is named after the file unless --schema is\n"
               "given (lower-case letters, digits and _); an existing schema is never written to.\n" );
    return Success;
  }
  QString schema;
  const QStringList positional = positionalArguments( arguments, &schema );
  if ( positional.size() != 2 )
  {
    err << tr( "sortie publish: give a project and a database connection. Try 'sortie publish --help'." )
        << '\n';
    return BadUsage;
  }
  const QString projectPath = positional.at( 0 );
  if ( schema.isEmpty() )
    schema = QFileInfo( projectPath ).fileName().section( QLatin1Char( '.' ), 0, 0 ).toLower();
  if ( !teamproject::isValidSchemaName( schema ) )
  {
    err << tr( "sortie publish: '%1' cannot name a team project's schema: give --schema with lower-case "
               "letters, digits and _." )
               .arg( schema )
        << '\n';
    return BadUsage;
  }
  const ProjectReadResult read = readProject( projectPath );
  if ( !read.ok() )
  {
    err << "sortie publish: " << read.message << '\n';
    return BadInput;
  }
  for ( const QString &warning : read.warnings )
    err << "sortie publish: " << warning << '\n';
  Workspace workspace;
  workspace.setContent( read.content ); // analysed, as the file's derived tables need
  const QString error = teamproject::publish( positional.at( 1 ), schema, workspace.source(), read.meta );
  if ( !error.isEmpty() )
  {
    err << "sortie publish: " << error << '\n';
    return BadInput;
  }
  // Stock QGIS opens it too (Project > Open From > PostgreSQL), styled and time-enabled.
  embeddedproject::View view;
  view.title = tr( "Team project %1" ).arg( schema );
  QString qgisError;
  if ( !embeddedproject::writeTeam( positional.at( 1 ), schema, view, &qgisError ) ||
       !( qgisError = teamproject::shareQgisProject( positional.at( 1 ), schema ) ).isEmpty() )
    err << tr( "sortie publish: the team project is published, but its QGIS project is not: %1" )
               .arg( qgisError )
        << '\n';
  out << tr( "%1: published as team project %2 (%3 tracks, %4 events, %5 correlations)" )
             .arg( projectPath, schema )
             .arg( workspace.sourceTracks().size() )
             .arg( workspace.events().size() )
             .arg( workspace.correlations().size() )
      << '\n';
  return Success;
}

int runMerge( const QStringList &arguments, QTextStream &out, QTextStream &err )
{
  if ( asksForHelp( arguments ) )
  {
    out << tr( "Usage: sortie merge PROJECT CONNECTION --schema NAME\n"
               "Add what PROJECT (a .sortie.gpkg file) holds to the team project NAME, by identity:\n"
               "tracks, events, correlations, drawings and airbases the team project has already\n"
               "are not added again; an item whose id the team project gives to something\n"
               "different comes in under a new id. All of it is added in one transaction, as\n"
               "your database role (an editor's), or none. CONNECTION is libpq's, as for publish.\n" );
    return Success;
  }
  QString schema;
  const QStringList positional = positionalArguments( arguments, &schema );
  if ( positional.size() != 2 || schema.isEmpty() )
  {
    err << tr( "sortie merge: give a project, a database connection and --schema. Try 'sortie merge "
               "--help'." )
        << '\n';
    return BadUsage;
  }
  const QString projectPath = positional.at( 0 );
  const ProjectReadResult read = readProject( projectPath );
  if ( !read.ok() )
  {
    err << "sortie merge: " << read.message << '\n';
    return BadInput;
  }
  for ( const QString &warning : read.warnings )
    err << "sortie merge: " << warning << '\n';
  const teamproject::MergeResult merged = teamproject::merge( positional.at( 1 ), schema, read.content );
  if ( !merged.error.isEmpty() )
  {
    err << "sortie merge: " << merged.error << '\n';
    return BadInput;
  }
  const MergeSummary &summary = merged.summary;
  out << tr( "%1 into team project %2: %3 tracks, %4 events, %5 correlations, %6 drawings added; "
             "already there: %7 tracks, %8 events, %9 correlations" )
             .arg( projectPath, schema )
             .arg( summary.tracksAdded )
             .arg( summary.eventsAdded )
             .arg( summary.correlationsAdded )
             .arg( summary.annotationsAdded )
             .arg( summary.tracksAlreadyThere )
             .arg( summary.eventsAlreadyThere )
             .arg( summary.correlationsAlreadyThere )
      << '\n';
  if ( !summary.renamed.isEmpty() )
    out << tr( "Added under a new id (the team project gives theirs to something else): %1" )
               .arg( summary.renamed.join( QStringLiteral( ", " ) ) )
        << '\n';
  return Success;
}

int runArchive( const QStringList &arguments, QTextStream &out, QTextStream &err )
{
  if ( asksForHelp( arguments ) )
  {
    out << tr( "Usage: sortie archive CONNECTION --schema NAME FILE...\n"
               "Add the positions of FILE... (any format Sortie imports) to the position archive\n"
               "of team project NAME: positions that stay in the database and that the workbench\n"
               "reads a week at a time around the time on the timeline. A position the archive\n"
               "has (the same aircraft at the same moment) is not added again. In one\n"
               "transaction, as your database role (an editor's), or not at all.\n" );
    return Success;
  }
  QString schema;
  const QStringList positional = positionalArguments( arguments, &schema );
  if ( positional.size() < 2 || schema.isEmpty() )
  {
    err << tr( "sortie archive: give a database connection, --schema and files. Try 'sortie archive "
               "--help'." )
        << '\n';
    return BadUsage;
  }
  const Workspace workspace; // for its importers only
  const ImportBatch batch = readImport( workspace.importers(), positional.mid( 1 ) );
  for ( const ImportWarning &warning : batch.summary.warnings )
    err << "sortie archive: " << warning.toString() << '\n';
  if ( batch.summary.filesFailed > 0 )
  {
    // All or nothing, as said: the analyst mends or leaves out the file and runs it again.
    err << QCoreApplication::translate( "sortie::cli",
                                        "sortie archive: %n file(s) could not be read: nothing was added.",
                                        nullptr, batch.summary.filesFailed )
        << '\n';
    return BadInput;
  }
  if ( batch.tracks.empty() )
  {
    err << tr( "sortie archive: no positions in these files." ) << '\n';
    return BadInput;
  }
  qint64 positions = 0;
  for ( const Track &track : batch.tracks )
    positions += track.size();
  qint64 added = 0;
  const QString error = teamarchive::append( positional.at( 0 ), schema, batch.tracks, &added );
  if ( !error.isEmpty() )
  {
    err << tr( "sortie archive: nothing was added to the archive of team project %1: %2" )
               .arg( schema, error )
        << '\n';
    return BadInput;
  }
  out << tr( "%1 positions of %2 tracks from %3 files added to the archive of team project %4; %5 left out "
             "(the archive had them, or the files gave them twice)" )
             .arg( added )
             .arg( batch.tracks.size() )
             .arg( batch.summary.filesRead )
             .arg( schema )
             .arg( positions - added )
      << '\n';
  return Success;
}

} // namespace sortie::cli
