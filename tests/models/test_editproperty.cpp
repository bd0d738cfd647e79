// A property test of the edit layer (issue 12): random sequences of thousands of commands of
// every kind the models have (add, edit and delete of events, correlations and annotations;
// deleting cited events, which unlinks them; dismissing suggestions; commands on missing ids,
// which must be refused), with undo, redo and saves interleaved. After every sequence:
// - the state equals, field by field, a replay of the surviving commands on the start;
// - undoing everything returns exactly to the start, and redoing everything comes back;
// - the stack's clean state is true exactly where the last save was.
#include "models/commands/annotationcommands.h"
#include "models/commands/correlationcommands.h"
#include "models/commands/eventcommands.h"
#include "models/commands/trackcommands.h"
#include "models/commands/undostack.h"
#include "models/workspace/workspace.h"

#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <functional>
#include <memory>
#include <vector>

using namespace sortie;

namespace
{
QString sourcesText( const QVector<SourceCitation> &sources )
{
  QStringList parts;
  for ( const SourceCitation &s : sources )
    parts.append( QStringList{ s.outlet, s.title, s.url, s.supports }.join( QLatin1Char( '|' ) ) );
  return parts.join( QLatin1Char( ';' ) );
}

// Everything the analyst can change, written out field by field, in list order.
// The first line where two fingerprints differ, for a readable failure.
QString firstDifference( const QString &actual, const QString &expected )
{
  const QStringList a = actual.split( QLatin1Char( '\n' ) ), b = expected.split( QLatin1Char( '\n' ) );
  for ( int i = 0; i < std::max( a.size(), b.size() ); ++i )
  {
    if ( a.value( i ) != b.value( i ) )
      return QStringLiteral( "line %1:\n  got      %2\n  expected %3" )
          .arg( i + 1 )
          .arg( a.value( i ), b.value( i ) );
  }
  return QString();
}

QString fingerprint( const Workspace &w )
{
  QStringList lines;
  for ( const Event &e : w.events() )
    lines.append( QStringLiteral( "E %1|%2|%3|%4|%5|%6|%7" )
                      .arg( e.id, e.title, e.start.toString( Qt::ISODateWithMs ),
                            e.end ? e.end->toString( Qt::ISODateWithMs ) : QString(), e.description,
                            e.place.name, sourcesText( e.sources ) ) );
  for ( const Correlation &c : w.correlations() )
  {
    QStringList flights;
    for ( const FlightRef &f : c.flights )
      flights.append( QStringLiteral( "%1@%2" ).arg( f.trackId ).arg( f.legStartMs.value_or( -1 ) ) );
    lines.append( QStringLiteral( "C %1|%2|%3|%4|%5|%6|%7" )
                      .arg( c.id, flights.join( QLatin1Char( ',' ) ), c.eventIds.join( QLatin1Char( ',' ) ),
                            c.note, c.likelihood, sourcesText( c.sources ) )
                      .arg( static_cast<int>( c.confidence ) ) );
  }
  for ( const Annotation &a : w.annotations() )
  {
    QStringList points;
    for ( const GeoPoint &p : a.points )
      points.append( QStringLiteral( "%1,%2" ).arg( p.latitude, 0, 'f', 6 ).arg( p.longitude, 0, 'f', 6 ) );
    lines.append( QStringLiteral( "A %1|%2|%3|%4|%5" )
                      .arg( a.id, a.text, points.join( QLatin1Char( ' ' ) ), a.correlationId )
                      .arg( a.window ? QStringLiteral( "%1-%2" ).arg( a.window->start ).arg( a.window->end )
                                     : QString() ) );
  }
  for ( std::size_t t = 0; t < w.tracks().size(); ++t )
    lines.append( QStringLiteral( "T %1|%2|%3|%4" )
                      .arg( w.tracks()[t].id, w.tracks()[t].identity.label() )
                      .arg( w.tracks()[t].size() )
                      .arg( w.analyses()[t].legs.size() ) );
  lines.append( QStringLiteral( "D %1" ).arg( w.dismissedSuggestions().join( QLatin1Char( ',' ) ) ) );
  return lines.join( QLatin1Char( '\n' ) );
}

// A start that is not empty: tracks, events, and a correlation citing both.
ProjectContent startingContent()
{
  ProjectContent content;
  for ( int t = 0; t < 4; ++t )
  {
    Track track;
    track.identity.registration = QStringLiteral( "RA-8655%1" ).arg( t );
    for ( int i = 0; i < 30; ++i )
    {
      TrackPoint point;
      point.timeMs = 1694000000000LL + t * 86400000LL + i * 60000LL;
      point.latitude = 43.0 + t + i * 0.05;
      point.longitude = 131.0 + i * 0.05;
      point.altitudeMetres = i == 0 || i == 29 ? 0.0f : 9000.0f;
      point.groundSpeedMps = i == 0 || i == 29 ? 0.0f : 220.0f;
      track.append( point );
    }
    content.tracks.push_back( std::move( track ) );
  }
  for ( int i = 0; i < 5; ++i )
  {
    Event e;
    e.id = QStringLiteral( "start-%1" ).arg( i );
    e.title = QStringLiteral( "Start %1" ).arg( i );
    e.start = QDateTime( QDate( 2023, 9, 13 + i ), QTime( 6, 0 ), QTimeZone::utc() );
    content.events.append( e );
  }
  Correlation first;
  first.id = QStringLiteral( "c-start" );
  first.eventIds = QStringList{ QStringLiteral( "start-0" ), QStringLiteral( "start-1" ) };
  first.flights = { FlightRef::wholeTrack( content.tracks.front().contentKey() ) };
  content.correlations.append( first );
  return content;
}

// A command as a recipe, so that it can be made again on another workspace for the replay.
using Recipe = std::function<std::unique_ptr<Command>( Workspace & )>;

class Generator
{
  public:
    explicit Generator( quint32 seed )
      : mRandom( seed )
    {
    }

