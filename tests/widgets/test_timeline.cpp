// The timeline scrubber driven with the real mouse, wheel and keys (offscreen), its tick
// labels at every zoom, and a picture of it on the sample scenario for a person to see.
#include "models/analysis/flightanalysis.h"
#include "models/io/importer.h"
#include "models/time/timecontroller.h"
#include "widgets/timeline/timelinepainter.h"
#include "widgets/timeline/timelinewidget.h"
#include "widgets/timeline/timeticks.h"

#include <QDir>
#include <QFontMetricsF>
#include <QHelpEvent>
#include <QImage>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

using namespace sortie;

namespace
{
constexpr std::int64_t kMinute = 60 * 1000;
constexpr std::int64_t kHour = 60 * kMinute;
constexpr std::int64_t kDay = 24 * kHour;
constexpr std::int64_t kJuly9 = 1720483200000LL; // 2024-07-09T00:00:00Z

// The sample scenario as the timeline sees it.
void loadSample( QVector<TimelineEvent> &events, QVector<TimelineLane> &lanes, std::vector<Track> &tracks )
{
  const ImporterRegistry registry = ImporterRegistry::standard();
  QVector<Airbase> airbases;
  QVector<Event> allEvents;
  const QDir dir( QStringLiteral( SORTIE_SAMPLES_DIR ) );
  for ( const QString &name : dir.entryList( QDir::Files, QDir::Name ) )
  {
    ImportResult result = registry.importFile( dir.filePath( name ) );
    airbases += result.airbases;
    allEvents += result.events;
    for ( Track &track : result.tracks )
      tracks.push_back( std::move( track ) );
  }
  const AirbaseIndex index( airbases );
  for ( const Track &track : tracks )
    lanes.append( timelineLane( track, analyseFlights( track, index ) ) );
  events = timelineEvents( allEvents );
}
// A move with the left button held. QTest::mouseMove cannot do it for widgets on Qt 5 (it
// only moves the pointer, which the offscreen platform never turns into an event).
void dragTo( QWidget *widget, const QPoint &position )
{
  QMouseEvent move( QEvent::MouseMove, QPointF( position ), QPointF( widget->mapToGlobal( position ) ),
                    Qt::NoButton, Qt::LeftButton, Qt::NoModifier );
  QApplication::sendEvent( widget, &move );
}
} // namespace

class TestTimeline : public QObject
{
    Q_OBJECT

