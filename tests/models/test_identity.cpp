// Stable identities (issue 12): tracks keep one id through import, save, reopen, copy and
// merge; correlations name tracks by it; schema 1 and 2 files migrate to it; removing a
// track is one undoable step that takes its links along and gives them back.
#include "models/analysis/correlationfacts.h"
#include "models/analysis/suggestions.h"
#include "models/commands/correlationcommands.h"
#include "models/commands/eventcommands.h"
#include "models/commands/trackcommands.h"
#include "models/commands/undostack.h"
#include "models/project/projectstore.h"
#include "models/workspace/workspace.h"
#include "tests/support/executesql.h"
#include "tests/support/samplefiles.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace sortie;

namespace
{
QStringList trackIds( const Workspace &workspace )
{
  QStringList ids;
  for ( const Track &track : workspace.sourceTracks() )
    ids << track.id;
  return ids;
}

// A flight of the sample that a correlation can name: RA-86559's leg to Pyongyang.
FlightRef septemberLeg( const Workspace &workspace )
{
  return findLeg( workspace, QDate( 2023, 9, 25 ), QStringLiteral( "UUMU" ), QStringLiteral( "ZKPY" ) );
}

Correlation linkOf( const FlightRef &flight, const QString &event, const QString &note )
{
  Correlation correlation;
  correlation.flights = { flight };
  correlation.eventIds = QStringList{ event };
  correlation.note = note;
  correlation.author = QStringLiteral( "test" );
  return correlation;
}
} // namespace

