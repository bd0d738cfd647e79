#include "app/cli/samplecorrelations.h"

#include "models/analysis/correlationfacts.h"
#include "models/workspace/workspace.h"

#include <QTimeZone>

namespace sortie
{

namespace
{
SourceCitation source( const QString &outlet, const QString &title, const QDate &date,
                       const QString &supports )
{
  SourceCitation citation;
  citation.outlet = outlet;
  citation.title = title;
  citation.date = date;
  citation.supports = supports;
  return citation;
}

// The sample's ids are fixed ("c1", ...), as earlier versions made them: the same sample
// made twice is the same, and merges as one.
void add( Workspace &workspace, const QString &id, Correlation correlation, const FlightRef &flight )
{
  if ( !flight.isValid() )
    return; // the sample changed: no example rather than a wrong one
  correlation.id = id;
  correlation.flights = { flight };
  correlation.author = QObject::tr( "Sortie sample" );
  correlation.createdUtc = QDateTime( QDate( 2026, 11, 21 ), QTime( 0, 0 ), QTimeZone::utc() );
  correlation.modifiedUtc = correlation.createdUtc;
  correlation.example = true;
  workspace.insertCorrelation( correlation, -1 );
}
} // namespace

void addSampleCorrelations( Workspace &workspace )
{
  const QString charter97 = QStringLiteral( "Charter 97, citing Bloomberg and NK News" );
  const QString mysteriousFlight =
      QStringLiteral( "Russian Defense Ministry Plane Makes Mysterious Flight To North Korea" );

  Correlation september;
  september.eventIds =
      QStringList{ QStringLiteral( "2023-09-13-vostochny-summit" ), QStringLiteral( "2023-09-16-knevichi" ) };
  september.relation = Relation::Follows;
  september.note =
      QObject::tr( "Example: RA-86559 flew Moscow to Pyongyang, unannounced, nine days after Kim's visits "
                   "in the Russian Far East; it may have prepared the visit Lavrov made in October." );
  september.confidence = Confidence::Low;
  september.likelihood = QObject::tr( "possibly" );
  september.sources = {
      source( charter97, mysteriousFlight, QDate(), QObject::tr( "RA-86559's flight on 2023-09-25" ) ) };
  add( workspace, QStringLiteral( "c1" ), september,
       findLeg( workspace, QDate( 2023, 9, 25 ), QStringLiteral( "UUMU" ), QStringLiteral( "ZKPY" ) ) );

  Correlation krivoruchko;
  krivoruchko.eventIds = QStringList{ QStringLiteral( "2024-07-18-krivoruchko" ) };
  krivoruchko.relation = Relation::CarriesDelegationFor;
  krivoruchko.note =
      QObject::tr( "Example: a Russian military aircraft landed in Pyongyang the day Deputy Defence "
                   "Minister Krivoruchko's delegation met Kim; it may have carried the delegation." );
  krivoruchko.confidence = Confidence::Moderate;
  krivoruchko.likelihood = QObject::tr( "likely" );
  krivoruchko.sources = { source( QStringLiteral( "A Korean outlet, citing Rodong Sinmun and RFA" ),
                                  QStringLiteral( "North Korea and Russia Forge Deeper Military Ties" ),
                                  QDate(),
                                  QObject::tr( "the delegation's meeting and the flight the same day" ) ) };
  add( workspace, QStringLiteral( "c2" ), krivoruchko,
       findLeg( workspace, QDate( 2024, 7, 18 ), QStringLiteral( "UUMU" ), QStringLiteral( "ZKPY" ) ) );

  Correlation july;
  july.eventIds = QStringList{ QStringLiteral( "2024-07-08-kpa-delegation" ) };
  july.relation = Relation::Follows;
  july.note =
      QObject::tr( "Example: the day after a KPA military-education delegation was sent to Russia, a Russian "
                   "Air Force jet flew to Pyongyang, its transponder briefly off over Siberia." );
  july.confidence = Confidence::Low;
  july.sources = { source( QStringLiteral( "WP Tech, reporting NK News, Flightradar24 and FlightAware data" ),
                           QStringLiteral( "Russian jet lands in Pyongyang amid growing military ties" ),
                           QDate( 2024, 7, 9 ),
                           QObject::tr( "the flight and its take-off about 04:10 UTC" ) ) };
  add( workspace, QStringLiteral( "c3" ), july,
       findLeg( workspace, QDate( 2024, 7, 9 ), QStringLiteral( "UUMU" ), QStringLiteral( "ZKPY" ) ) );

  // Drawn on the map for the first example, shown only around that flight.
  const TimeRange september25{
      QDateTime( QDate( 2023, 9, 24 ), QTime( 0, 0 ), QTimeZone::utc() ).toMSecsSinceEpoch(),
      QDateTime( QDate( 2023, 9, 28 ), QTime( 0, 0 ), QTimeZone::utc() ).toMSecsSinceEpoch() };
  Annotation callout;
  callout.id = QStringLiteral( "a1" );
  callout.kind = Annotation::Kind::Callout;
  callout.points = { GeoPoint{ 36.0, 98.0 } };
  callout.text = QObject::tr( "Example: RA-86559, 8 d after Knevichi" );
  callout.window = september25;
  callout.correlationId = QStringLiteral( "c1" );
  workspace.insertAnnotation( callout, -1 );
  Annotation arrow = callout;
  arrow.id = QStringLiteral( "a2" );
  arrow.kind = Annotation::Kind::Arrow;
  arrow.points = { GeoPoint{ 37.5, 112.0 }, GeoPoint{ 39.0, 124.8 } };
  arrow.text.clear();
  workspace.insertAnnotation( arrow, -1 );
}

} // namespace sortie
