#include "app/cli/projectcommands.h"

#include "app/cli/commandline.h"
#include "app/cli/samplecorrelations.h"
#include "app/layout/briefing.h"
#include "app/map/basemap.h"
#include "app/map/mapimage.h"
#include "app/map/workspacelayers.h"
#include "app/project/projectio.h"
#include "app/project/workbenchstate.h"
#include "app/refdata/refdatacommand.h"
#include "app/sortieapplication.h"
#include "models/io/importsupport.h"
#include "models/project/projectlock.h"
#include "models/time/utctext.h"
#include "models/workspace/workspace.h"

#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSaveFile>
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
    out << QCoreApplication::translate(
        "sortie::cli", "Usage: sortie import PROJECT FILE|FOLDER... [--filter TEXT]\n"
                       "Add the tracks, airbases and events of each FILE to PROJECT (a .sortie.gpkg file),\n"
                       "creating it when missing. A FOLDER stands for every file in it and its subfolders\n"
                       "(a day of trace files), read a core each. --filter keeps only the aircraft named:\n"
                       "ICAO addresses, registrations, type:C17, military (what a file does not say is\n"
                       "looked up in the aircraft database of 'sortie refdata'). A FILE that is itself a\n"
                       "Sortie project is merged by identity: what PROJECT already has is kept once, and\n"
                       "what comes in under a new id is reported. Tracks already loaded (the same\n"
                       "positions) are left out. Problems are reported as in 'sortie info'; the project is\n"
                       "written only when at least one file was read, and atomically.\n" );
    return Success;
  }
  QStringList positional;
  ImportOptions options;
  for ( int i = 0; i < arguments.size(); ++i )
  {
    if ( arguments.at( i ) != QLatin1String( "--filter" ) )
    {
      positional << arguments.at( i );
      continue;
    }
    if ( i + 1 >= arguments.size() )
    {
      err << QCoreApplication::translate( "sortie::cli",
                                          "sortie import: --filter takes the aircraft to keep." )
          << '\n';
      return BadUsage;
    }
    QString error;
    options.filter = ImportFilter::parse( arguments.at( ++i ), &error );
    if ( !error.isEmpty() )
    {
      err << "sortie import: --filter: " << error << '\n';
      return BadUsage;
    }
  }
  if ( positional.size() < 2 )
  {
    err << QCoreApplication::translate(
               "sortie::cli",
               "sortie import: give a project and at least one file. Try 'sortie import --help'." )
        << '\n';
    return BadUsage;
  }
  const QString projectPath = positional.first();
  if ( !projectio::isProjectPath( projectPath ) )
  {
    err << QCoreApplication::translate( "sortie::cli",
                                        "sortie import: the project's name must end in %1 (got '%2')." )
               .arg( projectFileSuffix(), projectPath )
        << '\n';
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
  // The user's aircraft database, when there is one: the filter asks it what files leave unsaid
  // (the project keeps only what the files said).
  options.aircraftDatabase = userReferenceFolder().openAircraftDatabase();
  // The user's reference airports: the fields the imported flights use come into the project.
  if ( QFile::exists( userReferenceFolder().airportsPath() ) )
    options.referenceAirports =
        std::make_shared<const ReferenceAirports>( userReferenceFolder().airportsPath() );
  const ImportSummary summary =
      workspace.addImport( readImport( ImporterRegistry::standard(), positional.mid( 1 ), {}, options ) );
  reportWarnings( summary, err );
  if ( summary.filesRead == 0 )
  {
    err << QCoreApplication::translate( "sortie::cli",
                                        "sortie import: nothing could be read; %1 was not changed." )
               .arg( projectPath )
        << '\n';
    return BadInput;
  }
  const QString error =
      projectio::save( projectPath, workspace.source(), meta, projectio::defaultView( workspace ) );
  if ( !error.isEmpty() )
  {
    err << "sortie import: " << error << "\n";
    return BadInput;
  }
  const QString alreadyThere =
      summary.tracksAlreadyLoaded > 0
          ? QCoreApplication::translate( "sortie::cli", " (%1 tracks already there)" )
                .arg( summary.tracksAlreadyLoaded )
          : QString();
  out << QCoreApplication::translate( "sortie::cli",
                                      "%1: added %2 tracks, %3 airbases, %4 events from %5 of %6 "
                                      "files%7; now %8 tracks, %9 airbases, %10 events" )
             .arg( projectPath )
             .arg( summary.tracks )
             .arg( summary.airbases )
             .arg( summary.events )
             .arg( summary.filesRead )
             .arg( summary.filesRead + summary.filesFailed )
             .arg( alreadyThere )
             .arg( workspace.sourceTracks().size() )
             .arg( workspace.airbases().airbases().size() )
             .arg( workspace.events().size() )
      << '\n';
  if ( summary.tracksFilteredOut > 0 )
    out << QCoreApplication::translate( "sortie::cli", "%1: %n tracks left out by the filter", nullptr,
                                        summary.tracksFilteredOut )
               .arg( projectPath )
        << '\n';
  return Success;
}

