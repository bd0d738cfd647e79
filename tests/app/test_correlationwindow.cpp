// Correlations in the window under xvfb-run: select a leg and an event, Edit > Link,
// fill the dialog, and the link is in the panel, undoable; selecting it selects its event
// and leg everywhere; a suggestion is linked or dismissed through the panel.
#include "app/cli/samplecorrelations.h"
#include "app/controllers/correlationcontroller.h"
#include "app/mainwindow.h"
#include "app/map/aircraftlayer.h"
#include "app/map/annotatetool.h"
#include "app/map/workspacelayers.h"
#include "app/project/projectcontroller.h"
#include "app/sortieapplication.h"
#include "models/analysis/correlationfacts.h"
#include "models/commands/undostack.h"
#include "models/workspace/selection.h"
#include "models/workspace/workspace.h"
#include "tests/support/apptestmain.h"
#include "tests/support/samplefiles.h"
#include "tests/support/testwindow.h"
#include "widgets/correlationdialog.h"
#include "widgets/correlationpanel.h"
#include "widgets/eventpanel.h"
#include "widgets/flight/flightpanel.h"
#include "widgets/timeline/timelinedata.h"
#include "widgets/timeline/timelinepanel.h"
#include "widgets/timeline/timelinewidget.h"

#include <qgsannotationlayer.h>
#include <qgsfeatureiterator.h>
#include <qgslayertree.h>
#include <qgsmapcanvas.h>
#include <qgsproject.h>

#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QInputDialog>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

#include <memory>

using namespace sortie;
using sortie::test::sampleFiles;

namespace
{
// The correlation dialog the window opened (it opens window-modal, without blocking).
CorrelationDialog *openDialog( MainWindow &window )
{
  for ( int waited = 0; waited < 5000; waited += 20 )
  {
    CorrelationDialog *dialog = window.findChild<CorrelationDialog *>();
    if ( dialog && dialog->isVisible() )
      return dialog;
    QTest::qWait( 20 );
  }
  return nullptr;
}

void fillAndAccept( CorrelationDialog *dialog, const QString &note )
{
  QTest::keyClicks( dialog->noteEdit(), note );
  QTest::mouseClick( dialog->findChild<QDialogButtonBox *>()->button( QDialogButtonBox::Ok ),
                     Qt::LeftButton );
}
} // namespace

class TestCorrelationWindow : public QObject
{
    Q_OBJECT

  private slots:
    void init()
    {
      mProject = std::make_unique<QgsProject>();
      mWindow = test::makeTestWindow( mProject.get() );
      QVERIFY( QTest::qWaitForWindowExposed( mWindow.get() ) );
      mWindow->importFiles( sampleFiles(), false );
    }

    void cleanup()
    {
      mWindow->projectController()->setModified( false );
      mWindow.reset();
      mProject->clear();
    }

    void linkFromSelectionThroughTheDialog()
    {
      const FlightRef flight =
          findLeg( *mWindow->workspace(), QDate( 2023, 9, 25 ), QStringLiteral( "UUMU" ) );
      mWindow->selectLeg( LegKey{ flight.trackId, *flight.legStartMs } );
      mWindow->selectEvent( QStringLiteral( "2023-09-16-knevichi" ) );
      mWindow->findChild<QAction *>( QStringLiteral( "actionLink" ) )->trigger();
      CorrelationDialog *dialog = openDialog( *mWindow );
      QVERIFY( dialog );
      QCOMPARE( dialog->factsList()->count(), 2 );
      fillAndAccept( dialog, QStringLiteral( "likely carrying the follow-up delegation" ) );

      QCOMPARE( mWindow->workspace()->correlations().size(), 1 );
      const Correlation made = mWindow->workspace()->correlations().first();
      QCOMPARE( made.flights, QVector<FlightRef>{ flight } );
      QCOMPARE( made.eventIds, QStringList{ QStringLiteral( "2023-09-16-knevichi" ) } );
      QCOMPARE( mWindow->correlationPanel()->table()->rowCount(), 1 );
      QVERIFY( mWindow->correlationsDock()->isVisible() );
      QVERIFY( mWindow->projectController()->isModified() );

      // Selecting it selects its event and its leg everywhere.
      mWindow->selectEvent( QString() );
      mWindow->correlationPanel()->table()->selectRow( 0 );
      QCOMPARE( mWindow->eventPanel()->selectedEventId(), QStringLiteral( "2023-09-16-knevichi" ) );
      const QString shown = mWindow->flightPanel()
                                ->findChild<QTextBrowser *>( QStringLiteral( "flightSummary" ) )
                                ->toPlainText();
      QVERIFY2( shown.contains( QLatin1String( "UUMU" ) ) && shown.contains( QLatin1String( "2023-09-25" ) ),
                qPrintable( shown ) );

      mWindow->findChild<QAction *>( QStringLiteral( "actionUndo" ) )->trigger();
      QVERIFY( mWindow->workspace()->correlations().isEmpty() );
      QCOMPARE( mWindow->correlationPanel()->table()->rowCount(), 0 );
      mWindow->findChild<QAction *>( QStringLiteral( "actionRedo" ) )->trigger();
      QCOMPARE( mWindow->workspace()->correlations().size(), 1 );
    }

