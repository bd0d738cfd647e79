// The briefing's pages laid out in-process on the sample: the legend lists only what the
// window draws, a long correlations table continues on further pages, a page per
// correlation follows the overview, cancelling leaves no file behind, and the exported
// page, turned into an image by pdftoppm, matches its reference.
#include "app/cli/samplecorrelations.h"
#include "app/layout/briefing.h"
#include "app/sortieapplication.h"
#include "imagecheck.h"
#include "models/workspace/workspace.h"
#include "tests/support/pdftext.h"
#include "tests/support/samplefiles.h"
#include "tests/support/utctime.h"

#include <qgscoordinatetransform.h>
#include <qgslayertree.h>
#include <qgslayertreemodel.h>
#include <qgslayertreemodellegendnode.h>
#include <qgslayoutitemlegend.h>
#include <qgslayoutitemmap.h>
#include <qgsprintlayout.h>

#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace sortie;
using sortie::test::utcMs;

namespace
{

// What the legend lists, as the reader sees it: layer names and, under a layer with
// classes, the classes shown.
QStringList legendEntries( QgsPrintLayout &layout )
{
  QList<QgsLayoutItemLegend *> legends;
  layout.layoutItems( legends );
  if ( legends.isEmpty() )
    return {};
  QgsLayerTreeModel *model = legends.first()->model();
  QStringList entries;
  for ( QgsLayerTreeLayer *node : model->rootGroup()->findLayers() )
  {
    entries << node->name();
    for ( QgsLayerTreeModelLegendNode *legendNode : model->layerLegendNodes( node, false ) )
    {
      const QString text = legendNode->data( Qt::DisplayRole ).toString();
      if ( !text.isEmpty() && text != node->name() )
        entries << node->name() + QStringLiteral( ": " ) + text;
    }
  }
  return entries;
}

} // namespace

class TestBriefingLayout : public QObject
{
    Q_OBJECT

  private slots:
    void initTestCase()
    {
      mWorkspace.importFiles( test::sampleFiles() );
      addSampleCorrelations( mWorkspace );
      QVERIFY( mWorkspace.correlations().size() >= 3 );
      mScene = std::make_unique<briefing::Scene>( mWorkspace, SortieApplication::basemapPath() );
    }

    void cleanupTestCase() { mScene.reset(); }

    void legendListsOnlyWhatTheWindowDraws()
    {
      briefing::Options options = optionsFor( utcMs( 2023, 9, 1 ), utcMs( 2023, 10, 1 ) );
      {
        briefing::Document document( mScene->project(), mScene->layers(), mWorkspace, options );
        const QStringList entries = legendEntries( document.layout() );
        QVERIFY2( entries.contains( QStringLiteral( "Events: summit" ) ), qPrintable( entries.join( '|' ) ) );
        QVERIFY( entries.contains( QStringLiteral( "Events: delegation visit" ) ) );
        QVERIFY( !entries.contains( QStringLiteral( "Events: treaty signing" ) ) ); // 2024
        QVERIFY( !entries.contains( QStringLiteral( "Gaps in flight" ) ) );         // none in September 2023
        QVERIFY( entries.contains( QStringLiteral( "Legs" ) ) );
      }
      options = optionsFor( utcMs( 2024, 7, 7 ), utcMs( 2024, 7, 12 ) );
      {
        briefing::Document document( mScene->project(), mScene->layers(), mWorkspace, options );
        const QStringList entries = legendEntries( document.layout() );
        QVERIFY2( entries.contains( QStringLiteral( "Gaps in flight" ) ), qPrintable( entries.join( '|' ) ) );
        QVERIFY( !entries.contains( QStringLiteral( "Events: summit" ) ) );
      }
      // A window with nothing in it: no legs, no events, only the airbases: of their seven
      // classes, the one the sample has.
      options = optionsFor( utcMs( 2020, 1, 1 ), utcMs( 2020, 2, 1 ) );
      {
        briefing::Document document( mScene->project(), mScene->layers(), mWorkspace, options );
        QCOMPARE( legendEntries( document.layout() ),
                  ( QStringList{ QStringLiteral( "Airbases" ),
                                 QStringLiteral( "Airbases: Airbases of this project" ) } ) );
      }
    }