int runSample( const QStringList &arguments, QTextStream &out, QTextStream &err )
{
  if ( wantsHelp( arguments ) )
  {
    out << QCoreApplication::translate(
        "sortie::cli", "Usage: sortie sample PROJECT\n"
                       "Write the bundled sample project: reconstructed Il-62M flights between Moscow and\n"
                       "Pyongyang in 2023-2024, the airbases and the dated events around them.\n" );
    return Success;
  }
  if ( arguments.size() != 1 || arguments.first().startsWith( QLatin1Char( '-' ) ) )
  {
    err << QCoreApplication::translate(
               "sortie::cli", "sortie sample: give one project file name. Try 'sortie sample --help'." )
        << '\n';
    return BadUsage;
  }
  const QString projectPath = arguments.first();
  if ( !projectio::isProjectPath( projectPath ) )
  {
    err << QCoreApplication::translate( "sortie::cli",
                                        "sortie sample: the project's name must end in %1 (got '%2')." )
               .arg( projectFileSuffix(), projectPath )
        << '\n';
    return BadUsage;
  }
  if ( QFileInfo::exists( projectPath ) )
  {
    err << QCoreApplication::translate( "sortie::cli", "sortie sample: %1 exists; not overwritten." )
               .arg( projectPath )
        << '\n';
    return BadInput;
  }
  QTemporaryDir folder;
  const QStringList files = extractSampleFiles( folder.path() );
  Workspace workspace;
  const ImportSummary summary = workspace.importFiles( files );
  reportWarnings( summary, err );
  if ( files.isEmpty() || summary.filesFailed > 0 )
  {
    err << QCoreApplication::translate(
               "sortie::cli", "sortie sample: the bundled sample could not be read; this build is broken." )
        << '\n';
    return BadInput;
  }
  addSampleCorrelations( workspace );
  ProjectMeta meta;
  meta.workbench = sampleWorkbench();
  embeddedproject::View view = projectio::defaultView( workspace );
  view.title = QObject::tr( "Sortie sample: reconstructed Il-62M flights, 2023-2024" );
  const QString error = projectio::save( projectPath, workspace.source(), meta, view );
  if ( !error.isEmpty() )
  {
    err << "sortie sample: " << error << "\n";
    return BadInput;
  }
  out << QCoreApplication::translate( "sortie::cli",
                                      "%1: the sample project, %2 tracks, %3 airbases, %4 events, %5 example "
                                      "correlations, %6 example annotations" )
             .arg( projectPath )
             .arg( workspace.sourceTracks().size() )
             .arg( workspace.airbases().airbases().size() )
             .arg( workspace.events().size() )
             .arg( workspace.correlations().size() )
             .arg( workspace.annotations().size() )
      << '\n';
  return Success;
}

