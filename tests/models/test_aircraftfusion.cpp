// One aircraft, one lane, all its sources (issue 14, point 8): tracks of one aircraft from
// several sources are one track in the workspace, a gap is where no source has data, the
// denser source is kept where two overlap, and links, removal, undo and the file follow.
#include "models/analysis/aircraftfusion.h"
#include "models/analysis/correlationfacts.h"
#include "models/commands/correlationcommands.h"
#include "models/commands/trackcommands.h"
#include "models/commands/undostack.h"
#include "models/project/projectstore.h"
#include "models/workspace/workspace.h"

#include <QSignalSpy>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace sortie;

namespace
{
constexpr qint64 kStart = 1720504800000LL; // 2024-07-09T06:00:00Z
constexpr qint64 kMinute = 60000;

// Moscow (UUEE) to Novosibirsk (UNNT) in four hours, seen every @p stepSeconds from
// @p fromMinute to @p untilMinute, except where @p skip says (minutes, [from, until)). On the
// ground (as the source says) for the first and last ten minutes, at 10,000 m between.
// Moved @p latitudeOffset degrees north and @p laterMinutes later when given.
Track flight( const QString &icao, const QString &registration, int stepSeconds, int fromMinute,
              int untilMinute, const QVector<QPair<int, int>> &skip = {}, double latitudeOffset = 0.0,
              int laterMinutes = 0 )
{
  Track track;
  track.identity.icao24 = icao;
  track.identity.registration = registration;
  track.source = { QStringLiteral( "test feed" ), QStringLiteral( "%1-%2.json" ).arg( icao, registration ),
                   QString() };
  const int total = 240;
  for ( qint64 s = fromMinute * 60LL; s <= untilMinute * 60LL; s += stepSeconds )
  {
    const double minute = s / 60.0;
    if ( std::any_of( skip.cbegin(), skip.cend(),
                      [minute]( const QPair<int, int> &r )
                      { return minute >= r.first && minute < r.second; } ) )
      continue;
    const double f = minute / total;
    TrackPoint p;
    p.timeMs = kStart + s * 1000 + laterMinutes * kMinute;
    p.latitude = 55.97 + ( 55.01 - 55.97 ) * f + latitudeOffset;
    p.longitude = 37.41 + ( 82.65 - 37.41 ) * f;
    const bool ground = minute < 10 || minute > total - 10;
    p.altitudeMetres = ground ? 0.0f : 10000.0f;
    p.groundSpeedMps = ground ? 5.0f : 200.0f;
    p.flags = PointOnGroundKnown | ( ground ? PointOnGround : 0 );
    track.append( p );
  }
  return track;
}

ImportBatch batchOf( std::vector<Track> tracks )
{
  ImportBatch batch;
  batch.summary.filesRead = 1;
  batch.tracks = std::move( tracks );
  return batch;
}

int inFlightGaps( const FlightAnalysis &analysis )
{
  return static_cast<int>( std::count_if( analysis.gaps.cbegin(), analysis.gaps.cend(),
                                          []( const Gap &g ) { return g.inFlight; } ) );
}
} // namespace

class TestAircraftFusion : public QObject
{
    Q_OBJECT

