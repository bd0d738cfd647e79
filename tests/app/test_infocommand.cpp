// `sortie info` on the bundled sample: every sample track with the legs the reports
// describe, in the documented JSON shape; and its exit codes.
#include "app/cli/commandline.h"
#include "app/cli/infocommand.h"
#include "tests/support/samplefiles.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTextStream>

using namespace sortie;
using sortie::test::sampleFiles;

namespace
{
int run( const QStringList &arguments, QString *out, QString *err )
{
  QTextStream outStream( out );
  QTextStream errStream( err );
  const int status = cli::runInfo( arguments, outStream, errStream );
  outStream.flush();
  errStream.flush();
  return status;
}

QString legText( const QJsonObject &leg )
{
  auto code = []( const QJsonValue &v ) { return v.isNull() ? QStringLiteral( "null" ) : v.toString(); };
  return code( leg.value( QStringLiteral( "from" ) ) ) + QLatin1Char( '-' ) +
         code( leg.value( QStringLiteral( "to" ) ) );
}
} // namespace

class TestInfoCommand : public QObject
{
    Q_OBJECT

  private slots:
    void sampleAsJson()
    {
      QString out, err;
      QCOMPARE( run( sampleFiles() << QStringLiteral( "--json" ), &out, &err ), int( cli::Success ) );
      QJsonParseError error;
      const QJsonObject root = QJsonDocument::fromJson( out.toUtf8(), &error ).object();
      QCOMPARE( error.error, QJsonParseError::NoError );
      QCOMPARE( root.value( QStringLiteral( "airbases" ) ).toInt(), 10 );
      QCOMPARE( root.value( QStringLiteral( "events" ) ).toInt(), 16 );
      QVERIFY2( root.value( QStringLiteral( "warnings" ) ).toArray().isEmpty(), qPrintable( out ) );

      // Track files are named after their day and route; legs in order.
      const QMap<QString, QStringList> expected = {
          { QStringLiteral( "2023-08-03_il62m_uumu-zkpy.gpx" ), { QStringLiteral( "UUMU-ZKPY" ) } },
          { QStringLiteral( "2023-09-25_ra86559_uumu-zkpy.kml" ), { QStringLiteral( "UUMU-ZKPY" ) } },
          { QStringLiteral( "2023-09-27_ra86559_zkpy-uumu.fr24.csv" ), { QStringLiteral( "ZKPY-UUMU" ) } },
          { QStringLiteral( "2024-07-09_il62m_uumu-zkpy.trace.json" ), { QStringLiteral( "UUMU-ZKPY" ) } },
          { QStringLiteral( "2024-07-10_il62m_zkpy-uhww-uumu.fr24.csv" ),
            { QStringLiteral( "ZKPY-UHWW" ), QStringLiteral( "UHWW-UUMU" ) } },
          { QStringLiteral( "2024-07-18_il62m_uumu-zkpy.geojson" ), { QStringLiteral( "UUMU-ZKPY" ) } },
          { QStringLiteral( "2024-09-20_govt_uhww-zkws.fr24.csv" ), { QStringLiteral( "UHWW-ZKWS" ) } },
          { QStringLiteral( "2024-09-20_il62m_uhww-zkpy-uhhh.fr24.csv" ),
            { QStringLiteral( "UHWW-ZKPY" ), QStringLiteral( "ZKPY-UHHH" ) } },
          { QStringLiteral( "2024-09-21_il62m_uhhh-uhww-zkpy-uhww-west.trace.json" ),
            { QStringLiteral( "UHHH-UHWW" ), QStringLiteral( "UHWW-ZKPY" ), QStringLiteral( "ZKPY-UHWW" ),
              QStringLiteral( "UHWW-null" ) } },
      };
      const QJsonArray tracks = root.value( QStringLiteral( "tracks" ) ).toArray();
      QCOMPARE( tracks.size(), expected.size() );
      for ( const QJsonValue &value : tracks )
      {
        const QJsonObject track = value.toObject();
        const QString file =
            track.value( QStringLiteral( "source" ) ).toObject().value( QStringLiteral( "file" ) ).toString();
        QVERIFY2( expected.contains( file ), qPrintable( file ) );
        QStringList legs;
        for ( const QJsonValue &leg : track.value( QStringLiteral( "legs" ) ).toArray() )
        {
          legs.append( legText( leg.toObject() ) );
          QVERIFY(
              leg.toObject().value( QStringLiteral( "start" ) ).toString().endsWith( QLatin1Char( 'Z' ) ) );
        }
        QCOMPARE( legs, expected.value( file ) );
        QVERIFY( track.value( QStringLiteral( "points" ) ).toInt() > 50 );
        QVERIFY( track.contains( QStringLiteral( "icao24" ) ) &&
                 track.contains( QStringLiteral( "registration" ) ) &&
                 track.contains( QStringLiteral( "callsign" ) ) &&
                 track.contains( QStringLiteral( "gaps" ) ) );
        QCOMPARE(
            track.value( QStringLiteral( "source" ) ).toObject().value( QStringLiteral( "note" ) ).toString(),
            QStringLiteral( "reconstructed from press reports; not ADS-B data" ) );
        if ( file.startsWith( QLatin1String( "2023-09-2" ) ) )
          QCOMPARE( track.value( QStringLiteral( "registration" ) ).toString(),
                    QStringLiteral( "RA-86559" ) );
        else
          QVERIFY( track.value( QStringLiteral( "registration" ) ).isNull() ); // never invented
        if ( file.startsWith( QLatin1String( "2024-07-09" ) ) )
        {
          const QJsonArray gaps = track.value( QStringLiteral( "gaps" ) ).toArray();
          QCOMPARE( gaps.size(), 1 );
          QVERIFY( gaps.at( 0 ).toObject().value( QStringLiteral( "in_flight" ) ).toBool() );
        }
      }

      // RA-86559 is in two files: one aircraft, as the workbench shows it, with both legs, the
      // two days between on the ground at Pyongyang (a gap no source covers, not in flight)
      // and what each file covered.
      const QJsonArray aircraft = root.value( QStringLiteral( "aircraft" ) ).toArray();
      QCOMPARE( aircraft.size(), 1 );
      const QJsonObject ra86559 = aircraft.first().toObject();
      QCOMPARE( ra86559.value( QStringLiteral( "registration" ) ).toString(), QStringLiteral( "RA-86559" ) );
      QStringList legs;
      for ( const QJsonValue &leg : ra86559.value( QStringLiteral( "legs" ) ).toArray() )
        legs.append( legText( leg.toObject() ) );
      QCOMPARE( legs, ( QStringList{ QStringLiteral( "UUMU-ZKPY" ), QStringLiteral( "ZKPY-UUMU" ) } ) );
      const QJsonArray raGaps = ra86559.value( QStringLiteral( "gaps" ) ).toArray();
      QCOMPARE( raGaps.size(), 1 );
      for ( const QJsonValue &gap : raGaps )
      {
        QVERIFY( !gap.toObject().value( QStringLiteral( "in_flight" ) ).toBool() );
        QVERIFY( gap.toObject()
                     .value( QStringLiteral( "reason" ) )
                     .toString()
                     .contains( QLatin1String( "None of the aircraft's 2 sources" ) ) );
      }
      const QJsonArray sources = ra86559.value( QStringLiteral( "sources" ) ).toArray();
      QCOMPARE( sources.size(), 2 );
      QCOMPARE( sources.at( 0 ).toObject().value( QStringLiteral( "file" ) ).toString(),
                QStringLiteral( "2023-09-25_ra86559_uumu-zkpy.kml" ) );
      QCOMPARE( sources.at( 1 )
                    .toObject()
                    .value( QStringLiteral( "coverage" ) )
                    .toArray()
                    .first()
                    .toArray()
                    .first()
                    .toString(),
                QStringLiteral( "2023-09-27T02:30:00Z" ) );
    }

