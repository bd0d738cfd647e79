// The worldwide airports file at three scales (issue 14 point 3): 80,000 fields in
// OurAirports' shape (tests/support/worldairports.h) drawn through Sortie's own map path
// (mapimage::render, as `sortie render` and the canvas draw it) at world, region and
// airfield scale. Each image matches its reference (QGIS's render checker, with tolerance);
// no two labels QGIS placed overlap; what is labelled depends on the scale (no small field at
// world scale, small fields at an airfield's); a field an event names is labelled even at
// world scale, small as it is.
// The reference images were looked at when made (tests/app/reference/airports_*.png).
#include "app/layout/briefing.h"
#include "app/map/dataview.h"
#include "app/map/mapimage.h"
#include "app/map/workspacelayers.h"
#include "app/sortieapplication.h"
#include "imagecheck.h"
#include "models/workspace/workspace.h"
#include "tests/support/worldairports.h"

#include <qgscoordinatetransform.h>
#include <qgslabelingresults.h>
#include <qgsmapsettings.h>

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace sortie;

class TestWorldAirports : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase()
    {
      QVERIFY( mFolder.isValid() );
      const QString airports = mFolder.filePath( QStringLiteral( "airports.csv" ) );
      QFile file( airports );
      QVERIFY( file.open( QIODevice::WriteOnly ) );
      file.write( test::worldAirportsCsv( SortieApplication::basemapPath() ) );
      file.close();
      const ImportSummary summary = mWorkspace.importFiles( { airports } );
      QCOMPARE( mWorkspace.airbases().airbases().size(), 80000 );
      // A summit at a small field (the first small one): named by the data, so always shown.
      for ( int i = 0; i < mWorkspace.airbases().airbases().size(); ++i )
      {
        const Airbase &airbase = mWorkspace.airbases().airbases().at( i );
        if ( airbase.kind == AirbaseKind::Small && airbase.position.latitude > 20 &&
             airbase.position.latitude < 60 )
        {
          mNamedField = airbase.icao;
          break;
        }
      }
      const QString events = mFolder.filePath( QStringLiteral( "events.csv" ) );
      QFile eventsFile( events );
      QVERIFY( eventsFile.open( QIODevice::WriteOnly ) );
      eventsFile.write( "id,title,start,kind,airbase\nv1,A visit,2024-03-01,summit," + mNamedField.toUtf8() +
                        "\n" );
      eventsFile.close();
      mWorkspace.importFiles( { events } );
      QCOMPARE( mWorkspace.events().size(), 1 );
      mScene = std::make_unique<briefing::Scene>( mWorkspace, SortieApplication::basemapPath() );
    }

    void cleanupTestCase() { mScene.reset(); }

    void threeScales_data()
    {
      QTest::addColumn<QString>( "name" );
      QTest::addColumn<QSize>( "size" );
      QTest::addColumn<double>( "west" );
      QTest::addColumn<double>( "south" );
      QTest::addColumn<double>( "east" );
      QTest::addColumn<double>( "north" );
      QTest::addColumn<QStringList>( "kindsLabelled" ); // at least one label of each
      QTest::addColumn<QStringList>( "kindsNeverLabelled" );
      const QStringList all{ QStringLiteral( "large_airport" ), QStringLiteral( "medium_airport" ),
                             QStringLiteral( "small_airport" ), QStringLiteral( "heliport" ),
                             QStringLiteral( "closed" ) };
      QTest::newRow( "world" ) << QStringLiteral( "airports_world" ) << QSize( 1200, 620 ) << -180.0 << -90.0
                               << 180.0 << 90.0 << QStringList{ QStringLiteral( "large_airport" ) }
                               << QStringList{ QStringLiteral( "medium_airport" ),
                                               QStringLiteral( "heliport" ), QStringLiteral( "closed" ) };
      QTest::newRow( "region" ) << QStringLiteral( "airports_region" ) << QSize( 1000, 760 ) << 0.0 << 44.0
                                << 16.0 << 54.0
                                << QStringList{ QStringLiteral( "large_airport" ),
                                                QStringLiteral( "medium_airport" ) }
                                << QStringList{ QStringLiteral( "heliport" ), QStringLiteral( "closed" ) };
      QTest::newRow( "airfield" ) << QStringLiteral( "airports_airfield" ) << QSize( 900, 700 ) << 0.0 << 0.0
                                  << 0.0 << 0.0 << QStringList{ QStringLiteral( "small_airport" ) }
                                  << QStringList{ QStringLiteral( "closed" ) };
    }

    void threeScales()
    {
      QFETCH( QString, name );
      QFETCH( QSize, size );
      QFETCH( double, west );
      QFETCH( double, south );
      QFETCH( double, east );
      QFETCH( double, north );
      QFETCH( QStringList, kindsLabelled );
      QFETCH( QStringList, kindsNeverLabelled );

      mapimage::Options options;
      options.size = size;
      GeoBounds bounds{ west, south, east, north, true };
      if ( name == QLatin1String( "airports_airfield" ) )
      {
        // Around the first large airport that has small fields within 15 km.
        const QVector<Airbase> &airbases = mWorkspace.airbases().airbases();
        for ( const Airbase &airbase : airbases )
        {
          if ( airbase.kind != AirbaseKind::Large )
            continue;
          const GeoPoint at = airbase.position;
          bounds = GeoBounds{ at.longitude - 0.2, at.latitude - 0.12, at.longitude + 0.2, at.latitude + 0.12,
                              true };
          break;
        }
      }
      options.crs =
          name == QLatin1String( "airports_world" ) ? dataview::worldCrs() : dataview::crsFor( bounds );
      // The box itself (extentIn() keeps at least 300 km around a single place).
      options.extent =
          QgsCoordinateTransform( QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:4326" ) ), options.crs,
                                  QgsCoordinateTransformContext() )
              .transformBoundingBox( QgsRectangle( bounds.west, bounds.south, bounds.east, bounds.north ) );
      QVERIFY( !options.extent.isEmpty() );
      QgsMapSettings settings;
      settings.setDestinationCrs( options.crs );
      settings.setOutputSize( size );
      settings.setOutputDpi( 96 );
      settings.setExtent( options.extent );
      const double scale = settings.scale();

      std::unique_ptr<QgsLabelingResults> labels;
      const QImage image = mapimage::render( mScene->project(), mScene->layers(), options, &labels );
      QVERIFY( labels );

      // Every placed label, and what it labels.
      QgsVectorLayer *airbases = mScene->layers().airbasesLayer();
      QList<QgsLabelPosition> placed;
      QSet<QString> kinds;
      bool namedFieldLabelled = false;
      for ( const QgsLabelPosition &label : labels->allLabels() )
      {
        if ( label.isUnplaced )
          continue;
        placed << label;
        if ( label.layerID != airbases->id() )
          continue;
        const QgsFeature feature = airbases->getFeature( label.featureId );
        kinds.insert( feature.attribute( QStringLiteral( "kind" ) ).toString() );
        namedFieldLabelled =
            namedFieldLabelled || feature.attribute( QStringLiteral( "icao" ) ).toString() == mNamedField;
      }
      const QString seen = QStringLiteral( "1:%1, %2 labels of %3" )
                               .arg( std::round( scale ) )
                               .arg( placed.size() )
                               .arg( QStringList( kinds.values() ).join( QLatin1Char( ',' ) ) );
      qDebug().noquote() << name << seen;
      QVERIFY2( placed.size() >= 8, qPrintable( seen ) );
      for ( const QString &kind : kindsLabelled )
        QVERIFY2( kinds.contains( kind ), qPrintable( kind + QStringLiteral( " not labelled: " ) + seen ) );
      for ( const QString &kind : kindsNeverLabelled )
        QVERIFY2( !kinds.contains( kind ), qPrintable( kind + QStringLiteral( " labelled: " ) + seen ) );
      if ( name == QLatin1String( "airports_world" ) )
        QVERIFY2(
            namedFieldLabelled,
            qPrintable( mNamedField + QStringLiteral( " (named by an event) not labelled: " ) + seen ) );

      // No two labels overlap (a hair of slack: QGIS lets their buffers touch).
      for ( int i = 0; i < placed.size(); ++i )
      {
        for ( int j = i + 1; j < placed.size(); ++j )
        {
          const QgsRectangle overlap = placed.at( i ).labelRect.intersect( placed.at( j ).labelRect );
          const double smaller = std::min( placed.at( i ).labelRect.area(), placed.at( j ).labelRect.area() );
          QVERIFY2( overlap.isEmpty() || overlap.area() < 0.02 * smaller,
                    qPrintable( QStringLiteral( "labels \"%1\" and \"%2\" overlap (%3)" )
                                    .arg( placed.at( i ).labelText, placed.at( j ).labelText, seen ) ) );
        }
      }

      QString message;
      QVERIFY2( test::matchesReference( name, image, 24, 0.002, &message ), qPrintable( message ) );
    }

  private:
    QTemporaryDir mFolder;
    Workspace mWorkspace;
    QString mNamedField;
    std::unique_ptr<briefing::Scene> mScene;
};

int main( int argc, char *argv[] )
{
  if ( qEnvironmentVariableIsEmpty( "QT_QPA_PLATFORM" ) )
    qputenv( "QT_QPA_PLATFORM", "offscreen" );
  SortieApplication::setIdentity();
  SortieApplication app( argc, argv );
  TestWorldAirports test;
  return QTest::qExec( &test, argc, argv );
}

#include "test_worldairports.moc"