  private slots:
    // One lane per aircraft (issue 14, point 8): the workspace gives one track per aircraft
    // (models.aircraftfusion groups and fuses); a lane of one of several sources is named by
    // the aircraft and the number of sources, and draws a band per source where it had data,
    // which says on hover what that source covered.
    void aLaneShowsEachSourcesCoverage()
    {
      Track fused;
      fused.identity.registration = QStringLiteral( "RA-86559" );
      for ( int i = 0; i < 7; ++i )
      {
        TrackPoint p;
        p.timeMs = kJuly9 + i * 3600000LL;
        p.latitude = 55.0 + i;
        p.longitude = 37.0 + i * 10;
        p.altitudeMetres = 10000;
        fused.append( p );
      }
      FlightAnalysis analysis;
      analysis.legs.append( Leg{} );
      analysis.legs.last().startMs = fused.timeMs( 0 );
      analysis.legs.last().endMs = fused.timeMs( 6 );
      SourceCoverage adsb{ QStringLiteral( "t-a" ),
                           QStringLiteral( "readsb trace" ),
                           QStringLiteral( "a.json" ),
                           500,
                           500,
                           { { kJuly9, kJuly9 + 4 * 3600000LL } } };
      SourceCoverage fr24{ QStringLiteral( "t-b" ),
                           QStringLiteral( "Flightradar24 CSV" ),
                           QStringLiteral( "b.csv" ),
                           90,
                           40,
                           { { kJuly9 + 3 * 3600000LL, kJuly9 + 6 * 3600000LL } } };
      analysis.sources = { adsb, fr24 };
      Track alone = fused;
      alone.identity.registration.clear();
      alone.identity.aircraftType = QStringLiteral( "IL62" );
      FlightAnalysis aloneAnalysis = analysis;
      aloneAnalysis.sources = { adsb };
      const QVector<TimelineLane> lanes = timelineLanes( { fused, alone }, { analysis, aloneAnalysis } );
      QCOMPARE( lanes.size(), 2 );
      QCOMPARE( lanes.at( 0 ).label, QStringLiteral( "RA-86559 (2 sources)" ) );
      QCOMPARE( lanes.at( 0 ).sources.size(), 2 );
      QCOMPARE( lanes.at( 0 ).sources.at( 1 ).spans.first().first, kJuly9 + 3 * 3600000LL );
      QCOMPARE( lanes.at( 1 ).label, QStringLiteral( "IL62 2024-07-09" ) ); // one source: by its day
      QVERIFY( lanes.at( 1 ).sources.isEmpty() );
      QCOMPARE( laneLegOf( lanes, 1, 0 ), qMakePair( 1, 0 ) );
      QCOMPARE( laneLegOf( lanes, 1, 5 ), qMakePair( -1, -1 ) );
      const QString summary = sourceSummary( lanes.at( 0 ).sources.at( 1 ) );
      QVERIFY2(
          summary.startsWith( QLatin1String( "Flightradar24 CSV (b.csv): 90 positions (40 where no denser "
                                             "source had data); data 2024-07-09 03:00 to 06:00 UTC" ) ),
          qPrintable( summary ) );

      TimeController clock;
      TimelineWidget timeline( &clock );
      timeline.setContents( {}, lanes );
      timeline.resize( 900, 300 );
      clock.setVisibleRange( { kJuly9 - 3600000LL, kJuly9 + 7 * 3600000LL } );
      timeline.show();
      QVERIFY( QTest::qWaitForWindowExposed( &timeline ) );
      // Each source's band drawn in its colour where it had data, and named on hover.
      const QImage shot = timeline.grab().toImage();
      QSet<QString> named;
      for ( int y = 0; y < timeline.height(); ++y )
      {
        for ( int source = 0; source < 2; ++source )
        {
          const int x = static_cast<int>( timeline.xForTime( kJuly9 + ( source == 0 ? 1 : 5 ) * 3600000LL ) );
          if ( shot.pixelColor( x, y ) != sourceColor( source ) )
            continue;
          const QString tip = timeline.toolTipAt( { x, y } );
          if ( tip.startsWith( lanes.at( 0 ).sources.at( source ).label() ) )
            named.insert( lanes.at( 0 ).sources.at( source ).label() );
        }
      }
      QCOMPARE( named.size(), 2 );
      // Over the name: the aircraft and every source.
      QString names;
      for ( int y = 0; y < timeline.height() && !names.startsWith( QLatin1String( "RA-86559" ) ); ++y )
        names = timeline.toolTipAt( { 5, y } );
      QVERIFY2( names.contains( QLatin1String( "readsb trace (a.json): 500 positions" ) ) &&
                    names.contains( QLatin1String( "Flightradar24 CSV (b.csv)" ) ),
                qPrintable( names ) );
    }