    void warningsCarryFileAndLine()
    {
      QString out, err;
      QCOMPARE(
          run( { QStringLiteral( SORTIE_TEST_DATA_DIR "/fr24/bad_rows.csv" ), QStringLiteral( "--json" ) },
               &out, &err ),
          int( cli::Success ) );
      const QJsonArray warnings =
          QJsonDocument::fromJson( out.toUtf8() ).object().value( QStringLiteral( "warnings" ) ).toArray();
      QCOMPARE( warnings.size(), 5 );
      const QJsonObject first = warnings.at( 0 ).toObject();
      QCOMPARE( first.value( QStringLiteral( "file" ) ).toString(), QStringLiteral( "bad_rows.csv" ) );
      QCOMPARE( first.value( QStringLiteral( "line" ) ).toInt(), 3 );
      QVERIFY(
          first.value( QStringLiteral( "message" ) ).toString().contains( QStringLiteral( "lat,lon" ) ) );
    }

    void nothingReadableIsBadInput()
    {
      QString out, err;
      QCOMPARE( run( { QStringLiteral( SORTIE_TEST_DATA_DIR "/misc/empty.csv" ) }, &out, &err ),
                int( cli::BadInput ) );
      const QStringList lines = err.trimmed().split( QLatin1Char( '\n' ) );
      QVERIFY2( lines.last().startsWith(
                    QStringLiteral( "sortie info: nothing could be read (empty.csv: empty file)" ) ),
                qPrintable( err ) );
    }

    void usage()
    {
      QString out, err;
      QCOMPARE( run( {}, &out, &err ), int( cli::BadUsage ) );
      QCOMPARE( run( { QStringLiteral( "--frobnicate" ), QStringLiteral( "x.csv" ) }, &out, &err ),
                int( cli::BadUsage ) );
      QCOMPARE( run( { QStringLiteral( "--help" ) }, &out, &err ), int( cli::Success ) );
      QVERIFY( out.contains( QStringLiteral( "Usage: sortie info FILE... [--json]" ) ) );
    }
};

QTEST_GUILESS_MAIN( TestInfoCommand )
#include "test_infocommand.moc"
