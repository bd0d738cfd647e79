// The project file: every entity survives save and reopen; bad files are refused with a
// clear message; a failed save leaves the old file as it was.
#include "models/io/gdalsupport.h"
#include "models/project/projectstore.h"
#include "models/workspace/workspace.h"
#include "tests/support/executesql.h"
#include "tests/support/readonlypath.h"
#include "tests/support/samplefiles.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <cmath>
#include <gdal.h>
#include <ogr_api.h>

using namespace sortie;
using sortie::test::sampleFiles;

namespace
{
QDateTime utc( int y, int mo, int d, int h = 0, int mi = 0, int s = 0, int ms = 0 )
{
  return QDateTime( QDate( y, mo, d ), QTime( h, mi, s, ms ), QTimeZone::utc() );
}

// The sample, plus what it lacks: Korean and Russian text, a month-precision event with
// an end, a source without a date, a track with unknown values and every flag.
void fillWorkspace( Workspace &workspace )
{
  const ImportSummary summary = workspace.importFiles( sampleFiles() );
  QVERIFY2( summary.filesFailed == 0, "the sample imports" );
  ProjectContent content;
  content.tracks = workspace.tracks();
  content.airbases = workspace.airbases().airbases();
  content.events = workspace.events();

  Event korean;
  korean.id = QStringLiteral( "2023-08-dprk-delegation" );
  korean.title = QStringLiteral( "조선 대표단 방문 — Визит делегации КНДР" );
  korean.start = utc( 2023, 8, 1 );
  korean.end = utc( 2023, 10, 1 );
  korean.precision = DatePrecision::Month;
  korean.kind = EventKind::DelegationVisit;
  korean.place.name = QStringLiteral( "Москва" );
  korean.place.position = GeoPoint{ 55.7558, 37.6173 };
  korean.actors = QStringList{ QStringLiteral( "리병철" ), QStringLiteral( "Шойгу" ) };
  korean.description = QStringLiteral( "Line one\nline two, \"quoted\"; 50% ±1" );
  SourceCitation undated;
  undated.outlet = QStringLiteral( "Коммерсантъ" );
  undated.title = QStringLiteral( "Без даты" );
  undated.supports = QStringLiteral( "the month" );
  korean.sources = { undated };
  content.events.append( korean );

  Track odd;
  odd.identity.icao24 = QStringLiteral( "155a6b" );
  odd.identity.callsigns = QStringList{ QStringLiteral( "RSD001" ), QStringLiteral( "RFF7001" ) };
  odd.source.format = QStringLiteral( "test" );
  odd.source.note = QStringLiteral( "синтетика — not real" );
  for ( int i = 0; i < 5; ++i )
  {
    TrackPoint p;
    p.timeMs = utc( 2024, 1, 1, 10 ).toMSecsSinceEpoch() + i * 1001;
    p.latitude = 39.0 + i * 0.0000001;
    p.longitude = -179.9999999 + i;
    p.altitudeMetres = i == 2 ? TrackPoint::kUnknown : 1000.25f * i;
    p.groundSpeedMps = i == 3 ? TrackPoint::kUnknown : 0.1f * i;
    p.trackDegrees = 359.9f;
    p.verticalRateMps = -2.5f;
    p.flags = static_cast<std::uint8_t>( i == 4 ? 0x0f : i );
    odd.append( p );
  }
  content.tracks.push_back( odd );
  workspace.setContent( std::move( content ) );
}

bool sameFloat( float a, float b )
{
  return ( std::isnan( a ) && std::isnan( b ) ) || a == b;
}

void compareWorkspaces( const Workspace &a, const Workspace &b )
{
  QCOMPARE( b.tracks().size(), a.tracks().size() );
  for ( std::size_t t = 0; t < a.tracks().size(); ++t )
  {
    const Track &x = a.tracks()[t];
    const Track &y = b.tracks()[t];
    QCOMPARE( y.identity.icao24, x.identity.icao24 );
    QCOMPARE( y.identity.registration, x.identity.registration );
    QCOMPARE( y.identity.callsigns, x.identity.callsigns );
    QCOMPARE( y.identity.aircraftType, x.identity.aircraftType );
    QCOMPARE( y.source.format, x.source.format );
    QCOMPARE( y.source.fileName, x.source.fileName );
    QCOMPARE( y.source.note, x.source.note );
    QCOMPARE( y.size(), x.size() );
    for ( int i = 0; i < x.size(); ++i )
    {
      const TrackPoint p = x.point( i ), q = y.point( i );
      if ( p.timeMs != q.timeMs || p.latitude != q.latitude || p.longitude != q.longitude ||
           !sameFloat( p.altitudeMetres, q.altitudeMetres ) ||
           !sameFloat( p.groundSpeedMps, q.groundSpeedMps ) || !sameFloat( p.trackDegrees, q.trackDegrees ) ||
           !sameFloat( p.verticalRateMps, q.verticalRateMps ) || p.flags != q.flags )
        QFAIL( qPrintable( QStringLiteral( "track %1 point %2 differs" ).arg( t ).arg( i ) ) );
    }
    QCOMPARE( b.analyses()[t].legs.size(), a.analyses()[t].legs.size() );
    QCOMPARE( b.analyses()[t].gaps.size(), a.analyses()[t].gaps.size() );
  }
  const QVector<Airbase> &ax = a.airbases().airbases(), &bx = b.airbases().airbases();
  QCOMPARE( bx.size(), ax.size() );
  for ( int i = 0; i < ax.size(); ++i )
  {
    QCOMPARE( bx.at( i ).icao, ax.at( i ).icao );
    QCOMPARE( bx.at( i ).iata, ax.at( i ).iata );
    QCOMPARE( bx.at( i ).name, ax.at( i ).name );
    QCOMPARE( bx.at( i ).position.latitude, ax.at( i ).position.latitude );
    QCOMPARE( bx.at( i ).position.longitude, ax.at( i ).position.longitude );
    QCOMPARE( bx.at( i ).elevationMetres, ax.at( i ).elevationMetres );
    QCOMPARE( bx.at( i ).use, ax.at( i ).use );
    QCOMPARE( bx.at( i ).country, ax.at( i ).country );
  }
  QCOMPARE( b.events().size(), a.events().size() );
  for ( int i = 0; i < a.events().size(); ++i )
  {
    const Event &x = a.events().at( i ), &y = b.events().at( i );
    QCOMPARE( y.id, x.id );
    QCOMPARE( y.title, x.title );
    QCOMPARE( y.start, x.start );
    QCOMPARE( y.start.offsetFromUtc(), 0 );
    QCOMPARE( y.end.has_value(), x.end.has_value() );
    if ( x.end )
      QCOMPARE( *y.end, *x.end );
    QCOMPARE( y.precision, x.precision );
    QCOMPARE( y.kind, x.kind );
    QCOMPARE( y.place.name, x.place.name );
    QCOMPARE( y.place.airbaseIcao, x.place.airbaseIcao );
    QCOMPARE( y.place.position.has_value(), x.place.position.has_value() );
    if ( x.place.position )
    {
      QCOMPARE( y.place.position->latitude, x.place.position->latitude );
      QCOMPARE( y.place.position->longitude, x.place.position->longitude );
    }
    QCOMPARE( y.actors, x.actors );
    QCOMPARE( y.description, x.description );
    QCOMPARE( y.sources.size(), x.sources.size() );
    for ( int s = 0; s < x.sources.size(); ++s )
      QVERIFY( y.sources.at( s ) == x.sources.at( s ) );
  }
}

// Run SQL on a GeoPackage (to make the bad files the tests need).
using test::executeSql;
} // namespace

