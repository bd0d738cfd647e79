#include "app/mainwindow.h"

#include "app/appinfo.h"
#include "app/cli/localisation.h"
#include "app/controllers/annotationcontroller.h"
#include "app/controllers/briefingcontroller.h"
#include "app/controllers/correlationcontroller.h"
#include "app/controllers/importcontroller.h"
#include "app/controllers/navigationcontroller.h"
#include "app/controllers/referencedatacontroller.h"
#include "app/languagemenu.h"
#include "app/logging.h"
#include "app/map/aircraftlayer.h"
#include "app/map/basemap.h"
#include "app/map/canvasrendering.h"
#include "app/map/clickpantool.h"
#include "app/map/dataview.h"
#include "app/map/mapregion.h"
#include "app/map/temporalrange.h"
#include "app/map/workspacelayers.h"
#include "app/project/projectcontroller.h"
#include "app/project/projectio.h"
#include "app/project/teamarchivefeed.h"
#include "app/project/workbenchstate.h"
#include "app/refdata/refdatacommand.h"
#include "app/sortieapplication.h"
#include "models/analysis/correlationfacts.h"
#include "models/commands/undostack.h"
#include "models/geo/coordinateformat.h"
#include "models/time/timecontroller.h"
#include "models/workspace/selection.h"
#include "models/workspace/workspace.h"
#include "widgets/aboutdialog.h"
#include "widgets/airportsearchbox.h"
#include "widgets/correlationpanel.h"
#include "widgets/eventdialog.h"
#include "widgets/eventpanel.h"
#include "widgets/flight/flightpanel.h"
#include "widgets/flight/legdetails.h"
#include "widgets/timeline/timelinepanel.h"
#include "widgets/timeline/timelinewidget.h"

#include <qgscoordinatetransform.h>
#include <qgsexception.h>
#include <qgslayertree.h>
#include <qgslayertreemapcanvasbridge.h>
#include <qgslayertreemodel.h>
#include <qgslayertreeview.h>
#include <qgsmapcanvas.h>
#include <qgsproject.h>
#include <qgsrange.h>
#include <qgsvectorlayer.h>

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>
#include <memory>

