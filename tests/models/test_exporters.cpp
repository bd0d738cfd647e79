// Sharing out: the KML opens in GDAL's LIBKML driver with its times, the GeoJSON is made
// of valid MF-JSON trajectories, and what Sortie exports Sortie reads back unchanged.
#include "models/io/export/exporters.h"
#include "models/io/gdalsupport.h"
#include "models/workspace/workspace.h"
#include "tests/support/samplefiles.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
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
QDateTime utc( int y, int mo, int d, int h = 0, int mi = 0 )
{
  return QDateTime( QDate( y, mo, d ), QTime( h, mi ), QTimeZone::utc() );
}

QByteArray readAll( const QString &path )
{
  QFile file( path );
  return file.open( QIODevice::ReadOnly ) ? file.readAll() : QByteArray();
}

// OGR's time fields as UTC milliseconds (LIBKML gives begin, end and timestamp).
std::optional<qint64> fieldMs( OGRFeatureH feature, const char *name )
{
  const int index = OGR_F_GetFieldIndex( feature, name );
  if ( index < 0 || !OGR_F_IsFieldSetAndNotNull( feature, index ) )
    return std::nullopt;
  int y = 0, mo = 0, d = 0, h = 0, mi = 0, zone = 0;
  float s = 0;
  OGR_F_GetFieldAsDateTimeEx( feature, index, &y, &mo, &d, &h, &mi, &s, &zone );
  return QDateTime( QDate( y, mo, d ), QTime( h, mi ), QTimeZone::utc() ).toMSecsSinceEpoch() +
         std::llround( s * 1000 );
}
} // namespace

