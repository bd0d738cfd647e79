// The one clock: current time, visible range, window, playback and stepping.
#include "models/time/duration.h"
#include "models/time/timecontroller.h"

#include <QSignalSpy>
#include <QTest>

using namespace sortie;

namespace
{
constexpr std::int64_t kHour = 3600 * 1000;
constexpr std::int64_t kDay = 24 * kHour;
constexpr std::int64_t kJuly9 = 1720483200000LL; // 2024-07-09T00:00:00Z
} // namespace

class TestTimeController : public QObject
{
    Q_OBJECT

  private slots:
    void currentTimeIsClampedToTheData()
    {
      TimeController clock;
      clock.setDataExtent( { kJuly9, kJuly9 + kDay } );
      QSignalSpy changed( &clock, &TimeController::currentTimeChanged );
      clock.setCurrentTime( kJuly9 + 4 * kHour );
      QCOMPARE( clock.currentTime(), kJuly9 + 4 * kHour );
      clock.setCurrentTime( kJuly9 - kDay );
      QCOMPARE( clock.currentTime(), kJuly9 );
      clock.setCurrentTime( kJuly9 );
      QCOMPARE( changed.count(), 2 ); // no signal when nothing changes
    }

    void zoomKeepsTheAnchorInPlace()
    {
      TimeController clock;
      clock.setVisibleRange( { kJuly9, kJuly9 + kDay } );
      const std::int64_t anchor = kJuly9 + 6 * kHour; // a quarter of the way in
      clock.zoom( 0.5, anchor );
      QCOMPARE( clock.visibleRange().span(), kDay / 2 );
      QCOMPARE( clock.visibleRange().start, anchor - kDay / 8 );
      // Limits: a minute to fifty years.
      for ( int i = 0; i < 40; ++i )
        clock.zoom( 0.1, anchor );
      QCOMPARE( clock.visibleRange().span(), TimeController::kMinimumSpanMs );
      for ( int i = 0; i < 40; ++i )
        clock.zoom( 10, anchor );
      QCOMPARE( clock.visibleRange().span(), TimeController::kMaximumSpanMs );
    }

    void panMovesTheRange()
    {
      TimeController clock;
      clock.setVisibleRange( { kJuly9, kJuly9 + kDay } );
      clock.pan( -kHour );
      QCOMPARE( clock.visibleRange(), ( TimeRange{ kJuly9 - kHour, kJuly9 + kDay - kHour } ) );
    }

    void playbackAdvancesByRateAndStopsAtTheEnd()
    {
      TimeController clock;
      clock.setDataExtent( { kJuly9, kJuly9 + kDay } );
      clock.setVisibleRange( { kJuly9, kJuly9 + 2 * kHour } );
      clock.setCurrentTime( kJuly9 );
      clock.setPlaybackRate( 3600 ); // an hour per second
      clock.play();
      QVERIFY( clock.isPlaying() );
      clock.advance( 500 );
      QCOMPARE( clock.currentTime(), kJuly9 + kHour / 2 );
      clock.advance( 3000 ); // leaves the visible range: the view follows
      QCOMPARE( clock.currentTime(), kJuly9 + 3 * kHour + kHour / 2 );
      QVERIFY( clock.visibleRange().contains( clock.currentTime() ) );
      clock.advance( 100000 );
      QCOMPARE( clock.currentTime(), kJuly9 + kDay );
      QVERIFY( !clock.isPlaying() );
      // Play at the end starts again from the beginning.
      clock.play();
      QCOMPARE( clock.currentTime(), kJuly9 );
      clock.pause();
    }

    void realPlaybackMovesTime()
    {
      TimeController clock;
      clock.setDataExtent( { kJuly9, kJuly9 + kDay } );
      clock.setCurrentTime( kJuly9 );
      clock.setPlaybackRate( 3600 );
      QSignalSpy changed( &clock, &TimeController::currentTimeChanged );
      clock.play();
      QTRY_VERIFY_WITH_TIMEOUT( changed.count() >= 3, 5000 );
      clock.pause();
      QVERIFY( clock.currentTime() > kJuly9 );
    }

    void stepsBetweenStops()
    {
      TimeController clock;
      clock.setDataExtent( { kJuly9, kJuly9 + kDay } );
      clock.setStops( { kJuly9 + 10 * kHour, kJuly9 + 2 * kHour, kJuly9 + 2 * kHour, kJuly9 + 5 * kHour } );
      QCOMPARE( clock.stops().size(), 3 );
      clock.setCurrentTime( kJuly9 );
      QVERIFY( clock.stepForward() );
      QCOMPARE( clock.currentTime(), kJuly9 + 2 * kHour );
      QVERIFY( clock.stepForward() );
      QCOMPARE( clock.currentTime(), kJuly9 + 5 * kHour );
      QVERIFY( clock.stepBackward() );
      QCOMPARE( clock.currentTime(), kJuly9 + 2 * kHour );
      QVERIFY( !clock.stepBackward() );
      clock.jumpToEnd();
      QCOMPARE( clock.currentTime(), kJuly9 + kDay );
      QVERIFY( !clock.stepForward() );
      clock.jumpToStart();
      QCOMPARE( clock.currentTime(), kJuly9 );
    }

    void centreOnBringsTheMomentIntoView()
    {
      TimeController clock;
      clock.setVisibleRange( { kJuly9, kJuly9 + kDay } );
      clock.centreOn( kJuly9 + 6 * kHour ); // visible: the view stays
      QCOMPARE( clock.visibleRange(), ( TimeRange{ kJuly9, kJuly9 + kDay } ) );
      clock.centreOn( kJuly9 + 10 * kDay ); // off-screen: centred, same span
      QCOMPARE( clock.visibleRange(),
                ( TimeRange{ kJuly9 + 10 * kDay - kDay / 2, kJuly9 + 10 * kDay + kDay / 2 } ) );
      clock.centreOn( kJuly9, 4 * kHour ); // with a span
      QCOMPARE( clock.visibleRange(), ( TimeRange{ kJuly9 - 2 * kHour, kJuly9 + 2 * kHour } ) );
      QCOMPARE( clock.currentTime(), kJuly9 );
    }

    void durations()
    {
      QCOMPARE( formatDuration( 37 * 60000 ), QStringLiteral( "37 min" ) );
      QCOMPARE( formatDuration( 3 * kHour + 5 * 60000 ), QStringLiteral( "3 h 05 min" ) );
      QCOMPARE( formatDuration( 52 * kHour ), QStringLiteral( "2 d 4 h" ) );
      QCOMPARE( formatDuration( -5 ), QStringLiteral( "0 min" ) );
    }

    void selectedWindow()
    {
      TimeController clock;
      QSignalSpy changed( &clock, &TimeController::selectedWindowChanged );
      clock.setSelectedWindow( { kJuly9, kJuly9 + kHour } );
      QCOMPARE( *clock.selectedWindow(), ( TimeRange{ kJuly9, kJuly9 + kHour } ) );
      clock.setSelectedWindow( { kJuly9 + kHour, kJuly9 } ); // empty: ignored
      clock.clearSelectedWindow();
      QVERIFY( !clock.selectedWindow() );
      QCOMPARE( changed.count(), 2 );
    }
};

QTEST_GUILESS_MAIN( TestTimeController )
#include "test_timecontroller.moc"