  private slots:
    // Same ICAO address or registration (without case or dashes), even joined through a third
    // track that has both; a track known only by its type stays apart.
    void groupsByAddressOrRegistration()
    {
      std::vector<Track> tracks;
      tracks.push_back( flight( QStringLiteral( "150b5f" ), QString(), 600, 0, 60 ) );
      tracks.push_back( flight( QString(), QString(), 600, 0, 60 ) );
      tracks.back().identity.aircraftType = QStringLiteral( "IL62" );
      tracks.push_back( flight( QString(), QStringLiteral( "ra86559" ), 600, 0, 60 ) );
      tracks.push_back( flight( QStringLiteral( "150B5F" ), QStringLiteral( "RA-86559" ), 600, 0, 60 ) );
      tracks.push_back( flight( QString(), QString(), 600, 0, 60 ) );
      tracks.back().identity.aircraftType = QStringLiteral( "IL62" );
      const std::vector<std::vector<int>> groups = groupTracksByAircraft( tracks );
      QCOMPARE( groups.size(), std::size_t( 3 ) );
      QCOMPARE( groups[0], ( std::vector<int>{ 0, 2, 3 } ) );
      QCOMPARE( groups[1], std::vector<int>{ 1 } );
      QCOMPARE( groups[2], std::vector<int>{ 4 } );
      QCOMPARE( aircraftTrackId( tracks[3].identity ), QStringLiteral( "aircraft-150b5f" ) );
      QCOMPARE( aircraftTrackId( tracks[2].identity ), QStringLiteral( "aircraft-reg-RA86559" ) );
      QVERIFY( aircraftTrackId( tracks[1].identity ).isEmpty() );
    }

    // The shape of a real pair (../shared/realdata/fr24_csv, JAL516 on 2024-01-02): FR24's
    // CSV export names the callsign only and has the take-off; its granular ADS-B data names
    // the address and is dense from later on. Same callsign, same place, same time: one
    // aircraft, one leg from the CSV's take-off. The same callsign elsewhere at that time, or
    // on another day, or with another address, is another aircraft.
    void sameCallsignSamePlaceIsOneAircraft()
    {
      auto withCallsign = []( Track track )
      {
        track.identity.callsigns = QStringList{ QStringLiteral( "JAL516" ) };
        return track;
      };
      std::vector<Track> tracks;
      tracks.push_back( withCallsign( flight( QString(), QString(), 60, 0, 240 ) ) ); // the CSV
      tracks.push_back(
          withCallsign( flight( QStringLiteral( "8467d8" ), QString(), 5, 20, 240 ) ) ); // granular
      tracks.push_back(
          withCallsign( flight( QString(), QString(), 60, 0, 240, {}, -2.7 ) ) ); // 300 km south
      tracks.push_back(
          withCallsign( flight( QString(), QString(), 60, 0, 240, {}, 0.0, 24 * 60 ) ) ); // next day
      tracks.push_back(
          withCallsign( flight( QStringLiteral( "86d5e1" ), QString(), 60, 0, 240 ) ) ); // other address
      const std::vector<std::vector<int>> groups = groupTracksByAircraft( tracks );
      QCOMPARE( groups.size(), std::size_t( 4 ) );
      QCOMPARE( groups[0], ( std::vector<int>{ 0, 1 } ) );

      Workspace workspace;
      workspace.addImport( batchOf( { tracks[0], tracks[1] } ) );
      QCOMPARE( workspace.tracks().size(), std::size_t( 1 ) );
      QCOMPARE( workspace.tracks()[0].id, QStringLiteral( "aircraft-8467d8" ) );
      const FlightAnalysis &analysis = workspace.analyses()[0];
      QCOMPARE( analysis.legs.size(), 1 );
      QVERIFY( analysis.legs.first().takeoffObserved ); // from the CSV: the granular data starts in the air
      QVERIFY( analysis.legs.first().landingObserved );
      QCOMPARE( inFlightGaps( analysis ), 0 );
      // The granular data (a fix every 5 s) kept from 0:20; the CSV's before it.
      QCOMPARE( analysis.sources.at( 1 ).positionsUsed, analysis.sources.at( 1 ).positions );
      QCOMPARE( analysis.sources.at( 0 ).positionsUsed, 20 );
    }