    void ticksNeverOverlap_data()
    {
      QTest::addColumn<qint64>( "span" );
      QTest::addColumn<int>( "width" );
      for ( const qint64 span : { 2 * kMinute, 45 * kMinute, 7 * kHour, kDay, 9 * kDay, 95 * kDay, 400 * kDay,
                                  4000 * kDay, 18000 * kDay } )
      {
        for ( const int width : { 180, 520, 1500 } )
          QTest::addRow( "%lld min over %d px", static_cast<long long>( span / kMinute ), width )
              << span << width;
      }
    }
    void ticksNeverOverlap()
    {
      QFETCH( qint64, span );
      QFETCH( int, width );
      const QFontMetricsF metrics( QApplication::font() );
      auto measure = [&metrics]( const QString &text ) { return metrics.horizontalAdvance( text ); };
      for ( const std::int64_t start : { kJuly9 + 7 * kMinute, kJuly9 - 400 * kDay + 13 * kHour } )
      {
        const TimeRange range{ start, start + span };
        const TimeTicks ticks = chooseTimeTicks( range, width, measure, 8.0 );
        if ( width >= 500 )
          QVERIFY2( ticks.ticks.size() >= 2, qPrintable( ticks.stepName ) );
        const double pxPerMs = width / static_cast<double>( span );
        for ( int i = 0; i + 1 < ticks.ticks.size(); ++i )
        {
          const TimeTick &a = ticks.ticks.at( i );
          const TimeTick &b = ticks.ticks.at( i + 1 );
          QVERIFY( range.contains( a.timeMs ) );
          const double room = ( b.timeMs - a.timeMs ) * pxPerMs;
          QVERIFY2( measure( a.label ) + 8.0 <= room + 1e-9,
                    qPrintable(
                        QStringLiteral( "%1 and %2 at step %3" ).arg( a.label, b.label, ticks.stepName ) ) );
        }
      }
    }

    void ticksAreAlignedAndLabelled()
    {
      const QFontMetricsF metrics( QApplication::font() );
      auto measure = [&metrics]( const QString &text ) { return metrics.horizontalAdvance( text ); };
      const TimeTicks hours = chooseTimeTicks( { kJuly9 + 5 * kMinute, kJuly9 + 12 * kHour }, 1200, measure );
      QVERIFY( !hours.ticks.isEmpty() );
      for ( const TimeTick &tick : hours.ticks )
        QCOMPARE( tick.timeMs % ( 15 * kMinute ), 0LL ); // whole quarter hours at least
      QCOMPARE( hours.contextLabel, QStringLiteral( "2024-07-09" ) );
      QVERIFY( hours.ticks.first().label.contains( QLatin1Char( ':' ) ) );

      const TimeTicks months = chooseTimeTicks( { kJuly9 - 300 * kDay, kJuly9 + 100 * kDay }, 900, measure );
      QStringList labels;
      for ( const TimeTick &tick : months.ticks )
        labels.append( tick.label );
      QVERIFY2( labels.contains( QStringLiteral( "2024" ) ),
                qPrintable( labels.join( QLatin1Char( ' ' ) ) ) ); // January shows the year
      QVERIFY( labels.contains( QStringLiteral( "Mar" ) ) || labels.contains( QStringLiteral( "Apr" ) ) );

      // A second axis in Korea Standard Time: midnight KST is 15:00 UTC the day before.
      const TimeTicks kst = chooseTimeTicks( { kJuly9, kJuly9 + 3 * kDay }, 1200, measure, 8.0, 9 * 3600 );
      bool foundMidnight = false;
      for ( const TimeTick &tick : kst.ticks )
        foundMidnight |= tick.major && ( tick.timeMs + 9 * kHour ) % kDay == 0;
      QVERIFY( foundMidnight );
    }

    void draggingTheCursorChangesTheTime()
    {
      TimeController clock;
      TimelineWidget timeline( &clock );
      timeline.resize( 900, 200 );
      timeline.setContents( {}, { TimelineLane{ QStringLiteral( "test" ),
                                                { { kJuly9, kJuly9 + kDay } },
                                                {},
                                                {},
                                                { kJuly9, kJuly9 + kDay } } } );
      clock.setVisibleRange( { kJuly9, kJuly9 + kDay } );
      clock.setCurrentTime( kJuly9 + 6 * kHour );
      timeline.show();
      QVERIFY( QTest::qWaitForWindowExposed( &timeline ) );

      const int y = timeline.lanesRect().center().y();
      const QPoint start( qRound( timeline.xForTime( clock.currentTime() ) ), y );
      const QPoint end = start + QPoint( 100, 0 );
      QTest::mousePress( &timeline, Qt::LeftButton, Qt::NoModifier, start );
      dragTo( &timeline, end );
      QTest::mouseRelease( &timeline, Qt::LeftButton, Qt::NoModifier, end );
      const std::int64_t expected = timeline.timeForX( end.x() );
      QVERIFY2( std::abs( clock.currentTime() - expected ) <= kMinute,
                qPrintable( QString::number( clock.currentTime() - expected ) ) );
      QVERIFY( clock.currentTime() > kJuly9 + 6 * kHour + 2 * kHour );
    }

