// A leg's details and profile, on the sample's 2024-09-20 flight Vladivostok - Pyongyang -
// Khabarovsk (reconstructed from press reports; not ADS-B data).
#include "models/io/importer.h"
#include "models/time/timecontroller.h"
#include "widgets/flight/flightpanel.h"
#include "widgets/flight/legdetails.h"
#include "widgets/flight/profileplot.h"

#include <QDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocumentFragment>

#include <cmath>

using namespace sortie;

class TestFlightPanel : public QObject
{
    Q_OBJECT

  private:
    Track mTrack;
    FlightAnalysis mAnalysis;
    AirbaseIndex mAirbases;

  private slots:
    void initTestCase()
    {
      const ImporterRegistry registry = ImporterRegistry::standard();
      mAirbases = AirbaseIndex(
          registry.importFile( QStringLiteral( SORTIE_SAMPLES_DIR "/airbases.csv" ) ).airbases );
      ImportResult flight = registry.importFile(
          QStringLiteral( SORTIE_SAMPLES_DIR "/2024-09-20_il62m_uhww-zkpy-uhhh.fr24.csv" ) );
      QCOMPARE( flight.tracks.size(), std::size_t( 1 ) );
      mTrack = std::move( flight.tracks.front() );
      mAnalysis = analyseFlights( mTrack, mAirbases );
      QCOMPARE( mAnalysis.legs.size(), 2 );
    }

    void detailsOfTheSecondLeg()
    {
      const LegDetails details = legDetails( mTrack, mAnalysis, 1, mAirbases );
      QCOMPARE( details.from, QStringLiteral( "ZKPY" ) );
      QCOMPARE( details.to, QStringLiteral( "UHHH" ) );
      QVERIFY( details.takeoffObserved && details.landingObserved );
      QCOMPARE( details.groundStops.size(), 1 ); // the hour in Pyongyang before it
      QVERIFY( details.profile.size() > 50 );
      QCOMPARE( details.profile.first().altitudeMetres, 0.0f ); // from the ground
      const QString text = QTextDocumentFragment::fromHtml( legDetailsHtml( details ) ).toPlainText();
      QVERIFY2( text.contains( QStringLiteral( "ZKPY → UHHH" ) ), qPrintable( text ) );
      QVERIFY( text.contains( QStringLiteral( "2024-09-20 03:37 UTC" ) ) );
      QVERIFY( text.contains( QStringLiteral( "2024-09-20 05:21 UTC" ) ) );
      QVERIFY( text.contains( QStringLiteral( "1 h 44 min" ) ) );
      QVERIFY( text.contains( QStringLiteral( "1283 km (693 NM)" ) ) );
      QVERIFY( text.contains( QStringLiteral(
          "Before take-off: 1 h 02 min on the ground at ZKPY, from 2024-09-20 02:35 UTC." ) ) );
      QVERIFY( text.contains( QStringLiteral( "IL62 (unidentified)" ) ) );
      QVERIFY( text.contains( QStringLiteral( "not ADS-B data" ) ) );
      QCOMPARE( legDetails( mTrack, mAnalysis, 7, mAirbases ).profile.size(), 0 ); // no such leg
    }

    void profileCursorFollowsTheClock()
    {
      TimeController clock;
      FlightPanel panel( &clock );
      panel.resize( 420, 520 );
      const LegDetails details = legDetails( mTrack, mAnalysis, 1, mAirbases );
      panel.showLeg( details );
      panel.show();
      QVERIFY( QTest::qWaitForWindowExposed( &panel ) );
      ProfilePlot *plot = panel.plot();
      const std::int64_t middle = details.interval.start + details.interval.span() / 2;
      clock.setCurrentTime( middle );
      const double x = plot->xForTime( middle );
      QVERIFY( std::isfinite( x ) );
      QVERIFY( std::abs( x - plot->plotRect().center().x() ) <= 2.0 );
      QVERIFY( std::isnan( plot->xForTime( details.interval.end + 3600 * 1000 ) ) ); // outside the leg
      QString dir = qEnvironmentVariable( "SORTIE_TEST_OUTPUT_DIR" );
      if ( dir.isEmpty() )
        dir = QDir::tempPath();
      QDir().mkpath( dir );
      QVERIFY(
          panel.grab().save( dir + QStringLiteral( "/flight_panel_qt%1.png" ).arg( QT_VERSION_MAJOR ) ) );
      panel.clear();
      QVERIFY( panel.summary()->toPlainText().isEmpty() );
    }
};

QTEST_MAIN( TestFlightPanel )
#include "test_flightpanel.moc"
