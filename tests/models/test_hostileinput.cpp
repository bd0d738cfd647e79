// Inputs that crashed or misbehaved under the fuzzers (tests/fuzz/), each kept as a regression
// test: the reader must neither crash nor invoke undefined behaviour (this suite also runs
// built with AddressSanitizer and UndefinedBehaviorSanitizer) and must say what it skipped.
#include "models/io/csvreader.h"
#include "models/io/importer.h"
#include "models/io/importsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <limits>
#include <string>
#include <vector>

using namespace sortie;

namespace
{
ImportResult readAs( const QString &fileName, const QByteArray &content )
{
  const ImporterRegistry registry = ImporterRegistry::standard();
  const Importer *importer = registry.choose( fileName, content.left( 4096 ) );
  if ( !importer )
    return {};
  ImportSource source{ fileName, fileName, content };
  return importer->read( source );
}

bool hasWarning( const ImportResult &result, const QString &fragment )
{
  for ( const ImportWarning &warning : result.warnings )
  {
    if ( warning.message.contains( fragment ) )
      return true;
  }
  return false;
}

std::vector<std::string> strings( const std::vector<std::string_view> &fields )
{
  return { fields.begin(), fields.end() };
}
} // namespace

class TestHostileInput : public QObject
{
    Q_OBJECT

  private slots:
    void csvFieldsWithDoubledQuotesStayValid()
    {
      // Issue 13: the unescaped fields lived in a vector that moved them as it grew, while
      // earlier fields still pointed into them. Many short ones make it grow many times.
      QByteArray row;
      std::vector<std::string> expected;
      for ( int i = 0; i < 40; ++i )
      {
        row += QStringLiteral( "\"%1\"\"q\"," ).arg( i ).toUtf8();
        expected.push_back( std::to_string( i ) + "\"q" );
      }
      row += "\"last\"\"\"\n";
      expected.push_back( "last\"" );
      csv::Reader reader( row );
      std::vector<std::string_view> fields;
      QVERIFY( reader.next( fields ) );
      QCOMPARE( strings( fields ), expected );
      QCOMPARE( csv::trimmed( fields.front() ), std::string_view( "0\"q" ) );
      QVERIFY( !reader.next( fields ) );
    }

    void csvImportersSurviveDoubledQuotes()
    {
      // The shape the fuzzer found, through each CSV importer it reached.
      const QByteArray events = "title,start,end,kind\n\"a\"\"b\",\"2023-09-13\"\"\",\"x\"\"\",\"y\"\"\"\n";
      const ImportResult eventResult = readAs( QStringLiteral( "events.csv" ), events );
      QVERIFY( !eventResult.warnings.isEmpty() || !eventResult.events.isEmpty() );
      const QByteArray airbases = "icao,name,latitude,longitude\n\"U\"\"U\",\"N\"\"n\",\"1\"\"\",\"2\"\"\"\n";
      const ImportResult airbaseResult = readAs( QStringLiteral( "airbases.csv" ), airbases );
      QVERIFY( airbaseResult.airbases.isEmpty() );
    }

    void fr24TimestampTimesThousandDoesNotOverflow()
    {
      const QByteArray content = "Timestamp,UTC,Callsign,Position,Altitude,Speed,Direction\n"
                                 "9223372036854775807,2024-07-09T04:10:00Z,TST,\"55.8,38.0\",0,0,0\n"
                                 "-9223372036854775807,2024-07-09T04:10:00Z,TST,\"55.8,38.0\",0,0,0\n"
                                 "1720498200,2024-07-09T04:10:00Z,TST,\"55.8,38.0\",0,0,0\n";
      const ImportResult result = readAs( QStringLiteral( "x.csv" ), content );
      QCOMPARE( result.tracks.size(), std::size_t( 1 ) );
      QCOMPARE( result.tracks.front().size(), std::size_t( 1 ) );
      QVERIFY( hasWarning( result, QStringLiteral( "is not a time" ) ) );
    }

    void openskyHugeTimeIsRefused()
    {
      const QByteArray content =
          "time,icao24,lat,lon,velocity,heading,vertrate,callsign,onground,alert,spi,squawk,baroaltitude,"
          "geoaltitude,lastposupdate,lastcontact\n"
          "1e300,abcdef,55.8,38.0,0,0,0,TST,True,False,False,1000,,,1,1\n"
          "nan,abcdef,55.8,38.0,0,0,0,TST,True,False,False,1000,,,1,1\n"
          "-1e19,abcdef,55.8,38.0,0,0,0,TST,True,False,False,1000,,,1,1\n"
          "1720498200,abcdef,55.8,38.0,0,0,0,TST,True,False,False,1000,,,1,1\n";
      const ImportResult result = readAs( QStringLiteral( "states.csv" ), content );
      QCOMPARE( result.tracks.size(), std::size_t( 1 ) );
      QCOMPARE( result.tracks.front().size(), std::size_t( 1 ) );
      QVERIFY( hasWarning( result, QStringLiteral( "is not a time" ) ) );
    }