    void draggingTheLanesPans()
    {
      TimeController clock;
      TimelineWidget timeline( &clock );
      timeline.resize( 900, 200 );
      clock.setVisibleRange( { kJuly9, kJuly9 + kDay } );
      clock.setCurrentTime( kJuly9 ); // at the left edge, away from the drag
      timeline.show();
      QVERIFY( QTest::qWaitForWindowExposed( &timeline ) );
      const int y = timeline.lanesRect().center().y();
      QTest::mousePress( &timeline, Qt::LeftButton, Qt::NoModifier, QPoint( 500, y ) );
      dragTo( &timeline, QPoint( 300, y ) );
      QTest::mouseRelease( &timeline, Qt::LeftButton, Qt::NoModifier, QPoint( 300, y ) );
      QVERIFY( clock.visibleRange().start > kJuly9 ); // dragged left: later times come into view
      QCOMPARE( clock.visibleRange().span(), kDay );
    }

    void wheelZoomsAroundThePointer()
    {
      TimeController clock;
      TimelineWidget timeline( &clock );
      timeline.resize( 900, 200 );
      clock.setVisibleRange( { kJuly9, kJuly9 + kDay } );
      timeline.show();
      QVERIFY( QTest::qWaitForWindowExposed( &timeline ) );
      const QPointF at( 600, timeline.lanesRect().center().y() );
      const std::int64_t under = timeline.timeForX( at.x() );
      QWheelEvent wheel( at, timeline.mapToGlobal( at.toPoint() ), QPoint(), QPoint( 0, 240 ), Qt::NoButton,
                         Qt::NoModifier, Qt::NoScrollPhase, false );
      QApplication::sendEvent( &timeline, &wheel );
      QVERIFY( clock.visibleRange().span() < kDay * 0.7 ); // two notches in
      QVERIFY( std::abs( timeline.timeForX( at.x() ) - under ) <=
               kMinute ); // the time under the pointer stays
      QWheelEvent out( at, timeline.mapToGlobal( at.toPoint() ), QPoint(), QPoint( 0, -240 ), Qt::NoButton,
                       Qt::NoModifier, Qt::NoScrollPhase, false );
      QApplication::sendEvent( &timeline, &out );
      QVERIFY( std::abs( clock.visibleRange().span() - kDay ) <= 2 );
    }

    void keysStepBetweenEvents()
    {
      TimeController clock;
      TimelineWidget timeline( &clock );
      timeline.resize( 900, 200 );
      const QVector<TimelineEvent> events = {
          { QStringLiteral( "a" ),
            QStringLiteral( "First" ),
            { kJuly9 + 2 * kHour, kJuly9 + 2 * kHour },
            EventKind::Summit },
          { QStringLiteral( "b" ),
            QStringLiteral( "Second" ),
            { kJuly9 + 9 * kHour, kJuly9 + 9 * kHour },
            EventKind::FlightReport },
      };
      timeline.setContents( events, {} );
      clock.setVisibleRange( { kJuly9, kJuly9 + kDay } );
      clock.setCurrentTime( kJuly9 );
      timeline.show();
      QVERIFY( QTest::qWaitForWindowExposed( &timeline ) );
      timeline.setFocus();
      // The data starts with the first event: the clock was clamped there.
      QCOMPARE( clock.currentTime(), kJuly9 + 2 * kHour );
      QTest::keyClick( &timeline, Qt::Key_Right );
      QCOMPARE( clock.currentTime(), kJuly9 + 9 * kHour );
      QTest::keyClick( &timeline, Qt::Key_Left );
      QCOMPARE( clock.currentTime(), kJuly9 + 2 * kHour );
      QTest::keyClick( &timeline, Qt::Key_End );
      QCOMPARE( clock.currentTime(), clock.dataExtent().end );
      QTest::keyClick( &timeline, Qt::Key_Home );
      QCOMPARE( clock.currentTime(), clock.dataExtent().start );
      QTest::keyClick( &timeline, Qt::Key_Space );
      QVERIFY( clock.isPlaying() );
      QTest::keyClick( &timeline, Qt::Key_Space );
      QVERIFY( !clock.isPlaying() );
    }

