// Correlations on the sample: the facts computed for a link (exact hours, time on the
// ground during an event), the suggestions (the 2023-09-25 flight for Kim's September
// 2023 visits, nothing for an unrelated pair), undo and redo of every edit, and a project
// file round trip.
#include "models/analysis/correlationfacts.h"
#include "models/analysis/suggestions.h"
#include "models/commands/annotationcommands.h"
#include "models/commands/correlationcommands.h"
#include "models/project/projectstore.h"
#include "models/workspace/workspace.h"
#include "tests/support/samplefiles.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace sortie;
using sortie::test::sampleFiles;

namespace
{
// The leg that takes off on @p date (UTC, yyyy-MM-dd) from @p from [to @p to].
FlightRef legOn( const Workspace &workspace, const QString &date, const QString &from,
                 const QString &to = QString() )
{
  return findLeg( workspace, QDate::fromString( date, Qt::ISODate ), from, to );
}

const Event &eventById( const Workspace &workspace, const QString &id )
{
  return workspace.events().at( workspace.eventIndex( id ) );
}
} // namespace

class TestCorrelations : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase() { mWorkspace.importFiles( sampleFiles() ); }

    void factsGiveExactHours()
    {
      // RA-86559 took off from UUMU 2023-09-25 06:00 UTC; the Knevichi visit is the day
      // 2023-09-16 (ends 2023-09-17 00:00 UTC): 8 d 6 h after it ended; landed 13:44, 8 d 13 h.
      const FlightRef flight = legOn( mWorkspace, QStringLiteral( "2023-09-25" ), QStringLiteral( "UUMU" ) );
      QVERIFY( resolveFlight( mWorkspace, flight ).isValid() );
      QCOMPARE( describeFlight( mWorkspace, flight ), QStringLiteral( "RA-86559 UUMU → ZKPY, 2023-09-25" ) );
      const QStringList facts = flightEventFacts(
          mWorkspace, flight, eventById( mWorkspace, QStringLiteral( "2023-09-16-knevichi" ) ) );
      QCOMPARE( facts, ( QStringList{ QStringLiteral( "took off from UUMU 8 d 6 h after the event ended" ),
                                      QStringLiteral( "landed at ZKPY 8 d 13 h after the event ended" ) } ) );
    }

    void factsSayOnTheGroundDuringTheEvent()
    {
      // 2024-09-20: UHWW → ZKPY lands 02:35, ZKPY → UHHH takes off 03:37 (1 h 02 min on
      // the ground); the flight report of that day at ZKPY covers the whole day.
      const FlightRef arrival = legOn( mWorkspace, QStringLiteral( "2024-09-20" ), QStringLiteral( "UHWW" ),
                                       QStringLiteral( "ZKPY" ) );
      const QStringList facts = flightEventFacts(
          mWorkspace, arrival, eventById( mWorkspace, QStringLiteral( "2024-09-20-vvo-fnj-khv" ) ) );
      QVERIFY2(
          facts.contains( QStringLiteral( "on the ground at ZKPY during the event (1 h 02 min of it)" ) ),
          qPrintable( facts.join( QLatin1Char( '\n' ) ) ) );
      QVERIFY( facts.contains( QStringLiteral( "in the air during the event" ) ) );
      QVERIFY( facts.contains( QStringLiteral( "took off from UHWW 1 h 30 min after the event began" ) ) );
    }

    void suggestionsFindTheSeptemberFlight()
    {
      const QVector<Suggestion> suggestions = suggestCorrelations( mWorkspace );
      const FlightRef september =
          legOn( mWorkspace, QStringLiteral( "2023-09-25" ), QStringLiteral( "UUMU" ) );
      auto suggested = [&]( const QString &event, const FlightRef &flight )
      {
        return std::any_of( suggestions.cbegin(), suggestions.cend(),
                            [&]( const Suggestion &s ) { return s.eventId == event && s.flight == flight; } );
      };
      for ( const QString &visit :
            { QStringLiteral( "2023-09-13-vostochny-summit" ), QStringLiteral( "2023-09-15-komsomolsk" ),
              QStringLiteral( "2023-09-16-knevichi" ) } )
        QVERIFY2( suggested( visit, september ), qPrintable( visit ) );
      // Why, in the analyst's words: the take-off in the event's country.
      const auto knevichi =
          std::find_if( suggestions.cbegin(), suggestions.cend(),
                        [&]( const Suggestion &s ) {
                          return s.eventId == QLatin1String( "2023-09-16-knevichi" ) && s.flight == september;
                        } );
      QVERIFY(
          knevichi->why.contains( QStringLiteral( "takes off from UUMU, in the event's country (RU)" ) ) );

      // Unrelated: the 2024-07-09 flight and the 2023 Knevichi visit, ten months apart.
      QVERIFY( !suggested( QStringLiteral( "2023-09-16-knevichi" ),
                           legOn( mWorkspace, QStringLiteral( "2024-07-09" ), QStringLiteral( "UUMU" ) ) ) );
      // Nor the 2023 flight for the 2024 treaty.
      QVERIFY( !suggested( QStringLiteral( "2024-06-19-treaty" ), september ) );
    }

    void everyEditUndoesAndRedoes()
    {
      Workspace workspace;
      workspace.setContent( mWorkspace.content() );
      UndoStack stack;
      const FlightRef flight = legOn( workspace, QStringLiteral( "2023-09-25" ), QStringLiteral( "UUMU" ) );
      Correlation correlation;
      correlation.flights = { flight };
      correlation.eventIds = QStringList{ QStringLiteral( "2023-09-16-knevichi" ) };
      correlation.note = QStringLiteral( "nine days after the inspection" );
      correlation.confidence = Confidence::Moderate;

      stack.push( makeAddCorrelationCommand( workspace, correlation ) );
      QCOMPARE( workspace.correlations().size(), 1 );
      const Correlation added = workspace.correlations().first();
      // A new correlation's id is a UUID: unique across projects, so that merges never confuse two.
      QVERIFY2( !QUuid::fromString( added.id ).isNull(), qPrintable( added.id ) );
      QVERIFY( added.createdUtc.isValid() );
      QCOMPARE( correlationFacts( workspace, added ).size(), 2 );

      Correlation edited = added;
      edited.confidence = Confidence::High;
      edited.relation = Relation::CarriesDelegationFor;
      stack.push( makeEditCorrelationCommand( workspace, edited ) );
      QCOMPARE( workspace.correlations().first().confidence, Confidence::High );

      // Linked pairs are no longer suggested; a dismissed one neither.
      auto suggestedKeys = [&workspace]
      {
        QStringList keys;
        for ( const Suggestion &s : suggestCorrelations( workspace ) )
          keys << s.key;
        return keys;
      };
      const QString linkedKey =
          QStringLiteral( "2023-09-16-knevichi|%1|%2" ).arg( flight.trackId ).arg( *flight.legStartMs );
      QVERIFY( !suggestedKeys().contains( linkedKey ) );
      const QString otherKey =
          QStringLiteral( "2023-09-15-komsomolsk|%1|%2" ).arg( flight.trackId ).arg( *flight.legStartMs );
      QVERIFY( suggestedKeys().contains( otherKey ) );
      stack.push( makeDismissSuggestionCommand( workspace, otherKey ) );
      QVERIFY( !suggestedKeys().contains( otherKey ) );

      stack.push( makeDeleteCorrelationCommand( workspace, added.id ) );
      QVERIFY( workspace.correlations().isEmpty() );

      stack.undo(); // delete
      QCOMPARE( workspace.correlations().size(), 1 );
      QCOMPARE( workspace.correlations().first().confidence, Confidence::High );
      stack.undo(); // dismiss
      QVERIFY( suggestedKeys().contains( otherKey ) );
      stack.undo(); // edit
      QCOMPARE( workspace.correlations().first().confidence, Confidence::Moderate );
      QCOMPARE( workspace.correlations().first().relation, Relation::Follows );
      stack.undo(); // add
      QVERIFY( workspace.correlations().isEmpty() );
      QVERIFY( suggestedKeys().contains( linkedKey ) );

      for ( int i = 0; i < 4; ++i )
        stack.redo();
      QVERIFY( workspace.correlations().isEmpty() );
      QVERIFY( !suggestedKeys().contains( otherKey ) );
    }

    void correlationsSurviveTheProjectFile()
    {
      Workspace workspace;
      workspace.setContent( mWorkspace.content() );
      Correlation correlation;
      correlation.id = QStringLiteral( "c7" );
      correlation.flights = { legOn( workspace, QStringLiteral( "2023-09-25" ), QStringLiteral( "UUMU" ) ),
                              FlightRef::wholeTrack( workspace.tracks().front().id ) };
      correlation.eventIds = QStringList{ QStringLiteral( "2023-09-13-vostochny-summit" ),
                                          QStringLiteral( "2023-09-16-knevichi" ) };
      correlation.relation = Relation::Other;
      correlation.relationText = QStringLiteral( "готовит визит 방문" );
      correlation.note = QStringLiteral( "Пример, 예" );
      correlation.confidence = Confidence::Low;
      correlation.likelihood = QStringLiteral( "possibly" );
      SourceCitation source;
      source.outlet = QStringLiteral( "NK News" );
      source.date = QDate( 2023, 9, 26 );
      correlation.sources = { source };
      correlation.author = QStringLiteral( "analyst" );
      correlation.createdUtc = QDateTime( QDate( 2026, 11, 1 ), QTime( 9, 30, 15, 250 ), Qt::UTC );
      correlation.modifiedUtc = correlation.createdUtc.addDays( 1 );
      correlation.example = true;
      workspace.insertCorrelation( correlation, -1 );
      workspace.setSuggestionDismissed( QStringLiteral( "x|1|2" ), true );

      QTemporaryDir folder;
      const QString path = folder.filePath( QStringLiteral( "c.sortie.gpkg" ) );
      QVERIFY( writeProject( path, workspace, ProjectMeta() ).isEmpty() );
      const ProjectReadResult read = readProject( path );
      QVERIFY2( read.ok(), qPrintable( read.message ) );
      QVERIFY2( read.warnings.isEmpty(), qPrintable( read.warnings.join( QLatin1Char( '\n' ) ) ) );
      QCOMPARE( read.content.correlations.size(), 1 );
      const Correlation &back = read.content.correlations.first();
      QCOMPARE( back.id, correlation.id );
      QCOMPARE( back.flights, correlation.flights );
      QCOMPARE( back.eventIds, correlation.eventIds );
      QCOMPARE( back.relation, correlation.relation );
      QCOMPARE( back.relationText, correlation.relationText );
      QCOMPARE( back.note, correlation.note );
      QCOMPARE( back.confidence, correlation.confidence );
      QCOMPARE( back.likelihood, correlation.likelihood );
      QCOMPARE( back.sources.size(), 1 );
      QVERIFY( back.sources.first() == source );
      QCOMPARE( back.author, correlation.author );
      QCOMPARE( back.createdUtc, correlation.createdUtc );
      QCOMPARE( back.modifiedUtc, correlation.modifiedUtc );
      QCOMPARE( back.example, true );
      QCOMPARE( read.content.dismissedSuggestions, QStringList{ QStringLiteral( "x|1|2" ) } );
    }

    void annotationsUndoRedoAndSurviveTheFile()
    {
      Workspace workspace;
      UndoStack stack;
      Annotation callout;
      callout.kind = Annotation::Kind::Callout;
      callout.points = { GeoPoint{ 39.2241, 125.67 } };
      callout.text = QStringLiteral( "Sunan: 4 h on the ground (평양)" );
      callout.window = TimeRange{ 1726963200000LL, 1727049600000LL };
      callout.correlationId = QStringLiteral( "c1" );
      stack.push( makeAddAnnotationCommand( workspace, callout ) );
      QCOMPARE( workspace.annotations().size(), 1 );
      const QString id = workspace.annotations().first().id;
      QVERIFY2( !QUuid::fromString( id ).isNull(), qPrintable( id ) );
      QVERIFY( workspace.annotations().first().isShownAt( 1726963200000LL ) );
      QVERIFY( !workspace.annotations().first().isShownAt( 1727049600000LL ) ); // the window's end is out

      Annotation moved = workspace.annotations().first();
      moved.points = { GeoPoint{ 39.5, 126.0 } };
      stack.push( makeEditAnnotationCommand( workspace, moved ) );
      Annotation arrow;
      arrow.kind = Annotation::Kind::Arrow;
      arrow.points = { GeoPoint{ 43.4, 132.15 }, GeoPoint{ 39.22, 125.67 } };
      stack.push( makeAddAnnotationCommand( workspace, arrow ) );
      stack.push( makeDeleteAnnotationCommand( workspace, id ) );
      QCOMPARE( workspace.annotations().size(), 1 );
      stack.undo();
      QCOMPARE( workspace.annotations().first().points.first().latitude,
                39.5 ); // back where it was, as moved
      stack.undo();
      stack.undo();
      QCOMPARE( workspace.annotations().first().points.first().latitude, 39.2241 );
      stack.redo();
      stack.redo();

      QTemporaryDir folder;
      const QString path = folder.filePath( QStringLiteral( "a.sortie.gpkg" ) );
      QVERIFY( writeProject( path, workspace, ProjectMeta() ).isEmpty() );
      const ProjectReadResult read = readProject( path );
      QVERIFY2( read.ok() && read.warnings.isEmpty(),
                qPrintable( read.message + read.warnings.join( QLatin1Char( '\n' ) ) ) );
      QCOMPARE( read.content.annotations.size(), 2 );
      const Annotation &back = read.content.annotations.first();
      QCOMPARE( back.kind, Annotation::Kind::Callout );
      QCOMPARE( back.text, callout.text );
      QCOMPARE( back.points.first().latitude, 39.5 );
      QCOMPARE( back.window->start, callout.window->start );
      QCOMPARE( back.window->end, callout.window->end );
      QCOMPARE( back.correlationId, QStringLiteral( "c1" ) );
      QCOMPARE( read.content.annotations.at( 1 ).kind, Annotation::Kind::Arrow );
      QCOMPARE( read.content.annotations.at( 1 ).points.size(), 2 );
      QVERIFY( !read.content.annotations.at( 1 ).window );
    }

  private:
    Workspace mWorkspace;
};

QTEST_GUILESS_MAIN( TestCorrelations )
#include "test_correlations.moc"
