#include "app/cli/infocommand.h"

#include "app/cli/commandline.h"
#include "app/refdata/refdatacommand.h"
#include "models/analysis/aircraftfusion.h"
#include "models/analysis/correlationfacts.h"
#include "models/analysis/flightanalysis.h"
#include "models/analysis/gapclassification.h"
#include "models/io/importer.h"
#include "models/io/importsupport.h"
#include "models/project/projectstore.h"
#include "models/time/duration.h"
#include "models/workspace/workspace.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace sortie::cli
{

namespace
{
struct AnalysedTrack
{
    const Track *track;
    FlightAnalysis analysis;
};

QJsonValue airbaseCode( const AirbaseIndex &airbases, int index )
{
  return index < 0 ? QJsonValue( QJsonValue::Null ) : QJsonValue( airbases.airbases().at( index ).code() );
}

QString airbaseText( const AirbaseIndex &airbases, int index )
{
  return index < 0 ? QStringLiteral( "unknown" ) : airbases.airbases().at( index ).code();
}

QJsonObject trackJson( const AnalysedTrack &analysed, const AirbaseIndex &airbases )
{
  const Track &track = *analysed.track;
  QJsonObject object;
  object.insert( QStringLiteral( "icao24" ),
                 track.identity.icao24.isEmpty() ? QJsonValue() : QJsonValue( track.identity.icao24 ) );
  object.insert( QStringLiteral( "registration" ), track.identity.registration.isEmpty()
                                                       ? QJsonValue()
                                                       : QJsonValue( track.identity.registration ) );
  object.insert( QStringLiteral( "callsign" ), track.identity.callsigns.isEmpty()
                                                   ? QJsonValue()
                                                   : QJsonValue( track.identity.callsigns.first() ) );
  object.insert( QStringLiteral( "callsigns" ), QJsonArray::fromStringList( track.identity.callsigns ) );
  object.insert( QStringLiteral( "type" ), track.identity.aircraftType.isEmpty()
                                               ? QJsonValue()
                                               : QJsonValue( track.identity.aircraftType ) );
  if ( !track.identity.operatorName.isEmpty() )
    object.insert( QStringLiteral( "operator" ), track.identity.operatorName );
  if ( track.identity.military )
    object.insert( QStringLiteral( "military" ), true );
  if ( !track.identity.fromDatabase.isEmpty() ) // what the aircraft database said, not the file
    object.insert( QStringLiteral( "from_aircraft_database" ),
                   QJsonArray::fromStringList( track.identity.fromDatabase ) );
  object.insert( QStringLiteral( "source" ), QJsonObject{ { QStringLiteral( "format" ), track.source.format },
                                                          { QStringLiteral( "file" ), track.source.fileName },
                                                          { QStringLiteral( "note" ), track.source.note } } );
  object.insert( QStringLiteral( "points" ), track.size() );
  object.insert( QStringLiteral( "start" ), importsupport::toIsoUtc( track.timeMs( 0 ) ) );
  object.insert( QStringLiteral( "end" ), importsupport::toIsoUtc( track.timeMs( track.size() - 1 ) ) );

  QJsonArray legs;
  for ( const Leg &leg : analysed.analysis.legs )
  {
    legs.append( QJsonObject{ { QStringLiteral( "from" ), airbaseCode( airbases, leg.fromAirbase ) },
                              { QStringLiteral( "to" ), airbaseCode( airbases, leg.toAirbase ) },
                              { QStringLiteral( "start" ), importsupport::toIsoUtc( leg.startMs ) },
                              { QStringLiteral( "end" ), importsupport::toIsoUtc( leg.endMs ) },
                              { QStringLiteral( "takeoff_observed" ), leg.takeoffObserved },
                              { QStringLiteral( "landing_observed" ), leg.landingObserved },
                              { QStringLiteral( "takeoff_inferred" ), leg.takeoffInferred },
                              { QStringLiteral( "landing_inferred" ), leg.landingInferred },
                              { QStringLiteral( "distance_m" ), qRound64( leg.distanceMetres ) } } );
  }
  object.insert( QStringLiteral( "legs" ), legs );

  QJsonArray gaps;
  for ( const Gap &gap : analysed.analysis.gaps )
  {
    QJsonObject g{ { QStringLiteral( "start" ), importsupport::toIsoUtc( gap.startMs ) },
                   { QStringLiteral( "end" ),
                     gap.open ? QJsonValue() : QJsonValue( importsupport::toIsoUtc( gap.endMs ) ) },
                   { QStringLiteral( "in_flight" ), gap.inFlight },
                   { QStringLiteral( "open" ), gap.open },
                   { QStringLiteral( "kind" ), gapKindKey( gap.kind ) },
                   { QStringLiteral( "reason" ), gap.reason } };
    if ( gap.open )
      g.insert( QStringLiteral( "near" ), airbaseCode( airbases, gap.nearestAirbase ) );
    if ( gap.kind == GapKind::GroundStopInferred )
      g.insert( QStringLiteral( "at" ), airbaseCode( airbases, gap.airbase ) );
    gaps.append( g );
  }
  object.insert( QStringLiteral( "gaps" ), gaps );

  QJsonArray stops;
  for ( const GroundStop &stop : analysed.analysis.groundStops )
  {
    stops.append( QJsonObject{ { QStringLiteral( "at" ), airbaseCode( airbases, stop.airbase ) },
                               { QStringLiteral( "start" ), importsupport::toIsoUtc( stop.startMs ) },
                               { QStringLiteral( "end" ), importsupport::toIsoUtc( stop.endMs ) },
                               { QStringLiteral( "inferred" ), stop.inferred } } );
  }
  object.insert( QStringLiteral( "ground_stops" ), stops );
  return object;
}

// The correlations of every project given, with the facts computed now.
QJsonArray correlationsJson( const std::vector<ProjectContent> &projects )
{
  QJsonArray array;
  for ( const ProjectContent &content : projects )
  {
    Workspace workspace;
    workspace.setContent( content );
    for ( const Correlation &c : workspace.correlations() )
    {
      const QJsonArray flights = QJsonArray::fromStringList( describeFlights( workspace, c ) );
      QJsonArray sources;
      for ( const SourceCitation &source : c.sources )
        sources.append( QJsonObject{
            { QStringLiteral( "outlet" ), source.outlet },
            { QStringLiteral( "title" ), source.title },
            { QStringLiteral( "date" ),
              source.date.isValid() ? QJsonValue( source.date.toString( Qt::ISODate ) ) : QJsonValue() },
            { QStringLiteral( "url" ), source.url },
            { QStringLiteral( "supports" ), source.supports } } );
      array.append( QJsonObject{
          { QStringLiteral( "id" ), c.id },
          { QStringLiteral( "relation" ),
            c.relation == Relation::Other ? c.relationText : relationName( c.relation ) },
          { QStringLiteral( "events" ), QJsonArray::fromStringList( c.eventIds ) },
          { QStringLiteral( "flights" ), flights },
          { QStringLiteral( "note" ), c.note },
          { QStringLiteral( "confidence" ), confidenceName( c.confidence ) },
          { QStringLiteral( "likelihood" ),
            c.likelihood.isEmpty() ? QJsonValue() : QJsonValue( c.likelihood ) },
          { QStringLiteral( "facts" ), QJsonArray::fromStringList( correlationFacts( workspace, c ) ) },
          { QStringLiteral( "sources" ), sources },
          { QStringLiteral( "example" ), c.example } } );
    }
  }
  return array;
}

QJsonArray annotationsJson( const std::vector<ProjectContent> &projects )
{
  QJsonArray array;
  for ( const ProjectContent &content : projects )
  {
    for ( const Annotation &a : content.annotations )
    {
      QJsonArray points;
      for ( const GeoPoint &p : a.points )
        points.append( QJsonArray{ p.latitude, p.longitude } );
      QJsonObject object{ { QStringLiteral( "id" ), a.id },
                          { QStringLiteral( "kind" ), annotationKindName( a.kind ) },
                          { QStringLiteral( "text" ), a.text },
                          { QStringLiteral( "points" ), points },
                          { QStringLiteral( "correlation" ),
                            a.correlationId.isEmpty() ? QJsonValue() : QJsonValue( a.correlationId ) } };
      if ( a.window )
        object.insert( QStringLiteral( "window" ), QJsonArray{ importsupport::toIsoUtc( a.window->start ),
                                                               importsupport::toIsoUtc( a.window->end ) } );
      array.append( object );
    }
  }
  return array;
}

// A Sortie project read as one more input: its content, its warnings under its name.
ImportResult readProjectAsInput( const QString &path, std::vector<ProjectContent> &projects )
{
  ImportResult result;
  ProjectReadResult read = readProject( path );
  const QString name = QFileInfo( path ).fileName();
  if ( !read.ok() )
  {
    result.failed = true;
    result.warnings.append( { name, 0, read.message } );
    return result;
  }
  result.format = QStringLiteral( "Sortie project (schema %1)" ).arg( read.meta.schemaVersion );
  projects.push_back( read.content );
  result.tracks = std::move( read.content.tracks );
  result.airbases = std::move( read.content.airbases );
  result.events = std::move( read.content.events );
  for ( const QString &warning : read.warnings )
    result.warnings.append( { name, 0, warning } );
  return result;
}

void writeTrackText( QTextStream &out, const AnalysedTrack &analysed, const AirbaseIndex &airbases )
{
  const Track &track = *analysed.track;
  out << QCoreApplication::translate( "sortie::cli", "  track %1: %2 positions, %3 to %4 (UTC)" )
             .arg( track.identity.label() )
             .arg( track.size() )
             .arg( importsupport::toIsoUtc( track.timeMs( 0 ) ),
                   importsupport::toIsoUtc( track.timeMs( track.size() - 1 ) ) )
      << '\n';
  if ( !track.source.note.isEmpty() )
    out << QCoreApplication::translate( "sortie::cli", "    note: %1" ).arg( track.source.note ) << '\n';
  for ( const Leg &leg : analysed.analysis.legs )
  {
    out << QCoreApplication::translate( "sortie::cli", "    leg %1 -> %2  %3 to %4  %5, %6 km" )
               .arg( airbaseText( airbases, leg.fromAirbase ), airbaseText( airbases, leg.toAirbase ),
                     importsupport::toIsoUtc( leg.startMs ), importsupport::toIsoUtc( leg.endMs ),
                     formatDuration( leg.durationMs() ) )
               .arg( qRound( leg.distanceMetres / 1000.0 ) )
        << '\n';
  }
  for ( const GroundStop &stop : analysed.analysis.groundStops )
    out << ( stop.inferred ? QCoreApplication::translate(
                                 "sortie::cli",
                                 "    on the ground at %1 for %2 (inferred: landing and take-off not seen)" )
                           : QCoreApplication::translate( "sortie::cli", "    on the ground at %1 for %2" ) )
               .arg( airbaseText( airbases, stop.airbase ), formatDuration( stop.durationMs() ) )
        << '\n';
  for ( const Gap &gap : analysed.analysis.gaps )
  {
    if ( gap.open )
      out << ( gap.nearestAirbase >= 0
                   ? QCoreApplication::translate( "sortie::cli",
                                                  "    left tracking data at %1 near %2 (%3 km)" )
                         .arg( importsupport::toIsoUtc( gap.startMs ),
                               airbaseText( airbases, gap.nearestAirbase ) )
                         .arg( qRound( gap.nearestAirbaseMetres / 1000.0 ) )
                   : QCoreApplication::translate( "sortie::cli", "    left tracking data at %1" )
                         .arg( importsupport::toIsoUtc( gap.startMs ) ) )
          << '\n';
    else
      out << QCoreApplication::translate( "sortie::cli", "    %1 %2 to %3 (%4)" )
                 .arg( gapKindLabel( gap.kind ), importsupport::toIsoUtc( gap.startMs ),
                       importsupport::toIsoUtc( gap.endMs ), formatDuration( gap.durationMs() ) )
          << "\n      " << gap.reason << '\n';
  }
}
} // namespace

int runInfo( const QStringList &arguments, QTextStream &out, QTextStream &err )
{
  bool json = false;
  QStringList files;
  for ( const QString &argument : arguments )
  {
    if ( argument == QLatin1String( "--json" ) )
      json = true;
    else if ( argument == QLatin1String( "--help" ) || argument == QLatin1String( "-h" ) )
    {
      out << QCoreApplication::translate(
          "sortie::cli",
          "Usage: sortie info FILE... [--json]\n"
          "Read track, airbase and event files, or Sortie projects (.sortie.gpkg), and report\n"
          "what they hold: tracks with their legs, ground stops and gaps (leg ends named after\n"
          "the airbases found in the same files), airbase and event counts, and every problem\n"
          "with file and line. For a project, --json adds its correlations and annotations.\n" );
      return Success;
    }
    else if ( argument.startsWith( QLatin1Char( '-' ) ) )
    {
      err << QCoreApplication::translate( "sortie::cli",
                                          "sortie info: unknown option '%1'. Try 'sortie info --help'." )
                 .arg( argument )
          << '\n';
      return BadUsage;
    }
    else
      files.append( argument );
  }
  if ( files.isEmpty() )
  {
    err << QCoreApplication::translate( "sortie::cli",
                                        "sortie info: no file given. Try 'sortie info --help'." )
        << '\n';
    return BadUsage;
  }

  const ImporterRegistry registry = ImporterRegistry::standard();
  std::vector<ImportResult> results;
  QVector<Airbase> allAirbases;
  int eventCount = 0;
  int filesRead = 0;
  bool anyProject = false;
  std::vector<ProjectContent> projects;
  for ( const QString &file : files )
  {
    const bool project = file.endsWith( projectFileSuffix(), Qt::CaseInsensitive );
    anyProject = anyProject || project;
    results.push_back( project ? readProjectAsInput( file, projects ) : registry.importFile( file ) );
    const ImportResult &result = results.back();
    allAirbases += result.airbases;
    eventCount += result.events.size();
    if ( !result.failed )
      ++filesRead;
  }
  const AirbaseIndex airbases( allAirbases );
  // What the files leave unsaid, from the user's aircraft database ('sortie refdata'), marked.
  if ( const auto database = userReferenceFolder().openAircraftDatabase() )
  {
    for ( ImportResult &result : results )
    {
      for ( Track &track : result.tracks )
        database->fill( track.identity );
    }
  }

  std::vector<AnalysedTrack> analysed;
  for ( const ImportResult &result : results )
  {
    for ( const Track &track : result.tracks )
      analysed.push_back( { &track, analyseFlights( track, airbases ) } );
  }

  // One aircraft in several of the files (or tracks): its tracks fused as the workbench shows
  // them, so that a gap is only where none of them has data.
  std::vector<Track> all;
  for ( const ImportResult &result : results )
  {
    for ( const Track &track : result.tracks )
      all.push_back( track );
  }
  // The same positions given twice are one track, as the workbench keeps them.
  identifyTracks(
      all, []( const QString & ) { return false; }, true );
  std::vector<FusedTrack> fusedTracks;
  for ( const std::vector<int> &group : groupTracksByAircraft( all ) )
  {
    if ( group.size() < 2 )
      continue;
    std::vector<const Track *> members;
    for ( const int t : group )
      members.push_back( &all[static_cast<std::size_t>( t )] );
    fusedTracks.push_back( fuseTracks( members, FlightAnalysisSettings().gapThresholdMs ) );
  }
  std::vector<AnalysedTrack> aircraft;
  for ( const FusedTrack &fused : fusedTracks )
    aircraft.push_back( { &fused.track, analyseAircraft( fused, airbases ) } );

  if ( json )
  {
    QJsonArray tracks;
    for ( const AnalysedTrack &a : analysed )
      tracks.append( trackJson( a, airbases ) );
    QJsonArray aircraftJson;
    for ( const AnalysedTrack &a : aircraft )
    {
      QJsonObject object = trackJson( a, airbases );
      QJsonArray sources;
      for ( const SourceCoverage &source : a.analysis.sources )
      {
        QJsonArray spans;
        for ( const auto &[start, end] : source.spans )
          spans.append( QJsonArray{ importsupport::toIsoUtc( start ), importsupport::toIsoUtc( end ) } );
        sources.append( QJsonObject{ { QStringLiteral( "format" ), source.format },
                                     { QStringLiteral( "file" ), source.fileName },
                                     { QStringLiteral( "points" ), source.positions },
                                     { QStringLiteral( "points_used" ), source.positionsUsed },
                                     { QStringLiteral( "coverage" ), spans } } );
      }
      object.insert( QStringLiteral( "sources" ), sources );
      aircraftJson.append( object );
    }
    QJsonArray warnings;
    for ( const ImportResult &result : results )
    {
      for ( const ImportWarning &w : result.warnings )
        warnings.append(
            QJsonObject{ { QStringLiteral( "file" ), w.file },
                         { QStringLiteral( "line" ), w.line > 0 ? QJsonValue( w.line ) : QJsonValue() },
                         { QStringLiteral( "message" ), w.message } } );
    }
    QJsonObject root{ { QStringLiteral( "tracks" ), tracks },
                      { QStringLiteral( "aircraft" ), aircraftJson },
                      { QStringLiteral( "airbases" ), allAirbases.size() },
                      { QStringLiteral( "events" ), eventCount },
                      { QStringLiteral( "warnings" ), warnings } };
    if ( anyProject )
    {
      root.insert( QStringLiteral( "correlations" ), correlationsJson( projects ) );
      root.insert( QStringLiteral( "annotations" ), annotationsJson( projects ) );
    }
    out << QJsonDocument( root ).toJson( QJsonDocument::Indented );
  }
  else
  {
    std::size_t next = 0;
    for ( std::size_t i = 0; i < results.size(); ++i )
    {
      const ImportResult &result = results[i];
      out << files.at( static_cast<int>( i ) ) << ": ";
      if ( result.failed )
        out << QCoreApplication::translate( "sortie::cli", "not read" ) << '\n';
      else
        out << QCoreApplication::translate( "sortie::cli", "%1, %2 tracks, %3 airbases, %4 events" )
                   .arg( result.format )
                   .arg( result.tracks.size() )
                   .arg( result.airbases.size() )
                   .arg( result.events.size() )
            << '\n';
      for ( std::size_t t = 0; t < result.tracks.size(); ++t )
        writeTrackText( out, analysed[next++], airbases );
      for ( const ImportWarning &w : result.warnings )
        err << w.toString() << "\n";
    }
    for ( const AnalysedTrack &a : aircraft )
    {
      const int sourceCount = a.analysis.sources.size();
      out << QCoreApplication::translate( "sortie::cli",
                                          "one aircraft in %n tracks, as the workbench shows it:", nullptr,
                                          sourceCount )
          << '\n';
      writeTrackText( out, a, airbases );
      for ( const SourceCoverage &source : a.analysis.sources )
        out << QCoreApplication::translate( "sortie::cli", "    source %1: %2 positions, %3 used" )
                   .arg( source.label() )
                   .arg( source.positions )
                   .arg( source.positionsUsed )
            << '\n';
    }
  }
  out.flush();

  if ( filesRead == 0 )
  {
    const ImportResult &last = results.back();
    err << ( last.warnings.isEmpty()
                 ? QCoreApplication::translate( "sortie::cli", "sortie info: nothing could be read" )
                 : QCoreApplication::translate( "sortie::cli", "sortie info: nothing could be read (%1)" )
                       .arg( last.warnings.last().toString() ) )
        << '\n';
    return BadInput;
  }
  return Success;
}

} // namespace sortie::cli
