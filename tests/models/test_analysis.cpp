// Flight analysis on the bundled sample scenario (the acceptance facts) and on small
// synthetic tracks for the edge cases; and the compact track storage.
#include "models/analysis/flightanalysis.h"
#include "models/geo/geodesy.h"
#include "models/io/importer.h"

#include <QTest>

#include <cmath>

using namespace sortie;

namespace
{
QString samplePath( const QString &name )
{
  return QStringLiteral( SORTIE_SAMPLES_DIR "/" ) + name;
}

AirbaseIndex sampleAirbases()
{
  const ImportResult result =
      ImporterRegistry::standard().importFile( samplePath( QStringLiteral( "airbases.csv" ) ) );
  return AirbaseIndex( result.airbases );
}

Track sampleTrack( const QString &name )
{
  ImportResult result = ImporterRegistry::standard().importFile( samplePath( name ) );
  if ( result.tracks.size() != 1 )
    qFatal( "sample %s did not give one track", qPrintable( name ) );
  return std::move( result.tracks.front() );
}

QString code( const AirbaseIndex &airbases, int index )
{
  return index < 0 ? QStringLiteral( "unknown" ) : airbases.airbases().at( index ).icao;
}

constexpr std::int64_t kMinute = 60 * 1000;

// A synthetic track: (minutes, lat, lon, altitude m or NaN, ground?) rows.
struct Row
{
    int minute;
    double lat, lon;
    float altitude;
    bool ground;
};
Track syntheticTrack( const QVector<Row> &rows, bool groundKnown )
{
  Track track;
  for ( const Row &r : rows )
  {
    TrackPoint p;
    p.timeMs = 1720000000000LL + r.minute * kMinute;
    p.latitude = r.lat;
    p.longitude = r.lon;
    p.altitudeMetres = r.altitude;
    if ( groundKnown )
      p.flags = PointOnGroundKnown | ( r.ground ? PointOnGround : 0 );
    track.append( p );
  }
  return track;
}
int closedGaps( const FlightAnalysis &analysis )
{
  return static_cast<int>( std::count_if( analysis.gaps.cbegin(), analysis.gaps.cend(),
                                          []( const Gap &gap ) { return !gap.open; } ) );
}
} // namespace

class TestAnalysis : public QObject
{
    Q_OBJECT

  private slots:
    void vladivostokPyongyangKhabarovsk()
    {
      // 2024-09-20: Vladivostok -> Pyongyang, about an hour on the ground, -> Khabarovsk.
      const AirbaseIndex airbases = sampleAirbases();
      const Track track = sampleTrack( QStringLiteral( "2024-09-20_il62m_uhww-zkpy-uhhh.fr24.csv" ) );
      const FlightAnalysis analysis = analyseFlights( track, airbases );
      QCOMPARE( analysis.legs.size(), 2 );
      QCOMPARE( code( airbases, analysis.legs.at( 0 ).fromAirbase ), QStringLiteral( "UHWW" ) );
      QCOMPARE( code( airbases, analysis.legs.at( 0 ).toAirbase ), QStringLiteral( "ZKPY" ) );
      QCOMPARE( code( airbases, analysis.legs.at( 1 ).fromAirbase ), QStringLiteral( "ZKPY" ) );
      QCOMPARE( code( airbases, analysis.legs.at( 1 ).toAirbase ), QStringLiteral( "UHHH" ) );
      QVERIFY( analysis.legs.at( 0 ).takeoffObserved && analysis.legs.at( 1 ).landingObserved );
      // Departed Pyongyang 12:37 KST = 03:37 UTC, landed Khabarovsk 14:21 KST = 05:21 UTC.
      QCOMPARE( analysis.legs.at( 1 ).startMs,
                QDateTime::fromString( QStringLiteral( "2024-09-20T03:37:00Z" ), Qt::ISODate )
                    .toMSecsSinceEpoch() );
      QCOMPARE( analysis.legs.at( 1 ).endMs,
                QDateTime::fromString( QStringLiteral( "2024-09-20T05:21:00Z" ), Qt::ISODate )
                    .toMSecsSinceEpoch() );

      QCOMPARE( analysis.groundStops.size(), 1 );
      const GroundStop &stop = analysis.groundStops.at( 0 );
      QCOMPARE( code( airbases, stop.airbase ), QStringLiteral( "ZKPY" ) );
      const double hours = stop.durationMs() / 3600000.0;
      QVERIFY2( hours > 0.75 && hours < 1.25, qPrintable( QString::number( hours ) ) ); // "about an hour"
      QVERIFY( analysis.gaps.isEmpty() );
    }

