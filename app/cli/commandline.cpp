#include "app/cli/commandline.h"

#include "app/cli/localisation.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

#include <algorithm>

namespace sortie::cli
{

const QVector<Subcommand> &subcommands()
{
  // Listed before they are all built so that the command line's shape is fixed now;
  // `available` says which ones this build really runs.
  static const QVector<Subcommand> all = {
      { QStringLiteral( "info" ), QStringLiteral( "FILE... [--json]" ),
        QT_TRANSLATE_NOOP( "sortie::cli", "Read track, airbase or event files and report what they hold." ),
        true },
      { QStringLiteral( "import" ), QStringLiteral( "PROJECT FILE|FOLDER... [--filter TEXT]" ),
        QT_TRANSLATE_NOOP( "sortie::cli", "Add the contents of files to a project, creating it if missing." ),
        true },
      { QStringLiteral( "sample" ), QStringLiteral( "PROJECT" ),
        QT_TRANSLATE_NOOP( "sortie::cli", "Write the bundled sample project." ), true },
      { QStringLiteral( "export" ), QStringLiteral( "PROJECT OUT.kml|OUT.geojson|OUT.csv" ),
        QT_TRANSLATE_NOOP( "sortie::cli",
                           "Export tracks and events for other tools (KML, MF-JSON GeoJSON, events CSV)." ),
        true },
      { QStringLiteral( "export-pdf" ),
        QStringLiteral( "PROJECT OUT.pdf [--from ISO --to ISO] [--paper A4|A3] "
                        "[--orientation landscape|portrait] [--title TEXT] "
                        "[--per-correlation] [--at ISO] [--graticule]" ),
        QT_TRANSLATE_NOOP( "sortie::cli",
                           "Write the annotated briefing as a PDF: overview, pages per correlation." ),
        true },
      { QStringLiteral( "render" ), QStringLiteral( "PROJECT OUT.png [--at ISO] [--size WxH]" ),
        QT_TRANSLATE_NOOP( "sortie::cli", "Render the map alone to an image, the aircraft at a time." ),
        true },
      { QStringLiteral( "publish" ), QStringLiteral( "PROJECT CONNECTION [--schema NAME]" ),
        QT_TRANSLATE_NOOP( "sortie::cli",
                           "Publish a project to a PostgreSQL/PostGIS database as a team project." ),
        true },
      { QStringLiteral( "merge" ), QStringLiteral( "PROJECT CONNECTION --schema NAME" ),
        QT_TRANSLATE_NOOP( "sortie::cli",
                           "Add a project file to a team project, by identity: nothing twice." ),
        true },
      { QStringLiteral( "archive" ), QStringLiteral( "CONNECTION --schema NAME FILE..." ),
        QT_TRANSLATE_NOOP( "sortie::cli", "Add positions to a team project's archive, read by time window." ),
        true },
      { QStringLiteral( "refdata" ), QStringLiteral( "status|update [--only airports|aircraft] [--adsbx]" ),
        QT_TRANSLATE_NOOP( "sortie::cli",
                           "Download an aircraft database and the airports file, used offline after." ),
        true },
  };
  return all;
}

namespace
{
const Subcommand *findSubcommand( const QString &name )
{
  for ( const Subcommand &command : subcommands() )
  {
    if ( command.name == name )
      return &command;
  }
  return nullptr;
}

// Word-wrap @p text (which may start with spaces, kept) to @p width columns; lines after
// the first start with @p indent.
QString wrapped( const QString &text, int width, const QString &indent )
{
  int leading = 0;
  while ( leading < text.size() && text.at( leading ) == QLatin1Char( ' ' ) )
    ++leading;
  QString out;
  QString line = text.left( leading );
  bool lineHasWord = false;
  for ( const QString &word : text.mid( leading ).split( QLatin1Char( ' ' ), Qt::SkipEmptyParts ) )
  {
    if ( lineHasWord && line.size() + 1 + word.size() > width )
    {
      out += line + QLatin1Char( '\n' );
      line = indent;
      lineHasWord = false;
    }
    if ( lineHasWord )
      line += QLatin1Char( ' ' );
    line += word;
    lineHasWord = true;
  }
  return out + line + QLatin1Char( '\n' );
}

// @p error with the --language already read (its message is printed in that language).
Invocation with( const Invocation &read, Invocation error )
{
  error.language = read.language;
  return error;
}

Invocation usageError( const QString &message )
{
  Invocation invocation;
  invocation.action = Invocation::Action::UsageError;
  invocation.error =
      message + QLatin1Char( '\n' ) + QCoreApplication::translate( "sortie::cli", "Try 'sortie --help'." );
  return invocation;
}
} // namespace

Invocation parse( const QStringList &arguments )
{
  QCommandLineParser parser;
  // Everything after the first positional argument belongs to the subcommand.
  parser.setOptionsAfterPositionalArgumentsMode( QCommandLineParser::ParseAsPositionalArguments );
  parser.setSingleDashWordOptionMode( QCommandLineParser::ParseAsLongOptions );
  const QCommandLineOption help( QStringList{ QStringLiteral( "h" ), QStringLiteral( "help" ) } );
  const QCommandLineOption version( QStringList{ QStringLiteral( "V" ), QStringLiteral( "version" ) } );
  const QCommandLineOption screenshot( QStringLiteral( "screenshot" ), QString(), QStringLiteral( "FILE" ) );
  const QCommandLineOption time( QStringLiteral( "time" ), QString(), QStringLiteral( "ISO" ) );
  const QCommandLineOption language( QStringLiteral( "language" ), QString(), QStringLiteral( "CODE" ) );
  parser.addOptions( { help, version, screenshot, time, language } );

  if ( !parser.parse( arguments ) )
  {
    // The message in the language asked for, when --language came before the mistake.
    Invocation read;
    read.language =
        localisation::languages().contains( parser.value( language ) ) ? parser.value( language ) : QString();
    return with(
        read,
        usageError( QCoreApplication::translate( "sortie::cli", "sortie: %1" ).arg( parser.errorText() ) ) );
  }

  Invocation invocation;
  invocation.language = parser.value( language );
  if ( !invocation.language.isEmpty() && !localisation::languages().contains( invocation.language ) )
  {
    return usageError( QCoreApplication::translate( "sortie::cli", "sortie: --language takes one of %1." )
                           .arg( localisation::languages().join( QStringLiteral( ", " ) ) ) );
  }
  if ( parser.isSet( help ) )
  {
    invocation.action = Invocation::Action::ShowHelp;
    return invocation;
  }
  if ( parser.isSet( version ) )
  {
    invocation.action = Invocation::Action::ShowVersion;
    return invocation;
  }

  const QStringList positional = parser.positionalArguments();
  if ( !positional.isEmpty() )
  {
    const QString &name = positional.first();
    if ( !findSubcommand( name ) )
    {
      // Not a command: files to open in the workbench, when they look like file names
      // (a path or a name with an extension); a bare word is a mistyped command.
      const bool looksLikeFiles =
          std::all_of( positional.cbegin(), positional.cend(),
                       []( const QString &p )
                       { return p.contains( QLatin1Char( '/' ) ) || p.contains( QLatin1Char( '.' ) ); } );
      if ( !looksLikeFiles )
        return with(
            invocation,
            usageError(
                QCoreApplication::translate( "sortie::cli", "sortie: unknown command '%1'." ).arg( name ) ) );
      invocation.files = positional;
      invocation.screenshotPath = parser.value( screenshot );
      invocation.time = parser.value( time );
      invocation.action = Invocation::Action::OpenGui;
      return invocation;
    }
    if ( parser.isSet( screenshot ) || parser.isSet( time ) )
      return with(
          invocation,
          usageError( QCoreApplication::translate(
                          "sortie::cli",
                          "sortie: --screenshot and --time open the window; they do not go with '%1'." )
                          .arg( name ) ) );
    invocation.action = Invocation::Action::RunSubcommand;
    invocation.subcommand = name;
    invocation.subcommandArguments = positional.mid( 1 );
    return invocation;
  }

  if ( parser.isSet( screenshot ) )
  {
    invocation.screenshotPath = parser.value( screenshot );
    if ( invocation.screenshotPath.isEmpty() )
      return with( invocation, usageError( QCoreApplication::translate(
                                   "sortie::cli", "sortie: --screenshot needs a file name." ) ) );
  }
  invocation.time = parser.value( time );
  invocation.action = Invocation::Action::OpenGui;
  return invocation;
}

QString helpText()
{
  QString text = QCoreApplication::translate(
      "sortie::cli", "Usage: sortie [--language CODE] [--time ISO] [--screenshot FILE] [FILE...]\n"
                     "       sortie [--language CODE] COMMAND [ARGUMENTS...]\n"
                     "       sortie --help | --version\n"
                     "\n"
                     "Sortie is a desktop GIS workbench for following aircraft movements against\n"
                     "world events. With no command it opens the workbench window, importing the\n"
                     "track, airbase and event FILEs given (see docs/formats.md).\n"
                     "\n"
                     "Options:\n"
                     "  -h, --help           Show this help and exit.\n"
                     "  -V, --version        Show the versions of Sortie and its libraries and exit.\n"
                     "  --time ISO           Open at this UTC moment, e.g. 2024-07-09T07:30Z.\n"
                     "  --screenshot FILE    Open the window, wait until the map is drawn, save the\n"
                     "                       window as a PNG image to FILE and exit.\n"
                     "  --language CODE      The interface's language: en, ko or ru (default: as\n"
                     "                       chosen in View > Language, else the system's).\n"
                     "\n"
                     "Commands (these need no display):\n" );
  for ( const Subcommand &command : subcommands() )
  {
    const QString synopsisIndent( 3 + command.name.size(), QLatin1Char( ' ' ) );
    text += wrapped( QStringLiteral( "  %1 %2" ).arg( command.name, command.synopsis ), 78, synopsisIndent );
    const QString summary = QCoreApplication::translate( "sortie::cli", command.summary );
    text += wrapped( QStringLiteral( "      " ) + summary +
                         ( command.available
                               ? QString()
                               : QCoreApplication::translate( "sortie::cli", " (not in this build yet)" ) ),
                     78, QStringLiteral( "      " ) );
  }
  text += QCoreApplication::translate(
      "sortie::cli", "\n"
                     "Times are read and written in UTC (ISO 8601).\n"
                     "\n"
                     "Exit status: 0 success, 1 bad input (the reason is printed on stderr),\n"
                     "2 bad usage.\n" );
  return text;
}

} // namespace sortie::cli