    // What must never be one aircraft (found in review): two addresses that share a
    // registration; tracks whose registration is a placeholder; two registrations in formation
    // under one callsign; a callsign many tracks fly at once.
    void twoAircraftAreNeverOne()
    {
      std::vector<Track> tracks;
      tracks.push_back( flight( QStringLiteral( "aaaaaa" ), QStringLiteral( "RA-1" ), 600, 0, 240 ) );
      tracks.push_back(
          flight( QStringLiteral( "bbbbbb" ), QStringLiteral( "RA-1" ), 600, 0, 240, {}, 5.0 ) );
      tracks.push_back( flight( QString(), QStringLiteral( "-" ), 600, 0, 240, {}, 10.0 ) );
      tracks.push_back( flight( QString(), QStringLiteral( "N/A" ), 600, 0, 240, {}, 15.0 ) );
      Track lead = flight( QString(), QStringLiteral( "RF-90001" ), 60, 0, 240, {}, 20.0 );
      Track wingman = flight( QString(), QStringLiteral( "RF-90002" ), 60, 0, 240, {}, 20.02 ); // 2 km off
      lead.identity.callsigns = wingman.identity.callsigns = QStringList{ QStringLiteral( "RFF7001" ) };
      tracks.push_back( lead );
      tracks.push_back( wingman );
      QCOMPARE( groupTracksByAircraft( tracks ).size(), tracks.size() );
      QVERIFY( aircraftTrackId( tracks[2].identity ).isEmpty() ); // "-" names no aircraft

      // Ten tracks in one place at once under one callsign: it identifies none of them.
      std::vector<Track> crowd;
      for ( int i = 0; i < 10; ++i )
      {
        crowd.push_back( flight( QString(), QString(), 60, i, 240 ) );
        crowd.back().identity.callsigns = QStringList{ QStringLiteral( "BLOCKED" ) };
      }
      QCOMPARE( groupTracksByAircraft( crowd ).size(), crowd.size() );
    }

    // A link made to an aircraft while it had one id (by callsign and place alone, then by
    // registration) still finds it when a source with its address changes the id.
    void aLinkFollowsTheAircraftAsItsIdChanges()
    {
      auto withCallsign = []( Track track )
      {
        track.identity.callsigns = QStringList{ QStringLiteral( "JAL516" ) };
        return track;
      };
      Workspace workspace;
      workspace.addImport( batchOf( { withCallsign( flight( QString(), QString(), 60, 0, 240 ) ),
                                      withCallsign( flight( QString(), QString(), 30, 0, 240 ) ) } ) );
      QCOMPARE( workspace.tracks().size(), std::size_t( 1 ) );
      QVERIFY( workspace.tracks()[0].id.startsWith( QLatin1String( "aircraft-t-" ) ) );
      const FlightRef byCallsign = flightRef( workspace, 0, 0 );
      workspace.addImport(
          batchOf( { withCallsign( flight( QString(), QStringLiteral( "JA-8467" ), 20, 0, 240 ) ) } ) );
      QCOMPARE( workspace.tracks()[0].id, QStringLiteral( "aircraft-reg-JA8467" ) );
      QCOMPARE( resolveFlight( workspace, byCallsign ).leg, 0 );
      const FlightRef byRegistration = flightRef( workspace, 0, 0 );
      workspace.addImport(
          batchOf( { withCallsign( flight( QStringLiteral( "8467d8" ), QString(), 5, 0, 240 ) ) } ) );
      QCOMPARE( workspace.tracks().size(), std::size_t( 1 ) );
      QCOMPARE( workspace.tracks()[0].id, QStringLiteral( "aircraft-8467d8" ) );
      QCOMPARE( resolveFlight( workspace, byCallsign ).leg, 0 );
      QCOMPARE( resolveFlight( workspace, byRegistration ).leg, 0 );
    }

    // A few lone fixes never outrank a steady feed: inside the feed's coverage they are
    // dropped, not interleaved with it.
    void loneFixesDoNotOutrankAFeed()
    {
      Track feed = flight( QStringLiteral( "150b5f" ), QString(), 1, 0, 60 ); // every second for an hour
      Track lone =
          flight( QStringLiteral( "150b5f" ), QString(), 1200, 10, 50, {}, 0.3 ); // three fixes, 30 km off
      QCOMPARE( lone.size(), 3 );
      const FusedTrack fused = fuseTracks( { &lone, &feed }, FlightAnalysisSettings().gapThresholdMs );
      QCOMPARE( fused.sources.at( 0 ).positionsUsed, 0 );
      QCOMPARE( fused.track.size(), feed.size() );
    }