    int below( int n ) { return n <= 0 ? 0 : static_cast<int>( mRandom.bounded( n ) ); }

    // An existing id, or now and then one that is not there (such commands must be refused).
    template <typename List>
    QString pickId( const List &items )
    {
      if ( items.isEmpty() || below( 10 ) == 0 )
        return QStringLiteral( "missing-%1" ).arg( below( 1000 ) );
      return items.at( below( items.size() ) ).id;
    }

    Recipe next( const Workspace &w )
    {
      const int n = ++mCount;
      switch ( below( 11 ) )
      {
      case 0:
      {
        Event e;
        e.id = QStringLiteral( "e%1" ).arg( below( 40 ) ); // collisions too: made unique
        e.title = QStringLiteral( "Event %1" ).arg( n );
        e.start = QDateTime( QDate( 2024, 1, 1 ), QTime( 0, 0 ), QTimeZone::utc() ).addSecs( n * 60 );
        if ( below( 2 ) )
          e.sources.append( SourceCitation{ QStringLiteral( "KCNA" ), QStringLiteral( "조선중앙통신" ),
                                            QDate( 2023, 9, 13 ), QString(),
                                            QStringLiteral( "the visit" ) } );
        return [e]( Workspace &ws ) { return makeAddEventCommand( ws, e ); };
      }
      case 1:
      {
        const QString id = pickId( w.events() );
        const int index = w.eventIndex( id );
        Event e = index >= 0 ? w.events().at( index ) : Event();
        e.id = id;
        e.title = QStringLiteral( "Edited %1" ).arg( n );
        return [e]( Workspace &ws ) { return makeEditEventCommand( ws, e ); };
      }
      case 2:
      {
        const QString id = pickId( w.events() );
        return [id]( Workspace &ws ) { return makeDeleteEventCommand( ws, id ); };
      }
      case 3:
      {
        Correlation c;
        for ( int k = 0; k < 1 + below( 3 ) && !w.events().isEmpty(); ++k )
          c.eventIds.append( w.events().at( below( w.events().size() ) ).id );
        // A fixed id: a replay must make the same one (a new one is a UUID).
        c.id = QStringLiteral( "c%1" ).arg( n );
        const QString track =
            w.tracks().empty() || below( 10 ) == 0
                ? QStringLiteral( "t-missing" )
                : w.tracks()[static_cast<std::size_t>( below( static_cast<int>( w.tracks().size() ) ) )].id;
        c.flights.append(
            FlightRef{ track, below( 2 ) ? std::optional<qint64>( n * 1000LL ) : std::nullopt } );
        c.note = QStringLiteral( "Link %1" ).arg( n );
        return [c]( Workspace &ws ) { return makeAddCorrelationCommand( ws, c ); };
      }
      case 4:
      {
        const QString id = pickId( w.correlations() );
        const int index = w.correlationIndex( id );
        Correlation c = index >= 0 ? w.correlations().at( index ) : Correlation();
        c.id = id;
        c.note = QStringLiteral( "Judged again %1" ).arg( n );
        c.confidence = below( 2 ) ? Confidence::High : Confidence::Low;
        return [c]( Workspace &ws ) { return makeEditCorrelationCommand( ws, c ); };
      }
      case 5:
      {
        const QString id = pickId( w.correlations() );
        return [id]( Workspace &ws ) { return makeDeleteCorrelationCommand( ws, id ); };
      }
      case 6:
      {
        Annotation a;
        a.id = QStringLiteral( "a%1" ).arg( n ); // fixed, for the replay
        a.kind = Annotation::Kind::Callout;
        a.points = { GeoPoint{ 30.0 + below( 30 ), 100.0 + below( 40 ) } };
        a.text = QStringLiteral( "Note %1" ).arg( n );
        if ( below( 2 ) )
          a.window = TimeRange{ n * 1000LL, n * 1000LL + 60000 };
        return [a]( Workspace &ws ) { return makeAddAnnotationCommand( ws, a ); };
      }
      case 7:
      {
        // A move (what a drag ends in) or a new text.
        const QString id = pickId( w.annotations() );
        const int index = w.annotationIndex( id );
        Annotation a = index >= 0 ? w.annotations().at( index ) : Annotation();
        a.id = id;
        a.points = { GeoPoint{ 40.0 + below( 10 ), 120.0 + below( 10 ) } };
        a.text += QStringLiteral( "'" );
        return [a]( Workspace &ws ) { return makeEditAnnotationCommand( ws, a ); };
      }
      case 8:
      {
        const QString id = pickId( w.annotations() );
        return [id]( Workspace &ws ) { return makeDeleteAnnotationCommand( ws, id ); };
      }
      case 9:
      {
        // Rarer than the rest (one in two of these), so that tracks stay to be linked.
        QString id = QStringLiteral( "t-missing" );
        if ( !w.tracks().empty() && below( 4 ) > 0 )
          id = w.tracks()[static_cast<std::size_t>( below( static_cast<int>( w.tracks().size() ) ) )].id;
        return [id]( Workspace &ws ) { return makeRemoveTrackCommand( ws, id ); };
      }
      default:
      {
        const QString key = QStringLiteral( "suggestion-%1" ).arg( below( 20 ) );
        return [key]( Workspace &ws ) { return makeDismissSuggestionCommand( ws, key ); };
      }
      }
    }

