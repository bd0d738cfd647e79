// A team project (issue 16, part 2, its first part): a project published into a schema of a
// real PostgreSQL 15 server with PostGIS, started for the test in a temporary folder, and read
// back whole: the same tracks (by id and position), events, correlations and annotations.
// Names that could be SQL are refused before they reach the server; values that look like SQL
// are stored as typed.
#include "models/analysis/correlationfacts.h"
#include "models/project/teamproject.h"
#include "models/workspace/workspace.h"
#include "tests/support/pgserver.h"
#include "tests/support/samplefiles.h"

#include <QTest>
#include <QTimeZone>

using namespace sortie;

class TestTeamProject : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase()
    {
      QVERIFY2( mServer.start(), qPrintable( mServer.error() ) );
      mWorkspace.importFiles( test::sampleFiles() );
      QVERIFY( mWorkspace.tracks().size() >= 8 );
      // The analyst's work too: a correlation naming a flight by id, a drawing, and an event
      // whose text is SQL, to be stored as typed.
      const FlightRef flight =
          findLeg( mWorkspace, QDate( 2023, 9, 25 ), QStringLiteral( "UUMU" ), QStringLiteral( "ZKPY" ) );
      QVERIFY( flight.legStartMs );
      Correlation correlation;
      correlation.id = mWorkspace.newCorrelationId();
      correlation.flights = { flight };
      correlation.eventIds = QStringList{ mWorkspace.events().first().id };
      correlation.note =
          QStringLiteral( "Il-62M days after the visit; \"quoted\" and 'single' 평양 Пхеньян" );
      correlation.author = QStringLiteral( "analyst" );
      mWorkspace.insertCorrelation( correlation, -1 );
      Annotation callout;
      callout.id = mWorkspace.newAnnotationId();
      callout.kind = Annotation::Kind::Callout;
      callout.points = { GeoPoint{ 39.22, 125.67 } };
      callout.text = QStringLiteral( "Sunan" );
      callout.correlationId = correlation.id;
      mWorkspace.insertAnnotation( callout, -1 );
      Event hostile = mWorkspace.events().first();
      hostile.id = QStringLiteral( "hostile" );
      hostile.title = QStringLiteral( "x'); DROP SCHEMA case_one CASCADE; --" );
      mWorkspace.insertEvent( hostile, -1 );
    }

    void cleanupTestCase() { mServer.stop(); }

    void publishedProjectReadsBackWhole()
    {
      ProjectMeta meta;
      meta.writtenBy = QStringLiteral( "Sortie test" );
      const QString error = teamproject::publish( mServer.connection(), QStringLiteral( "case_one" ),
                                                  mWorkspace.source(), meta );
      QVERIFY2( error.isEmpty(), qPrintable( error ) );

      const ProjectReadResult read = teamproject::read( mServer.connection(), QStringLiteral( "case_one" ) );
      QVERIFY2( read.ok(), qPrintable( read.message ) );
      QVERIFY2( read.warnings.isEmpty(), qPrintable( read.warnings.join( QLatin1Char( '\n' ) ) ) );
      const ProjectContent original = mWorkspace.content();
      QCOMPARE( read.content.tracks.size(), original.tracks.size() );
      for ( std::size_t t = 0; t < original.tracks.size(); ++t )
      {
        const Track &a = original.tracks[t];
        const Track &b = read.content.tracks[t];
        QCOMPARE( b.id, a.id );
        QCOMPARE( b.size(), a.size() );
        QCOMPARE( b.contentKey(), a.contentKey() ); // every time and position, to 1e-7 degree
        QCOMPARE( b.identity.label(), a.identity.label() );
      }
      QCOMPARE( read.content.events.size(), original.events.size() );
      for ( int e = 0; e < original.events.size(); ++e )
        QVERIFY2( read.content.events.at( e ) == original.events.at( e ),
                  qPrintable( original.events.at( e ).id ) );
      QCOMPARE( read.content.correlations.size(), original.correlations.size() );
      QVERIFY( read.content.correlations.last() == original.correlations.last() );
      QCOMPARE( read.content.annotations.size(), original.annotations.size() );
      QVERIFY( read.content.annotations.last() == original.annotations.last() );
      QCOMPARE( read.content.airbases.size(), original.airbases.size() );
    }

    void theTablesAreThoseOfPostGis()
    {
      // What stock QGIS and psql see: positions as PostGIS points in WGS84, one row a fix.
      QString positions;
      QVERIFY2( mServer.psql( QStringLiteral( "sortie" ),
                              QStringLiteral( "SELECT count(*) FROM case_one.track_points" ), &positions ),
                qPrintable( mServer.error() ) );
      std::size_t fixes = 0;
      for ( const Track &track : mWorkspace.tracks() )
        fixes += static_cast<std::size_t>( track.size() );
      QCOMPARE( positions.toULongLong(), static_cast<qulonglong>( fixes ) );
      QString geometry;
      QVERIFY(
          mServer.psql( QStringLiteral( "sortie" ),
                        QStringLiteral( "SELECT type || ' ' || srid FROM geometry_columns WHERE "
                                        "f_table_schema = 'case_one' AND f_table_name = 'track_points'" ),
                        &geometry ) );
      QCOMPARE( geometry, QStringLiteral( "POINT 4326" ) );
      QString title;
      QVERIFY( mServer.psql( QStringLiteral( "sortie" ),
                             QStringLiteral( "SELECT title FROM case_one.events WHERE event_id = 'hostile'" ),
                             &title ) );
      QCOMPARE( title, QStringLiteral( "x'); DROP SCHEMA case_one CASCADE; --" ) );
    }

    void anExistingSchemaIsNotOverwritten()
    {
      const QString error = teamproject::publish( mServer.connection(), QStringLiteral( "case_one" ),
                                                  mWorkspace.source(), ProjectMeta() );
      QVERIFY( error.contains( QLatin1String( "already has a schema" ) ) );
      QVERIFY( teamproject::read( mServer.connection(), QStringLiteral( "case_one" ) ).ok() );
    }

    void namesThatCouldBeSqlAreRefused()
    {
      for ( const QString &name :
            { QStringLiteral( "x\"; DROP SCHEMA case_one CASCADE; --" ), QStringLiteral( "Case" ),
              QStringLiteral( "pg_catalog" ), QStringLiteral( "1case" ), QString(),
              QStringLiteral( "case_four\n" ), QString( 64, QLatin1Char( 'a' ) ) } )
      {
        QVERIFY( !teamproject::isValidSchemaName( name ) );
        QVERIFY( !teamproject::publish( mServer.connection(), name, mWorkspace.source(), ProjectMeta() )
                      .isEmpty() );
        QVERIFY( !teamproject::read( mServer.connection(), name ).ok() );
      }
      QVERIFY( teamproject::read( mServer.connection(), QStringLiteral( "case_one" ) ).ok() );
      QVERIFY( teamproject::isValidSchemaName( QStringLiteral( "case_2024_pyongyang" ) ) );
      // A name whose roles would pass PostgreSQL's 63 characters: refused before anything is made.
      const QString longName( teamproject::kMaxTeamSchemaLength + 1, QLatin1Char( 'a' ) );
      QVERIFY( teamproject::isValidSchemaName( longName ) );
      QVERIFY( teamproject::publish( mServer.connection(), longName, mWorkspace.source(), ProjectMeta() )
                   .contains( QLatin1String( "too long" ) ) );
    }

    // Rights held by the database (issue 16, part 2): a member of the reader role reads the
    // project and cannot change a row or a table whatever SQL it sends; a member of the editor
    // role changes rows but not tables; a role in neither cannot even read it.
    void rolesHoldTheRights()
    {
      for ( const QString &sql :
            { QStringLiteral( "CREATE ROLE alice LOGIN" ), QStringLiteral( "CREATE ROLE bob LOGIN" ),
              QStringLiteral( "CREATE ROLE mallory LOGIN" ),
              QStringLiteral( "GRANT %1 TO alice" )
                  .arg( teamproject::readerRole( QStringLiteral( "case_one" ) ) ),
              QStringLiteral( "GRANT %1 TO bob" )
                  .arg( teamproject::editorRole( QStringLiteral( "case_one" ) ) ) } )
        QVERIFY2( mServer.psql( QStringLiteral( "sortie" ), sql ), qPrintable( mServer.error() ) );

      const ProjectReadResult asReader =
          teamproject::read( mServer.connection( QStringLiteral( "alice" ) ), QStringLiteral( "case_one" ) );
      QVERIFY2( asReader.ok(), qPrintable( asReader.message ) );
      QCOMPARE( asReader.content.events.size(), mWorkspace.events().size() );
      for ( const QString &crafted :
            { QStringLiteral( "UPDATE case_one.events SET title = 'forged'" ),
              QStringLiteral( "DELETE FROM case_one.track_points" ),
              QStringLiteral( "INSERT INTO case_one.sortie_meta (key, value) VALUES ('x', 'y')" ),
              QStringLiteral( "DROP TABLE case_one.events" ),
              QStringLiteral( "CREATE TABLE case_one.x (a int)" ),
              QStringLiteral( "GRANT case_one_editor TO alice" ),
              QStringLiteral( "SET ROLE case_one_editor" ) } )
        QVERIFY2( !mServer.psql( QStringLiteral( "sortie" ), crafted, nullptr, QStringLiteral( "alice" ) ),
                  qPrintable( crafted ) );

      // The editor changes rows (here, one added and taken away: the table's id sequence too),
      // not tables.
      for ( const QString &sql :
            { QStringLiteral( "INSERT INTO case_one.sortie_meta (key, value) VALUES ('bob', 'was here')" ),
              QStringLiteral( "DELETE FROM case_one.sortie_meta WHERE key = 'bob'" ),
              QStringLiteral( "UPDATE case_one.events SET title = title WHERE event_id = 'hostile'" ) } )
        QVERIFY2( mServer.psql( QStringLiteral( "sortie" ), sql, nullptr, QStringLiteral( "bob" ) ),
                  qPrintable( mServer.error() ) );
      QVERIFY( !mServer.psql( QStringLiteral( "sortie" ), QStringLiteral( "DROP TABLE case_one.events" ),
                              nullptr, QStringLiteral( "bob" ) ) );
      QVERIFY(
          teamproject::read( mServer.connection( QStringLiteral( "bob" ) ), QStringLiteral( "case_one" ) )
              .ok() );

      // Neither: nothing, not even to read.
      QVERIFY( !mServer.psql( QStringLiteral( "sortie" ),
                              QStringLiteral( "SELECT count(*) FROM case_one.events" ), nullptr,
                              QStringLiteral( "mallory" ) ) );
      QVERIFY( !teamproject::read( mServer.connection( QStringLiteral( "mallory" ) ),
                                   QStringLiteral( "case_one" ) )
                    .ok() );
      QString title;
      QVERIFY( mServer.psql( QStringLiteral( "sortie" ),
                             QStringLiteral( "SELECT count(*) FROM case_one.events WHERE title = 'forged'" ),
                             &title ) );
      QCOMPARE( title, QStringLiteral( "0" ) );
    }

    // Roles belong to the whole server: one left by another project (here, or another
    // database's) would hand its members the new one. Refused, and nothing is made.
    void rolesInUseAreNotTakenOver()
    {
      QVERIFY( mServer.psql( QStringLiteral( "sortie" ),
                             QStringLiteral( "CREATE ROLE case_three_editor NOLOGIN" ) ) );
      const QString error = teamproject::publish( mServer.connection(), QStringLiteral( "case_three" ),
                                                  mWorkspace.source(), ProjectMeta() );
      QVERIFY2( error.contains( QLatin1String( "already has a role" ) ), qPrintable( error ) );
      QString schemas;
      QVERIFY( mServer.psql(
          QStringLiteral( "sortie" ),
          QStringLiteral( "SELECT count(*) FROM pg_namespace WHERE nspname = 'case_three'" ), &schemas ) );
      QCOMPARE( schemas, QStringLiteral( "0" ) );
      QString roles;
      QVERIFY( mServer.psql(
          QStringLiteral( "sortie" ),
          QStringLiteral( "SELECT count(*) FROM pg_roles WHERE rolname = 'case_three_reader'" ), &roles ) );
      QCOMPARE( roles, QStringLiteral( "0" ) );
    }

    void aMissingSchemaIsNoProject()
    {
      const ProjectReadResult read =
          teamproject::read( mServer.connection(), QStringLiteral( "nothing_here" ) );
      QVERIFY( !read.ok() );
      QVERIFY2( read.message.contains( QLatin1String( "not a Sortie project" ) ),
                qPrintable( read.message ) );
    }

    // A link a team shares (sortie "postgresql://host/db?schema=case"): the schema taken out for
    // libpq, which refuses query items it does not know; QGIS's project= too.
    void aTeamLinkNamesConnectionAndSchema()
    {
      QString connection, schema;
      QVERIFY( teamproject::parseTeamLink(
          QStringLiteral( "postgresql://db.example/cases?schema=case_one&sslmode=require" ), &connection,
          &schema ) );
      QCOMPARE( schema, QStringLiteral( "case_one" ) );
      QCOMPARE( connection, QStringLiteral( "postgresql://db.example/cases?sslmode=require" ) );
      QVERIFY( teamproject::parseTeamLink(
          QStringLiteral( "postgresql://?service=team&schema=case_qgis&project=Sortie" ), &connection,
          &schema ) );
      QCOMPARE( connection, QStringLiteral( "postgresql://?service=team" ) );
      QCOMPARE( schema, QStringLiteral( "case_qgis" ) );
      // The link opens what it names, and only a team project's schema name.
      const QString sql =
          QStringLiteral( "postgresql:///team?host=%1&schema=" ).arg( mServer.socketFolder() );
      QVERIFY( teamproject::parseTeamLink( sql + QStringLiteral( "case_read" ), &connection, &schema ) );
      QVERIFY( !teamproject::parseTeamLink( sql + QStringLiteral( "x%3B%20DROP%20TABLE%20t" ), &connection,
                                            &schema ) );
      QVERIFY( !teamproject::parseTeamLink( QStringLiteral( "postgresql://db.example/cases" ), &connection,
                                            &schema ) );
      QVERIFY(
          !teamproject::parseTeamLink( QStringLiteral( "/home/a/case.sortie.gpkg" ), &connection, &schema ) );
    }

  private:
    test::PgServer mServer;
    Workspace mWorkspace;
};

QTEST_GUILESS_MAIN( TestTeamProject )
#include "test_teamproject.moc"