namespace sortie
{

namespace
{
const QString kGeometryKey = QStringLiteral( "mainWindow/geometry" );
const QString kStateKey = QStringLiteral( "mainWindow/state" );

} // namespace

MainWindow::MainWindow( QgsProject *project, QWidget *parent )
  : QMainWindow( parent )
  , mProject( project )
{
  Q_ASSERT( mProject );
  setObjectName( QStringLiteral( "sortieMainWindow" ) );
  mWorkspace = new Workspace( this );
  mSelection = new Selection( this );
  mUndoStack = new UndoStack( this );
  mTimeController = new TimeController( this );
  // The selection first drops what a change removed, then the views show the change.
  connect( mWorkspace, &Workspace::itemsChanged, mSelection,
           [this]( const WorkspaceChange &change ) { mSelection->prune( *mWorkspace, change ); } );
  connect( mWorkspace, &Workspace::itemsChanged, this, &MainWindow::showChange );
  // "Modified" follows the undo stack's clean state: ProjectController listens to it.
  setWindowTitle( tr( "Sortie" ) );
  setDockOptions( QMainWindow::AnimatedDocks | QMainWindow::AllowNestedDocks |
                  QMainWindow::AllowTabbedDocks );

  createMapCanvas();
  createDocks();
  createStatusBar();
  createControllers();
  createMenus();
  loadBasemap();
  zoomToDefaultRegion();

  mWorkspaceLayers = new WorkspaceLayers( mProject, mCanvas, this );
  connect( mTimeController, &TimeController::currentTimeChanged, mWorkspaceLayers,
           &WorkspaceLayers::setTime );
  connect( mTimeController, &TimeController::visibleRangeChanged, this,
           &MainWindow::updateCanvasTemporalRange );
  connect( mTimeController, &TimeController::selectedWindowChanged, this,
           &MainWindow::updateCanvasTemporalRange );
  connectDoubleClicks();
  // One selection, held in models/: every view shows it when it changes.
  connect( mSelection, &Selection::eventChanged, this, &MainWindow::showSelectedEvent );
  connect( mSelection, &Selection::legChanged, this, &MainWindow::showSelectedLeg );
  connect( mSelection, &Selection::correlationChanged, this, &MainWindow::showSelectedCorrelation );

  connect( mProjectController, &ProjectController::stateChanged, this, &MainWindow::updateProjectState );
  connect( mProjectController, &ProjectController::message, this,
           [this]( const QString &text ) { statusBar()->showMessage( text, 15000 ); } );
  setAcceptDrops( true );
  updateProjectState();

  resize( 1280, 800 );
  mDefaultState = saveState( kLayoutVersion );
  restoreLayout();
}

bool MainWindow::openProject( const QString &path )
{
  return mProjectController->open( path );
}

void MainWindow::updateProjectState()
{
  setWindowTitle( tr( "%1[*] — Sortie" ).arg( mProjectController->displayName() ) );
  setWindowModified( mProjectController->isModified() );
  mReadOnlyBanner->setVisible( mProjectController->isReadOnly() );
  // A team project is saved as it is edited (an editor's) or read-only (a reader's): its reason
  // says which, and that Save As keeps a file; "Read-only." over an editor's would be untrue.
  const QString reason = mProjectController->readOnlyReason().toHtmlEscaped();
  mReadOnlyText->setText( mProjectController->teamProject().isEmpty()
                              ? tr( "<b>Read-only.</b> %1 Changes can be kept with Save As." ).arg( reason )
                              : tr( "<b>Team project.</b> %1" ).arg( reason ) );
}

void MainWindow::setTrailMinutes( int minutes )
{
  mWorkspaceLayers->setTrailLengthMs( static_cast<std::int64_t>( minutes ) * 60 * 1000 );
  if ( mArchiveFeed && mArchiveFeed->layer() )
    mArchiveFeed->layer()->setTrailLengthMs( static_cast<std::int64_t>( minutes ) * 60 * 1000 );
  if ( QAction *action = findChild<QAction *>( QStringLiteral( "actionTrail%1" ).arg( minutes ) ) )
    action->setChecked( true );
}

void MainWindow::dragEnterEvent( QDragEnterEvent *event )
{
  if ( event->mimeData()->hasUrls() )
    event->acceptProposedAction();
}

void MainWindow::dropEvent( QDropEvent *event )
{
  QStringList files;
  for ( const QUrl &url : event->mimeData()->urls() )
  {
    if ( url.isLocalFile() )
      files.append( url.toLocalFile() );
  }
  if ( files.isEmpty() )
    return;
  event->acceptProposedAction();
  // One project file dropped: open it. Anything else: import it into this project.
  if ( files.size() == 1 && projectio::isProjectPath( files.first() ) )
    openProject( files.first() );
  else
    mImport->start( files );
}

MainWindow::~MainWindow()
{
  // An import still reading stops at its next file and adds nothing; it goes before the
  // workspace it would have added to (children go in creation order, the workspace first).
  delete mImport;
  mImport = nullptr;
  // No render job may outlive the canvas or the project's layers (see canvasrendering.h).
  settleCanvasRendering( mCanvas );
  // The layer tree bridge and view refer to the project's layer tree; take them down
  // while the project (owned by the caller) is still alive and before the canvas.
  delete mLayerTreeBridge;
  mLayerTreeBridge = nullptr;
}

void MainWindow::createMapCanvas()
{
  mCanvas = new QgsMapCanvas( this );
  mCanvas->setObjectName( QStringLiteral( "mapCanvas" ) );
  mCanvas->setProject( mProject );
  mCanvas->setCanvasColor( basemap::defaultPalette().sea );
  mCanvas->enableAntiAliasing( true );
  mCanvas->setCachingEnabled( true );
  mCanvas->setParallelRenderingEnabled( true );
  auto *tool = new ClickPanTool( mCanvas );
  mPanTool = tool;
  mCanvas->setMapTool( tool );
  connect( tool, &ClickPanTool::clicked, this,
           [this]( const QgsPointXY &point, double tolerance )
           {
             // An event where the analyst clicked, else a leg.
             const QString id = mWorkspaceLayers ? mWorkspaceLayers->eventAt( point, tolerance ) : QString();
             if ( !id.isEmpty() )
             {
               selectEvent( id );
               return;
             }
             const LegKey leg = mWorkspaceLayers ? mWorkspaceLayers->legAt( point, tolerance ) : LegKey();
             if ( leg.isValid() )
               selectLeg( leg );
           } );

  const QgsCoordinateReferenceSystem crs = mapregion::defaultCrs();
  mProject->setCrs( crs );
  mCanvas->setDestinationCrs( crs );
  auto *container = new QWidget( this );
  auto *layout = new QVBoxLayout( container );
  layout->setContentsMargins( 0, 0, 0, 0 );
  layout->setSpacing( 0 );
  createReadOnlyBanner( container );
  layout->addWidget( mReadOnlyBanner );
  layout->addWidget( mCanvas, 1 );
  setCentralWidget( container );
}

void MainWindow::createReadOnlyBanner( QWidget *container )
{
  mReadOnlyBanner = new QWidget( container );
  mReadOnlyBanner->setObjectName( QStringLiteral( "readOnlyBanner" ) );
  mReadOnlyBanner->setAutoFillBackground( true );
  QPalette palette = mReadOnlyBanner->palette();
  palette.setColor( QPalette::Window, QColor( 0xfc, 0xf3, 0xcf ) );
  mReadOnlyBanner->setPalette( palette );
  auto *layout = new QHBoxLayout( mReadOnlyBanner );
  mReadOnlyText = new QLabel( mReadOnlyBanner );
  mReadOnlyText->setObjectName( QStringLiteral( "readOnlyText" ) );
  mReadOnlyText->setWordWrap( true );
  layout->addWidget( mReadOnlyText, 1 );
  auto *saveAs = new QPushButton( tr( "Save As..." ), mReadOnlyBanner );
  saveAs->setObjectName( QStringLiteral( "readOnlySaveAs" ) );
  connect( saveAs, &QPushButton::clicked, this, [this] { mProjectController->saveAs(); } );
  layout->addWidget( saveAs );
  mReadOnlyBanner->hide();
}

void MainWindow::createDocks()
{
  mLayerTreeView = new QgsLayerTreeView( this );
  mLayerTreeView->setObjectName( QStringLiteral( "layerTreeView" ) );
  auto *model = new QgsLayerTreeModel( mProject->layerTreeRoot(), mLayerTreeView );
  model->setFlag( QgsLayerTreeModel::AllowNodeReorder );
  model->setFlag( QgsLayerTreeModel::AllowNodeRename );
  model->setFlag( QgsLayerTreeModel::AllowNodeChangeVisibility );
  model->setFlag( QgsLayerTreeModel::ShowLegendAsTree );
  mLayerTreeView->setModel( model );

  mLayerTreeBridge = new QgsLayerTreeMapCanvasBridge( mProject->layerTreeRoot(), mCanvas, this );
  // The projection and region are Sortie's choice, not the first layer's.
  mLayerTreeBridge->setAutoSetupOnFirstLayer( false );

  mLayersDock = new QDockWidget( tr( "Layers" ), this );
  mLayersDock->setObjectName( QStringLiteral( "layersDock" ) );
  mLayersDock->setWidget( mLayerTreeView );
  addDockWidget( Qt::LeftDockWidgetArea, mLayersDock );

  mTimelineDock = new QDockWidget( tr( "Timeline" ), this );
  mTimelineDock->setObjectName( QStringLiteral( "timelineDock" ) );
  mTimelineDock->setAllowedAreas( Qt::BottomDockWidgetArea | Qt::TopDockWidgetArea );
  mTimelinePanel = new TimelinePanel( mTimeController, mTimelineDock );
  mTimelineDock->setWidget( mTimelinePanel );
  addDockWidget( Qt::BottomDockWidgetArea, mTimelineDock );

  mEventsDock = new QDockWidget( tr( "Events" ), this );
  mEventsDock->setObjectName( QStringLiteral( "eventsDock" ) );
  mEventsDock->setAllowedAreas( Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea );
  mEventPanel = new EventPanel( mTimeController, mEventsDock );
  mEventsDock->setWidget( mEventPanel );
  addDockWidget( Qt::RightDockWidgetArea, mEventsDock );

  // Flight details share the right area with the events, as a tab beside them.
  mFlightDock = new QDockWidget( tr( "Flight" ), this );
  mFlightDock->setObjectName( QStringLiteral( "flightDock" ) );
  mFlightDock->setAllowedAreas( Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea );
  mFlightPanel = new FlightPanel( mTimeController, mFlightDock );
  mFlightDock->setWidget( mFlightPanel );
  addDockWidget( Qt::RightDockWidgetArea, mFlightDock );
  tabifyDockWidget( mEventsDock, mFlightDock );

  mCorrelationsDock = new QDockWidget( tr( "Correlations" ), this );
  mCorrelationsDock->setObjectName( QStringLiteral( "correlationsDock" ) );
  mCorrelationsDock->setAllowedAreas( Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea |
                                      Qt::BottomDockWidgetArea );
  mCorrelationPanel = new CorrelationPanel( mCorrelationsDock );
  mCorrelationPanel->setWorkspace( mWorkspace );
  mCorrelationsDock->setWidget( mCorrelationPanel );
  addDockWidget( Qt::RightDockWidgetArea, mCorrelationsDock );
  tabifyDockWidget( mFlightDock, mCorrelationsDock );
  mEventsDock->raise();
  connect( mCorrelationPanel, &CorrelationPanel::correlationSelected, this, &MainWindow::selectCorrelation );
  // The timeline's lanes are aircraft: a lane's leg is a leg of one of its tracks.
  connect( mTimelinePanel->timeline(), &TimelineWidget::legClicked, this,
           [this]( int lane, int leg )
           {
             const QPair<int, int> source = trackLegOf( mTimelinePanel->timeline()->lanes(), lane, leg );
             selectLeg( legKey( *mWorkspace, source.first, source.second ) );
           } );

  // One selection, shown everywhere: panel, timeline and map follow each other.
  connect( mTimelinePanel->timeline(), &TimelineWidget::eventClicked, this, &MainWindow::selectEvent );
  connect( mEventPanel, &EventPanel::eventSelected, this, &MainWindow::selectEvent );
  connect( mEventPanel, &EventPanel::addRequested, this, &MainWindow::addEvent );
  connect( mEventPanel, &EventPanel::editRequested, this, &MainWindow::editEvent );
  connect( mEventPanel, &EventPanel::deleteRequested, this, &MainWindow::deleteEvent );

  resizeDocks( { mLayersDock, mEventsDock }, { 200, 420 }, Qt::Horizontal );
  resizeDocks( { mTimelineDock }, { 230 }, Qt::Vertical );
}

void MainWindow::createControllers()
{
  const Workbench workbench{ this,    mWorkspace, mUndoStack, mSelection, mTimeController,
                             mCanvas, statusBar() };
  mProjectController = new ProjectController( this, this );
  mImport = new ImportController( workbench, this );
  // An editor's team project takes the project files of an import first (TeamFollower).
  mImport->setPrelude( [this] { return mProjectController->importPrelude(); } );
  mCorrelations = new CorrelationController( workbench, this );
  mCorrelations->attach( mCorrelationPanel );
  mCorrelations->attach( mTimelinePanel->timeline() );
  connect( mCorrelations, &CorrelationController::correlationSaved, this,
           [this]
           {
             mCorrelationsDock->show();
             mCorrelationsDock->raise();
           } );
  mAnnotations = new AnnotationController( workbench, mPanTool, this );
  mAnnotations->attach( mCorrelationPanel );
  mBriefing = new BriefingController(
      workbench, [this] { return mProjectController->path(); }, this );
  mNavigation = new NavigationController( workbench, this );
  mReferenceData = new ReferenceDataController(
      workbench, userReferenceFolder(), [this]( const QStringList &paths ) { mImport->start( paths ); },
      this );
  statusBar()->addPermanentWidget( mNavigation->projectionButton() );
  menuBar()->setCornerWidget( mNavigation->searchBox() );
}

void MainWindow::createStatusBar()
{
  mCoordinateLabel = new QLabel( this );
  mCoordinateLabel->setObjectName( QStringLiteral( "coordinateLabel" ) );
  mCoordinateLabel->setMinimumWidth(
      fontMetrics().horizontalAdvance( QStringLiteral( "000.0000° N  000.0000° W" ) ) );
  mCoordinateLabel->setToolTip( tr( "Cursor position (WGS84)" ) );

  mScaleLabel = new QLabel( this );
  mScaleLabel->setObjectName( QStringLiteral( "scaleLabel" ) );

  statusBar()->addPermanentWidget( mCoordinateLabel );
  statusBar()->addPermanentWidget( mScaleLabel );

  connect( mCanvas, &QgsMapCanvas::xyCoordinates, this, &MainWindow::showCursorPosition );
  connect( mCanvas, &QgsMapCanvas::scaleChanged, this, &MainWindow::showScale );
}

void MainWindow::createMenus()
{
  QMenu *fileMenu = menuBar()->addMenu( tr( "&File" ) );
  fileMenu->setObjectName( QStringLiteral( "fileMenu" ) );
  fileMenu->addAction( mProjectController->newAction() );
  fileMenu->addAction( mProjectController->openAction() );
  fileMenu->addAction( mProjectController->openTeamAction() );
  QMenu *recent = fileMenu->addMenu( tr( "Open &Recent" ) );
  recent->setObjectName( QStringLiteral( "recentMenu" ) );
  mProjectController->attachRecentMenu( recent );
  fileMenu->addAction( mProjectController->saveAction() );
  fileMenu->addAction( mProjectController->saveAsAction() );
  fileMenu->addAction( mProjectController->saveCopyAction() );
  fileMenu->addSeparator();
  fileMenu->addAction( mImport->importAction() );
  fileMenu->addAction( mImport->importFolderAction() );
  fileMenu->addAction( mReferenceData->referenceDataAction() );
  fileMenu->addAction( mBriefing->exportAction() );
  fileMenu->addAction( mBriefing->exportPdfAction() );
  fileMenu->addSeparator();
  QAction *quit = fileMenu->addAction( tr( "&Quit" ), this, &QWidget::close );
  quit->setShortcut( QKeySequence::Quit );
  quit->setMenuRole( QAction::QuitRole );

  QMenu *editMenu = menuBar()->addMenu( tr( "&Edit" ) );
  editMenu->setObjectName( QStringLiteral( "editMenu" ) );
  QAction *undo = editMenu->addAction( tr( "&Undo" ), mUndoStack, &UndoStack::undo );
  undo->setObjectName( QStringLiteral( "actionUndo" ) );
  undo->setShortcut( QKeySequence::Undo );
  QAction *redo = editMenu->addAction( tr( "&Redo" ), mUndoStack, &UndoStack::redo );
  redo->setObjectName( QStringLiteral( "actionRedo" ) );
  redo->setShortcut( QKeySequence::Redo );
  editMenu->addSeparator();
  editMenu->addAction( tr( "&Add Event..." ), this, &MainWindow::addEvent )
      ->setObjectName( QStringLiteral( "actionAddEvent" ) );
  editMenu->addAction( mCorrelations->linkAction() );
  QAction *removeTrack =
      editMenu->addAction( tr( "&Remove Track..." ), this, &MainWindow::removeSelectedTrack );
  removeTrack->setObjectName( QStringLiteral( "actionRemoveTrack" ) );
  removeTrack->setToolTip( tr( "Remove the track of the selected leg, with its links (undoable)" ) );
  // Also on the right-click menu of the views where legs and events are selected.
  for ( QWidget *view :
        std::initializer_list<QWidget *>{ mTimelinePanel->timeline(), mEventPanel, mFlightPanel } )
  {
    view->setContextMenuPolicy( Qt::ActionsContextMenu );
    view->addAction( mCorrelations->linkAction() );
  }
  QMenu *annotate = editMenu->addMenu( tr( "Anno&tate Map" ) );
  annotate->setObjectName( QStringLiteral( "annotateMenu" ) );
  mAnnotations->fillMenu( annotate );
  auto updateUndo = [this, undo, redo]
  {
    undo->setEnabled( mUndoStack->canUndo() );
    redo->setEnabled( mUndoStack->canRedo() );
    undo->setText( mUndoStack->canUndo() ? tr( "&Undo %1" ).arg( mUndoStack->undoText() ) : tr( "&Undo" ) );
    redo->setText( mUndoStack->canRedo() ? tr( "&Redo %1" ).arg( mUndoStack->redoText() ) : tr( "&Redo" ) );
  };
  connect( mUndoStack, &UndoStack::changed, this, updateUndo );
  updateUndo();

  QMenu *viewMenu = menuBar()->addMenu( tr( "&View" ) );
  viewMenu->setObjectName( QStringLiteral( "viewMenu" ) );
  QAction *region = viewMenu->addAction( tr( "Zoom to &Region" ), this, &MainWindow::zoomToDefaultRegion );
  region->setObjectName( QStringLiteral( "actionZoomToRegion" ) );
  region->setShortcut( QKeySequence( Qt::CTRL | Qt::SHIFT | Qt::Key_R ) );
  QAction *data = viewMenu->addAction( tr( "Zoom to &Data" ), this,
                                       [this]
                                       {
                                         // From the world view back to the data's own projection.
                                         const bool fromWorld =
                                             dataview::isWorldCrs( mCanvas->mapSettings().destinationCrs() );
                                         if ( !dataview::showData( mCanvas, *mWorkspace, fromWorld ) )
                                           zoomToDefaultRegion();
                                       } );
  data->setObjectName( QStringLiteral( "actionZoomToData" ) );
  data->setShortcut( QKeySequence( Qt::CTRL | Qt::SHIFT | Qt::Key_D ) );
  QAction *selection = viewMenu->addAction( tr( "Zoom to &Selection" ), this, &MainWindow::zoomToSelection );
  selection->setObjectName( QStringLiteral( "actionZoomToSelection" ) );
  selection->setShortcut( QKeySequence( Qt::CTRL | Qt::SHIFT | Qt::Key_E ) );
  selection->setToolTip( tr( "Frame the selected correlation, or the selected leg and event" ) );
  // Also where legs, events and correlations are selected: "show it on the map".
  for ( QWidget *view : std::initializer_list<QWidget *>{ mTimelinePanel->timeline(), mEventPanel,
                                                          mFlightPanel, mCorrelationPanel } )
  {
    view->setContextMenuPolicy( Qt::ActionsContextMenu );
    view->addAction( selection );
  }
  QAction *full =
      viewMenu->addAction( tr( "Zoom to &World" ), this, [this] { dataview::showWorld( mCanvas ); } );
  full->setObjectName( QStringLiteral( "actionZoomToWorld" ) );
  full->setShortcut( QKeySequence( Qt::CTRL | Qt::SHIFT | Qt::Key_F ) );
  viewMenu->addAction( mNavigation->findAirportAction() );
  viewMenu->addAction( mNavigation->projectionAction() );
  viewMenu->addSeparator();
  QMenu *trail = viewMenu->addMenu( tr( "Aircraft &Trail" ) );
  trail->setObjectName( QStringLiteral( "trailMenu" ) );
  auto *trailLengths = new QActionGroup( trail );
  const QList<QPair<QString, std::int64_t>> lengths = { { tr( "None" ), 0 },
                                                        { tr( "15 minutes" ), 15 },
                                                        { tr( "45 minutes" ), 45 },
                                                        { tr( "2 hours" ), 120 },
                                                        { tr( "6 hours" ), 360 } };
  for ( const auto &[label, minutes] : lengths )
  {
    QAction *action = trail->addAction( label );
    action->setCheckable( true );
    action->setChecked( minutes == 45 );
    action->setObjectName( QStringLiteral( "actionTrail%1" ).arg( minutes ) );
    trailLengths->addAction( action );
    connect( action, &QAction::triggered, this,
             [this, minutes = minutes] { mWorkspaceLayers->setTrailLengthMs( minutes * 60 * 1000 ); } );
  }
  viewMenu->addSeparator();
  QMenu *panels = viewMenu->addMenu( tr( "&Panels" ) );
  panels->addAction( mLayersDock->toggleViewAction() );
  panels->addAction( mTimelineDock->toggleViewAction() );
  panels->addAction( mEventsDock->toggleViewAction() );
  panels->addAction( mFlightDock->toggleViewAction() );
  panels->addAction( mCorrelationsDock->toggleViewAction() );
  QAction *reset = viewMenu->addAction( tr( "Reset &Layout" ), this, &MainWindow::resetLayout );
  reset->setObjectName( QStringLiteral( "actionResetLayout" ) );
  viewMenu->addMenu( new LanguageMenu( localisation::currentLanguage(), viewMenu ) );

  QMenu *helpMenu = menuBar()->addMenu( tr( "&Help" ) );
  helpMenu->setObjectName( QStringLiteral( "helpMenu" ) );
  QAction *about = helpMenu->addAction( tr( "&About Sortie" ), this, &MainWindow::showAboutDialog );
  about->setObjectName( QStringLiteral( "actionAbout" ) );
  about->setMenuRole( QAction::AboutRole );
  helpMenu->addAction( tr( "About &Qt" ), qApp, &QApplication::aboutQt );
}

void MainWindow::loadBasemap()
{
  QString error;
  std::unique_ptr<QgsVectorLayer> layer(
      basemap::createCountriesLayer( SortieApplication::basemapPath(), basemap::defaultPalette(), &error ) );
  if ( !layer )
  {
    qCWarning( lcApp ).noquote() << error;
    statusBar()->showMessage( error );
    return;
  }
  mBasemap = layer.get();
  mProject->addMapLayer( layer.release() );
}

void MainWindow::showDataTimes()
{
  mTimeController->showDataExtent();
}

ImportSummary MainWindow::importFiles( const QStringList &paths, bool showReport )
{
  if ( !mImport->start( paths, showReport ) )
    return ImportSummary();
  return mImport->waitForFinished();
}

void MainWindow::importInstead( const QString &path )
{
  mImport->start( { path } );
}

void MainWindow::cancelImport()
{
  mImport->cancel();
}

QJsonObject MainWindow::captureWorkbench() const
{
  return workbenchstate::capture( *this );
}

void MainWindow::applyWorkbench( const QJsonObject &state )
{
  workbenchstate::apply( *this, state );
}

embeddedproject::View MainWindow::mapView( const QString &title ) const
{
  embeddedproject::View view = projectio::defaultView( *mWorkspace );
  view.title = title;
  view.crs = mCanvas->mapSettings().destinationCrs();
  view.extent = mCanvas->extent();
  return view;
}

void MainWindow::showWorkspace()
{
  mTimelinePanel->timeline()->setContents( timelineEvents( mWorkspace->events() ),
                                           timelineLanes( mWorkspace->tracks(), mWorkspace->analyses() ) );
  mEventPanel->setEvents( mWorkspace->events() );
  refreshCorrelations();
  mWorkspaceLayers->rebuild( *mWorkspace );
  mWorkspaceLayers->setTime( mTimeController->currentTime() );
  updateCanvasTemporalRange();
  // The selection survives an edit (Selection::prune() dropped what went): shown again in the
  // rebuilt views.
  showSelectedEvent( mSelection->eventId() );
  showSelectedLeg( mSelection->leg() );
}

void MainWindow::showTime( std::int64_t timeMs, std::int64_t spanMs )
{
  mTimeController->centreOn( timeMs, spanMs );
}

void MainWindow::updateCanvasTemporalRange()
{
  const std::optional<TimeRange> window = mTimeController->selectedWindow();
  const TimeRange range = window ? *window : mTimeController->visibleRange();
  mCanvas->setTemporalRange( toDateTimeRange( range ) );
}

void MainWindow::zoomToDefaultRegion()
{
  const QgsRectangle extent =
      mapregion::regionExtent( mapregion::defaultRegionWgs84(), mCanvas->mapSettings().destinationCrs() );
  if ( !extent.isEmpty() )
    mCanvas->setExtent( extent );
  mCanvas->refresh();
}

void MainWindow::showCursorPosition( const QgsPointXY &mapPoint )
{
  try
  {
    const QgsCoordinateTransform toWgs84( mCanvas->mapSettings().destinationCrs(), mapregion::wgs84(),
                                          mProject->transformContext() );
    const QgsPointXY p = toWgs84.transform( mapPoint );
    mCoordinateLabel->setText( formatLatLon( { p.y(), p.x() } ) );
  }
  catch ( const QgsCsException & )
  {
    // Outside the projection's valid area (e.g. beyond the conic's edge): no position.
    mCoordinateLabel->setText( formatLatLon( { std::nan( "" ), std::nan( "" ) } ) );
  }
}

void MainWindow::showScale( double scale )
{
  mScaleLabel->setText(
      tr( "Scale 1:%1" ).arg( QLocale().toString( static_cast<qlonglong>( std::round( scale ) ) ) ) );
}

void MainWindow::showAboutDialog()
{
  auto *dialog = new AboutDialog( appComponentVersions(), dataAttributions(), this );
  dialog->setAttribute( Qt::WA_DeleteOnClose );
  dialog->open();
}

void MainWindow::resetLayout()
{
  restoreState( mDefaultState, kLayoutVersion );
  for ( QDockWidget *dock : { mLayersDock, mTimelineDock, mEventsDock, mFlightDock, mCorrelationsDock } )
    dock->show();
  mEventsDock->raise();
}

void MainWindow::saveLayout() const
{
  QSettings settings;
  settings.setValue( kGeometryKey, saveGeometry() );
  settings.setValue( kStateKey, saveState( kLayoutVersion ) );
}

void MainWindow::restoreLayout()
{
  const QSettings settings;
  restoreGeometry( settings.value( kGeometryKey ).toByteArray() );
  // restoreState refuses a state saved with another layout version, keeping the default.
  restoreState( settings.value( kStateKey ).toByteArray(), kLayoutVersion );
}

void MainWindow::closeEvent( QCloseEvent *event )
{
  if ( !mProjectController->maybeClose() )
  {
    event->ignore();
    return;
  }
  saveLayout();
  event->accept();
}

} // namespace sortie