    void transponderOffOverSiberia()
    {
      // 2024-07-09: one in-flight gap, over Siberia; the flight itself is one leg.
      const AirbaseIndex airbases = sampleAirbases();
      const Track track = sampleTrack( QStringLiteral( "2024-07-09_il62m_uumu-zkpy.trace.json" ) );
      const FlightAnalysis analysis = analyseFlights( track, airbases );
      QCOMPARE( analysis.legs.size(), 1 );
      QCOMPARE( code( airbases, analysis.legs.at( 0 ).fromAirbase ), QStringLiteral( "UUMU" ) );
      QCOMPARE( code( airbases, analysis.legs.at( 0 ).toAirbase ), QStringLiteral( "ZKPY" ) );
      QCOMPARE( analysis.gaps.size(), 1 );
      const Gap &gap = analysis.gaps.at( 0 );
      QVERIFY( gap.inFlight );
      QCOMPARE( gap.kind, GapKind::InFlight ); // a real dark stretch stays one (issue 14)
      QVERIFY2( gap.reason.contains( QLatin1String( "no time to have landed" ) ), qPrintable( gap.reason ) );
      QVERIFY( !gap.open );
      QVERIFY( gap.durationMs() > 10 * kMinute && gap.durationMs() < 60 * kMinute );
      // Over Siberia: both ends between the Urals (60 E) and Lake Baikal (105 E).
      for ( int point : { gap.pointBefore, gap.pointAfter } )
      {
        const GeoPoint p = track.position( point );
        QVERIFY2( p.longitude > 60 && p.longitude < 105 && p.latitude > 50,
                  qPrintable( QString::number( p.longitude ) ) );
      }
    }

    void approachAndClimbOutAreAnInferredGroundStop()
    {
      // Shaped like a real ADS-B Exchange trace (a 737 into Spokane): last seen descending
      // through 8,450 ft 36 km east of the field, seen again 8 h 23 min later climbing through
      // 11,275 ft 27 km east of it. Not a night flown dark: a ground stop, inferred.
      const AirbaseIndex airbases(
          { Airbase{
                QStringLiteral( "KGEG" ), QString(), QStringLiteral( "Spokane" ), { 47.6199, -117.5338 } },
            Airbase{ QStringLiteral( "KMSP" ),
                     QString(),
                     QStringLiteral( "Minneapolis" ),
                     { 44.8848, -93.2223 } } } );
      const Track track = syntheticTrack( { { 0, 47.46, -115.75, 7300.0f, false },
                                            { 5, 47.46, -116.40, 5200.0f, false },
                                            { 10, 47.47, -117.03, 2790.0f, false },
                                            { 11, 47.457, -117.106, 2575.0f, false },
                                            { 11 + 503, 47.526, -117.276, 3437.0f, false },
                                            { 11 + 506, 47.52, -117.0, 4500.0f, false },
                                            { 11 + 510, 47.45, -115.7, 9000.0f, false } },
                                          false );
      const FlightAnalysis analysis = analyseFlights( track, airbases );
      QCOMPARE( closedGaps( analysis ), 1 ); // and the open one where the data ends, in cruise
      const Gap &gap = analysis.gaps.at( 0 );
      QVERIFY2( gap.kind == GapKind::GroundStopInferred, qPrintable( gap.reason ) );
      QVERIFY( !gap.inFlight );
      QCOMPARE( code( airbases, gap.airbase ), QStringLiteral( "KGEG" ) );
      QVERIFY2( gap.reason.contains( QLatin1String( "KGEG" ) ) &&
                    gap.reason.contains( QLatin1String( "approach" ) ),
                qPrintable( gap.reason ) );
      QCOMPARE( analysis.legs.size(), 2 );
      QVERIFY( analysis.legs.at( 0 ).landingInferred && !analysis.legs.at( 0 ).landingObserved );
      QCOMPARE( code( airbases, analysis.legs.at( 0 ).toAirbase ), QStringLiteral( "KGEG" ) );
      QVERIFY( analysis.legs.at( 1 ).takeoffInferred && !analysis.legs.at( 1 ).takeoffObserved );
      QCOMPARE( code( airbases, analysis.legs.at( 1 ).fromAirbase ), QStringLiteral( "KGEG" ) );
      QCOMPARE( analysis.groundStops.size(), 1 );
      QVERIFY( analysis.groundStops.at( 0 ).inferred );
      QCOMPARE( code( airbases, analysis.groundStops.at( 0 ).airbase ), QStringLiteral( "KGEG" ) );
    }

