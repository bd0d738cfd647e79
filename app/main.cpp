#include "app/appinfo.h"
#include "app/cli/commandline.h"
#include "app/cli/exportcommand.h"
#include "app/cli/infocommand.h"
#include "app/cli/localisation.h"
#include "app/cli/projectcommands.h"
#include "app/cli/teamcommands.h"
#include "app/controllers/importcontroller.h"
#include "app/logging.h"
#include "app/mainwindow.h"
#include "app/project/projectcontroller.h"
#include "app/project/projectio.h"
#include "app/refdata/refdatacommand.h"
#include "app/sortieapplication.h"
#include "models/io/importsupport.h"
#include "models/project/teamproject.h"
#include "models/workspace/workspace.h"

#include <qgsmapcanvas.h>
#include <qgsproject.h>

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QLoggingCategory>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

namespace
{
void printTo( FILE *stream, const QString &text )
{
  const QByteArray bytes = text.toLocal8Bit();
  std::fwrite( bytes.constData(), 1, static_cast<size_t>( bytes.size() ), stream );
  std::fflush( stream );
}

// --screenshot: once the map has been drawn (not merely the window shown), save a PNG of
// the whole window and quit. Used for the README and for looking at what analysts see.
void scheduleScreenshot( sortie::MainWindow &window, const QString &path )
{
  QgsMapCanvas *canvas = window.mapCanvas();
  auto save = [&window, path]
  {
    const bool saved = window.grab().save( path, "PNG" );
    if ( !saved )
      printTo(
          stderr,
          QCoreApplication::translate( "sortie::cli", "sortie: cannot write screenshot %1" ).arg( path ) +
              QLatin1Char( '\n' ) );
    QCoreApplication::exit( saved ? sortie::cli::Success : sortie::cli::BadInput );
  };
  QObject::connect( canvas, &QgsMapCanvas::mapCanvasRefreshed, &window,
                    [canvas, save]
                    {
                      if ( !canvas->isDrawing() )
                        QTimer::singleShot( 250, canvas, save ); // let the status bar and docks settle
                    } );
  // A map that never finishes drawing must not hang a scripted run.
  QTimer::singleShot(
      60000, &window,
      [path]
      {
        printTo( stderr,
                 QCoreApplication::translate(
                     "sortie::cli", "sortie: the map did not finish drawing; no screenshot written to %1" )
                         .arg( path ) +
                     QLatin1Char( '\n' ) );
        QCoreApplication::exit( sortie::cli::BadInput );
      } );
}

// Sortie's and Qt's translations for the language asked for (--language), saved (View >
// Language) or the system's. Without its file the text stays English; that is said on
// stderr only when --language asked for it (a script's stderr is for its problems).
void translate( const sortie::cli::Invocation &invocation )
{
  QString problem;
  if ( !sortie::localisation::installTranslators( sortie::localisation::chooseLanguage( invocation.language ),
                                                  &problem ) &&
       !invocation.language.isEmpty() )
    printTo( stderr, QStringLiteral( "sortie: %1\n" ).arg( problem ) );
}

int runSubcommand( int &argc, char **argv, const sortie::cli::Invocation &invocation )
{
  QTextStream out( stdout );
  QTextStream err( stderr );
#if QT_VERSION < QT_VERSION_CHECK( 6, 0, 0 )
  // Qt 5 writes in the locale's encoding; names in Russian or Korean must survive LANG=C.
  out.setCodec( "UTF-8" );
  err.setCodec( "UTF-8" );
#endif
  if ( invocation.subcommand == QLatin1String( "info" ) ||
       invocation.subcommand == QLatin1String( "export" ) ||
       invocation.subcommand == QLatin1String( "refdata" ) ||
       invocation.subcommand == QLatin1String( "merge" ) ||
       invocation.subcommand == QLatin1String( "archive" ) )
  {
    // Qt Core only (no QGIS, no display): an application for the translations.
    sortie::SortieApplication::setIdentity();
    QCoreApplication core( argc, argv );
    translate( invocation );
    if ( invocation.subcommand == QLatin1String( "refdata" ) )
      return sortie::cli::runRefdata( invocation.subcommandArguments, out, err );
    if ( invocation.subcommand == QLatin1String( "merge" ) )
      return sortie::cli::runMerge( invocation.subcommandArguments, out, err );
    if ( invocation.subcommand == QLatin1String( "archive" ) )
      return sortie::cli::runArchive( invocation.subcommandArguments, out, err );
    return invocation.subcommand == QLatin1String( "info" )
               ? sortie::cli::runInfo( invocation.subcommandArguments, out, err )
               : sortie::cli::runExport( invocation.subcommandArguments, out, err );
  }

  // The rest write project files (or a team project) with their QGIS project: QGIS, without a display.
  using Command = int ( * )( const QStringList &, QTextStream &, QTextStream & );
  const QHash<QString, Command> needQgis{ { QStringLiteral( "import" ), &sortie::cli::runImport },
                                          { QStringLiteral( "sample" ), &sortie::cli::runSample },
                                          { QStringLiteral( "export-pdf" ), &sortie::cli::runExportPdf },
                                          { QStringLiteral( "render" ), &sortie::cli::runRender },
                                          { QStringLiteral( "publish" ), &sortie::cli::runPublish } };
  const auto command = needQgis.constFind( invocation.subcommand );
  if ( command == needQgis.cend() )
  {
    err << QCoreApplication::translate( "sortie::cli", "sortie: '%1' is not in this build yet." )
               .arg( invocation.subcommand )
        << '\n';
    return sortie::cli::BadUsage;
  }
  if ( qEnvironmentVariableIsEmpty( "QT_QPA_PLATFORM" ) )
    qputenv( "QT_QPA_PLATFORM", "offscreen" );
  // A command's stderr is for problems: start-up notes stay out unless asked for.
  if ( qEnvironmentVariableIsEmpty( "QT_LOGGING_RULES" ) )
    QLoggingCategory::setFilterRules( QStringLiteral( "sortie.*.info=false" ) );
  sortie::SortieApplication::setIdentity();
  sortie::SortieApplication app( argc, argv );
  translate( invocation );
  return ( *command )( invocation.subcommandArguments, out, err );
}

int runWorkbench( int &argc, char **argv, const sortie::cli::Invocation &invocation )
{
  sortie::SortieApplication::setIdentity();
  const QString language = sortie::localisation::chooseLanguage( invocation.language );
  // QGIS's own texts (and Qt's) in the same language: read when the application starts.
  QgsApplication::setTranslation( language );
  sortie::SortieApplication app( argc, argv );
  translate( invocation );
  // Numbers in the language's way (12 500 ft, 12,500 ft); dates stay ISO and times UTC.
  QLocale::setDefault( QLocale( language ) );

  QgsProject project;
  int status = 0;
  {
    sortie::MainWindow window( &project );
    const bool interactive = invocation.screenshotPath.isEmpty();
    window.projectController()->setInteractive( interactive );
    if ( interactive )
      window.projectController()->offerRecovery();
    // A project file opens as the project; other files are imported into it.
    QStringList imports = invocation.files;
    QString teamConnection, teamSchema;
    if ( !imports.isEmpty() &&
         sortie::teamproject::parseTeamLink( imports.first(), &teamConnection, &teamSchema ) )
    {
      imports.removeFirst();
      if ( !window.projectController()->openTeamProject( teamConnection, teamSchema ) && !interactive )
        return sortie::cli::BadInput;
    }
    else if ( !imports.isEmpty() && ( imports.first().startsWith( QLatin1String( "postgresql://" ) ) ||
                                      imports.first().startsWith( QLatin1String( "postgres://" ) ) ) )
    {
      // A link, but not one to a team project: said, not taken for a file to import.
      printTo( stderr, QCoreApplication::translate(
                           "sortie::cli", "sortie: '%1' names no team project: give its schema, as in "
                                          "postgresql://HOST/DATABASE?schema=NAME" )
                               .arg( imports.first() ) +
                           QLatin1Char( '\n' ) );
      return sortie::cli::BadUsage;
    }
    else if ( !imports.isEmpty() && sortie::projectio::isProjectPath( imports.first() ) )
    {
      if ( !window.openProject( imports.takeFirst() ) && !interactive )
        return sortie::cli::BadInput;
    }
    // Scripted runs (and --time, which must come after the data) wait for the import; the
    // analyst gets the window at once, the files coming in behind it with progress and Cancel.
    if ( !imports.isEmpty() && interactive && invocation.time.isEmpty() )
      window.importController()->start( imports );
    else if ( !imports.isEmpty() )
      window.importFiles( imports, interactive );
    if ( !invocation.time.isEmpty() )
    {
      const QDateTime at = sortie::importsupport::parseUtc( invocation.time ); // no zone written: UTC
      if ( !at.isValid() )
      {
        printTo( stderr,
                 QCoreApplication::translate( "sortie::cli", "sortie: --time '%1' is not an ISO 8601 time" )
                         .arg( invocation.time ) +
                     QLatin1Char( '\n' ) );
        return sortie::cli::BadUsage;
      }
      window.showTime( at.toMSecsSinceEpoch(), 4LL * 24 * 3600 * 1000 );
    }
    if ( !invocation.screenshotPath.isEmpty() )
      scheduleScreenshot( window, QFileInfo( invocation.screenshotPath ).absoluteFilePath() );
    window.show();
    status = app.exec();
  }
  project.clear();
  return status;
}
} // namespace