    void clickingAnEventSelectsIt()
    {
      TimeController clock;
      TimelineWidget timeline( &clock );
      timeline.resize( 900, 200 );
      const QVector<TimelineEvent> events = {
          { QStringLiteral( "summit" ),
            QStringLiteral( "Summit" ),
            { kJuly9 + 6 * kHour, kJuly9 + 6 * kHour },
            EventKind::Summit },
      };
      // A day of data, so that the cursor is not clamped onto the only event (the cursor,
      // under the pointer, would take the click).
      timeline.setContents( events, { TimelineLane{ QStringLiteral( "test" ),
                                                    { { kJuly9, kJuly9 + kDay } },
                                                    {},
                                                    {},
                                                    { kJuly9, kJuly9 + kDay } } } );
      clock.setVisibleRange( { kJuly9, kJuly9 + kDay } );
      clock.setCurrentTime( kJuly9 + 20 * kHour );
      timeline.show();
      QVERIFY( QTest::qWaitForWindowExposed( &timeline ) );
      QSignalSpy clicked( &timeline, &TimelineWidget::eventClicked );
      const int row0 = timeline.lanesRect().top() + timeline.fontMetrics().height() / 2 + 4;
      const QPoint marker( qRound( timeline.xForTime( kJuly9 + 6 * kHour ) ), row0 );
      QCOMPARE( timeline.eventAt( marker ), QStringLiteral( "summit" ) );
      QCOMPARE( timeline.eventAt( marker + QPoint( 200, 0 ) ), QString() );
      QTest::mouseClick( &timeline, Qt::LeftButton, Qt::NoModifier, marker );
      QCOMPARE( clicked.count(), 1 );
      QCOMPARE( clicked.at( 0 ).at( 0 ).toString(), QStringLiteral( "summit" ) );
      QCOMPARE( timeline.selectedEvent(), QStringLiteral( "summit" ) );
      QCOMPARE( clock.currentTime(), kJuly9 + 20 * kHour ); // a click on an event is not a drag of the cursor
    }

    void draggingOnTheAxisSelectsAWindow()
    {
      TimeController clock;
      TimelineWidget timeline( &clock );
      timeline.resize( 900, 200 );
      clock.setVisibleRange( { kJuly9, kJuly9 + kDay } );
      clock.setCurrentTime( kJuly9 );
      timeline.show();
      QVERIFY( QTest::qWaitForWindowExposed( &timeline ) );
      QSignalSpy windowChanged( &clock, &TimeController::selectedWindowChanged );
      const int y = timeline.axisRect().center().y();
      QTest::mousePress( &timeline, Qt::LeftButton, Qt::NoModifier, QPoint( 600, y ) );
      dragTo( &timeline, QPoint( 450, y ) );
      dragTo( &timeline, QPoint( 400, y ) );
      QTest::mouseRelease( &timeline, Qt::LeftButton, Qt::NoModifier, QPoint( 400, y ) );
      QVERIFY( clock.selectedWindow() );
      QVERIFY( std::abs( clock.selectedWindow()->start - timeline.timeForX( 400 ) ) <= kMinute );
      QVERIFY( std::abs( clock.selectedWindow()->end - timeline.timeForX( 600 ) ) <= kMinute );
      QVERIFY( windowChanged.count() >= 1 );
      // A click on the axis jumps there and clears the window.
      QTest::mouseClick( &timeline, Qt::LeftButton, Qt::NoModifier, QPoint( 300, y ) );
      QVERIFY( !clock.selectedWindow() );
      QVERIFY( std::abs( clock.currentTime() - timeline.timeForX( 300 ) ) <= kMinute );
    }