class TestIdentity : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase()
    {
      QVERIFY( mFolder.isValid() );
      mWorkspace.importFiles( test::sampleFiles() );
      QVERIFY( mWorkspace.tracks().size() >= 8 );
    }

    // Every track has a content key; the same file imported anywhere gets the same one, and
    // importing it again adds nothing.
    void importGivesContentKeysAndLoadsOnce()
    {
      const QRegularExpression key( QStringLiteral( "^t-[0-9a-f]{32}$" ) );
      QSet<QString> seen;
      for ( const Track &track : mWorkspace.sourceTracks() )
      {
        QVERIFY2( key.match( track.id ).hasMatch(), qPrintable( track.id ) );
        QVERIFY2( !seen.contains( track.id ), qPrintable( track.id ) );
        seen.insert( track.id );
        QCOMPARE( mWorkspace.sourceTrackIndex( track.id ), static_cast<int>( seen.size() - 1 ) );
      }
      Workspace other;
      other.importFiles( test::sampleFiles() );
      QCOMPARE( trackIds( other ), trackIds( mWorkspace ) );

      const ImportSummary again = other.importFiles( test::sampleFiles() );
      QCOMPARE( again.tracks, 0 );
      QCOMPARE( again.events, 0 ); // events and fields too: the same ones, kept once
      QCOMPARE( again.airbases, 0 );
      QCOMPARE( other.events().size(), mWorkspace.events().size() );
      QCOMPARE( other.airbases().airbases().size(), mWorkspace.airbases().airbases().size() );
      QCOMPARE( again.tracksAlreadyLoaded, static_cast<int>( mWorkspace.sourceTracks().size() ) );
      QCOMPARE( trackIds( other ), trackIds( mWorkspace ) );
      QVERIFY( std::any_of( again.warnings.cbegin(), again.warnings.cend(),
                            []( const ImportWarning &w )
                            { return w.message.contains( QLatin1String( "already loaded" ) ); } ) );
    }

    // A key is of the positions: one position moved by a metre is another track.
    void contentKeyFollowsThePositions()
    {
      Track a;
      a.identity.icao24 = QStringLiteral( "150b5f" );
      for ( int i = 0; i < 10; ++i )
      {
        TrackPoint p;
        p.timeMs = 1695600000000LL + i * 60000;
        p.latitude = 55.0 + i * 0.1;
        p.longitude = 37.0 + i * 0.1;
        a.append( p );
      }
      Track b = a;
      b.source.fileName = QStringLiteral( "renamed.csv" ); // not part of the key
      QCOMPARE( b.contentKey(), a.contentKey() );
      Track c;
      c.identity = a.identity;
      for ( int i = 0; i < a.size(); ++i )
      {
        TrackPoint p = a.point( i );
        if ( i == 5 )
          p.latitude += 0.00001;
        c.append( p );
      }
      QVERIFY( c.contentKey() != a.contentKey() );
    }

    // Save, reopen, copy: the ids and the links stay; the schema is 3.
    void idsSurviveSaveReopenAndCopy()
    {
      Workspace workspace;
      workspace.setContent( mWorkspace.content() );
      const FlightRef flight = septemberLeg( workspace );
      QVERIFY( flight.isValid() && flight.legStartMs );
      Correlation link = linkOf( flight, QStringLiteral( "2023-09-16-knevichi" ), QStringLiteral( "saved" ) );
      link.id = QStringLiteral( "c-saved" );
      workspace.insertCorrelation( link, -1 );

      const QString path = mFolder.filePath( QStringLiteral( "ids.sortie.gpkg" ) );
      QVERIFY( writeProject( path, workspace, ProjectMeta() ).isEmpty() );
      const QString copy = mFolder.filePath( QStringLiteral( "ids copy.sortie.gpkg" ) );
      QVERIFY( QFile::copy( path, copy ) );
      for ( const QString &file : { path, copy } )
      {
        const ProjectReadResult read = readProject( file );
        QVERIFY2( read.ok(), qPrintable( read.message ) );
        QVERIFY2( read.warnings.isEmpty(), qPrintable( read.warnings.join( QLatin1Char( '\n' ) ) ) );
        QCOMPARE( read.meta.schemaVersion, 3 );
        Workspace reopened;
        reopened.setContent( read.content );
        QCOMPARE( trackIds( reopened ), trackIds( workspace ) );
        QCOMPARE( reopened.correlations().first().flights.first(), flight );
        QCOMPARE( describeFlight( reopened, flight ), describeFlight( workspace, flight ) );
      }
    }

    // Schema 2 (Sortie 0.4), as that version wrote it (tests/data/project/README.md): its
    // correlation names the second track by its row and the first as a whole. After
    // migration they name the same flights by id, and saving writes schema 3.
    void schemaTwoFileMigrates()
    {
      const ProjectReadResult read =
          readProject( QStringLiteral( SORTIE_TEST_DATA_DIR "/project/schema2.sortie.gpkg" ) );
      QVERIFY2( read.ok(), qPrintable( read.message ) );
      QVERIFY2( read.warnings.isEmpty(), qPrintable( read.warnings.join( QLatin1Char( '\n' ) ) ) );
      QCOMPARE( read.meta.schemaVersion, 2 );
      QCOMPARE( read.content.tracks.size(), std::size_t( 2 ) );
      Workspace workspace;
      workspace.setContent( read.content );
      QCOMPARE( workspace.correlations().size(), 1 );
      const Correlation &link = workspace.correlations().first();
      QCOMPARE( link.flights.size(), 2 );
      const int second = workspace.sourceTrackIndex( link.flights.at( 0 ).trackId );
      QCOMPARE( second, 1 );
      QCOMPARE( workspace.sourceTracks()[1].source.fileName,
                QStringLiteral( "2023-09-27_ra86559_zkpy-uumu.fr24.csv" ) );
      QCOMPARE( describeFlight( workspace, link.flights.at( 0 ) ),
                QStringLiteral( "RA-86559 ZKPY → UUMU, 2023-09-27" ) );
      QCOMPARE( workspace.sourceTrackIndex( link.flights.at( 1 ).trackId ), 0 );
      QVERIFY( !link.flights.at( 1 ).legStartMs );
      // The same data imported from its files today has the same ids: a merge knows it.
      QCOMPARE( workspace.sourceTracks()[0].id, workspace.sourceTracks()[0].contentKey() );

      const QString path = mFolder.filePath( QStringLiteral( "migrated.sortie.gpkg" ) );
      QVERIFY( writeProject( path, workspace, read.meta ).isEmpty() );
      const ProjectReadResult again = readProject( path );
      QVERIFY2( again.ok(), qPrintable( again.message ) );
      QCOMPARE( again.meta.schemaVersion, 3 );
      QCOMPARE( again.content.correlations.first().flights, link.flights );
      QCOMPARE( again.content.annotations.first().correlationId, link.id );
    }

    void schemaOneFileGetsIds()
    {
      const ProjectReadResult read =
          readProject( QStringLiteral( SORTIE_TEST_DATA_DIR "/project/schema1.sortie.gpkg" ) );
      QVERIFY2( read.ok(), qPrintable( read.message ) );
      QCOMPARE( read.content.tracks.size(), std::size_t( 1 ) );
      QCOMPARE( read.content.tracks.front().id, read.content.tracks.front().contentKey() );
    }

    // Before schema 3 a dismissal named the track by its row; it now names its id.
    void oldDismissalsFollowTheTrack()
    {
      Workspace workspace;
      workspace.setContent( mWorkspace.content() );
      const QString path = mFolder.filePath( QStringLiteral( "dismissed.sortie.gpkg" ) );
      QVERIFY( writeProject( path, workspace, ProjectMeta() ).isEmpty() );
      // What schema 2 wrote: "event|row|take-off".
      const QString oldKey = QStringLiteral( "2023-09-16-knevichi|1|1695600000000" );
      test::executeSql( path,
                        QStringLiteral( "UPDATE sortie_meta SET value = '2' WHERE key = 'schema_version'" ) );
      test::executeSql( path, QStringLiteral( "DELETE FROM dismissed_suggestions" ) );
      test::executeSql(
          path, QStringLiteral( "INSERT INTO dismissed_suggestions (key) VALUES ('%1')" ).arg( oldKey ) );
      const ProjectReadResult read = readProject( path );
      QVERIFY2( read.ok(), qPrintable( read.message ) );
      QCOMPARE( read.content.dismissedSuggestions,
                QStringList{ QStringLiteral( "2023-09-16-knevichi|%1|1695600000000" )
                                 .arg( workspace.sourceTracks()[1].id ) } );
    }

    // A project saved, copied, changed on both sides and merged: one flight per flight, no
    // lost links; a different item under a taken id comes in renamed, its links following.
    void mergeKeepsOneFlightPerFlight()
    {
      Workspace mine;
      mine.setContent( mWorkspace.content() );
      const FlightRef flight = septemberLeg( mine );
      Correlation shared =
          linkOf( flight, QStringLiteral( "2023-09-16-knevichi" ), QStringLiteral( "both" ) );
      shared.id = QStringLiteral( "c-shared" );
      mine.insertCorrelation( shared, -1 );
      const QString path = mFolder.filePath( QStringLiteral( "case.sortie.gpkg" ) );
      QVERIFY( writeProject( path, mine, ProjectMeta() ).isEmpty() );
      const QString theirsPath = mFolder.filePath( QStringLiteral( "case (colleague).sortie.gpkg" ) );
      QVERIFY( QFile::copy( path, theirsPath ) );

      // The colleague: a new link (a UUID), an event of their own, and the same event id
      // edited differently from here.
      Workspace theirs;
      theirs.setContent( readProject( theirsPath ).content );
      UndoStack stack;
      stack.push(
          makeAddCorrelationCommand( theirs, linkOf( flight, QStringLiteral( "2023-09-13-vostochny-summit" ),
                                                     QStringLiteral( "theirs" ) ) ) );
      const QString theirLink = theirs.correlations().last().id;
      Event edited = theirs.events().at( theirs.eventIndex( QStringLiteral( "2023-09-16-knevichi" ) ) );
      edited.title = QStringLiteral( "Knevichi (their reading)" );
      stack.push( makeEditEventCommand( theirs, edited ) );
      Correlation citesEdited = linkOf( flight, edited.id, QStringLiteral( "cites their reading" ) );
      citesEdited.id = QStringLiteral( "c-edited" );
      stack.push( makeAddCorrelationCommand( theirs, citesEdited ) );
      QVERIFY( writeProject( theirsPath, theirs, ProjectMeta() ).isEmpty() );

      // Here meanwhile: a correlation under the same id "c-edited", but another.
      Correlation mineEdited =
          linkOf( flight, QStringLiteral( "2023-09-15-komsomolsk" ), QStringLiteral( "mine" ) );
      mineEdited.id = QStringLiteral( "c-edited" );
      mine.insertCorrelation( mineEdited, -1 );

      const std::size_t tracksBefore = mine.sourceTracks().size();
      const int eventsBefore = mine.events().size();
      const ImportSummary merged = mine.importFiles( { theirsPath } );
      QCOMPARE( merged.filesRead, 1 );
      QCOMPARE( mine.sourceTracks().size(), tracksBefore ); // one flight per flight
      QCOMPARE( merged.tracksAlreadyLoaded, static_cast<int>( tracksBefore ) );
      QCOMPARE( mine.events().size(), eventsBefore + 1 ); // their reading, renamed
      QCOMPARE( mine.correlations().size(), 4 );          // shared once, theirs, both c-edited
      QVERIFY( mine.correlationIndex( theirLink ) >= 0 );
      QCOMPARE( mine.correlations().at( mine.correlationIndex( QStringLiteral( "c-edited" ) ) ).note,
                QStringLiteral( "mine" ) );
      const Correlation &renamed = mine.correlations().last();
      QCOMPARE( renamed.note, QStringLiteral( "cites their reading" ) );
      QVERIFY( renamed.id != QStringLiteral( "c-edited" ) );
      const int theirEvent = mine.eventIndex( renamed.eventIds.first() );
      QVERIFY( theirEvent >= 0 );
      QCOMPARE( mine.events().at( theirEvent ).title, QStringLiteral( "Knevichi (their reading)" ) );
      QVERIFY( renamed.eventIds.first() != QStringLiteral( "2023-09-16-knevichi" ) );
      // Told what came in under a new id: their event and their correlation (tracks already
      // here are what a merge expects, not a problem).
      QCOMPARE( merged.warnings.size(), 2 );
      QVERIFY2( merged.warnings.at( 0 ).message.contains( QLatin1String( "2023-09-16-knevichi" ) ),
                qPrintable( merged.warnings.at( 0 ).toString() ) );
      QVERIFY2( merged.warnings.at( 1 ).message.contains( QLatin1String( "c-edited" ) ),
                qPrintable( merged.warnings.at( 1 ).toString() ) );
      // No lost links: every flight of every correlation resolves.
      for ( const Correlation &correlation : mine.correlations() )
      {
        for ( const FlightRef &f : correlation.flights )
          QVERIFY( resolveFlight( mine, f ).isValid() );
        for ( const QString &event : correlation.eventIds )
          QVERIFY( mine.eventIndex( event ) >= 0 );
      }
      // Merging the same file again changes nothing: what came renamed is found under its new
      // id (it used to come a second time, under a third id).
      const int correlations = mine.correlations().size();
      const int events = mine.events().size();
      const ImportSummary again = mine.importFiles( { theirsPath } );
      QCOMPARE( mine.sourceTracks().size(), tracksBefore );
      QCOMPARE( mine.correlations().size(), correlations );
      QCOMPARE( mine.events().size(), events );
      QVERIFY( again.warnings.isEmpty() );
    }

    // Remove Track: the track, its analysis and its links go in one step; undo brings back
    // the track where it was and the links; suggestions and positions follow.
    void removeTrackUnlinksAndUndoRestores()
    {
      Workspace workspace;
      workspace.setContent( mWorkspace.content() );
      const FlightRef flight = septemberLeg( workspace );
      const int index = workspace.trackIndex( flight.trackId );
      QVERIFY( index >= 0 );
      Correlation link = linkOf( flight, QStringLiteral( "2023-09-16-knevichi" ), QStringLiteral( "link" ) );
      const FlightRef other = FlightRef::wholeTrack( workspace.tracks()[index == 0 ? 1 : 0].id );
      link.flights.append( other );
      UndoStack stack;
      QVERIFY( stack.push( makeAddCorrelationCommand( workspace, link ) ) );
      const QStringList before = trackIds( workspace );
      const std::size_t aircraftBefore = workspace.tracks().size();
      // RA-86559's leg: the aircraft of two imported tracks (KML and FR24 CSV), removed together.
      QCOMPARE( workspace.sourceTrackIds( flight.trackId ).size(), 2 );
      const int legsBefore = workspace.analyses()[static_cast<std::size_t>( index )].legs.size();
      QCOMPARE( correlationsCitingTrack( workspace, flight.trackId ).size(), 1 );

      QVERIFY( stack.push( makeRemoveTrackCommand( workspace, flight.trackId ) ) );
      QCOMPARE( workspace.tracks().size(), aircraftBefore - 1 );
      QCOMPARE( workspace.sourceTracks().size(), static_cast<std::size_t>( before.size() - 2 ) );
      QCOMPARE( workspace.analyses().size(), workspace.tracks().size() );
      QCOMPARE( workspace.trackIndex( flight.trackId ), -1 );
      QCOMPARE( workspace.correlations().first().flights, QVector<FlightRef>{ other } );
      QVERIFY( stack.undoText().contains( QLatin1String( "unlinked from 1 correlation" ) ) );
      for ( std::size_t t = 0; t < workspace.tracks().size(); ++t ) // the index follows
        QCOMPARE( workspace.trackIndex( workspace.tracks()[t].id ), static_cast<int>( t ) );

      stack.undo();
      QCOMPARE( trackIds( workspace ), before );
      QCOMPARE( workspace.analyses()[static_cast<std::size_t>( index )].legs.size(), legsBefore );
      QCOMPARE( workspace.correlations().first().flights, ( QVector<FlightRef>{ flight, other } ) );
      QCOMPARE( describeFlight( workspace, flight ), describeFlight( mWorkspace, flight ) );
      stack.redo();
      QCOMPARE( workspace.trackIndex( flight.trackId ), -1 );
      stack.undo();

      // Refused: a track that is not there (its undo would insert nothing).
      QVERIFY( !stack.push( makeRemoveTrackCommand( workspace, QStringLiteral( "t-none" ) ) ) );
    }

  private:
    QTemporaryDir mFolder;
    Workspace mWorkspace;
};

QTEST_GUILESS_MAIN( TestIdentity )
#include "test_identity.moc"