namespace
{
// An ISO 8601 time (no zone written: UTC), as the importers read them.
std::optional<std::int64_t> isoMs( const QString &text )
{
  const QDateTime time = importsupport::parseUtc( text );
  if ( !time.isValid() )
    return std::nullopt;
  return time.toMSecsSinceEpoch();
}

// The time window a project was left showing: its saved window, else the span of its data.
std::optional<TimeRange> savedOrDataWindow( const ProjectReadResult &read, const Workspace &workspace )
{
  if ( const std::optional<TimeRange> saved = workbenchstate::savedWindow( read.meta.workbench ) )
    return saved;
  const embeddedproject::View view = projectio::defaultView( workspace );
  if ( view.from.isValid() )
    return TimeRange{ view.from.toMSecsSinceEpoch(), view.to.toMSecsSinceEpoch() };
  return std::nullopt;
}

} // namespace

int runExportPdf( const QStringList &arguments, QTextStream &out, QTextStream &err )
{
  if ( wantsHelp( arguments ) )
  {
    out << QCoreApplication::translate(
        "sortie::cli",
        "Usage: sortie export-pdf PROJECT OUT.pdf [--from ISO --to ISO] [--paper A4|A3]\n"
        "                         [--orientation landscape|portrait] [--title TEXT]\n"
        "                         [--per-correlation] [--at ISO] [--graticule]\n"
        "Write the briefing of PROJECT as a vector PDF: the map of the flights and events in the\n"
        "time window (default: the window saved with the project), the legend of what it draws,\n"
        "the timeline of the window, the correlations with their facts and sources, and the\n"
        "sources. --per-correlation adds a page for each correlation in the window, zoomed to\n"
        "its legs and events; --at draws the aircraft where they were at that time (UTC);\n"
        "--graticule draws lines of latitude and longitude. The maps are drawn in the projection\n"
        "saved with the project's map (View > Map Projection in the window).\n" );
    return Success;
  }
  QStringList positional;
  briefing::Options options;
  QString from, to;
  for ( int i = 0; i < arguments.size(); ++i )
  {
    const QString &argument = arguments.at( i );
    auto value = [&]() { return i + 1 < arguments.size() ? arguments.at( ++i ) : QString(); };
    if ( argument == QLatin1String( "--from" ) )
      from = value();
    else if ( argument == QLatin1String( "--to" ) )
      to = value();
    else if ( argument == QLatin1String( "--title" ) )
      options.title = value();
    else if ( argument == QLatin1String( "--paper" ) )
    {
      const QString paper = value().toUpper();
      if ( paper != QLatin1String( "A4" ) && paper != QLatin1String( "A3" ) )
      {
        err << QCoreApplication::translate( "sortie::cli", "sortie export-pdf: --paper takes A4 or A3." )
            << '\n';
        return BadUsage;
      }
      options.a3 = paper == QLatin1String( "A3" );
    }
    else if ( argument == QLatin1String( "--orientation" ) )
    {
      const QString orientation = value().toLower();
      if ( orientation != QLatin1String( "landscape" ) && orientation != QLatin1String( "portrait" ) )
      {
        err << QCoreApplication::translate( "sortie::cli",
                                            "sortie export-pdf: --orientation takes landscape or portrait." )
            << '\n';
        return BadUsage;
      }
      options.portrait = orientation == QLatin1String( "portrait" );
    }
    else if ( argument == QLatin1String( "--per-correlation" ) )
      options.perCorrelation = true;
    else if ( argument == QLatin1String( "--graticule" ) )
      options.graticule = true;
    else if ( argument == QLatin1String( "--at" ) )
    {
      options.aircraftAt = isoMs( value() );
      if ( !options.aircraftAt )
      {
        err << QCoreApplication::translate( "sortie::cli", "sortie export-pdf: --at takes an ISO 8601 time." )
            << '\n';
        return BadUsage;
      }
    }
    else if ( argument.startsWith( QLatin1Char( '-' ) ) )
    {
      err << QCoreApplication::translate(
                 "sortie::cli", "sortie export-pdf: unknown option '%1'. Try 'sortie export-pdf --help'." )
                 .arg( argument )
          << '\n';
      return BadUsage;
    }
    else
      positional << argument;
  }
  if ( positional.size() != 2 ||
       !positional.at( 1 ).endsWith( QLatin1String( ".pdf" ), Qt::CaseInsensitive ) )
  {
    err << QCoreApplication::translate(
               "sortie::cli", "sortie export-pdf: give a project and an output file ending in .pdf. Try "
                              "'sortie export-pdf --help'." )
        << '\n';
    return BadUsage;
  }
  const ProjectReadResult read = readProject( positional.at( 0 ) );
  if ( !read.ok() )
  {
    err << "sortie export-pdf: " << read.message << "\n";
    return BadInput;
  }
  Workspace workspace;
  workspace.setContent( read.content );

  std::optional<TimeRange> window;
  if ( !from.isEmpty() || !to.isEmpty() )
  {
    const std::optional<std::int64_t> start = isoMs( from );
    const std::optional<std::int64_t> end = isoMs( to );
    if ( !start || !end || *start >= *end )
    {
      err << QCoreApplication::translate(
                 "sortie::cli",
                 "sortie export-pdf: --from and --to take two ISO 8601 times, the first before the second." )
          << '\n';
      return BadUsage;
    }
    window = TimeRange{ *start, *end };
  }
  else
    window = savedOrDataWindow( read, workspace );
  if ( !window )
  {
    err << QCoreApplication::translate( "sortie::cli",
                                        "sortie export-pdf: %1 holds nothing with a time to show." )
               .arg( positional.at( 0 ) )
        << '\n';
    return BadInput;
  }
  options.window = *window;
  options.projectName = QFileInfo( positional.at( 0 ) ).fileName();
  // The projection the analyst chose (saved with the map); the extent is the window's data.
  if ( const auto map = workbenchstate::savedMap( read.meta.workbench ) )
    options.crs = map->first;
  if ( options.title.isEmpty() )
    options.title = QObject::tr( "Flights and events, %1" ).arg( options.projectName );

  QString error;
  {
    briefing::Scene scene( workspace, SortieApplication::basemapPath() );
    briefing::Document document( scene.project(), scene.layers(), workspace, options );
    for ( const QString &warning : document.warnings() )
      err << "sortie export-pdf: " << warning << "\n";
    error = document.writePdf( positional.at( 1 ) );
    if ( error.isEmpty() )
      out << ( document.pageCount() == 1 ? QCoreApplication::translate( "sortie::cli", "%1: %2, 1 page" )
                                               .arg( positional.at( 1 ), utcRangeText( options.window ) )
                                         : QCoreApplication::translate( "sortie::cli", "%1: %2, %n pages",
                                                                        nullptr, document.pageCount() )
                                               .arg( positional.at( 1 ), utcRangeText( options.window ) ) )
          << '\n';
  }
  if ( !error.isEmpty() )
  {
    err << "sortie export-pdf: " << error << "\n";
    return BadInput;
  }
  return Success;
}