    void dragALegOntoAnEventOpensTheDialog()
    {
      const FlightRef flight =
          findLeg( *mWindow->workspace(), QDate( 2024, 7, 18 ), QStringLiteral( "UUMU" ) );
      const ResolvedFlight leg = resolveFlight( *mWindow->workspace(), flight );
      // What the timeline emits when a leg bar is dropped on an event marker
      // (the drag itself is tested on the widget: tests/widgets/test_timeline.cpp).
      const QPair<int, int> lane =
          laneLegOf( mWindow->timelinePanel()->timeline()->lanes(), leg.track, leg.leg );
      QVERIFY( lane.first >= 0 );
      emit mWindow->timelinePanel()->timeline()->legDroppedOnEvent(
          lane.first, lane.second, QStringLiteral( "2024-07-18-krivoruchko" ) );
      CorrelationDialog *dialog = openDialog( *mWindow );
      QVERIFY( dialog );
      fillAndAccept( dialog, QStringLiteral( "the delegation's aircraft" ) );
      QCOMPARE( mWindow->workspace()->correlations().size(), 1 );
      QCOMPARE( mWindow->workspace()->correlations().first().flights, QVector<FlightRef>{ flight } );
      mWindow->undoStack()->undo();
      QVERIFY( mWindow->workspace()->correlations().isEmpty() );
    }