class TestProjectStore : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase()
    {
      QVERIFY( mFolder.isValid() );
      fillWorkspace( mWorkspace );
      mMeta.writtenBy = QStringLiteral( "Sortie test" );
      mMeta.workbench =
          QJsonObject{ { QStringLiteral( "current_time" ), QStringLiteral( "2024-07-09T07:30:00.000Z" ) },
                       { QStringLiteral( "filter" ), QStringLiteral( "Пхеньян 평양" ) },
                       { QStringLiteral( "extent" ), QJsonArray{ 1.5, -2.25, 3e6, 4e6 } } };
      mPath = mFolder.filePath( QStringLiteral( "round trip.sortie.gpkg" ) );
      const QString error = writeProject( mPath, mWorkspace, mMeta );
      QVERIFY2( error.isEmpty(), qPrintable( error ) );
    }

    void everyEntitySurvivesSaveAndReopen()
    {
      const ProjectReadResult read = readProject( mPath );
      QVERIFY2( read.ok(), qPrintable( read.message ) );
      QVERIFY2( read.warnings.isEmpty(), qPrintable( read.warnings.join( QLatin1Char( '\n' ) ) ) );
      Workspace reopened;
      reopened.setContent( read.content );
      compareWorkspaces( mWorkspace, reopened );
      QCOMPARE( read.meta.workbench, mMeta.workbench );
      QCOMPARE( read.meta.schemaVersion, kProjectSchemaVersion );
      QCOMPARE( read.meta.writtenBy, mMeta.writtenBy );
      QCOMPARE( read.meta.fileName, QStringLiteral( "round trip.sortie.gpkg" ) );
      QVERIFY( read.meta.savedUtc.isValid() );
    }

    void savingTwiceGivesTheSameContent()
    {
      const QString second = mFolder.filePath( QStringLiteral( "second.sortie.gpkg" ) );
      Workspace reopened;
      reopened.setContent( readProject( mPath ).content );
      QVERIFY( writeProject( second, reopened, mMeta ).isEmpty() );
      Workspace again;
      again.setContent( readProject( second ).content );
      compareWorkspaces( mWorkspace, again );
    }

    void renamedAndCopiedFilesOpen()
    {
      const QString renamed = mFolder.filePath( QStringLiteral( "renamed.sortie.gpkg" ) );
      QVERIFY( QFile::copy( mPath, mFolder.filePath( QStringLiteral( "to-rename.sortie.gpkg" ) ) ) );
      QVERIFY( QFile::rename( mFolder.filePath( QStringLiteral( "to-rename.sortie.gpkg" ) ), renamed ) );
      QTemporaryDir elsewhere;
      const QString copied = elsewhere.filePath( QStringLiteral( "copy.sortie.gpkg" ) );
      QVERIFY( QFile::copy( mPath, copied ) );
      for ( const QString &path : { renamed, copied } )
      {
        const ProjectReadResult read = readProject( path );
        QVERIFY2( read.ok(), qPrintable( read.message ) );
        Workspace reopened;
        reopened.setContent( read.content );
        compareWorkspaces( mWorkspace, reopened );
        QCOMPARE( read.meta.fileName, QStringLiteral( "round trip.sortie.gpkg" ) ); // what the app repairs
      }
    }

    void failedSaveLeavesTheOldFile()
    {
      const QString path = mFolder.filePath( QStringLiteral( "kept.sortie.gpkg" ) );
      QVERIFY( QFile::copy( mPath, path ) );
      const QByteArray before = readAll( path );
      Workspace empty;
      const QString error = writeProject( path, empty, mMeta,
                                          []( const QString &, QString *why )
                                          {
                                            *why = QStringLiteral( "the finisher refused" );
                                            return false;
                                          } );
      QVERIFY( error.contains( QLatin1String( "the finisher refused" ) ) );
      QCOMPARE( readAll( path ), before );
      const QStringList left =
          QDir( mFolder.path() )
              .entryList( { QStringLiteral( ".sortie-save-*" ) }, QDir::Dirs | QDir::Hidden );
      QVERIFY2( left.isEmpty(), qPrintable( left.join( QLatin1Char( ' ' ) ) ) );
    }

    void saveIntoAnUnwritableFolderFailsClearly()
    {
      QTemporaryDir locked;
      QString error;
      const QString path = QDir( locked.path() ).filePath( QStringLiteral( "x.sortie.gpkg" ) );
      {
        const test::ReadOnlyPath readOnly( locked.path() );
        QVERIFY2( readOnly.isReadOnly(), "cannot make a folder read-only here (as root: chattr +i)" );
        error = writeProject( path, mWorkspace, mMeta );
      }
      QVERIFY2( error.contains( QDir::toNativeSeparators( locked.path() ) ), qPrintable( error ) );
      QVERIFY( !QFile::exists( path ) );
    }

    void badFilesAreRefused_data()
    {
      QTest::addColumn<QString>( "name" );
      QTest::addColumn<int>( "expected" );
      QTest::addColumn<QString>( "mentions" );
      QTest::newRow( "missing" ) << QStringLiteral( "missing" )
                                 << static_cast<int>( ProjectOpenError::NotFound )
                                 << QStringLiteral( "no such file" );
      QTest::newRow( "empty" ) << QStringLiteral( "empty" )
                               << static_cast<int>( ProjectOpenError::NotGeoPackage )
                               << QStringLiteral( "not a GeoPackage" );
      QTest::newRow( "random bytes" )
          << QStringLiteral( "random" ) << static_cast<int>( ProjectOpenError::NotGeoPackage )
          << QStringLiteral( "not a GeoPackage" );
      QTest::newRow( "truncated" ) << QStringLiteral( "truncated" )
                                   << static_cast<int>( ProjectOpenError::Damaged ) << QStringLiteral( "" );
      QTest::newRow( "plain GeoPackage" )
          << QStringLiteral( "plain" ) << static_cast<int>( ProjectOpenError::NotSortieProject )
          << QStringLiteral( "not a Sortie project" );
      QTest::newRow( "newer schema" )
          << QStringLiteral( "newer" ) << static_cast<int>( ProjectOpenError::NewerSchema )
          << QStringLiteral( "newer Sortie" );
    }

    void badFilesAreRefused()
    {
      QFETCH( QString, name );
      QFETCH( int, expected );
      QFETCH( QString, mentions );
      const QString path = mFolder.filePath( name + QStringLiteral( ".sortie.gpkg" ) );
      const QByteArray good = readAll( mPath );
      if ( name == QLatin1String( "empty" ) )
        writeAll( path, QByteArray() );
      else if ( name == QLatin1String( "random" ) )
      {
        QByteArray bytes( 64 * 1024, '\0' );
        for ( int i = 0; i < bytes.size(); ++i )
          bytes[i] = static_cast<char>( ( i * 7919 + 13 ) % 251 );
        writeAll( path, bytes );
      }
      else if ( name == QLatin1String( "truncated" ) )
        writeAll( path, good.left( good.size() / 2 ) );
      else if ( name == QLatin1String( "plain" ) )
      {
        GDALDatasetH dataset = GDALCreate( GDALGetDriverByName( "GPKG" ), path.toUtf8().constData(), 0, 0, 0,
                                           GDT_Unknown, nullptr );
        QVERIFY( dataset );
        QVERIFY( GDALDatasetCreateLayer( dataset, "roads", nullptr, wkbLineString, nullptr ) );
        GDALClose( dataset );
      }
      else if ( name == QLatin1String( "newer" ) )
      {
        writeAll( path, good );
        executeSql( path, "UPDATE sortie_meta SET value = '99' WHERE key = 'schema_version'" );
      }
      const ProjectReadResult read = readProject( path );
      QCOMPARE( static_cast<int>( read.error ), expected );
      QVERIFY2( read.message.contains( QDir::toNativeSeparators( path ) ), qPrintable( read.message ) );
      QVERIFY2( read.message.contains( mentions ), qPrintable( read.message ) );
      QVERIFY( read.content.tracks.empty() && read.content.events.isEmpty() );
    }

    // A file of every earlier schema, as that Sortie wrote it, must keep opening: this is
    // where a migration proves itself. Schema 1 (Sortie 0.1): written by `sortie import`.
    void readsSchemaOneFile()
    {
      const ProjectReadResult read =
          readProject( QStringLiteral( SORTIE_TEST_DATA_DIR "/project/schema1.sortie.gpkg" ) );
      QVERIFY2( read.ok(), qPrintable( read.message ) );
      QVERIFY( read.warnings.isEmpty() );
      QCOMPARE( read.meta.schemaVersion, 1 );
      QCOMPARE( read.content.tracks.size(), std::size_t( 1 ) );
      QCOMPARE( read.content.airbases.size(), 10 );
      QCOMPARE( read.content.events.size(), 16 );
      Workspace workspace;
      workspace.setContent( read.content );
      const QVector<Leg> &legs = workspace.analyses().front().legs;
      QCOMPARE( legs.size(), 2 );
      QCOMPARE( workspace.airbases().airbases().at( legs.first().fromAirbase ).code(),
                QStringLiteral( "UHWW" ) );
      QCOMPARE( workspace.airbases().airbases().at( legs.first().toAirbase ).code(),
                QStringLiteral( "ZKPY" ) );
    }

    void badRowsAreSkippedAndTheRestLoads()
    {
      const QString path = mFolder.filePath( QStringLiteral( "bad rows.sortie.gpkg" ) );
      QVERIFY( QFile::copy( mPath, path ) );
      executeSql( path, "UPDATE events SET kind = 'parade' WHERE fid = 2" );
      executeSql( path, "UPDATE events SET start = NULL WHERE fid = 3" );
      const ProjectReadResult read = readProject( path );
      QVERIFY2( read.ok(), qPrintable( read.message ) );
      QCOMPARE( read.content.events.size(), mWorkspace.events().size() - 1 );
      QVERIFY2( read.warnings.size() == 2, qPrintable( read.warnings.join( QLatin1Char( 10 ) ) ) );
      QVERIFY2( read.warnings.at( 0 ).contains(
                    QLatin1String( "table events, row 2: unknown event kind \"parade\"" ) ),
                qPrintable( read.warnings.at( 0 ) ) );
      QVERIFY2( read.warnings.at( 1 ).contains( QLatin1String( "table events, row 3" ) ),
                qPrintable( read.warnings.at( 1 ) ) );
      QCOMPARE( read.content.tracks.size(), mWorkspace.tracks().size() );
    }

  private:
    static QByteArray readAll( const QString &path )
    {
      QFile file( path );
      return file.open( QIODevice::ReadOnly ) ? file.readAll() : QByteArray();
    }
    static void writeAll( const QString &path, const QByteArray &bytes )
    {
      QFile file( path );
      QVERIFY( file.open( QIODevice::WriteOnly | QIODevice::Truncate ) );
      file.write( bytes );
    }

    QTemporaryDir mFolder;
    Workspace mWorkspace;
    ProjectMeta mMeta;
    QString mPath;
};

QTEST_GUILESS_MAIN( TestProjectStore )
#include "test_projectstore.moc"