    void mapsAreDrawnInTheProjectionGiven()
    {
      // The canvas's projection (or the one saved with the project) draws every map of the
      // document; none given: the one chosen for the data, the sample's Asia North Lambert.
      auto mapCrsList = []( QgsPrintLayout &layout )
      {
        QList<QgsLayoutItemMap *> maps;
        layout.layoutItems( maps );
        QStringList crsList;
        for ( QgsLayoutItemMap *map : maps )
          crsList << map->crs().authid();
        return crsList;
      };
      briefing::Options options = optionsFor( utcMs( 2023, 9, 1 ), utcMs( 2023, 10, 1 ) );
      options.perCorrelation = true;
      {
        briefing::Document document( mScene->project(), mScene->layers(), mWorkspace, options );
        const QStringList crsList = mapCrsList( document.layout() );
        QVERIFY( crsList.size() >= 2 );
        QCOMPARE( crsList.count( QStringLiteral( "ESRI:102027" ) ), crsList.size() );
      }
      options.crs = QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:3576" ) );
      {
        briefing::Document document( mScene->project(), mScene->layers(), mWorkspace, options );
        const QStringList crsList = mapCrsList( document.layout() );
        QVERIFY( !crsList.isEmpty() );
        QCOMPARE( crsList.count( QStringLiteral( "EPSG:3576" ) ), crsList.size() );
        // The overview holds the legs of the window in that projection too: Moscow and
        // Pyongyang both inside its extent.
        QList<QgsLayoutItemMap *> maps;
        document.layout().layoutItems( maps );
        const QgsCoordinateTransform toMap( QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:4326" ) ),
                                            options.crs, QgsCoordinateTransformContext() );
        for ( const QgsPointXY &place : { QgsPointXY( 37.41, 55.97 ), QgsPointXY( 125.67, 39.22 ) } )
          QVERIFY( maps.first()->extent().contains( toMap.transform( place ) ) );
      }
    }

    void longTableContinuesOnMorePages()
    {
      // Twenty-four judgements in the window, each with a long note: more than a page holds.
      Workspace workspace;
      workspace.importFiles( test::sampleFiles() );
      addSampleCorrelations( workspace );
      const Correlation first = workspace.correlations().first();
      for ( int i = 0; i < 24; ++i )
      {
        Correlation extra = first;
        extra.id = workspace.newCorrelationId();
        extra.note =
            QStringLiteral( "Judgement %1 of a long list. " ).arg( i + 1 ) +
            QStringLiteral( "A note long enough to wrap over several lines of its column. " ).repeated( 3 );
        workspace.insertCorrelation( extra, workspace.correlations().size() );
      }
      briefing::Scene scene( workspace, SortieApplication::basemapPath() );
      const briefing::Options options = optionsFor( utcMs( 2023, 9, 1 ), utcMs( 2023, 10, 1 ) );
      briefing::Document document( scene.project(), scene.layers(), workspace, options );
      QVERIFY2( document.pageCount() >= 3, qPrintable( QString::number( document.pageCount() ) ) );
      QVERIFY2( document.warnings().isEmpty(), qPrintable( document.warnings().join( '\n' ) ) );
      const QString pdf = mFolder.filePath( QStringLiteral( "long.pdf" ) );
      QCOMPARE( document.writePdf( pdf ), QString() );
      const QString text = test::pdfText( pdf );
      for ( int i = 1; i <= 24; ++i ) // every row on some page, none cut
        QVERIFY2( text.contains( QStringLiteral( "Judgement %1 of a long list." ).arg( i ) ),
                  qPrintable( QString::number( i ) ) );
      QVERIFY( text.contains( QStringLiteral( "Correlations, continued" ) ) );
      QVERIFY( text.contains( QStringLiteral( "page %1 of %1" ).arg( document.pageCount() ) ) );
    }

    void pagePerCorrelationFollowsTheOverview()
    {
      briefing::Options options = optionsFor( utcMs( 2023, 7, 1 ), utcMs( 2024, 10, 1 ) );
      int overviewPages = 0; // the overview, and its table's continuation
      {
        briefing::Document overview( mScene->project(), mScene->layers(), mWorkspace, options );
        overviewPages = overview.pageCount();
      }
      options.perCorrelation = true;
      briefing::Document document( mScene->project(), mScene->layers(), mWorkspace, options );
      QCOMPARE( document.pageCount(), overviewPages + mWorkspace.correlations().size() );
      QList<QgsLayoutItemMap *> maps;
      document.layout().layoutItems( maps );
      QCOMPARE( maps.size(), 1 + mWorkspace.correlations().size() );
      // Each correlation's map is zoomed in from the overview's.
      QgsLayoutItemMap *overview = nullptr;
      for ( QgsLayoutItemMap *map : maps )
      {
        if ( map->page() == 0 )
          overview = map;
      }
      QVERIFY( overview );
      for ( QgsLayoutItemMap *map : maps )
      {
        if ( map != overview )
          QVERIFY( map->extent().width() <= overview->extent().width() * 1.001 );
      }
      // Only the selected ones when some are chosen.
      options.correlationIds = QStringList{ mWorkspace.correlations().last().id };
      briefing::Document chosen( mScene->project(), mScene->layers(), mWorkspace, options );
      QCOMPARE( chosen.pageCount(), overviewPages + 1 );
    }