    void readsbHugeTimeAndFlagsAreRefused()
    {
      const QByteArray content = "{\"icao\":\"abcdef\",\"timestamp\": 1e300,\n\"trace\":[\n"
                                 "[0.0,55.8,38.0,\"ground\",0,0,1e300,null,null]\n]}\n";
      const ImportResult huge = readAs( QStringLiteral( "trace_full_abcdef.json" ), content );
      QVERIFY( hasWarning( huge, QStringLiteral( "is not a time" ) ) );
      const QByteArray flags = "{\"icao\":\"abcdef\",\"timestamp\": 1720498200,\n\"trace\":[\n"
                               "[0.0,55.8,38.0,\"ground\",0,0,1e300,null,null],\n"
                               "[1.0,55.8,38.0,\"ground\",0,0,-1e300,null,null]\n]}\n";
      const ImportResult flagged = readAs( QStringLiteral( "trace_full_abcdef.json" ), flags );
      QCOMPARE( flagged.tracks.size(), std::size_t( 1 ) );
      QCOMPARE( flagged.tracks.front().size(), std::size_t( 2 ) );
    }

    void aFileTooLargeToReadIsRefusedWithAMessage()
    {
      // A sparse file of 1.5 GiB: refused by its size, before anything is read.
      QTemporaryDir folder;
      const QString path = folder.filePath( QStringLiteral( "huge.csv" ) );
      QFile file( path );
      QVERIFY( file.open( QIODevice::WriteOnly ) );
      QVERIFY( file.resize( ( qint64( 3 ) << 30 ) / 2 ) );
      file.close();
      ImportSource source;
      QVector<ImportWarning> warnings;
      QString error;
      QVERIFY( !readImportSource( path, &source, &warnings, &error ) );
      QVERIFY2( error.contains( QLatin1String( "1536 MiB" ) ) && error.contains( QLatin1String( "split" ) ),
                qPrintable( error ) );
    }

    void aGzipBombStopsAtTheLimit()
    {
      // 1.1 GiB of zeros in a few MB of gzip: the reading stops at 1 GiB with a message.
      QTemporaryDir folder;
      const QString path = folder.filePath( QStringLiteral( "bomb.csv.gz" ) );
      QProcess gzip;
      gzip.start( QStringLiteral( "sh" ),
                  { QStringLiteral( "-c" ),
                    QStringLiteral( "head -c 1100M /dev/zero | gzip -1 > '%1'" ).arg( path ) } );
      QVERIFY( gzip.waitForFinished( 120000 ) && gzip.exitCode() == 0 );
      QVERIFY( QFileInfo( path ).size() < 20 * 1024 * 1024 );
      ImportSource source;
      QVector<ImportWarning> warnings;
      QString error;
      QVERIFY( !readImportSource( path, &source, &warnings, &error ) );
      QVERIFY2( error.contains( QLatin1String( "decompresses to more than 1024 MiB" ) ),
                qPrintable( error ) );
      QVERIFY( source.content.isEmpty() );
    }

    void jsonNestedVeryDeepIsRefusedNotRecursed()
    {
      // A trace row whose details object is nested a million levels deep.
      QByteArray content = "{\"icao\":\"abcdef\",\"timestamp\": 1720498200,\n\"trace\":[\n"
                           "[0.0,55.8,38.0,\"ground\",0,0,0,null,";
      content += QByteArray( 1000000, '[' );
      content += QByteArray( 1000000, ']' );
      content += "]\n]}\n";
      const ImportResult result = readAs( QStringLiteral( "trace_full_abcdef.json" ), content );
      QVERIFY( result.tracks.empty() );
      QVERIFY2( hasWarning( result, QStringLiteral( "nested deeper than" ) ),
                qPrintable( result.warnings.isEmpty() ? QString() : result.warnings.last().message ) );
    }

    void timeConversionsAreChecked()
    {
      using namespace importsupport;
      QCOMPARE( secondsToMs( std::int64_t( 1720498200 ) ), std::optional<std::int64_t>( 1720498200000 ) );
      QVERIFY( !secondsToMs( std::numeric_limits<std::int64_t>::max() ) );
      QVERIFY( !secondsToMs( std::numeric_limits<std::int64_t>::min() ) );
      QCOMPARE( secondsToMs( 1720498200.5 ), std::optional<std::int64_t>( 1720498200500 ) );
      QVERIFY( !secondsToMs( std::numeric_limits<double>::infinity() ) );
      QVERIFY( !secondsToMs( std::numeric_limits<double>::quiet_NaN() ) );
      QVERIFY( !secondsToMs( 1e300 ) );
      QVERIFY( !millisecondsToMs( -1e300 ) );
      QCOMPARE( toIntOr( 1e300, 7 ), 7 );
      QCOMPARE( toIntOr( std::numeric_limits<double>::quiet_NaN(), 7 ), 7 );
      QCOMPARE( toIntOr( 3.0, 7 ), 3 );
    }
};

QTEST_GUILESS_MAIN( TestHostileInput )
#include "test_hostileinput.moc"
