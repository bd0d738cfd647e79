#include "fuzzsupport.h"

#include "models/analysis/flightanalysis.h"
#include "models/analysis/suggestions.h"
#include "models/analysis/trackposition.h"
#include "models/io/gdalsupport.h"
#include "models/project/projectstore.h"
#include "models/workspace/workspace.h"

#include <QtGlobal>

#include <cpl_error.h>
#include <limits>

namespace sortie::fuzz
{

void initialise()
{
  // Millions of runs: no output but the fuzzer's own.
  qInstallMessageHandler( []( QtMsgType, const QMessageLogContext &, const QString & ) {} );
  CPLSetErrorHandler( CPLQuietErrorHandler );
  gdalsupport::ensureDriversRegistered();
}

void analyse( const ImportResult &result )
{
  if ( result.tracks.empty() )
    return;
  ProjectContent content;
  content.tracks = result.tracks;
  // Each of the first tracks once more, as another source of the same aircraft: every other
  // position, a second later. The workspace fuses the two (aircraftfusion.h), so that the
  // fusion runs on whatever an importer makes of a hostile file.
  constexpr std::size_t kTwins = 8;
  constexpr int kTwinPoints = 20000;
  for ( std::size_t t = 0; t < result.tracks.size() && t < kTwins; ++t )
  {
    Track &original = content.tracks[t];
    if ( original.identity.icao24.isEmpty() )
      original.identity.icao24 = QStringLiteral( "f%1" ).arg( t, 5, 10, QLatin1Char( '0' ) );
    Track twin;
    twin.identity = original.identity;
    twin.source = original.source;
    twin.source.fileName += QStringLiteral( " (twin)" );
    for ( int i = 0; i < original.size() && i < kTwinPoints; i += 2 )
    {
      TrackPoint point = original.point( i );
      if ( point.timeMs < std::numeric_limits<std::int64_t>::max() - 1000 )
        point.timeMs += 1000;
      twin.append( point );
    }
    twin.sortByTime();
    content.tracks.push_back( std::move( twin ) );
  }
  content.airbases = result.airbases;
  content.events = result.events;
  Workspace workspace;
  workspace.setContent( std::move( content ) ); // analyses every track
  const FlightAnalysisSettings settings;
  for ( std::size_t t = 0; t < workspace.tracks().size(); ++t )
  {
    const Track &track = workspace.tracks()[t];
    for ( const Leg &leg : workspace.analyses()[t].legs )
      legPieces( track, leg, settings.gapThresholdMs );
    if ( !track.isEmpty() )
    {
      // Halfway, without overflow for times at the ends of int64.
      const std::int64_t first = track.timeMs( 0 ), last = track.timeMs( track.size() - 1 );
      const std::int64_t middle = first / 2 + last / 2;
      positionAt( track, middle, true );
      trailAt( track, middle, 60 * 60 * 1000 );
    }
  }
  suggestCorrelations( workspace );
}

} // namespace sortie::fuzz
