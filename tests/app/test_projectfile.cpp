// The QGIS project embedded in a project file, read as stock QGIS reads it
// (QgsProject::read on the GeoPackage storage URI): every layer valid, the data layers
// time-enabled, and still so after the file is renamed and opened by Sortie once.
#include "app/project/embeddedproject.h"
#include "app/sortieapplication.h"
#include "models/project/projectstore.h"
#include "models/workspace/workspace.h"
#include "tests/support/samplefiles.h"

#include <qgsmaplayertemporalproperties.h>
#include <qgsproject.h>
#include <qgsprojecttimesettings.h>
#include <qgsvectorlayer.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace sortie;
using sortie::test::sampleFiles;

namespace
{
struct Opened
{
    bool read = false;
    QStringList invalid;
    QStringList timeEnabled;
    QMap<QString, long long> features;
    QString basemapSource;
};

// What stock QGIS sees: the project read from the file, each layer checked.
Opened openAsQgisWould( const QString &gpkgPath )
{
  Opened opened;
  QgsProject project;
  opened.read = project.read( embeddedproject::projectUri( gpkgPath ) );
  for ( QgsMapLayer *layer : project.mapLayers() )
  {
    if ( !layer->isValid() )
      opened.invalid.append( layer->name() );
    if ( layer->temporalProperties() && layer->temporalProperties()->isActive() )
      opened.timeEnabled.append( layer->name() );
    if ( auto *vector = qobject_cast<QgsVectorLayer *>( layer ) )
      opened.features.insert( layer->name(), vector->featureCount() );
    if ( layer->name() == QLatin1String( "Countries" ) ||
         layer->source().contains( QLatin1String( "world_map" ) ) )
      opened.basemapSource = layer->source();
  }
  opened.timeEnabled.sort();
  project.clear();
  return opened;
}

QString writeSample( const QString &path )
{
  Workspace workspace;
  workspace.importFiles( sampleFiles() );
  ProjectMeta meta;
  meta.writtenBy = QStringLiteral( "test" );
  embeddedproject::View view;
  view.title = QStringLiteral( "Sample" );
  view.from = QDateTime( QDate( 2023, 7, 1 ), QTime( 0, 0 ), QTimeZone::utc() );
  view.to = QDateTime( QDate( 2024, 10, 1 ), QTime( 0, 0 ), QTimeZone::utc() );
  return writeProject( path, workspace, meta,
                       [&view]( const QString &temporary, QString *error )
                       { return embeddedproject::write( temporary, view, error ); } );
}
} // namespace

class TestProjectFile : public QObject
{
    Q_OBJECT

  private slots:
    void stockQgisOpensEveryLayerTimeEnabled()
    {
      QTemporaryDir folder;
      const QString path = folder.filePath( QStringLiteral( "sample.sortie.gpkg" ) );
      const QString error = writeSample( path );
      QVERIFY2( error.isEmpty(), qPrintable( error ) );
      const Opened opened = openAsQgisWould( path );
      QVERIFY( opened.read );
      QVERIFY2( opened.invalid.isEmpty(), qPrintable( opened.invalid.join( QStringLiteral( ", " ) ) ) );
      QCOMPARE( opened.features.size(), 7 ); // six tables and the basemap
      QCOMPARE( opened.timeEnabled,
                ( QStringList{ QStringLiteral( "Events" ), QStringLiteral( "Gaps in flight" ),
                               QStringLiteral( "Ground stops" ), QStringLiteral( "Legs" ),
                               QStringLiteral( "Positions" ) } ) );
      QCOMPARE( opened.features.value( QStringLiteral( "Events" ) ), 16LL );
      QCOMPARE( opened.features.value( QStringLiteral( "Airbases" ) ), 10LL );
      QVERIFY( opened.features.value( QStringLiteral( "Positions" ) ) > 1000 );
      QVERIFY( opened.features.value( QStringLiteral( "Legs" ) ) >= 9 );
      // Every gap is in the table (3 in the sample); the style draws the one in flight.
      QCOMPARE( opened.features.value( QStringLiteral( "Gaps in flight" ) ), 3LL );
      QVERIFY2( opened.basemapSource.contains( QLatin1String( "world_map.gpkg" ) ),
                qPrintable( opened.basemapSource ) );

      // Stored relative to the file, and the basemap as QGIS's own data: nothing absolute.
      QgsProject raw;
      QVERIFY( raw.read( embeddedproject::projectUri( path ) ) );
      QCOMPARE( raw.timeSettings()->temporalRange().begin().date(), QDate( 2023, 7, 1 ) );
      raw.clear();
    }

    void renamedFileIsRepairedOnOpen()
    {
      QTemporaryDir folder;
      const QString original = folder.filePath( QStringLiteral( "before.sortie.gpkg" ) );
      QVERIFY( writeSample( original ).isEmpty() );
      QTemporaryDir elsewhere;
      const QString renamed =
          QDir( elsewhere.path() ).filePath( QStringLiteral( "after rename.sortie.gpkg" ) );
      QVERIFY( QFile::rename( original, renamed ) ||
               ( QFile::copy( original, renamed ) && QFile::remove( original ) ) );

      // QGIS's own limitation: the layers still point at the old name.
      const Opened stale = openAsQgisWould( renamed );
      QVERIFY( !stale.invalid.isEmpty() );

      // What Sortie does when it opens a renamed file.
      const ProjectReadResult read = readProject( renamed );
      QVERIFY( read.ok() );
      QCOMPARE( read.meta.fileName, QStringLiteral( "before.sortie.gpkg" ) );
      QString error;
      QVERIFY2( embeddedproject::write( renamed, embeddedproject::View(), &error ), qPrintable( error ) );
      QVERIFY( recordProjectFileName( renamed ).isEmpty() );
      QCOMPARE( readProject( renamed ).meta.fileName, QStringLiteral( "after rename.sortie.gpkg" ) );

      const Opened repaired = openAsQgisWould( renamed );
      QVERIFY( repaired.read );
      QVERIFY2( repaired.invalid.isEmpty(), qPrintable( repaired.invalid.join( QStringLiteral( ", " ) ) ) );
      QCOMPARE( repaired.features.value( QStringLiteral( "Events" ) ), 16LL );
    }

    void copiedUnderTheSameNameOpensAsIs()
    {
      QTemporaryDir folder;
      const QString original = folder.filePath( QStringLiteral( "shared.sortie.gpkg" ) );
      QVERIFY( writeSample( original ).isEmpty() );
      QTemporaryDir colleague;
      const QString copy = QDir( colleague.path() ).filePath( QStringLiteral( "shared.sortie.gpkg" ) );
      QVERIFY( QFile::copy( original, copy ) );
      QVERIFY( QFile::remove( original ) );
      const Opened opened = openAsQgisWould( copy );
      QVERIFY( opened.read );
      QVERIFY2( opened.invalid.isEmpty(), qPrintable( opened.invalid.join( QStringLiteral( ", " ) ) ) );
    }
};

int main( int argc, char *argv[] )
{
  if ( qEnvironmentVariableIsEmpty( "QT_QPA_PLATFORM" ) )
    qputenv( "QT_QPA_PLATFORM", "offscreen" );
  SortieApplication::setIdentity();
  SortieApplication app( argc, argv );
  TestProjectFile test;
  return QTest::qExec( &test, argc, argv );
}

#include "test_projectfile.moc"