    void finalApproachThenCruiseIsAnInferredGroundStop()
    {
      // Shaped like a real trace into Shanghai: last seen at 1,375 ft on final approach,
      // next seen two hours later at 26,750 ft some 300 km away.
      const AirbaseIndex airbases( { Airbase{
          QStringLiteral( "ZSPD" ), QString(), QStringLiteral( "Pudong" ), { 31.1443, 121.8083 } } } );
      const Track track = syntheticTrack( { { 0, 31.40, 122.30, 2400.0f, false },
                                            { 4, 31.25, 122.00, 900.0f, false },
                                            { 6, 31.19, 121.90, 419.0f, false },
                                            { 126, 33.40, 120.60, 8153.0f, false },
                                            { 130, 33.70, 120.40, 9000.0f, false } },
                                          false );
      const FlightAnalysis analysis = analyseFlights( track, airbases );
      QCOMPARE( closedGaps( analysis ), 1 );
      QCOMPARE( analysis.gaps.at( 0 ).kind, GapKind::GroundStopInferred );
      QCOMPARE( code( airbases, analysis.gaps.at( 0 ).airbase ), QStringLiteral( "ZSPD" ) );
      QVERIFY( analysis.gaps.at( 0 ).reason.contains( QLatin1String( "final approach" ) ) );
      QCOMPARE( analysis.legs.size(), 2 );
      QCOMPARE( code( airbases, analysis.legs.at( 0 ).toAirbase ), QStringLiteral( "ZSPD" ) );
    }

    void cruiseAtBothEndsWithTimeToLandIsUnknown()
    {
      // Airborne high at both ends, 5 hours apart but only 150 km: it may have landed
      // somewhere; nothing says where or that it did. Neither dark flight nor ground stop.
      const Track track = syntheticTrack( { { 0, 50.0, 60.0, 10000.0f, false },
                                            { 5, 50.0, 60.5, 10000.0f, false },
                                            { 305, 50.0, 62.6, 10000.0f, false },
                                            { 310, 50.0, 63.1, 10000.0f, false } },
                                          false );
      const FlightAnalysis analysis = analyseFlights( track, AirbaseIndex() );
      QCOMPARE( closedGaps( analysis ), 1 );
      QCOMPARE( analysis.gaps.at( 0 ).kind, GapKind::Unknown );
      QVERIFY( !analysis.gaps.at( 0 ).inFlight );
      QVERIFY( analysis.gaps.at( 0 ).reason.contains( QLatin1String( "time enough" ) ) );
      // The same ends 45 minutes apart over 700 km: no time to land, flown dark.
      const Track fast = syntheticTrack( { { 0, 50.0, 60.0, 10000.0f, false },
                                           { 5, 50.0, 60.5, 10000.0f, false },
                                           { 50, 50.0, 70.3, 10000.0f, false },
                                           { 55, 50.0, 70.8, 10000.0f, false } },
                                         false );
      QCOMPARE( analyseFlights( fast, AirbaseIndex() ).gaps.at( 0 ).kind, GapKind::InFlight );
    }

