// Importing a project file into a team project (issue 16, part 2): by stable identity, so
// that nothing the team has comes twice, however often the file is merged; in one
// transaction authored by the editor who merged it, seen by open sessions as any edit; refused
// whole for a reader. On a real PostgreSQL 15 server with PostGIS 3, started for the test.
#include "models/project/teammerge.h"
#include "models/project/teamproject.h"
#include "models/project/teamsession.h"
#include "models/workspace/workspace.h"
#include "tests/support/pgserver.h"
#include "tests/support/samplefiles.h"

#include <QSignalSpy>
#include <QTest>

using namespace sortie;

Q_DECLARE_METATYPE( QVector<sortie::TeamChange> )

namespace
{
const QString kSchema = QStringLiteral( "case_merge" );
} // namespace

class TestTeamMerge : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase()
    {
      qRegisterMetaType<QVector<sortie::TeamChange>>();
      QVERIFY2( mServer.start(), qPrintable( mServer.error() ) );
      mSample.importFiles( test::sampleFiles() );
      const QString error =
          teamproject::publish( mServer.connection(), kSchema, mSample.source(), ProjectMeta() );
      QVERIFY2( error.isEmpty(), qPrintable( error ) );
      QVERIFY( mServer.psql(
          QStringLiteral( "sortie" ),
          QStringLiteral( "CREATE ROLE mia LOGIN; GRANT %1 TO mia; "
                          "CREATE ROLE noah LOGIN; GRANT %2 TO noah" )
              .arg( teamproject::editorRole( kSchema ), teamproject::readerRole( kSchema ) ) ) );
    }

    void cleanupTestCase() { mServer.stop(); }

    // A colleague's file: the team's case as it was published, plus a flight, two events (one
    // new, one that reuses an id the team gives to another event), a correlation linking the
    // new flight to a team event, and a drawing.
    void aFileIsAddedByIdentityAndOnlyOnce()
    {
      Workspace file;
      file.setContent( mSample.content() );
      const int imported =
          file.importFiles( { QStringLiteral( SORTIE_TEST_DATA_DIR "/gpx/track.gpx" ) } ).tracks;
      QVERIFY( imported >= 1 );
      const Track flight = file.sourceTracks().at( mSample.sourceTracks().size() ); // one of them
      Event fresh = mSample.events().at( 0 );
      fresh.id = QStringLiteral( "2026-11-30-merged" );
      fresh.title = QStringLiteral( "Added from a colleague's file" );
      file.insertEvent( fresh, -1 );
      Event clash = mSample.events().at( 1 );
      clash.title = QStringLiteral( "Same id, another event" );
      file.insertEvent( clash, -1 );
      Correlation link;
      link.id = QStringLiteral( "merged-link" );
      link.flights = { FlightRef::wholeTrack( flight.id ) };
      link.eventIds = QStringList{ mSample.events().at( 2 ).id };
      link.note = QStringLiteral( "From the file" );
      file.insertCorrelation( link, -1 );
      Annotation note;
      note.id = QStringLiteral( "merged-note" );
      note.kind = Annotation::Kind::Callout;
      note.points = { GeoPoint{ 39.0, 125.7 } };
      note.text = QStringLiteral( "A colleague's callout" );
      file.insertAnnotation( note, -1 );
      const ProjectContent content = file.content();

      TeamSession watcher; // an analyst's open session
      QVERIFY( watcher.open( mServer.connection(), kSchema ).isEmpty() );
      QSignalSpy announced( &watcher, &TeamSession::changed );
      const int journalBefore = watcher.journal().size();

      const teamproject::MergeResult merged =
          teamproject::merge( mServer.connection( QStringLiteral( "mia" ) ), kSchema, content );
      QVERIFY2( merged.error.isEmpty(), qPrintable( merged.error ) );
      QCOMPARE( merged.summary.tracksAdded, imported );
      QCOMPARE( merged.summary.tracksAlreadyThere, int( mSample.sourceTracks().size() ) );
      QCOMPARE( merged.summary.eventsAdded, 2 );
      QCOMPARE( merged.summary.eventsAlreadyThere, mSample.events().size() );
      QCOMPARE( merged.summary.correlationsAdded, 1 );
      QCOMPARE( merged.summary.annotationsAdded, 1 );
      QCOMPARE( merged.summary.renamed.size(), 1 );

      const ProjectReadResult team = teamproject::read( mServer.connection(), kSchema );
      QVERIFY2( team.ok(), qPrintable( team.message ) );
      QCOMPARE( team.content.tracks.size(), mSample.sourceTracks().size() + imported );
      QCOMPARE( team.content.events.size(), mSample.events().size() + 2 );
      QCOMPARE( team.content.correlations.size(), 1 );
      QCOMPARE( team.content.annotations.size(), 1 );
      // The flight whole, its positions exactly; the link reaches it; the team's event kept.
      const Track *added = nullptr;
      for ( const Track &track : team.content.tracks )
      {
        if ( track.id == flight.id )
          added = &track;
      }
      QVERIFY( added );
      QCOMPARE( added->size(), flight.size() );
      for ( int i = 0; i < flight.size(); ++i )
      {
        QCOMPARE( added->timeMs( i ), flight.timeMs( i ) );
        QCOMPARE( added->position( i ).latitude, flight.position( i ).latitude );
        QCOMPARE( added->position( i ).longitude, flight.position( i ).longitude );
      }
      QCOMPARE( team.content.correlations.at( 0 ).flights.at( 0 ).trackId, flight.id );
      QCOMPARE( team.content.correlations.at( 0 ).eventIds, link.eventIds );
      int clashes = 0;
      for ( const Event &event : team.content.events )
      {
        if ( event.id == clash.id )
          QCOMPARE( event.title, mSample.events().at( 1 ).title ); // the team's, untouched
        if ( event.title == clash.title )
          ++clashes; // the file's, under a new id
        if ( event.id == fresh.id )
          QCOMPARE( event.title, fresh.title );
      }
      QCOMPARE( clashes, 1 );

      // Authored by the editor who merged, and announced to open sessions as any edit.
      QCOMPARE( watcher.eventVersion( fresh.id )->author, QStringLiteral( "mia" ) );
      QTRY_VERIFY_WITH_TIMEOUT( !announced.isEmpty(), 2000 );
      const QVector<TeamJournalEntry> journal = watcher.journal();
      QVERIFY( journal.size() > journalBefore );
      for ( int i = journalBefore; i < journal.size(); ++i )
        QCOMPARE( journal.at( i ).author, QStringLiteral( "mia" ) );

      // Merged again: nothing twice.
      const teamproject::MergeResult again =
          teamproject::merge( mServer.connection( QStringLiteral( "mia" ) ), kSchema, content );
      QVERIFY2( again.error.isEmpty(), qPrintable( again.error ) );
      QCOMPARE( again.summary.tracksAdded, 0 );
      QCOMPARE( again.summary.eventsAdded, 0 );
      QCOMPARE( again.summary.correlationsAdded, 0 );
      QCOMPARE( again.summary.annotationsAdded, 0 );
      const ProjectReadResult twice = teamproject::read( mServer.connection(), kSchema );
      QCOMPARE( twice.content.tracks.size(), team.content.tracks.size() );
      QCOMPARE( twice.content.events.size(), team.content.events.size() );
      QCOMPARE( twice.content.correlations.size(), 1 );
      QCOMPARE( twice.content.annotations.size(), 1 );
      QCOMPARE( watcher.journal().size(), journal.size() );
    }

    // A table's copy refused after the tracks and their positions were copied: the whole merge
    // is rolled back (one transaction), and the next try adds it all. Airbases without an ICAO
    // code come too (they once were taken for the team's own and left out).
    void aMergeFailingHalfWayAddsNothing()
    {
      Workspace file;
      file.setContent( mSample.content() );
      QVERIFY( file.importFiles( { QStringLiteral( SORTIE_TEST_DATA_DIR "/kml/flightaware.kml" ) } ).tracks >
               0 );
      Annotation note;
      note.id = QStringLiteral( "half-way-note" );
      note.kind = Annotation::Kind::Callout;
      note.points = { GeoPoint{ 40.0, 126.0 } };
      note.text = QStringLiteral( "copied last" );
      file.insertAnnotation( note, -1 );
      ProjectContent content = file.content();
      Airbase field;
      field.name = QStringLiteral( "A strip without codes" );
      field.position = GeoPoint{ 41.5, 129.9 };
      content.airbases.append( field );
      Airbase other = field;
      other.name = QStringLiteral( "Another strip without codes" );
      other.position = GeoPoint{ 42.5, 130.9 };
      content.airbases.append( other );
      const ProjectReadResult before = teamproject::read( mServer.connection(), kSchema );
      QVERIFY( mServer.psql( QStringLiteral( "sortie" ),
                             QStringLiteral( "REVOKE INSERT ON %1.annotations FROM %2" )
                                 .arg( kSchema, teamproject::editorRole( kSchema ) ) ) );
      const teamproject::MergeResult refused =
          teamproject::merge( mServer.connection( QStringLiteral( "mia" ) ), kSchema, content );
      QVERIFY2( refused.error.contains( QLatin1String( "annotations" ) ), qPrintable( refused.error ) );
      const ProjectReadResult after = teamproject::read( mServer.connection(), kSchema );
      QCOMPARE( after.content.tracks.size(), before.content.tracks.size() );
      QCOMPARE( after.content.airbases.size(), before.content.airbases.size() );
      QString positions;
      QVERIFY( mServer.psql( QStringLiteral( "sortie" ),
                             QStringLiteral( "SELECT count(*) FROM %1.track_points" ).arg( kSchema ),
                             &positions ) );
      qint64 positionsBefore = 0;
      for ( const Track &track : before.content.tracks )
        positionsBefore += track.size();
      QCOMPARE( positions.trimmed().toLongLong(), positionsBefore );

      QVERIFY( mServer.psql( QStringLiteral( "sortie" ),
                             QStringLiteral( "GRANT INSERT ON %1.annotations TO %2" )
                                 .arg( kSchema, teamproject::editorRole( kSchema ) ) ) );
      const teamproject::MergeResult merged =
          teamproject::merge( mServer.connection( QStringLiteral( "mia" ) ), kSchema, content );
      QVERIFY2( merged.error.isEmpty(), qPrintable( merged.error ) );
      const ProjectReadResult done = teamproject::read( mServer.connection(), kSchema );
      QVERIFY( done.content.tracks.size() > before.content.tracks.size() );
      QCOMPARE( done.content.airbases.size(), before.content.airbases.size() + 2 );
      QCOMPARE( done.content.annotations.size(), before.content.annotations.size() + 1 );
    }

    // A reader's merge is refused by the database, whole: not one row of it is left.
    void aReadersMergeAddsNothing()
    {
      Workspace file;
      file.setContent( mSample.content() );
      QVERIFY( file.importFiles( { QStringLiteral( SORTIE_TEST_DATA_DIR "/kml/fr24.kml" ) } ).tracks > 0 );
      Event fresh = mSample.events().at( 0 );
      fresh.id = QStringLiteral( "2026-11-30-reader" );
      file.insertEvent( fresh, -1 );
      const ProjectReadResult before = teamproject::read( mServer.connection(), kSchema );
      const teamproject::MergeResult merged =
          teamproject::merge( mServer.connection( QStringLiteral( "noah" ) ), kSchema, file.content() );
      QVERIFY( !merged.error.isEmpty() );
      QVERIFY2( merged.error.contains( QLatin1String( "permission denied" ) ), qPrintable( merged.error ) );
      const ProjectReadResult after = teamproject::read( mServer.connection(), kSchema );
      QCOMPARE( after.content.tracks.size(), before.content.tracks.size() );
      QCOMPARE( after.content.events.size(), before.content.events.size() );
    }

  private:
    test::PgServer mServer;
    Workspace mSample;
};

QTEST_GUILESS_MAIN( TestTeamMerge )

#include "test_teammerge.moc"
