// Inputs that crashed or misbehaved under the fuzzers (tests/fuzz/), each kept as a regression
// test: the reader must neither crash nor invoke undefined behaviour (this suite also runs
// built with AddressSanitizer and UndefinedBehaviorSanitizer) and must say what it skipped.
#include "models/io/csvreader.h"
#include "models/io/importer.h"
#include "models/io/importsupport.h"
#include "models/io/jsonsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
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

    void jsonRepeatedNamesAreDroppedBeforeQtSeesThem()
    {
      // Qt 5.15's parser leaks the value a repeated name replaces when it is an object or
      // array; in the sanitizer tree LeakSanitizer fails this test if any reaches Qt.
      using jsonsupport::DuplicateMembers;
      const QByteArray text = "{\"a\":{\"x\":1},\n \"b\":[1,\n2],\"a\":[3],\"b\":{\"y\":[4]},\n\"a\":5}";
      DuplicateMembers duplicates;
      const QByteArray cleaned = jsonsupport::withoutRepeatedMembers( text, &duplicates );
      QCOMPARE( cleaned.size(), text.size() );
      QCOMPARE( cleaned.count( '\n' ), text.count( '\n' ) );
      QCOMPARE( duplicates.count, qint64( 3 ) );
      QCOMPARE( duplicates.firstLine, qint64( 1 ) );
      QCOMPARE( duplicates.firstName, QStringLiteral( "a" ) );
      QJsonDocument document;
      qint64 line = 0;
      QString message;
      QVERIFY( jsonsupport::parse( text, &document, &line, &message ) );
      // Qt's own meaning is kept: the last value of a name wins.
      QCOMPARE( document.object().value( QStringLiteral( "a" ) ).toInt(), 5 );
      QCOMPARE( document.object()
                    .value( QStringLiteral( "b" ) )
                    .toObject()
                    .value( QStringLiteral( "y" ) )
                    .toArray()
                    .at( 0 )
                    .toInt(),
                4 );
      QCOMPARE( document.object().size(), 2 );

      // Names equal only once decoded (an escape, a non-ASCII name), nested names, and names
      // that only look alike (inside strings, in different objects) are told apart as Qt does.
      const QByteArray escaped = "[{\"\\u0061\":[1],\"a\":2,\"\xc3\xa9\":{\"q\":[1]},\"\\u00e9\":3,"
                                 "\"s\":\"\\\"a\\\":[1],\",\"inner\":{\"a\":[1]}}]";
      QVERIFY( jsonsupport::parse( escaped, &document, &line, &message, &duplicates ) );
      QCOMPARE( duplicates.count, qint64( 2 ) );
      const QJsonObject object = document.array().at( 0 ).toObject();
      QCOMPARE( object.value( QStringLiteral( "a" ) ).toInt(), 2 );
      QCOMPARE( object.value( QString::fromUtf8( "\xc3\xa9" ) ).toInt(), 3 );
      QCOMPARE( object.value( QStringLiteral( "inner" ) )
                    .toObject()
                    .value( QStringLiteral( "a" ) )
                    .toArray()
                    .size(),
                1 );
      QCOMPARE( object.value( QStringLiteral( "s" ) ).toString(), QStringLiteral( "\"a\":[1]," ) );

      // An object with many names (searched through a hash) and a repeat deep down.
      QByteArray wide = "{";
      for ( int i = 0; i < 100; ++i )
        wide += "\"k" + QByteArray::number( i ) + "\":[" + QByteArray::number( i ) + "],";
      wide += "\"k7\":{\"z\":1}}";
      QVERIFY( jsonsupport::parse( wide, &document, &line, &message, &duplicates ) );
      QCOMPARE( duplicates.count, qint64( 1 ) );
      QCOMPARE( document.object().size(), 100 );
      QCOMPARE(
          document.object().value( QStringLiteral( "k7" ) ).toObject().value( QStringLiteral( "z" ) ).toInt(),
          1 );
      const QByteArray deep = QByteArray( 1000, '[' ) + "{\"a\":[1],\"a\":[2]}" + QByteArray( 1000, ']' );
      QVERIFY( jsonsupport::parse( deep, &document, &line, &message, &duplicates ) );
      QCOMPARE( duplicates.count, qint64( 1 ) );

      // A broken earlier member is not dropped: the file stays broken, as Qt finds it.
      for ( const QByteArray &broken :
            { QByteArray( "{\"a\": tru, \"a\": 1}" ), QByteArray( "{\"a\" 1, \"a\": 2}" ),
              QByteArray( "{\"a\", \"a\": 1}" ), QByteArray( "{\"a\": [1}, \"a\": 2}" ),
              QByteArray( "{\"a\": \"\xff\", \"a\": 1}" ),
              QByteArray( "{\"\\uZZZZ\":[1],\"\\u0001\\\\uZZZZ\":2}" ) } )
        QVERIFY2( !jsonsupport::parse( broken, &document, &line, &message ), broken.constData() );
      // Names Qt keeps apart are kept apart (lone surrogates are not all '?').
      QVERIFY( jsonsupport::parse( "{\"\\ud800\":{\"x\":1},\"\\udc00\":1,\"?\":[2]}", &document, &line,
                                   &message, &duplicates ) );
      QCOMPARE( duplicates.count, qint64( 0 ) );
      QCOMPARE( document.object().size(), 3 );
      // A member too deep only where it stands (Qt allows 1024 levels) is not dropped: the
      // file stays as broken as Qt finds it.
      const QByteArray tooDeep = QByteArray( 1015, '[' ) + "{\"a\":" + QByteArray( 10, '[' ) +
                                 QByteArray( 10, ']' ) + ",\"a\":1}" + QByteArray( 1015, ']' );
      QVERIFY( QJsonDocument::fromJson( tooDeep ).isNull() );
      QVERIFY( !jsonsupport::parse( tooDeep, &document, &line, &message, &duplicates ) );
      // Names starting with a byte-order mark, or holding a NUL, are still the same name twice.
      const QByteArray bom = "{\"\xEF\xBB\xBFk\":{\"a\":[1]},\"\xEF\xBB\xBFk\":1}";
      QVERIFY( jsonsupport::parse( bom, &document, &line, &message, &duplicates ) );
      QCOMPARE( duplicates.count, qint64( 1 ) );
      const QByteArray nul( "{\"\xC3\xA9\0x\":[1],\"\xC3\xA9\0x\":2}", 22 );
      jsonsupport::parse( nul, &document, &line, &message, &duplicates );
      QCOMPARE( duplicates.count, qint64( 1 ) );
      // Repeats nested in repeats past a bound are refused rather than checked for ever.
      QByteArray nested = "1";
      for ( int depth = 0; depth < 1000; ++depth )
        nested = "{\"a\":" + nested + ",\"a\":1}";
      QVERIFY( !jsonsupport::parse( nested, &document, &line, &message, &duplicates ) );
      QVERIFY( duplicates.refused );
      QVERIFY2( message.contains( QLatin1String( "repeated" ) ), qPrintable( message ) );

      // Broken text after a repeat is still reported on its own line, with Qt's reason.
      QVERIFY( !jsonsupport::parse( "{\"a\":[1],\n\"a\":[2],\n\"b\": nope}", &document, &line, &message ) );
      QCOMPARE( line, qint64( 3 ) );
      // The scan stops past Qt's nesting limit; it relies on Qt refusing anything deeper.
      QVERIFY( jsonsupport::parseOrNull( QByteArray( 5000, '[' ) + QByteArray( 5000, ']' ) ).isNull() );
    }

    void jsonImportersSayWhichNameWasRepeated()
    {
      const QByteArray geojson =
          "{\"type\": \"FeatureCollection\", \"features\": [\n"
          "{\"type\": \"Feature\",\n"
          " \"geometry\": {\"type\": \"LineString\", \"coordinates\": [[38.0, 55.8], [38.5, 55.9]]},\n"
          " \"properties\": {\"registration\": \"XX-AAA\"},\n"
          " \"properties\": {\"registration\": \"XX-BBB\", \"datetimes\":\n"
          "   [\"2023-09-25T06:00:00Z\", \"2023-09-25T06:10:00Z\"]}}\n]}\n";
      const ImportResult result = readAs( QStringLiteral( "repeated.geojson" ), geojson );
      QCOMPARE( int( result.tracks.size() ), 1 );
      QCOMPARE( result.tracks.front().identity.registration, QStringLiteral( "XX-BBB" ) );
      bool said = false;
      for ( const ImportWarning &warning : result.warnings )
        said =
            said || ( warning.line == 4 && warning.message.contains( QStringLiteral( "\"properties\"" ) ) );
      QVERIFY( said );
    }

    void aCalendarTimeZoneNameReadsNoOtherFile()
    {
      // Qt 5.15 opens /usr/share/zoneinfo/<TZID> for whatever name it is given: a real zone
      // file copied elsewhere and named by a path that climbs out of that folder would be read
      // (and the time shifted by its offset) if the name reached Qt.
      QTemporaryDir dir;
      QVERIFY( QFile::copy( QStringLiteral( "/usr/share/zoneinfo/Asia/Tokyo" ),
                            dir.filePath( QStringLiteral( "zone" ) ) ) );
      const QString climbing = QStringLiteral( "../../../.." ) + dir.filePath( QStringLiteral( "zone" ) );
      const auto calendar = [&]( const QString &tzid )
      {
        return QStringLiteral(
                   "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:z1\r\n"
                   "DTSTART;TZID=%1:20230913T120000\r\nSUMMARY:Visit\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n" )
            .arg( tzid )
            .toUtf8();
      };
      const ImportResult climbed = readAs( QStringLiteral( "climb.ics" ), calendar( climbing ) );
      QCOMPARE( int( climbed.events.size() ), 1 );
      QCOMPARE( climbed.events.front().start, QDateTime( QDate( 2023, 9, 13 ), QTime( 12, 0 ), Qt::UTC ) );
      QVERIFY( hasWarning( climbed, QStringLiteral( "unknown" ) ) );
      // The same zone by its own name, and inside a Thunderbird path, is still known.
      for ( const QString &tzid :
            { QStringLiteral( "Asia/Tokyo" ), QStringLiteral( "/mozilla.org/20050126_1/Asia/Tokyo" ) } )
      {
        const ImportResult named = readAs( QStringLiteral( "named.ics" ), calendar( tzid ) );
        QCOMPARE( int( named.events.size() ), 1 );
        QCOMPARE( named.events.front().start, QDateTime( QDate( 2023, 9, 13 ), QTime( 3, 0 ), Qt::UTC ) );
      }
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