int main( int argc, char *argv[] )
{
  QStringList arguments;
  for ( int i = 0; i < argc; ++i )
    arguments.append( QString::fromLocal8Bit( argv[i] ) );

  // Decided before any Qt application exists: --help and --version need no display.
  sortie::cli::Invocation invocation = sortie::cli::parse( arguments );
  switch ( invocation.action )
  {
  case sortie::cli::Invocation::Action::ShowHelp:
  {
    sortie::SortieApplication::setIdentity();
    QCoreApplication core( argc, argv );
    translate( invocation );
    printTo( stdout, sortie::cli::helpText() );
    return sortie::cli::Success;
  }
  case sortie::cli::Invocation::Action::ShowVersion:
    printTo( stdout, sortie::versionReport() );
    return sortie::cli::Success;
  case sortie::cli::Invocation::Action::UsageError:
  {
    sortie::SortieApplication::setIdentity();
    QCoreApplication core( argc, argv );
    translate( invocation );
    invocation = sortie::cli::parse( arguments ); // again, for the message in that language
    printTo( stderr, invocation.error + QLatin1Char( '\n' ) );
    return sortie::cli::BadUsage;
  }
  case sortie::cli::Invocation::Action::RunSubcommand:
    return runSubcommand( argc, argv, invocation );
  case sortie::cli::Invocation::Action::OpenGui:
    break;
  }
  return runWorkbench( argc, argv, invocation );
}