int runRender( const QStringList &arguments, QTextStream &out, QTextStream &err )
{
  if ( wantsHelp( arguments ) )
  {
    out << QCoreApplication::translate(
        "sortie::cli", "Usage: sortie render PROJECT OUT.png [--at ISO] [--size WxH]\n"
                       "Render the map of PROJECT alone, as the workbench draws it: the aircraft where they\n"
                       "were at --at (UTC; default: the time saved with the project), the events and\n"
                       "annotations of the saved window, the saved map extent. --size in pixels\n"
                       "(default 1600x1000).\n" );
    return Success;
  }
  QStringList positional;
  QString at;
  QSize size( 1600, 1000 );
  for ( int i = 0; i < arguments.size(); ++i )
  {
    const QString &argument = arguments.at( i );
    auto value = [&]() { return i + 1 < arguments.size() ? arguments.at( ++i ) : QString(); };
    if ( argument == QLatin1String( "--at" ) )
      at = value();
    else if ( argument == QLatin1String( "--size" ) )
    {
      const QStringList parts = value().split( QLatin1Char( 'x' ) );
      bool wide = false, high = false;
      size =
          parts.size() == 2 ? QSize( parts.at( 0 ).toInt( &wide ), parts.at( 1 ).toInt( &high ) ) : QSize();
      if ( !wide || !high || size.width() < 16 || size.height() < 16 || size.width() > 20000 ||
           size.height() > 20000 )
      {
        err << QCoreApplication::translate(
                   "sortie::cli",
                   "sortie render: --size takes WIDTHxHEIGHT in pixels, 16 to 20000 each (e.g. 1600x1000)." )
            << '\n';
        return BadUsage;
      }
    }
    else if ( argument.startsWith( QLatin1Char( '-' ) ) )
    {
      err << QCoreApplication::translate( "sortie::cli",
                                          "sortie render: unknown option '%1'. Try 'sortie render --help'." )
                 .arg( argument )
          << '\n';
      return BadUsage;
    }
    else
      positional << argument;
  }
  if ( positional.size() != 2 ||
       !positional.at( 1 ).endsWith( QLatin1String( ".png" ), Qt::CaseInsensitive ) )
  {
    err << QCoreApplication::translate( "sortie::cli", "sortie render: give a project and an output file "
                                                       "ending in .png. Try 'sortie render --help'." )
        << '\n';
    return BadUsage;
  }
  std::optional<std::int64_t> time;
  if ( !at.isEmpty() && !( time = isoMs( at ) ) )
  {
    err << QCoreApplication::translate( "sortie::cli", "sortie render: --at takes an ISO 8601 time." )
        << '\n';
    return BadUsage;
  }
  const ProjectReadResult read = readProject( positional.at( 0 ) );
  if ( !read.ok() )
  {
    err << "sortie render: " << read.message << "\n";
    return BadInput;
  }
  Workspace workspace;
  workspace.setContent( read.content );

  mapimage::Options options;
  options.size = size;
  const std::optional<TimeRange> window = savedOrDataWindow( read, workspace );
  if ( !time )
    time = workbenchstate::savedTime( read.meta.workbench );
  if ( !time && window )
    time = window->end;
  if ( !time )
  {
    err << QCoreApplication::translate( "sortie::cli",
                                        "sortie render: %1 holds nothing with a time; give --at." )
               .arg( positional.at( 0 ) )
        << '\n';
    return BadInput;
  }
  options.timeMs = *time;
  // A time outside the saved window: the week around it, so its events show.
  const std::int64_t week = 7 * 24 * 3600 * 1000LL;
  options.window =
      window && window->contains( *time ) ? *window : TimeRange{ *time - week / 2, *time + week / 2 };
  if ( const auto map = workbenchstate::savedMap( read.meta.workbench ) )
  {
    options.crs = map->first;
    options.extent = map->second;
  }
  if ( const std::optional<int> minutes = workbenchstate::savedTrailMinutes( read.meta.workbench ) )
    options.trailLengthMs = *minutes * 60 * 1000LL;

  QImage image;
  {
    briefing::Scene scene( workspace, SortieApplication::basemapPath() );
    image = mapimage::render( scene.project(), scene.layers(), options );
  }
  QSaveFile file( positional.at( 1 ) );
  if ( image.isNull() || !file.open( QIODevice::WriteOnly ) || !image.save( &file, "PNG" ) || !file.commit() )
  {
    err << QCoreApplication::translate( "sortie::cli", "sortie render: cannot write %1: %2" )
               .arg( positional.at( 1 ), file.errorString() )
        << '\n';
    return BadInput;
  }
  out << QCoreApplication::translate( "sortie::cli", "%1: %2x%3, aircraft at %4 UTC" )
             .arg( positional.at( 1 ) )
             .arg( size.width() )
             .arg( size.height() )
             .arg( utcMinuteText( *time ) )
      << '\n';
  return Success;
}

} // namespace sortie::cli