    void onlyAircraftWithDataInViewAreListed()
    {
      TimeController clock;
      TimelineWidget timeline( &clock );
      const QVector<TimelineLane> lanes = {
          TimelineLane{
              QStringLiteral( "early" ), { { kJuly9, kJuly9 + kHour } }, {}, {}, { kJuly9, kJuly9 + kHour } },
          TimelineLane{ QStringLiteral( "late" ),
                        { { kJuly9 + 5 * kDay, kJuly9 + 5 * kDay + kHour } },
                        {},
                        {},
                        { kJuly9 + 5 * kDay, kJuly9 + 5 * kDay + kHour } },
      };
      timeline.setContents( {}, lanes );
      clock.setVisibleRange( { kJuly9 - kHour, kJuly9 + 2 * kHour } );
      QCOMPARE( timeline.shownLanes(), QVector<int>{ 0 } );
      clock.setVisibleRange( { kJuly9, kJuly9 + 6 * kDay } );
      QCOMPARE( timeline.shownLanes(), ( QVector<int>{ 0, 1 } ) );
      clock.setVisibleRange( { kJuly9 + 2 * kDay, kJuly9 + 3 * kDay } );
      QVERIFY( timeline.shownLanes().isEmpty() );
      timeline.setShowIdleLanes( true );
      QCOMPARE( timeline.shownLanes(), ( QVector<int>{ 0, 1 } ) );
    }

    void sampleScenarioPicture()
    {
      // Not an image comparison (fonts differ between Qt 5 and 6 here): a picture for a
      // person to look at, and checks that the sample gives what the timeline needs.
      QVector<TimelineEvent> events;
      QVector<TimelineLane> lanes;
      std::vector<Track> tracks;
      loadSample( events, lanes, tracks );
      QCOMPARE( lanes.size(), 9 );
      QCOMPARE( events.size(), 16 );
      TimeController clock;
      TimelineWidget timeline( &clock );
      timeline.setSecondZone( QStringLiteral( "KST" ), 9 * 3600 );
      timeline.setContents( events, lanes );
      QVERIFY( clock.dataExtent().isValid() );
      QVERIFY( clock.stops().size() > 30 );
      timeline.resize( 1400, timeline.sizeHint().height() );
      // The week of 18-24 September 2024, at 12:00 UTC on the 22nd.
      const std::int64_t sept18 = 1726617600000LL;
      clock.setVisibleRange( { sept18, sept18 + 6 * kDay } );
      clock.setCurrentTime( sept18 + 4 * kDay + 12 * kHour );
      timeline.show();
      QVERIFY( QTest::qWaitForWindowExposed( &timeline ) );
      QString dir = qEnvironmentVariable( "SORTIE_TEST_OUTPUT_DIR" );
      if ( dir.isEmpty() )
        dir = QDir::tempPath();
      QDir().mkpath( dir );
      QVERIFY( timeline.grab().save(
          dir + QStringLiteral( "/timeline_sample_qt%1.png" ).arg( QT_VERSION_MAJOR ) ) );
    }