    // Where two sources overlap the denser one's positions are kept (no zigzag between two
    // feeds' fixes); outside it the other fills in. Who the aircraft is comes from both.
    void fusionKeepsTheDenserSourceWhereTheyOverlap()
    {
      Track dense = flight( QStringLiteral( "4b1805" ), QString(), 30, 0, 120 ); // 0:00-2:00 every 30 s
      dense.identity.callsigns = QStringList{ QStringLiteral( "SWR100" ) };
      Track sparse = flight( QString(), QStringLiteral( "HB-JNA" ), 60, 60, 240 ); // 1:00-4:00 every minute
      sparse.identity.callsigns = QStringList{ QStringLiteral( "SWR100" ), QStringLiteral( "SWR100A" ) };
      sparse.source.note = QStringLiteral( "reconstructed; not ADS-B data" );
      sparse.identity.icao24 = QStringLiteral( "4B1805" );
      const FusedTrack fused = fuseTracks( { &sparse, &dense }, FlightAnalysisSettings().gapThresholdMs );
      QCOMPARE( fused.track.id, QStringLiteral( "aircraft-4b1805" ) );
      QCOMPARE( fused.track.identity.registration, QStringLiteral( "HB-JNA" ) );
      QCOMPARE( fused.track.identity.callsigns,
                ( QStringList{ QStringLiteral( "SWR100" ), QStringLiteral( "SWR100A" ) } ) );
      QCOMPARE( fused.track.source.note, QStringLiteral( "reconstructed; not ADS-B data" ) );
      QCOMPARE( fused.sources.size(), 2 );
      // Sources in the order given, each with what it covered and what of it was kept.
      const SourceCoverage &sparseCoverage = fused.sources.at( 0 ), &denseCoverage = fused.sources.at( 1 );
      QCOMPARE( denseCoverage.positions, 241 );
      QCOMPARE( denseCoverage.positionsUsed, 241 );
      QCOMPARE( sparseCoverage.positions, 181 );
      QCOMPARE( sparseCoverage.positionsUsed, 120 ); // 2:01 to 4:00: the minutes the dense one did not cover
      QCOMPARE( sparseCoverage.spans.size(), 1 );
      QCOMPARE( sparseCoverage.spans.first().first, kStart + 60 * kMinute );
      QCOMPARE( fused.track.size(), 241 + 120 );
      // Between 1:00 and 2:00 only the dense source's fixes, 30 s apart.
      for ( int i = 1; i < fused.track.size(); ++i )
      {
        QVERIFY( fused.track.timeMs( i ) > fused.track.timeMs( i - 1 ) );
        if ( fused.track.timeMs( i ) <= kStart + 120 * kMinute )
          QCOMPARE( fused.track.timeMs( i ) - fused.track.timeMs( i - 1 ), 30000LL );
      }
    }