    void leftTrackingDataNearYaroslavl()
    {
      const AirbaseIndex airbases = sampleAirbases();
      const Track track =
          sampleTrack( QStringLiteral( "2024-09-21_il62m_uhhh-uhww-zkpy-uhww-west.trace.json" ) );
      const FlightAnalysis analysis = analyseFlights( track, airbases );
      QCOMPARE( analysis.legs.size(), 4 );
      QCOMPARE( code( airbases, analysis.legs.at( 3 ).toAirbase ), QStringLiteral( "unknown" ) );
      QVERIFY( !analysis.legs.at( 3 ).landingObserved );
      QCOMPARE( analysis.groundStops.size(), 3 );
      QCOMPARE( code( airbases, analysis.groundStops.at( 1 ).airbase ), QStringLiteral( "ZKPY" ) );
      QCOMPARE( analysis.groundStops.at( 1 ).durationMs(), 4 * 60 * kMinute ); // "about four hours"
      const Gap &last = analysis.gaps.last();
      QVERIFY( last.open && last.inFlight );
      QCOMPARE( code( airbases, last.nearestAirbase ), QStringLiteral( "UUDL" ) );
      // The overnight stop in Vladivostok has no positions: a gap on the ground, not in flight.
      QVERIFY( std::any_of( analysis.gaps.begin(), analysis.gaps.end(),
                            []( const Gap &g )
                            { return !g.inFlight && g.durationMs() > 24 * 60 * kMinute; } ) );
    }

    void everySampleTrackHasItsLegs()
    {
      const AirbaseIndex airbases = sampleAirbases();
      const QVector<QPair<QString, QStringList>> expected = {
          { QStringLiteral( "2023-08-03_il62m_uumu-zkpy.gpx" ), { QStringLiteral( "UUMU-ZKPY" ) } },
          { QStringLiteral( "2023-09-25_ra86559_uumu-zkpy.kml" ), { QStringLiteral( "UUMU-ZKPY" ) } },
          { QStringLiteral( "2023-09-27_ra86559_zkpy-uumu.fr24.csv" ), { QStringLiteral( "ZKPY-UUMU" ) } },
          { QStringLiteral( "2024-07-10_il62m_zkpy-uhww-uumu.fr24.csv" ),
            { QStringLiteral( "ZKPY-UHWW" ), QStringLiteral( "UHWW-UUMU" ) } },
          { QStringLiteral( "2024-07-18_il62m_uumu-zkpy.geojson" ), { QStringLiteral( "UUMU-ZKPY" ) } },
          { QStringLiteral( "2024-09-20_govt_uhww-zkws.fr24.csv" ), { QStringLiteral( "UHWW-ZKWS" ) } },
      };
      for ( const auto &[file, legs] : expected )
      {
        const Track track = sampleTrack( file );
        QCOMPARE( track.source.note, QStringLiteral( "reconstructed from press reports; not ADS-B data" ) );
        QStringList found;
        for ( const Leg &leg : analyseFlights( track, airbases ).legs )
          found.append( code( airbases, leg.fromAirbase ) + QLatin1Char( '-' ) +
                        code( airbases, leg.toAirbase ) );
        QCOMPARE( found, legs );
      }
    }

    void glitchAndHopAreNotFlights()
    {
      // On the ground, airborne for one minute (a hop of noise), ground, then a real flight
      // with one dropped altitude in the middle.
      const float nan = TrackPoint::kUnknown;
      Q_UNUSED( nan )
      const Track track = syntheticTrack(
          {
              { 0, 55.0, 37.0, 0, true },
              { 1, 55.0, 37.001, 50, false },
              { 2, 55.0, 37.002, 0, true },
              { 5, 55.0, 37.002, 0, true },
              { 6, 55.05, 37.1, 1000, false },
              { 9, 55.2, 37.6, 5000, false },
              { 12, 55.4, 38.2, 0, true }, // glitch: flagged on ground mid-flight
              { 15, 55.6, 38.8, 5000, false },
              { 18, 55.8, 39.4, 1000, false },
              { 20, 55.85, 39.6, 0, true },
          },
          true );
      const FlightAnalysis analysis = analyseFlights( track, AirbaseIndex() );
      QCOMPARE( analysis.legs.size(), 1 );
      QCOMPARE( analysis.legs.at( 0 ).firstPoint, 4 );
      QCOMPARE( analysis.legs.at( 0 ).lastPoint, 8 );
      QVERIFY( analysis.gaps.isEmpty() );
    }