    void draggingALegOntoAnEventAsksForALink()
    {
      QVector<TimelineEvent> events;
      QVector<TimelineLane> lanes;
      std::vector<Track> tracks;
      loadSample( events, lanes, tracks );
      TimeController clock;
      TimelineWidget timeline( &clock );
      timeline.setContents( events, lanes );
      timeline.resize( 1400, 400 );
      const std::int64_t sept19 = 1726704000000LL;
      clock.setVisibleRange( { sept19, sept19 + 2 * kDay } );
      timeline.show();
      QVERIFY( QTest::qWaitForWindowExposed( &timeline ) );
      // Find a leg bar and the 2024-09-20 event's marker by asking the widget itself.
      QPoint legPoint( -1, -1 ), eventPoint( -1, -1 );
      for ( int y = 0; y < timeline.height(); y += 2 )
      {
        for ( int x = 0; x < timeline.width(); x += 2 )
        {
          if ( legPoint.x() < 0 && timeline.legAt( { x, y } ).first >= 0 )
            legPoint = { x, y };
          if ( eventPoint.x() < 0 &&
               timeline.eventAt( { x, y } ) == QLatin1String( "2024-09-20-vvo-fnj-khv" ) )
            eventPoint = { x, y };
        }
      }
      QVERIFY( legPoint.x() >= 0 && eventPoint.x() >= 0 );
      const QPair<int, int> leg = timeline.legAt( legPoint );

      QSignalSpy dropped( &timeline, &TimelineWidget::legDroppedOnEvent );
      const TimeRange before = clock.visibleRange();
      QTest::mousePress( &timeline, Qt::LeftButton, Qt::NoModifier, legPoint );
      dragTo( &timeline, legPoint + QPoint( 0, -20 ) ); // up: a link, not a pan
      dragTo( &timeline, eventPoint );
      QTest::mouseRelease( &timeline, Qt::LeftButton, Qt::NoModifier, eventPoint );
      QCOMPARE( dropped.count(), 1 );
      QCOMPARE( dropped.first().at( 0 ).toInt(), leg.first );
      QCOMPARE( dropped.first().at( 1 ).toInt(), leg.second );
      QCOMPARE( dropped.first().at( 2 ).toString(), QStringLiteral( "2024-09-20-vvo-fnj-khv" ) );
      QCOMPARE( clock.visibleRange().start, before.start );

      // Sideways from a leg still pans, and asks for nothing.
      QTest::mousePress( &timeline, Qt::LeftButton, Qt::NoModifier, legPoint );
      dragTo( &timeline, legPoint + QPoint( -120, 2 ) );
      QTest::mouseRelease( &timeline, Qt::LeftButton, Qt::NoModifier, legPoint + QPoint( -120, 2 ) );
      QCOMPARE( dropped.count(), 1 );
      QVERIFY( clock.visibleRange().start > before.start );
    }

    void aGapSaysWhyOnHover()
    {
      // The sample's dark stretch over Siberia on 2024-07-09: its tooltip gives the reason.
      QVector<TimelineEvent> events;
      QVector<TimelineLane> lanes;
      std::vector<Track> tracks;
      loadSample( events, lanes, tracks );
      TimeController clock;
      TimelineWidget timeline( &clock );
      timeline.setContents( events, lanes );
      timeline.resize( 1400, 400 );
      clock.setVisibleRange( { kJuly9, kJuly9 + kDay } );
      timeline.show();
      QVERIFY( QTest::qWaitForWindowExposed( &timeline ) );
      QString reason;
      QPoint at( -1, -1 );
      for ( int y = 0; y < timeline.height() && reason.isEmpty(); y += 2 )
      {
        for ( int x = 0; x < timeline.width() && reason.isEmpty(); x += 2 )
        {
          reason = timeline.gapReasonAt( { x, y } );
          at = { x, y };
        }
      }
      QVERIFY2( reason.contains( QLatin1String( "In flight" ) ) &&
                    reason.contains( QLatin1String( "no time to have landed" ) ),
                qPrintable( reason ) );
      QHelpEvent help( QEvent::ToolTip, at, timeline.mapToGlobal( at ) );
      QVERIFY( QApplication::sendEvent( &timeline, &help ) );
      QVERIFY( timeline.gapReasonAt( { 1, 1 } ).isEmpty() ); // the name column
    }
};

QTEST_MAIN( TestTimeline )
#include "test_timeline.moc"