    void cancellingLeavesTheOldFile()
    {
      const QString pdf = mFolder.filePath( QStringLiteral( "kept.pdf" ) );
      {
        QFile old( pdf );
        QVERIFY( old.open( QIODevice::WriteOnly ) );
        old.write( "the analyst's earlier export" );
      }
      briefing::Options options = optionsFor( utcMs( 2023, 7, 1 ), utcMs( 2024, 10, 1 ) );
      options.perCorrelation = true;
      briefing::Document document( mScene->project(), mScene->layers(), mWorkspace, options );
      QVector<int> seen;
      const QString result = document.writePdf( pdf,
                                                [&seen]( int done, int )
                                                {
                                                  seen << done;
                                                  return done < 2; // cancel before the third page
                                                } );
      QCOMPARE( result, QStringLiteral( "Cancelled." ) );
      QCOMPARE( seen, ( QVector<int>{ 0, 1, 2 } ) );
      QFile kept( pdf );
      QVERIFY( kept.open( QIODevice::ReadOnly ) );
      QCOMPARE( kept.readAll(), QByteArray( "the analyst's earlier export" ) );
      const QStringList left =
          QDir( mFolder.path() ).entryList( { QStringLiteral( "*.part" ) }, QDir::Files | QDir::Hidden );
      QVERIFY2( left.isEmpty(), qPrintable( left.join( ',' ) ) );
      // Not cancelled: replaced, and the progress reaches the end.
      seen.clear();
      QCOMPARE( document.writePdf( pdf,
                                   [&seen]( int done, int )
                                   {
                                     seen << done;
                                     return true;
                                   } ),
                QString() );
      QCOMPARE( seen.last(), document.pageCount() );
      QVERIFY( test::pdfText( pdf ).contains( QLatin1String( "Correlation 1 of" ) ) );
    }

    void exportedPageMatchesItsReference()
    {
      // The PDF as a reader's viewer draws it (pdftoppm, 50 dpi), against the reference
      // image. The mask covers the export time in the footer, the one thing that changes.
      briefing::Options options = optionsFor( utcMs( 2023, 9, 1 ), utcMs( 2023, 10, 1 ) );
      options.title = QStringLiteral( "RA-86559 and Kim's September 2023 visits" );
      const QString pdf = mFolder.filePath( QStringLiteral( "reference.pdf" ) );
      QCOMPARE( briefing::exportPdf( mScene->project(), mScene->layers(), mWorkspace, options, pdf ),
                QString() );
      QProcess process;
      const QString prefix = mFolder.filePath( QStringLiteral( "page" ) );
      process.start( QStringLiteral( "pdftoppm" ),
                     { QStringLiteral( "-png" ), QStringLiteral( "-r" ), QStringLiteral( "50" ),
                       QStringLiteral( "-f" ), QStringLiteral( "1" ), QStringLiteral( "-l" ),
                       QStringLiteral( "1" ), pdf, prefix } );
      QVERIFY( process.waitForFinished( 60000 ) );
      QCOMPARE( process.exitCode(), 0 );
      const QImage page( prefix + QStringLiteral( "-1.png" ) );
      QVERIFY( !page.isNull() );
      QCOMPARE( page.size(), QSize( 585, 414 ) ); // A4 landscape at 50 dpi
      QString message;
      QVERIFY2( test::matchesReference( QStringLiteral( "briefing_2023-09_a4" ), page, 24, 0.0005, &message ),
                qPrintable( message ) );
    }

  private:
    briefing::Options optionsFor( std::int64_t from, std::int64_t to ) const
    {
      briefing::Options options;
      options.window = TimeRange{ from, to };
      options.title = QStringLiteral( "Test" );
      options.projectName = QStringLiteral( "sample.sortie.gpkg" );
      return options;
    }

    QTemporaryDir mFolder;
    Workspace mWorkspace;
    std::unique_ptr<briefing::Scene> mScene;
};

int main( int argc, char *argv[] )
{
  if ( qEnvironmentVariableIsEmpty( "QT_QPA_PLATFORM" ) )
    qputenv( "QT_QPA_PLATFORM", "offscreen" );
  SortieApplication::setIdentity();
  SortieApplication app( argc, argv );
  TestBriefingLayout test;
  return QTest::qExec( &test, argc, argv );
}

#include "test_briefinglayout.moc"