    void trackStartingAtCruiseHasUnknownOrigin()
    {
      const AirbaseIndex airbases( { Airbase{ QStringLiteral( "AAAA" ),
                                              {},
                                              QStringLiteral( "A" ),
                                              { 55.0, 37.0 },
                                              {},
                                              AirbaseUse::Civil,
                                              {} } } );
      // Starts right above AAAA but at 10 km: seen in flight, not departing.
      const Track track = syntheticTrack( { { 0, 55.0, 37.0, 10000, false },
                                            { 5, 55.2, 37.5, 10000, false },
                                            { 10, 55.4, 38.0, 10000, false } },
                                          true );
      const FlightAnalysis analysis = analyseFlights( track, airbases );
      QCOMPARE( analysis.legs.size(), 1 );
      QCOMPARE( analysis.legs.at( 0 ).fromAirbase, -1 );
      QVERIFY( !analysis.legs.at( 0 ).takeoffObserved );
      QCOMPARE( analysis.gaps.size(), 1 ); // ends at cruise: open
      QVERIFY( analysis.gaps.at( 0 ).open );
      QCOMPARE( analysis.gaps.at( 0 ).nearestAirbase, 0 ); // AAAA is within 400 km
    }

    void groundInferredWithoutFlags()
    {
      // GPX-like: no flags, no speed, no altitude: ground from the implied speed.
      const float nan = TrackPoint::kUnknown;
      const Track track = syntheticTrack(
          {
              { 0, 55.0, 37.0, nan, false },
              { 3, 55.0, 37.0005, nan, false }, // taxi, ~2 m/s
              { 6, 55.1, 37.5, nan, false },
              { 9, 55.2, 38.0, nan, false }, // ~200 m/s
              { 12, 55.3, 38.5, nan, false },
              { 15, 55.3, 38.5005, nan, false } // stopped
          },
          false );
      const std::vector<bool> ground = groundStates( track, FlightAnalysisSettings() );
      QCOMPARE( ground, ( std::vector<bool>{ true, false, false, false, false, true } ) );
    }

    void compactStorage()
    {
      Track track;
      const int n = 100000;
      track.reserve( n );
      for ( int i = 0; i < n; ++i )
      {
        TrackPoint p;
        p.timeMs = 1720000000000LL + i * 1000LL;
        p.latitude = 55.0 + i * 1e-5;
        p.longitude = 37.0 + i * 1e-5;
        p.altitudeMetres = 10000;
        track.append( p );
      }
      const double bytesPerPoint = static_cast<double>( track.memoryBytes() ) / n;
      QVERIFY2( bytesPerPoint <= 40.0, qPrintable( QString::number( bytesPerPoint ) ) );
      QCOMPARE( bytesPerPoint, 33.0 );
      // 1e-7 degree storage: about a centimetre.
      QVERIFY( std::abs( track.position( 12345 ).latitude - ( 55.0 + 12345 * 1e-5 ) ) < 1e-7 );
    }

    void sortDropsExactRepeats()
    {
      Track track = syntheticTrack( { { 2, 55.0, 37.0, 0, true },
                                      { 1, 55.0, 37.0, 0, true },
                                      { 2, 55.0, 37.0, 0, true },
                                      { 0, 54.0, 36.0, 0, true } },
                                    true );
      QCOMPARE( track.sortByTime(), 1 );
      QCOMPARE( track.size(), 3 );
      QVERIFY( std::is_sorted( track.times().begin(), track.times().end() ) );
    }
};

QTEST_GUILESS_MAIN( TestAnalysis )
#include "test_analysis.moc"
