// Where an aircraft is at a moment: interpolation along the great circle between fixes,
// never across a gap, "dark" in a gap and after a track that ends in flight; and trails.
#include "models/analysis/trackposition.h"
#include "models/geo/geodesy.h"

#include <QTest>

#include <cmath>

using namespace sortie;

namespace
{
constexpr std::int64_t kMinute = 60 * 1000;
constexpr std::int64_t kT0 = 1720500000000LL;

// Fixes every 5 minutes eastward along 55 N, with a 40-minute gap after the 4th fix.
Track sampleTrack()
{
  Track track;
  const std::int64_t minutes[] = { 0, 5, 10, 15, 55, 60, 65 };
  for ( int i = 0; i < 7; ++i )
  {
    TrackPoint p;
    p.timeMs = kT0 + minutes[i] * kMinute;
    p.latitude = 55.0;
    p.longitude = 40.0 + i;
    p.altitudeMetres = 10000.0f + i * 100.0f;
    track.append( p );
  }
  return track;
}
} // namespace

class TestTrackPosition : public QObject
{
    Q_OBJECT

  private slots:
    void beforeTheFirstFixThereIsNothing()
    {
      QVERIFY( !positionAt( sampleTrack(), kT0 - 1, true ) );
      QVERIFY( !positionAt( Track(), kT0, true ) );
    }

    void atAFixItIsThere()
    {
      const auto p = positionAt( sampleTrack(), kT0 + 5 * kMinute, false );
      QVERIFY( p );
      QCOMPARE( p->state, PositionAt::State::Live );
      QVERIFY( std::abs( p->position.longitude - 41.0 ) < 1e-6 );
      QCOMPARE( p->sinceLastFixMs, 0LL );
    }

    void betweenFixesItFollowsTheGreatCircle()
    {
      const Track track = sampleTrack();
      const auto p = positionAt( track, kT0 + 7 * kMinute + 30 * 1000, false ); // half-way from fix 1 to 2
      QVERIFY( p );
      QCOMPARE( p->state, PositionAt::State::Live );
      const GeoPoint expected = geodesy::intermediatePoint( track.position( 1 ), track.position( 2 ), 0.5 );
      QVERIFY( std::abs( p->position.latitude - expected.latitude ) < 1e-9 );
      QVERIFY( p->position.latitude > 55.0 ); // a great circle bulges poleward, a straight line would not
      QVERIFY( std::abs( p->altitudeMetres - 10150.0f ) < 0.01f );
      QVERIFY( p->headingDegrees > 80 && p->headingDegrees < 90 );
    }

    void inAGapItIsDarkAtTheLastFix()
    {
      const auto p = positionAt( sampleTrack(), kT0 + 30 * kMinute, false );
      QVERIFY( p );
      QCOMPARE( p->state, PositionAt::State::Dark );
      QVERIFY( std::abs( p->position.longitude - 43.0 ) < 1e-6 ); // fix 3, not a guess across the gap
      QCOMPARE( p->sinceLastFixMs, 15 * kMinute );
    }

    void afterTheEnd()
    {
      const Track track = sampleTrack();
      QVERIFY( !positionAt( track, kT0 + 70 * kMinute, false ) );      // landed: gone
      const auto dark = positionAt( track, kT0 + 70 * kMinute, true ); // ended in flight: dark for a while
      QVERIFY( dark );
      QCOMPARE( dark->state, PositionAt::State::Dark );
      QCOMPARE( dark->sinceLastFixMs, 5 * kMinute );
      QVERIFY( !positionAt( track, kT0 + 65 * kMinute + 3 * 3600 * 1000, true ) );
    }

    void trailsStopAtGaps()
    {
      const Track track = sampleTrack();
      // 70 minutes back from minute 62.5: fixes 0-3, the gap, fixes 4-5, and the current point.
      const auto pieces = trailAt( track, kT0 + 62 * kMinute + 30 * 1000, 70 * kMinute );
      QCOMPARE( pieces.size(), 2 );
      QCOMPARE( pieces.at( 0 ).size(), 4 );
      QCOMPARE( pieces.at( 1 ).size(), 3 ); // fixes 4, 5 and the interpolated now
      QCOMPARE( pieces.at( 1 ).last().timeMs, kT0 + 62 * kMinute + 30 * 1000 );
      // A short trail holds only recent fixes.
      const auto recent = trailAt( track, kT0 + 62 * kMinute + 30 * 1000, 8 * kMinute );
      QCOMPARE( recent.size(), 1 );
      QCOMPARE( recent.at( 0 ).size(), 3 );
      // In a gap: the trail ends at the last fix, nothing drawn into the gap.
      const auto inGap = trailAt( track, kT0 + 30 * kMinute, 20 * kMinute );
      QCOMPARE( inGap.size(), 1 );
      QCOMPARE( inGap.at( 0 ).last().timeMs, kT0 + 15 * kMinute );
    }
};

QTEST_GUILESS_MAIN( TestTrackPosition )
#include "test_trackposition.moc"