    void drawACalloutAndAnArrowOnTheMap()
    {
      QgsMapCanvas *canvas = mWindow->mapCanvas();
      const QPoint middle = canvas->viewport()->rect().center();
      // A callout: one click, then its text.
      mWindow->findChild<QAction *>( QStringLiteral( "actionAnnotatecallout" ) )->trigger();
      QTimer::singleShot( 0,
                          []
                          {
                            auto *input = qobject_cast<QInputDialog *>( QApplication::activeModalWidget() );
                            QVERIFY( input && input->objectName() == QLatin1String( "annotationText" ) );
                            input->setTextValue( QStringLiteral( "Sunan: 4 h on the ground" ) );
                            input->accept();
                          } );
      QTest::mouseClick( canvas->viewport(), Qt::LeftButton, Qt::NoModifier, middle );
      QCOMPARE( mWindow->workspace()->annotations().size(), 1 );
      const Annotation callout = mWindow->workspace()->annotations().first();
      QCOMPARE( callout.kind, Annotation::Kind::Callout );
      QCOMPARE( callout.text, QStringLiteral( "Sunan: 4 h on the ground" ) );
      QCOMPARE( callout.points.size(), 1 );
      QVERIFY( callout.points.first().latitude > 30 &&
               callout.points.first().latitude < 70 ); // on the region's map
      QCOMPARE( mWindow->workspaceLayers()->annotationLayer()->items().size(), 1 );
      QVERIFY( canvas->mapTool() != nullptr &&
               !qobject_cast<AnnotateTool *>( canvas->mapTool() ) ); // back to panning

      // An arrow: two clicks, and no text needed.
      mWindow->findChild<QAction *>( QStringLiteral( "actionAnnotatearrow" ) )->trigger();
      QTimer::singleShot( 0,
                          []
                          {
                            if ( auto *input =
                                     qobject_cast<QInputDialog *>( QApplication::activeModalWidget() ) )
                              input->accept();
                          } );
      QTest::mouseClick( canvas->viewport(), Qt::LeftButton, Qt::NoModifier, middle );
      QTest::mouseClick( canvas->viewport(), Qt::LeftButton, Qt::NoModifier, middle + QPoint( 80, 40 ) );
      QCOMPARE( mWindow->workspace()->annotations().size(), 2 );
      QCOMPARE( mWindow->workspace()->annotations().at( 1 ).points.size(), 2 );

      // Moved by dragging it on the map.
      mWindow->findChild<QAction *>( QStringLiteral( "actionMoveAnnotations" ) )->trigger();
      QTest::mousePress( canvas->viewport(), Qt::LeftButton, Qt::NoModifier, middle );
      QTest::mouseRelease( canvas->viewport(), Qt::LeftButton, Qt::NoModifier, middle + QPoint( -60, 0 ) );
      const Annotation moved = mWindow->workspace()->annotations().first();
      QVERIFY2( moved.points.first().longitude < callout.points.first().longitude - 1, "moved west" );

      // Edited, given a time window and deleted from the Annotations tab.
      CorrelationPanel *panel = mWindow->correlationPanel();
      panel->tabs()->setCurrentIndex( 2 );
      QCOMPARE( panel->annotationList()->count(), 2 );
      panel->annotationList()->setCurrentRow( 0 );
      QTimer::singleShot( 0,
                          []
                          {
                            auto *input = qobject_cast<QInputDialog *>( QApplication::activeModalWidget() );
                            QVERIFY( input );
                            input->setTextValue( QStringLiteral( "Sunan: about 4 h" ) );
                            input->accept();
                          } );
      QTest::mouseClick( panel->findChild<QPushButton *>( QStringLiteral( "editAnnotation" ) ),
                         Qt::LeftButton );
      QCOMPARE( mWindow->workspace()->annotations().first().text, QStringLiteral( "Sunan: about 4 h" ) );
      panel->annotationList()->setCurrentRow( 0 );
      QTest::mouseClick( panel->findChild<QPushButton *>( QStringLiteral( "windowAnnotation" ) ),
                         Qt::LeftButton );
      QVERIFY( mWindow->workspace()->annotations().first().window.has_value() );
      panel->annotationList()->setCurrentRow( 1 );
      QTest::mouseClick( panel->findChild<QPushButton *>( QStringLiteral( "deleteAnnotation" ) ),
                         Qt::LeftButton );
      QCOMPARE( mWindow->workspace()->annotations().size(), 1 );

      // Every step undoes: delete, window, text, move, arrow, callout.
      for ( int i = 0; i < 6; ++i )
        mWindow->undoStack()->undo();
      QVERIFY( mWindow->workspace()->annotations().isEmpty() );
      QCOMPARE( mWindow->workspaceLayers()->annotationLayer()->items().size(), 0 );
    }

    void drawAMarkerAndAnArea()
    {
      QgsMapCanvas *canvas = mWindow->mapCanvas();
      const QPoint middle = canvas->viewport()->rect().center();
      auto answerText = []( const QString &text )
      {
        QTimer::singleShot( 0,
                            [text]
                            {
                              auto *input = qobject_cast<QInputDialog *>( QApplication::activeModalWidget() );
                              QVERIFY( input );
                              input->setTextValue( text );
                              input->accept();
                            } );
      };
      // A marker: one click, then its (optional) text.
      mWindow->findChild<QAction *>( QStringLiteral( "actionAnnotatemarker" ) )->trigger();
      answerText( QStringLiteral( "Knevichi" ) );
      QTest::mouseClick( canvas->viewport(), Qt::LeftButton, Qt::NoModifier, middle );
      QCOMPARE( mWindow->workspace()->annotations().size(), 1 );
      QCOMPARE( mWindow->workspace()->annotations().first().kind, Annotation::Kind::Marker );
      QCOMPARE( mWindow->workspaceLayers()->annotationLayer()->items().size(), 2 ); // the star and its text

      // An area: a click per corner, a right click closes it; no text.
      mWindow->findChild<QAction *>( QStringLiteral( "actionAnnotatearea" ) )->trigger();
      QTest::mouseClick( canvas->viewport(), Qt::LeftButton, Qt::NoModifier, middle + QPoint( -40, -30 ) );
      QTest::mouseClick( canvas->viewport(), Qt::LeftButton, Qt::NoModifier, middle + QPoint( 40, -30 ) );
      QTest::mouseClick( canvas->viewport(), Qt::LeftButton, Qt::NoModifier, middle + QPoint( 0, 40 ) );
      answerText( QString() );
      QTest::mouseClick( canvas->viewport(), Qt::RightButton, Qt::NoModifier, middle );
      QCOMPARE( mWindow->workspace()->annotations().size(), 2 );
      const Annotation area = mWindow->workspace()->annotations().at( 1 );
      QCOMPARE( area.kind, Annotation::Kind::Area );
      QCOMPARE( area.points.size(), 3 );
      QCOMPARE( mWindow->workspaceLayers()->annotationLayer()->items().size(), 3 );

      mWindow->undoStack()->undo();
      mWindow->undoStack()->undo();
      QVERIFY( mWindow->workspace()->annotations().isEmpty() );
    }