class TestExporters : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase()
    {
      QVERIFY( mFolder.isValid() );
      mWorkspace.importFiles( sampleFiles() );
      QCOMPARE( mWorkspace.sourceTracks().size(), std::size_t( 9 ) );
      // What the sample lacks: Korean text, a month with an end, CSV's special characters.
      Event event;
      event.id = QStringLiteral( "2023-08-delegation" );
      event.title = QStringLiteral( "조선 대표단, \"Визит\"" );
      event.start = utc( 2023, 8, 1 );
      event.end = utc( 2023, 10, 1 );
      event.precision = DatePrecision::Month;
      event.kind = EventKind::DelegationVisit;
      event.place.name = QStringLiteral( "Москва" );
      event.place.position = GeoPoint{ 55.7558, 37.6173 };
      event.actors = QStringList{ QStringLiteral( "리병철" ), QStringLiteral( "Шойгу" ) };
      event.description = QStringLiteral( "two lines,\nwith a comma" );
      SourceCitation source;
      source.outlet = QStringLiteral( "NK News" );
      source.title = QStringLiteral( "A, B" );
      source.date = QDate( 2023, 8, 30 );
      source.url = QStringLiteral( "https://example.org/a?b=1&c=2" );
      source.supports = QStringLiteral( "the month" );
      event.sources = { source, source };
      event.sources[1].outlet = QStringLiteral( "Коммерсантъ" );
      mWorkspace.insertEvent( event, -1 );
    }

    void kmlOpensInLibkmlWithItsTimes()
    {
      const QString path = mFolder.filePath( QStringLiteral( "export.kml" ) );
      QVERIFY2( exporters::exportTo( mWorkspace, path ).isEmpty(), "written" );

      // Google Earth's order inside each gx:Track: every <when> before the first <gx:coord>.
      const QString text = QString::fromUtf8( readAll( path ) );
      const QRegularExpression trackElement( QStringLiteral( "<gx:Track>(.*?)</gx:Track>" ),
                                             QRegularExpression::DotMatchesEverythingOption );
      int tracks = 0;
      for ( auto it = trackElement.globalMatch( text ); it.hasNext(); ++tracks )
      {
        const QString body = it.next().captured( 1 );
        QVERIFY( body.lastIndexOf( QLatin1String( "<when>" ) ) <
                 body.indexOf( QLatin1String( "<gx:coord>" ) ) );
        QCOMPARE( body.count( QLatin1String( "<when>" ) ), body.count( QLatin1String( "<gx:coord>" ) ) );
      }
      QCOMPARE( tracks, 9 );

      gdalsupport::ensureDriversRegistered();
      const char *const drivers[] = { "LIBKML", nullptr };
      GDALDatasetH dataset = GDALOpenEx( path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                         drivers, nullptr, nullptr );
      QVERIFY2( dataset, "LIBKML opens it" );
      OGRLayerH trackLayer = GDALDatasetGetLayerByName( dataset, "Tracks" );
      OGRLayerH eventLayer = GDALDatasetGetLayerByName( dataset, "Events" );
      QVERIFY( trackLayer && eventLayer );
      QCOMPARE( OGR_L_GetFeatureCount( trackLayer, TRUE ), 9LL );
      OGR_L_ResetReading( trackLayer );
      std::size_t t = 0;
      while ( OGRFeatureH feature = OGR_L_GetNextFeature( trackLayer ) )
      {
        const Track &track = mWorkspace.sourceTracks()[t++];
        OGRGeometryH geometry = OGR_F_GetGeometryRef( feature );
        QVERIFY( geometry );
        QCOMPARE( OGR_G_GetPointCount( geometry ), track.size() );
        QCOMPARE( fieldMs( feature, "begin" ), std::optional<qint64>( track.timeMs( 0 ) ) );
        QCOMPARE( fieldMs( feature, "end" ), std::optional<qint64>( track.timeMs( track.size() - 1 ) ) );
        QCOMPARE(
            QString::fromUtf8( OGR_F_GetFieldAsString( feature, OGR_F_GetFieldIndex( feature, "name" ) ) ),
            track.identity.label() );
        OGR_F_Destroy( feature );
      }

      int located = 0;
      for ( const Event &event : mWorkspace.events() )
        located +=
            event.place.position || mWorkspace.airbases().findByIcao( event.place.airbaseIcao ) >= 0 ? 1 : 0;
      QCOMPARE( OGR_L_GetFeatureCount( eventLayer, TRUE ), static_cast<GIntBig>( located ) );
      OGR_L_ResetReading( eventLayer );
      int timed = 0;
      while ( OGRFeatureH feature = OGR_L_GetNextFeature( eventLayer ) )
      {
        const QString name =
            QString::fromUtf8( OGR_F_GetFieldAsString( feature, OGR_F_GetFieldIndex( feature, "name" ) ) );
        for ( const Event &event : mWorkspace.events() )
        {
          if ( event.title != name )
            continue;
          const auto [from, until] = event.interval();
          if ( until > from )
          {
            QCOMPARE( fieldMs( feature, "begin" ), std::optional<qint64>( from.toMSecsSinceEpoch() ) );
            QCOMPARE( fieldMs( feature, "end" ), std::optional<qint64>( until.toMSecsSinceEpoch() ) );
          }
          else
            QCOMPARE( fieldMs( feature, "timestamp" ), std::optional<qint64>( from.toMSecsSinceEpoch() ) );
          ++timed;
        }
        OGR_F_Destroy( feature );
      }
      QCOMPARE( timed, located );
      GDALClose( dataset );
    }

    void geoJsonIsMfJsonTrajectories()
    {
      const QString path = mFolder.filePath( QStringLiteral( "export.geojson" ) );
      QVERIFY( exporters::exportTo( mWorkspace, path ).isEmpty() );
      QJsonParseError error;
      const QJsonObject root = QJsonDocument::fromJson( readAll( path ), &error ).object();
      QCOMPARE( error.error, QJsonParseError::NoError );
      QCOMPARE( root.value( QStringLiteral( "type" ) ).toString(), QStringLiteral( "FeatureCollection" ) );
      const QJsonArray features = root.value( QStringLiteral( "features" ) ).toArray();
      QCOMPARE( features.size(), 9 );
      // OGC MF-JSON, Trajectory: a Feature whose LineString positions pair by index with
      // properties.datetimes, ISO 8601 instants in time order.
      for ( const QJsonValue &value : features )
      {
        const QJsonObject feature = value.toObject();
        QCOMPARE( feature.value( QStringLiteral( "type" ) ).toString(), QStringLiteral( "Feature" ) );
        const QJsonObject geometry = feature.value( QStringLiteral( "geometry" ) ).toObject();
        QCOMPARE( geometry.value( QStringLiteral( "type" ) ).toString(), QStringLiteral( "LineString" ) );
        const QJsonArray coordinates = geometry.value( QStringLiteral( "coordinates" ) ).toArray();
        const QJsonArray datetimes = feature.value( QStringLiteral( "properties" ) )
                                         .toObject()
                                         .value( QStringLiteral( "datetimes" ) )
                                         .toArray();
        QVERIFY( coordinates.size() >= 2 );
        QCOMPARE( datetimes.size(), coordinates.size() );
        QDateTime previous;
        for ( int i = 0; i < coordinates.size(); ++i )
        {
          const QJsonArray position = coordinates.at( i ).toArray();
          QVERIFY( position.size() == 2 || position.size() == 3 );
          QVERIFY( std::abs( position.at( 0 ).toDouble( 999 ) ) <= 180 &&
                   std::abs( position.at( 1 ).toDouble( 999 ) ) <= 90 );
          const QDateTime time = QDateTime::fromString( datetimes.at( i ).toString(), Qt::ISODateWithMs );
          QVERIFY( time.isValid() && time.offsetFromUtc() == 0 &&
                   datetimes.at( i ).toString().endsWith( QLatin1Char( 'Z' ) ) );
          QVERIFY( !previous.isValid() || previous <= time );
          previous = time;
        }
      }

      // And Sortie reads it back as the same tracks.
      const ImportResult back = ImporterRegistry::standard().importFile( path );
      QVERIFY( !back.failed );
      QCOMPARE( back.tracks.size(), mWorkspace.sourceTracks().size() );
      for ( std::size_t t = 0; t < back.tracks.size(); ++t )
      {
        const Track &a = mWorkspace.sourceTracks()[t];
        const Track &b = back.tracks[t];
        QCOMPARE( b.size(), a.size() );
        QCOMPARE( b.identity.label(), a.identity.label() );
        for ( int i = 0; i < a.size(); ++i )
        {
          QCOMPARE( b.timeMs( i ), a.timeMs( i ) );
          QVERIFY( std::abs( b.position( i ).latitude - a.position( i ).latitude ) < 1.5e-7 );
          QVERIFY( std::abs( b.position( i ).longitude - a.position( i ).longitude ) < 1.5e-7 );
        }
      }
    }

    void eventsCsvReadsBackUnchanged()
    {
      const QString path = mFolder.filePath( QStringLiteral( "events.csv" ) );
      QVERIFY( exporters::exportTo( mWorkspace, path ).isEmpty() );
      const ImportResult back = ImporterRegistry::standard().importFile( path );
      QVERIFY( !back.failed );
      QVERIFY2( back.warnings.isEmpty(),
                qPrintable( back.warnings.isEmpty() ? QString() : back.warnings.first().toString() ) );
      QCOMPARE( back.events.size(), mWorkspace.events().size() );
      for ( int i = 0; i < back.events.size(); ++i )
      {
        const Event &a = mWorkspace.events().at( i );
        const Event &b = back.events.at( i );
        QCOMPARE( b.id, a.id );
        QCOMPARE( b.title, a.title );
        QCOMPARE( b.start, a.start );
        QCOMPARE( b.end.has_value(), a.end.has_value() );
        if ( a.end )
          QCOMPARE( *b.end, *a.end );
        QCOMPARE( b.precision, a.precision );
        QCOMPARE( b.kind, a.kind );
        QCOMPARE( b.place.name, a.place.name );
        QCOMPARE( b.place.airbaseIcao, a.place.airbaseIcao );
        QCOMPARE( b.place.position.has_value(), a.place.position.has_value() );
        QCOMPARE( b.actors, a.actors );
        QCOMPARE( b.description, a.description );
        QCOMPARE( b.sources.size(), a.sources.size() );
        for ( int s = 0; s < a.sources.size(); ++s )
          QVERIFY( b.sources.at( s ) == a.sources.at( s ) );
      }
    }

    void unknownSuffixIsRefused()
    {
      const QString error = exporters::exportTo( mWorkspace, mFolder.filePath( QStringLiteral( "x.shp" ) ) );
      QVERIFY( error.contains( QLatin1String( ".kml, .geojson and .csv" ) ) );
    }

  private:
    QTemporaryDir mFolder;
    Workspace mWorkspace;
};

QTEST_GUILESS_MAIN( TestExporters )
#include "test_exporters.moc"