  private:
    QRandomGenerator mRandom;
    int mCount = 0;
};
} // namespace

class TestEditProperty : public QObject
{
    Q_OBJECT

  private slots:
    void randomSequences_data()
    {
      QTest::addColumn<quint32>( "seed" );
      for ( quint32 seed : { 1u, 7u, 42u, 2026u, 31337u } )
        QTest::newRow( qPrintable( QStringLiteral( "seed %1" ).arg( seed ) ) ) << seed;
    }

    void randomSequences()
    {
      QFETCH( quint32, seed );
      Generator generate( seed );
      Workspace workspace;
      workspace.setContent( startingContent() );
      const QString start = fingerprint( workspace );

      UndoStack stack;
      std::vector<Recipe> recipes; // mirrors the stack: [0, done) are done
      std::size_t done = 0;
      long long saved = 0; // the stack position of the last save; -1: unreachable
      int refused = 0, pushed = 0, undone = 0;
      for ( int step = 0; step < 2000; ++step )
      {
        const int action = generate.below( 20 );
        if ( action < 3 && stack.canUndo() )
        {
          stack.undo();
          --done;
          ++undone;
        }
        else if ( action < 5 && stack.canRedo() )
        {
          stack.redo();
          ++done;
        }
        else if ( action == 5 )
        {
          stack.setClean();
          saved = static_cast<long long>( done );
        }
        else
        {
          const Recipe recipe = generate.next( workspace );
          if ( !stack.push( recipe( workspace ) ) )
          {
            ++refused;
            continue;
          }
          ++pushed;
          if ( saved > static_cast<long long>( done ) )
            saved = -1;
          recipes.resize( done );
          recipes.push_back( recipe );
          ++done;
        }
        QCOMPARE( stack.count(), done );
        QCOMPARE( stack.isClean(), saved == static_cast<long long>( done ) );
      }
      QVERIFY2( pushed >= 1000 && refused > 0 && undone > 100,
                qPrintable( QStringLiteral( "%1 pushed, %2 refused, %3 undone" )
                                .arg( pushed )
                                .arg( refused )
                                .arg( undone ) ) );
      // A correlation never cites an event that is not there, nor a removed track (links
      // to a track that never was, "t-missing", are the generator's own).
      for ( const Correlation &c : workspace.correlations() )
      {
        for ( const QString &id : c.eventIds )
          QVERIFY2( workspace.eventIndex( id ) >= 0, qPrintable( id ) );
        for ( const FlightRef &f : c.flights )
          QVERIFY2( f.trackId == QLatin1String( "t-missing" ) || workspace.trackIndex( f.trackId ) >= 0,
                    qPrintable( f.trackId ) );
      }

      // The same surviving commands, replayed on the start, give the same state.
      const QString end = fingerprint( workspace );
      Workspace replayed;
      replayed.setContent( startingContent() );
      QCOMPARE( fingerprint( replayed ), start );
      UndoStack replay;
      for ( std::size_t i = 0; i < done; ++i )
        QVERIFY( replay.push( recipes[i]( replayed ) ) );
      const QString replayedEnd = fingerprint( replayed );
      QVERIFY2( replayedEnd == end, qPrintable( firstDifference( replayedEnd, end ) ) );

      // Undo everything: exactly the start. Redo as many: exactly the end again.
      while ( stack.canUndo() )
        stack.undo();
      const QString undoneAll = fingerprint( workspace );
      QVERIFY2( undoneAll == start, qPrintable( firstDifference( undoneAll, start ) ) );
      QCOMPARE( stack.isClean(), saved == 0 );
      for ( std::size_t i = 0; i < done; ++i )
        stack.redo();
      const QString redoneAll = fingerprint( workspace );
      QVERIFY2( redoneAll == end, qPrintable( firstDifference( redoneAll, end ) ) );
      QCOMPARE( stack.isClean(), saved == static_cast<long long>( done ) );
    }
};

QTEST_GUILESS_MAIN( TestEditProperty )
#include "test_editproperty.moc"