    void linkWithoutASelectionSaysWhatIsMissing()
    {
      // Offered on the right-click menus of the timeline and the event panel as well.
      QVERIFY( mWindow->timelinePanel()->timeline()->actions().contains(
          mWindow->findChild<QAction *>( QStringLiteral( "actionLink" ) ) ) );
      QCOMPARE( mWindow->timelinePanel()->timeline()->contextMenuPolicy(), Qt::ActionsContextMenu );
      QVERIFY( mWindow->eventPanel()->actions().contains(
          mWindow->findChild<QAction *>( QStringLiteral( "actionLink" ) ) ) );
      mWindow->findChild<QAction *>( QStringLiteral( "actionLink" ) )->trigger();
      QVERIFY( !mWindow->findChild<CorrelationDialog *>() );
      QVERIFY( mWindow->statusBar()->currentMessage().contains( QLatin1String( "select a leg" ) ) );
    }

    void suggestionLinkedAndAnotherDismissed()
    {
      CorrelationPanel *panel = mWindow->correlationPanel();
      const int before = panel->suggestions().size();
      QVERIFY( before >= 2 );
      panel->tabs()->setCurrentIndex( 1 );
      panel->suggestionList()->setCurrentRow( 0 );
      const Suggestion first = panel->suggestions().first();
      QTest::mouseClick( panel->findChild<QPushButton *>( QStringLiteral( "linkSuggestion" ) ),
                         Qt::LeftButton );
      fillAndAccept( openDialog( *mWindow ), QStringLiteral( "same day" ) );
      QCOMPARE( mWindow->workspace()->correlations().size(), 1 );
      QCOMPARE( mWindow->workspace()->correlations().first().eventIds, QStringList{ first.eventId } );
      QCOMPARE( panel->suggestions().size(), before - 1 ); // linked: no longer suggested

      panel->suggestionList()->setCurrentRow( 0 );
      const QString dismissed = panel->suggestions().first().key;
      QTest::mouseClick( panel->findChild<QPushButton *>( QStringLiteral( "dismissSuggestion" ) ),
                         Qt::LeftButton );
      QCOMPARE( panel->suggestions().size(), before - 2 );
      QVERIFY( mWindow->workspace()->dismissedSuggestions().contains( dismissed ) );
      mWindow->undoStack()->undo();
      QCOMPARE( panel->suggestions().size(), before - 1 );
    }

    void deletingACitedEventAsksAndUnlinksInOneUndo()
    {
      addSampleCorrelations( *mWindow->workspace() );
      Workspace *workspace = mWindow->workspace();
      QString cited, correlation;
      for ( const Correlation &c : workspace->correlations() )
      {
        if ( !c.eventIds.isEmpty() )
        {
          cited = c.eventIds.first();
          correlation = c.id;
          break;
        }
      }
      QVERIFY( !cited.isEmpty() );
      const QStringList linksBefore =
          workspace->correlations().at( workspace->correlationIndex( correlation ) ).eventIds;
      // Saved: unmodified.
      mWindow->projectController()->setModified( false );
      QVERIFY( !mWindow->projectController()->isModified() );

      // Cancel: nothing happens.
      mWindow->deleteEvent( cited );
      auto *box = mWindow->findChild<QMessageBox *>( QStringLiteral( "confirmDeleteEvent" ) );
      QVERIFY( box );
      QVERIFY2( box->text().contains( QLatin1String( "cite it" ) ), qPrintable( box->text() ) );
      box->button( QMessageBox::Cancel )->click();
      QCoreApplication::sendPostedEvents( nullptr, QEvent::DeferredDelete );
      QVERIFY( workspace->eventIndex( cited ) >= 0 );
      QVERIFY( !mWindow->undoStack()->canUndo() );

      // Yes: the event goes and the correlation loses the link, in one undo step.
      mWindow->deleteEvent( cited );
      box = mWindow->findChild<QMessageBox *>( QStringLiteral( "confirmDeleteEvent" ) );
      QVERIFY( box );
      box->button( QMessageBox::Yes )->click();
      QCoreApplication::sendPostedEvents( nullptr, QEvent::DeferredDelete );
      QCOMPARE( workspace->eventIndex( cited ), -1 );
      QVERIFY( !workspace->correlations()
                    .at( workspace->correlationIndex( correlation ) )
                    .eventIds.contains( cited ) );
      QVERIFY( mWindow->projectController()->isModified() );

      mWindow->undoStack()->undo();
      QVERIFY( workspace->eventIndex( cited ) >= 0 );
      QCOMPARE( workspace->correlations().at( workspace->correlationIndex( correlation ) ).eventIds,
                linksBefore );
      // Save, edit, undo: unmodified again, from the undo stack's clean state.
      QVERIFY( !mWindow->projectController()->isModified() );
      mWindow->undoStack()->redo();
      QVERIFY( mWindow->projectController()->isModified() );
      mWindow->undoStack()->undo();
      QVERIFY( !mWindow->projectController()->isModified() );
    }