    // A gap is where no source has data: one source's dark hour covered by another is no gap;
    // a stretch neither saw stays one, and says that no source had it.
    void aGapIsWhereNoSourceHasData()
    {
      Track a = flight( QStringLiteral( "150b5f" ), QString(), 30, 0, 240, { { 60, 150 }, { 180, 200 } } );
      Track b = flight( QStringLiteral( "150b5f" ), QString(), 60, 50, 160 );
      // Alone, the first has two dark stretches in flight.
      QCOMPARE( inFlightGaps( analyseFlights( a, AirbaseIndex() ) ), 2 );

      Workspace workspace;
      workspace.addImport( batchOf( { a } ) );
      QCOMPARE( workspace.tracks().size(), std::size_t( 1 ) );
      QCOMPARE( workspace.tracks()[0].id, a.contentKey() );
      QCOMPARE( workspace.analyses()[0].sources.size(), 1 );
      QCOMPARE( inFlightGaps( workspace.analyses()[0] ), 2 );
      // A correlation to its leg, made while it was alone.
      UndoStack stack;
      Correlation link;
      link.flights = { flightRef( workspace, 0, 0 ) };
      link.note = QStringLiteral( "made before the second source" );
      QVERIFY( stack.push( makeAddCorrelationCommand( workspace, link ) ) );

      // The second source arrives: one aircraft, one track, views told to start again.
      QSignalSpy items( &workspace, &Workspace::itemsChanged );
      workspace.addImport( batchOf( { b } ) );
      QCOMPARE( items.size(), 1 );
      QCOMPARE( items.first().first().value<WorkspaceChange>().kind, WorkspaceChange::Kind::Reset );
      QCOMPARE( workspace.sourceTracks().size(), std::size_t( 2 ) );
      QCOMPARE( workspace.tracks().size(), std::size_t( 1 ) );
      QCOMPARE( workspace.tracks()[0].id, QStringLiteral( "aircraft-150b5f" ) );
      const FlightAnalysis &analysis = workspace.analyses()[0];
      QCOMPARE( analysis.sources.size(), 2 );
      QCOMPARE( analysis.legs.size(), 1 );
      QCOMPARE( inFlightGaps( analysis ), 1 ); // 3:00 to 3:20, which neither saw
      const Gap &gap = *std::find_if( analysis.gaps.cbegin(), analysis.gaps.cend(),
                                      []( const Gap &g ) { return g.inFlight; } );
      QVERIFY( gap.startMs >= kStart + 179 * kMinute && gap.endMs <= kStart + 201 * kMinute );
      QVERIFY2(
          gap.reason.contains( QLatin1String( "None of the aircraft's 2 sources has a position in it." ) ),
          qPrintable( gap.reason ) );
      // The link made to the first source still finds its leg, and any of the ids finds the track.
      const ResolvedFlight resolved =
          resolveFlight( workspace, workspace.correlations().first().flights.first() );
      QCOMPARE( resolved.track, 0 );
      QCOMPARE( resolved.leg, 0 );
      QCOMPARE( workspace.trackIndex( b.contentKey() ), 0 );
      QCOMPARE( workspace.sourceTrackIds( QStringLiteral( "aircraft-150b5f" ) ),
                ( QStringList{ a.contentKey(), b.contentKey() } ) );

      // Saved as two tracks (the sources), opened as one aircraft again.
      QTemporaryDir folder;
      const QString path = folder.filePath( QStringLiteral( "two.sortie.gpkg" ) );
      QVERIFY( writeProject( path, workspace, ProjectMeta() ).isEmpty() );
      const ProjectReadResult read = readProject( path );
      QVERIFY2( read.ok(), qPrintable( read.message ) );
      QCOMPARE( read.content.tracks.size(), std::size_t( 2 ) );
      Workspace reopened;
      reopened.setContent( read.content );
      QCOMPARE( reopened.tracks().size(), std::size_t( 1 ) );
      QCOMPARE( inFlightGaps( reopened.analyses()[0] ), 1 );
      QVERIFY( resolveFlight( reopened, reopened.correlations().first().flights.first() ).leg == 0 );

      // Removing the aircraft removes both sources and unlinks it, in one step; undo brings both back.
      QVERIFY( stack.push( makeRemoveTrackCommand( workspace, QStringLiteral( "aircraft-150b5f" ) ) ) );
      QVERIFY( workspace.sourceTracks().empty() );
      QVERIFY( workspace.tracks().empty() );
      QVERIFY( workspace.correlations().first().flights.isEmpty() );
      stack.undo();
      QCOMPARE( workspace.sourceTracks().size(), std::size_t( 2 ) );
      QCOMPARE( workspace.tracks().size(), std::size_t( 1 ) );
      QCOMPARE( resolveFlight( workspace, workspace.correlations().first().flights.first() ).leg, 0 );

      // Remove one source as the analyst does (one undo step): a link that named it by its own
      // id now names the other source, and still finds its leg; undo gives back both.
      QCOMPARE( workspace.correlations().first().flights.first().trackId, a.contentKey() );
      QVERIFY( stack.push( makeRemoveSourceCommand( workspace, a.contentKey() ) ) );
      QCOMPARE( workspace.sourceTracks().size(), std::size_t( 1 ) );
      QCOMPARE( workspace.correlations().first().flights.first().trackId, b.contentKey() );
      QVERIFY( resolveFlight( workspace, workspace.correlations().first().flights.first() ).track == 0 );
      stack.undo();
      QCOMPARE( workspace.sourceTracks().size(), std::size_t( 2 ) );
      QCOMPARE( workspace.correlations().first().flights.first().trackId, a.contentKey() );
      QCOMPARE( resolveFlight( workspace, workspace.correlations().first().flights.first() ).leg, 0 );
      QVERIFY( !stack.push( makeRemoveSourceCommand( workspace, QStringLiteral( "t-none" ) ) ) );

      // Remove the source with the address (the aircraft's id): a link made to the aircraft's
      // id, as a whole and by its leg (whose take-off only the removed source saw: the other's
      // data of it begins 50 minutes later, in the air), names the same flight by the other
      // source's id, and finds it.
      Correlation toAircraft;
      toAircraft.flights = { flightRef( workspace, 0, -1 ), flightRef( workspace, 0, 0 ) };
      QCOMPARE( toAircraft.flights.first().trackId, QStringLiteral( "aircraft-150b5f" ) );
      QVERIFY( stack.push( makeAddCorrelationCommand( workspace, toAircraft ) ) );
      QVERIFY( stack.push( makeRemoveSourceCommand( workspace, a.contentKey() ) ) );
      QCOMPARE( workspace.tracks().size(), std::size_t( 1 ) );
      QCOMPARE( workspace.tracks()[0].id, b.contentKey() );
      QCOMPARE( workspace.analyses()[0].sources.size(), 1 );
      QCOMPARE( workspace.correlations().last().flights.first().trackId, b.contentKey() );
      QCOMPARE( resolveFlight( workspace, workspace.correlations().last().flights.first() ).track, 0 );
      QCOMPARE( resolveFlight( workspace, workspace.correlations().last().flights.last() ).leg, 0 );
      stack.undo();
      QCOMPARE( workspace.correlations().last().flights, toAircraft.flights );
    }

