// The QGIS project embedded in a project file, read as stock QGIS reads it
// (QgsProject::read on the GeoPackage storage URI): every layer valid, the data layers
// time-enabled, and still so after the file is renamed and opened by Sortie once.
#include "app/project/embeddedinspection.h"
#include "app/project/embeddedproject.h"
#include "app/project/projectio.h"
#include "app/sortieapplication.h"
#include "models/project/displaysnapshot.h"
#include "models/project/projectstore.h"
#include "models/workspace/workspace.h"
#include "tests/support/executesql.h"
#include "tests/support/samplefiles.h"

#include <qgsmaplayertemporalproperties.h>
#include <qgsproject.h>
#include <qgsprojecttimesettings.h>
#include <qgsvectorlayer.h>
#include <qgsziputils.h>

#include <QDir>
#include <QFile>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <unistd.h> // link(): a hard link, a second name for the same bytes

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
    QStringList sources; //!< Every layer's source, as QGIS resolved it.
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
    opened.sources.append( layer->source() );
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
  meta.qgisLayers = embeddedproject::layersKind();
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

    void copyUnderAnotherNameReadsItsOwnData()
    {
      QTemporaryDir folder;
      const QString original = folder.filePath( QStringLiteral( "case.sortie.gpkg" ) );
      QVERIFY( writeSample( original ).isEmpty() );
      // Beside the original (where a layer naming the original would read it) and elsewhere.
      const QString beside = folder.filePath( QStringLiteral( "case for Kim.sortie.gpkg" ) );
      QTemporaryDir elsewhere;
      const QString away = QDir( elsewhere.path() ).filePath( QStringLiteral( "Шойгу 평양.sortie.gpkg" ) );
      QVERIFY( QFile::copy( original, beside ) );
      QVERIFY( QFile::copy( original, away ) );

      // The original becomes another case with no events, then goes away.
      QVERIFY( QFile::remove( original ) );
      Workspace other;
      const QString saved =
          projectio::save( original, other.source(), ProjectMeta(), embeddedproject::View() );
      QVERIFY2( saved.isEmpty(), qPrintable( saved ) );
      QCOMPARE( openAsQgisWould( original ).features.value( QStringLiteral( "Events" ) ), 0LL );
      for ( const bool originalDeleted : { false, true } )
      {
        if ( originalDeleted )
          QVERIFY( QFile::remove( original ) );
        for ( const QString &copy : { beside, away } )
        {
          const Opened opened = openAsQgisWould( copy );
          QVERIFY( opened.read );
          QVERIFY2( opened.invalid.isEmpty(), qPrintable( opened.invalid.join( QStringLiteral( ", " ) ) ) );
          QCOMPARE( opened.features.value( QStringLiteral( "Events" ) ), 16LL );
          QCOMPARE( opened.features.value( QStringLiteral( "Airbases" ) ), 10LL );
          for ( const QString &source : opened.sources )
            QVERIFY2( !source.contains( QLatin1String( "case.sortie.gpkg" ) ), qPrintable( source ) );
        }
      }
      QCOMPARE( readProject( away ).meta.qgisLayers, embeddedproject::layersKind() );
    }

    void olderFileIsRepairedOnOpen()
    {
      // A file of Sortie 0.1 whose QGIS project names "schema1.sortie.gpkg", and a copy of it
      // under another name beside it: stock QGIS reads the original's data for the copy.
      QTemporaryDir folder;
      const QString original = folder.filePath( QStringLiteral( "schema1.sortie.gpkg" ) );
      const QString copy = folder.filePath( QStringLiteral( "copy.sortie.gpkg" ) );
      QVERIFY(
          QFile::copy( QStringLiteral( SORTIE_TEST_DATA_DIR "/project/schema1.sortie.gpkg" ), original ) );
      QVERIFY( QFile::copy( original, copy ) );
      QFile::setPermissions( copy, QFile::ReadOwner | QFile::WriteOwner );
      const Opened stale = openAsQgisWould( copy );
      QVERIFY( std::any_of( stale.sources.cbegin(), stale.sources.cend(),
                            []( const QString &source )
                            { return source.contains( QLatin1String( "schema1" ) ); } ) );

      // Opening it in Sortie gives it a QGIS project of its own; the data are unchanged.
      const int eventsBefore = readProject( copy ).content.events.size();
      const ProjectReadResult read = projectio::open( copy, true );
      QVERIFY2( read.ok(), qPrintable( read.message ) );
      QVERIFY2( read.warnings.isEmpty(), qPrintable( read.warnings.join( QLatin1Char( '\n' ) ) ) );
      QCOMPARE( read.content.events.size(), eventsBefore );
      QCOMPARE( readProject( copy ).meta.qgisLayers, embeddedproject::layersKind() );
      QVERIFY( QFile::remove( original ) );
      const Opened repaired = openAsQgisWould( copy );
      QVERIFY( repaired.read );
      QVERIFY2( repaired.invalid.isEmpty(), qPrintable( repaired.invalid.join( QStringLiteral( ", " ) ) ) );
      QCOMPARE( repaired.features.value( QStringLiteral( "Events" ) ), static_cast<qint64>( eventsBefore ) );
      for ( const QString &source : repaired.sources )
        QVERIFY2( !source.contains( QLatin1String( "schema1" ) ), qPrintable( source ) );
    }

    // A file that tries to do harm (issue 13, point 5): triggers on the tables an in-place
    // update would touch, a view under a Sortie table's name, a view of its own. Opening it
    // (with the repair of an old file, the path that used to write into it) runs none of it,
    // leaves the original bytes as they were, says what it ignored, and the file it writes
    // has none of it.
    void hostileSqlInAFileRunsNothing()
    {
      QTemporaryDir folder;
      const QString path = folder.filePath( QStringLiteral( "hostile.sortie.gpkg" ) );
      QVERIFY( writeSample( path ).isEmpty() );
      for ( const char *sql :
            { "DELETE FROM sortie_meta WHERE key = 'qgis_layers'", // as an older Sortie wrote it
              "CREATE TABLE pwned (what TEXT)",
              "CREATE TRIGGER evil_meta_update AFTER UPDATE ON sortie_meta BEGIN INSERT INTO pwned "
              "VALUES ('meta updated'); END",
              "CREATE TRIGGER evil_meta_insert AFTER INSERT ON sortie_meta BEGIN INSERT INTO pwned "
              "VALUES ('meta inserted'); END",
              "CREATE TRIGGER evil_qgis AFTER INSERT ON qgis_projects BEGIN INSERT INTO pwned "
              "VALUES ('project written'); END",
              "CREATE TRIGGER evil_qgis_update AFTER UPDATE ON qgis_projects BEGIN INSERT INTO pwned "
              "VALUES ('project updated'); END",
              "ALTER TABLE annotations RENAME TO annotations_data",
              "CREATE VIEW annotations AS SELECT * FROM annotations_data",
              "CREATE VIEW evil_view AS SELECT * FROM events" } )
        test::executeSql( path, sql );
      // A second name for the original file (a hard link): a rewrite renames a new file over
      // the path, and what happened to the old one stays visible under this name.
      const QString original = folder.filePath( QStringLiteral( "original bytes.gpkg" ) );
      QVERIFY( ::link( QFile::encodeName( path ).constData(), QFile::encodeName( original ).constData() ) ==
               0 );
      QFile before( original );
      QVERIFY( before.open( QIODevice::ReadOnly ) );
      const QByteArray bytesBefore = before.readAll();
      before.close();

      const ProjectReadResult read = projectio::open( path, true );
      QVERIFY2( read.ok(), qPrintable( read.message ) );
      const QString warnings = read.warnings.join( QLatin1Char( '\n' ) );
      // The view under the annotations table's name is not read (GDAL does not even list it as
      // that layer here; sqliteschema::isTable() refuses it where it does).
      for ( const char *named : { "evil_meta_update", "evil_meta_insert", "evil_qgis", "evil_view",
                                  "views that Sortie did not write (annotations" } )
        QVERIFY2( warnings.contains( QLatin1String( named ) ), qPrintable( warnings ) );
      QVERIFY( !read.content.events.isEmpty() );                                      // the rest loads
      QCOMPARE( readProject( path ).meta.qgisLayers, embeddedproject::layersKind() ); // repaired

      // Nothing ran in the original: its bytes are unchanged (its pwned table empty).
      QFile after( original );
      QVERIFY( after.open( QIODevice::ReadOnly ) );
      QVERIFY2( after.readAll() == bytesBefore, "the original file was written into" );
      // The file now at the path is Sortie's own: none of the foreign SQL is in it.
      const ProjectReadResult rewritten = readProject( path );
      QVERIFY2( rewritten.ok() && rewritten.warnings.isEmpty(),
                qPrintable( rewritten.warnings.join( QLatin1Char( '\n' ) ) ) );
    }

    // The file's QGIS project with Python macros and expression functions, a layer action and
    // a layer on a network address (a local server here, which counts who calls): opening and
    // saving in Sortie runs none of it, reads nothing from the address, and says what it
    // ignored; the saved file carries Sortie's own QGIS project.
    void hostileQgisProjectIsIgnored()
    {
      QTemporaryDir folder;
      const QString path = folder.filePath( QStringLiteral( "macros.sortie.gpkg" ) );
      QVERIFY( writeSample( path ).isEmpty() );
      QTcpServer server;
      QVERIFY( server.listen( QHostAddress::LocalHost ) );
      const QString qgs = folder.filePath( QStringLiteral( "evil.qgs" ) );
      QFile xml( qgs );
      QVERIFY( xml.open( QIODevice::WriteOnly ) );
      xml.write( QStringLiteral(
                     "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n"
                     "<qgis projectname=\"evil\" version=\"3.22.16\"><projectlayers>"
                     "<maplayer type=\"vector\" geometry=\"Point\"><id>evil_1</id>"
                     "<datasource>http://127.0.0.1:%1/evil.geojson</datasource>"
                     "<layername>evil</layername><provider encoding=\"UTF-8\">ogr</provider>"
                     "<attributeactions><actionsetting type=\"1\" name=\"run\" action=\"rm -rf ~\"/>"
                     "</attributeactions></maplayer></projectlayers><properties>"
                     "<Macros><pythonCode type=\"QString\">def openProject(): import os</pythonCode></Macros>"
                     "<ExpressionFunctions><pythonCode type=\"QString\">import os</pythonCode>"
                     "</ExpressionFunctions></properties></qgis>\n" )
                     .arg( server.serverPort() )
                     .toUtf8() );
      xml.close();
      const QString qgz = folder.filePath( QStringLiteral( "evil.qgz" ) );
      QVERIFY( QgsZipUtils::zip( qgz, { qgs } ) );
      QFile archive( qgz );
      QVERIFY( archive.open( QIODevice::ReadOnly ) );
      test::executeSql( path, QStringLiteral( "UPDATE qgis_projects SET content = '%1'" )
                                  .arg( QString::fromLatin1( archive.readAll().toHex() ) ) );

      const ProjectReadResult read = projectio::open( path, true );
      QVERIFY2( read.ok(), qPrintable( read.message ) );
      const QString warnings = read.warnings.join( QLatin1Char( '\n' ) );
      for ( const QString &said :
            { QStringLiteral( "Python macros" ), QStringLiteral( "Python expression functions" ),
              QStringLiteral( "1 layer action" ),
              QStringLiteral( "127.0.0.1:%1" ).arg( server.serverPort() ) } )
        QVERIFY2( warnings.contains( said ), qPrintable( warnings ) );

      Workspace workspace;
      workspace.setContent( read.content );
      const QString saved = folder.filePath( QStringLiteral( "saved.sortie.gpkg" ) );
      QVERIFY( projectio::save( saved, workspace.source(), read.meta, projectio::defaultView( workspace ) )
                   .isEmpty() );
      QTest::qWait( 200 );
      QVERIFY2( !server.hasPendingConnections(), "something read the layer on the network" );
      QVERIFY2( embeddedproject::ignoredContent( saved ).isEmpty(),
                qPrintable( embeddedproject::ignoredContent( saved ).join( QLatin1Char( '\n' ) ) ) );
    }

    void manyPositionsAreThinnedForQgisOnly()
    {
      // The copy the QGIS project carries keeps at most displaysnapshot::kMaxPositions; here a
      // limit of 1,000 over the sample's positions, each track's first and last fix kept.
      QTemporaryDir folder;
      const QString path = folder.filePath( QStringLiteral( "many.sortie.gpkg" ) );
      QVERIFY( writeSample( path ).isEmpty() );
      const QString snapshot = folder.filePath( QStringLiteral( "snapshot.gpkg" ) );
      const displaysnapshot::Result all = displaysnapshot::write( path, snapshot, 0 );
      QVERIFY2( all.ok(), qPrintable( all.error ) );
      QCOMPARE( all.stride, 1LL );
      QCOMPARE( all.positionsKept, all.positionsInProject );
      const displaysnapshot::Result thinned = displaysnapshot::write( path, snapshot, 1000 );
      QVERIFY2( thinned.ok(), qPrintable( thinned.error ) );
      QVERIFY( thinned.stride > 1 );
      QCOMPARE( thinned.positionsInProject, all.positionsInProject );
      QVERIFY2( thinned.positionsKept <= 1000 + 9 && thinned.positionsKept >= 1000 / 2,
                qPrintable( QString::number( thinned.positionsKept ) ) );
      // Sortie's own positions are all still there.
      qint64 positions = 0;
      for ( const Track &track : readProject( path ).content.tracks )
        positions += track.size();
      QCOMPARE( positions, all.positionsInProject );
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