    // Edit > Remove Track: the selected leg's track goes with its links after a question
    // that says how many correlations it touches; undo brings back both, map included.
    void removingATrackAsksAndUnlinksInOneUndo()
    {
      addSampleCorrelations( *mWindow->workspace() );
      Workspace *workspace = mWindow->workspace();
      const Correlation example = workspace->correlations().first();
      const FlightRef flight = example.flights.first();
      QVERIFY( flight.legStartMs );
      const std::size_t tracksBefore = workspace->tracks().size();
      auto legFeatures = [this, &flight]
      {
        int count = 0;
        QgsFeature feature;
        QgsFeatureIterator it = mWindow->workspaceLayers()->legsLayer()->getFeatures();
        while ( it.nextFeature( feature ) )
          count += feature.attribute( QStringLiteral( "track_id" ) ).toString() == flight.trackId ? 1 : 0;
        return count;
      };
      const int legsBefore = legFeatures();
      QVERIFY( legsBefore > 0 );

      // A track removed changes that track's features only (issue 12): the same layers (by
      // QGIS's id), a hidden layer still hidden, the other aircraft's entries shared as they were.
      WorkspaceLayers *layers = mWindow->workspaceLayers();
      const QString legsLayerBefore = layers->legsLayer()->id();
      const QString gapsLayerBefore = layers->gapsLayer()->id();
      const QString airbasesLayerBefore = layers->airbasesLayer()->id();
      const long long legFeaturesBefore = layers->legsLayer()->featureCount();
      QgsLayerTreeLayer *airbasesNode = mProject->layerTreeRoot()->findLayer( layers->airbasesLayer() );
      QVERIFY( airbasesNode );
      airbasesNode->setItemVisibilityChecked( false );
      const AircraftSnapshot aircraftBefore = layers->aircraftLayer()->aircraft();
      const Track *otherTrack = nullptr;
      for ( const AircraftEntry &entry : *aircraftBefore )
      {
        if ( entry.track->id != flight.trackId )
          otherTrack = entry.track.get();
      }
      QVERIFY( otherTrack );

      mWindow->selectLeg( LegKey{ flight.trackId, *flight.legStartMs } );
      mWindow->findChild<QAction *>( QStringLiteral( "actionRemoveTrack" ) )->trigger();
      // RA-86559 is seen by two of the sample's files: asked first whether all or one.
      auto *choice = mWindow->findChild<QInputDialog *>( QStringLiteral( "chooseSourceToRemove" ) );
      QVERIFY( choice );
      choice->setTextValue( choice->comboBoxItems().first() );
      choice->accept();
      auto *box = mWindow->findChild<QMessageBox *>( QStringLiteral( "confirmRemoveTrack" ) );
      QVERIFY( box );
      QVERIFY2( box->text().contains( QLatin1String( "1 correlation" ) ), qPrintable( box->text() ) );
      box->button( QMessageBox::Yes )->click();
      QCoreApplication::sendPostedEvents( nullptr, QEvent::DeferredDelete );
      QCOMPARE( workspace->tracks().size(), tracksBefore - 1 );
      QCOMPARE( workspace->trackIndex( flight.trackId ), -1 );
      QVERIFY( workspace->correlations().first().flights.isEmpty() );
      QCOMPARE( legFeatures(), 0 );
      QCOMPARE( layers->legsLayer()->id(), legsLayerBefore );
      QCOMPARE( layers->gapsLayer()->id(), gapsLayerBefore );
      QCOMPARE( layers->airbasesLayer()->id(), airbasesLayerBefore );
      QCOMPARE( layers->legsLayer()->featureCount(), legFeaturesBefore - legsBefore );
      QVERIFY( !mProject->layerTreeRoot()->findLayer( layers->airbasesLayer() )->itemVisibilityChecked() );
      QCOMPARE( layers->aircraftLayer()->aircraft()->size(), aircraftBefore->size() - 1 );
      bool shared = false;
      for ( const AircraftEntry &entry : *layers->aircraftLayer()->aircraft() )
        shared = shared || entry.track.get() == otherTrack;
      QVERIFY2( shared, "the other aircraft were copied, not kept" );
      QVERIFY( !mWindow->selection()->leg().isValid() ); // its track went

      mWindow->undoStack()->undo();
      QCOMPARE( workspace->tracks().size(), tracksBefore );
      QCOMPARE( workspace->correlations().first().flights, example.flights );
      QCOMPARE( legFeatures(), legsBefore );
      QCOMPARE( layers->legsLayer()->id(), legsLayerBefore );
      QCOMPARE( layers->legsLayer()->featureCount(), legFeaturesBefore );
      QCOMPARE( layers->aircraftLayer()->aircraft()->size(), aircraftBefore->size() );

      // The selected leg's track gone (redo): nothing to remove, the analyst is told how.
      mWindow->undoStack()->redo();
      mWindow->findChild<QAction *>( QStringLiteral( "actionRemoveTrack" ) )->trigger();
      QVERIFY( !mWindow->findChild<QMessageBox *>( QStringLiteral( "confirmRemoveTrack" ) ) );
      QCOMPARE( workspace->tracks().size(), tracksBefore - 1 );
    }