    // A link is never moved to another flight (found in review): when only the removed source
    // saw the linked flight, the link to it goes (and says so), though the aircraft flew again
    // soon after in the other source's data, a flight whose take-off nobody saw.
    void aLinkNeverMovesToAnotherFlight()
    {
      Track first = flight( QStringLiteral( "150b5f" ), QString(), 30, 0, 240 ); // one flight, landed 3:50
      // Another flight, seen from 4:30, in the air (its take-off unseen), 40 minutes after the landing.
      Track second = flight( QStringLiteral( "150b5f" ), QString(), 30, 20, 240, {}, 0.0, 250 );
      Workspace workspace;
      workspace.addImport( batchOf( { first, second } ) );
      QCOMPARE( workspace.tracks().size(), std::size_t( 1 ) );
      QCOMPARE( workspace.analyses()[0].legs.size(), 2 );
      UndoStack stack;
      Correlation link;
      link.flights = { flightRef( workspace, 0, 0 ) };
      QVERIFY( stack.push( makeAddCorrelationCommand( workspace, link ) ) );
      QVERIFY( stack.push( makeRemoveSourceCommand( workspace, first.contentKey() ) ) );
      QVERIFY2( stack.undoText().contains( QLatin1String( "unlinked from 1 flight" ) ),
                qPrintable( stack.undoText() ) );
      QVERIFY( workspace.correlations().first().flights.isEmpty() );
      stack.undo();
      QCOMPARE( workspace.correlations().first().flights, link.flights );
      QCOMPARE( resolveFlight( workspace, link.flights.first() ).leg, 0 );
    }
};

QTEST_GUILESS_MAIN( TestAircraftFusion )
#include "test_aircraftfusion.moc"