    // The pictures in docs/ (issue: correlation dialog, panel, map and timeline with a
    // correlation selected): written to the test output folder, looked at, then copied.
    void screenshotsOfTheSampleCorrelations()
    {
      addSampleCorrelations( *mWindow->workspace() );
      Annotation callout;
      callout.kind = Annotation::Kind::Callout;
      callout.points = { GeoPoint{ 36.0, 98.0 } };
      callout.text = QStringLiteral( "Example: 8 d after Knevichi" );
      mWindow->workspace()->insertAnnotation( callout, -1 );
      Annotation arrow;
      arrow.kind = Annotation::Kind::Arrow;
      arrow.points = { GeoPoint{ 37.5, 112.0 }, GeoPoint{ 39.0, 124.8 } };
      mWindow->workspace()->insertAnnotation( arrow, -1 );
      mWindow->correlationsDock()->raise();
      QVERIFY( mWindow->correlationPanel()->selectCorrelation( QStringLiteral( "c1" ) ) );
      mWindow->showTime( QDateTime( QDate( 2023, 9, 25 ), QTime( 12, 0 ), Qt::UTC ).toMSecsSinceEpoch(),
                         16LL * 24 * 3600 * 1000 );
      mWindow->correlationPanel()->selectCorrelation( QStringLiteral( "c1" ) );
      // Its two events and its leg highlighted on the map.
      QCOMPARE( mWindow->workspaceLayers()->eventsLayer()->selectedFeatureCount(), 2 );
      QCOMPARE( mWindow->workspaceLayers()->legsLayer()->selectedFeatureCount(), 1 );
      QTest::qWait( 1500 ); // the map renders
      QString dir = qEnvironmentVariable( "SORTIE_TEST_OUTPUT_DIR" );
      if ( dir.isEmpty() )
        dir = QDir::tempPath();
      QDir().mkpath( dir );
      QVERIFY( mWindow->grab().save( dir + QStringLiteral( "/correlation-selected.png" ) ) );
      mWindow->correlationController()->editCorrelation( QStringLiteral( "c1" ) );
      CorrelationDialog *dialog = openDialog( *mWindow );
      QVERIFY( dialog );
      QTest::qWait( 200 );
      QVERIFY( dialog->grab().save( dir + QStringLiteral( "/correlation-dialog.png" ) ) );
      dialog->reject();
      mWindow->correlationPanel()->tabs()->setCurrentIndex( 1 );
      QTest::qWait( 100 );
      QVERIFY( mWindow->correlationsDock()->grab().save( dir +
                                                         QStringLiteral( "/correlation-suggestions.png" ) ) );
    }

  private:
    std::unique_ptr<QgsProject> mProject;
    std::unique_ptr<MainWindow> mWindow;
};

SORTIE_APP_TEST_MAIN( TestCorrelationWindow )

#include "test_correlationwindow.moc"
