#pragma once

#include "app/project/projecthost.h"
#include "models/domain/legkey.h"
#include "models/workspace/workspacechange.h"

#include <QMainWindow>
#include <QPointer>

#include <cstdint>
#include <functional>
#include <memory>

class QgsLayerTreeMapCanvasBridge;
class QgsLayerTreeView;
class QgsMapCanvas;
class QgsMapTool;
class QgsPointXY;
class QgsProject;
class QgsVectorLayer;
class QDockWidget;
class QDragEnterEvent;
class QDropEvent;
class QMenu;
class QAction;
class QLabel;

namespace sortie
{

class CorrelationPanel;
class AnnotationController;
class BriefingController;
class CorrelationController;
class ImportController;
class NavigationController;
class ReferenceDataController;
class Selection;
class EventPanel;
class ProjectController;
struct Correlation;
struct Suggestion;
class UndoStack;
class Command;
class FlightPanel;
class WorkspaceLayers;
class TeamArchiveFeed;
class TimeController;
class TimelinePanel;
class Workspace;
struct ImportSummary;

/**
 * The workbench window: the map canvas in the middle, the layer panel (left), the
 * timeline (bottom) and the event panel (right) as docks whose layout is saved on close
 * and restored on the next start, the status bar with cursor coordinates, and the menus.
 *
 * It shows a QgsProject it is given and does not own (no global project): the caller
 * keeps the project alive for the window's lifetime.
 */
class MainWindow : public QMainWindow, public ProjectHost
{
    Q_OBJECT

  public:
    /** Bump when docks are added, removed or renamed: a layout saved by another version is then ignored. */
    static constexpr int kLayoutVersion = 3; // 2: the Flight dock; 3: the Correlations dock

    explicit MainWindow( QgsProject *project, QWidget *parent = nullptr );
    ~MainWindow() override;

    QgsMapCanvas *mapCanvas() const { return mCanvas; }
    QgsProject *project() const { return mProject; }
    QgsVectorLayer *basemapLayer() const { return mBasemap; }
    QDockWidget *layersDock() const { return mLayersDock; }
    QDockWidget *timelineDock() const { return mTimelineDock; }
    QDockWidget *eventsDock() const { return mEventsDock; }
    QDockWidget *flightDock() const { return mFlightDock; }
    QDockWidget *correlationsDock() const { return mCorrelationsDock; }
    CorrelationPanel *correlationPanel() const { return mCorrelationPanel; }
    FlightPanel *flightPanel() const { return mFlightPanel; }
    QLabel *coordinateLabel() const { return mCoordinateLabel; }
    Workspace *workspace() const override { return mWorkspace; }
    /** The selected leg, event and correlation, shared by every view. */
    Selection *selection() const { return mSelection; }
    ImportController *importController() const { return mImport; }
    CorrelationController *correlationController() const { return mCorrelations; }
    AnnotationController *annotationController() const { return mAnnotations; }
    BriefingController *briefingController() const { return mBriefing; }
    NavigationController *navigationController() const { return mNavigation; }
    ReferenceDataController *referenceDataController() const { return mReferenceData; }
    TimeController *timeController() const { return mTimeController; }
    TimelinePanel *timelinePanel() const { return mTimelinePanel; }
    EventPanel *eventPanel() const { return mEventPanel; }
    WorkspaceLayers *workspaceLayers() const { return mWorkspaceLayers; }
    /** The open team project's position archive on the map; null when there is none. */
    TeamArchiveFeed *teamArchive() const { return mArchiveFeed.get(); }
    UndoStack *undoStack() const override { return mUndoStack; }
    ProjectController *projectController() const { return mProjectController; }
    /** The read-only banner above the map (hidden unless the project is read-only). */
    QWidget *readOnlyBanner() const { return mReadOnlyBanner; }

    /** Open the project file @p path (asks first about unsaved changes). */
    bool openProject( const QString &path );
    /** How long a trail each aircraft draws, in minutes (0: none); the View menu follows. */
    void setTrailMinutes( int minutes );

    /**
     * Import @p paths into the workspace and wait for it (scripts and tests; the menus and
     * drops import in the background, ImportController). The status bar says what came in;
     * with @p showReport, a report dialog lists every problem (file, line, reason).
     */
    ImportSummary importFiles( const QStringList &paths, bool showReport = true );

    /** Show the default region (Moscow to Vladivostok and Pyongyang) in the default projection. */
    void zoomToDefaultRegion();

    /**
     * Move the current time to @p timeMs (UTC) and bring it into the timeline's view; with
     * @p spanMs, the view shows that long around it.
     */
    void showTime( std::int64_t timeMs, std::int64_t spanMs = 0 );

    /** Save the window geometry and dock layout to the settings (also done on close). */
    void saveLayout() const;

  public slots:
    void showAboutDialog();
    /** Select the event with @p id in the event panel, on the timeline and on the map. */
    void selectEvent( const QString &id );
    /** Show the leg @p key in the flight panel, and select it on the timeline and map. */
    void selectLeg( const LegKey &key );
    /**
     * Remove the track with @p trackId (undoable), unlinking it from the correlations that
     * name it; the analyst confirms first. For an aircraft of several sources the analyst
     * chooses the whole aircraft or one source (chooseSourceToRemove()).
     */
    void removeTrack( const QString &trackId );
    /** removeTrack() of the selected leg's track. */
    void removeSelectedTrack();
    /**
     * Frame on the map what is selected: the selected correlation's legs and events, else the
     * selected leg and event. Says how when nothing is.
     */
    void zoomToSelection();
    /** The timeline over all the data's times, the cursor at its start. */
    void showDataTimes();
    /** Add an event through the event dialog (undoable). */
    void addEvent();
    /** Edit the event with @p id through the event dialog (undoable). */
    void editEvent( const QString &id );
    /** Delete the event with @p id (undoable). */
    void deleteEvent( const QString &id );
    /** Select the correlation's first event and first flight everywhere. */
    void selectCorrelation( const QString &id );
    void resetLayout();

  protected:
    // ProjectHost: what the project controller may use of the window.
    QWidget *dialogParent() override { return this; }
    QJsonObject captureWorkbench() const override;
    void applyWorkbench( const QJsonObject &state ) override;
    embeddedproject::View mapView( const QString &title ) const override;
    void showStartRegion() override { zoomToDefaultRegion(); }
    void importInstead( const QString &path ) override;
    void cancelImport() override;
    void showTeamArchive( const QString &connection, const QString &schema ) override;

    void closeEvent( QCloseEvent *event ) override;
    void dragEnterEvent( QDragEnterEvent *event ) override;
    void dropEvent( QDropEvent *event ) override;

  private:
    /** Ask whether to remove all of aircraft @p trackId's sources or which one (a dialog
     * "chooseSourceToRemove"). */
    void chooseSourceToRemove( const QString &trackId );
    /** Remove all of track @p trackId after the analyst confirms (told how many links go). */
    void confirmRemoveTrack( const QString &trackId );
    /** Show the selection's event, leg, correlation in every view (Selection's signals). */
    void showSelectedEvent( const QString &id );
    void showSelectedLeg( const LegKey &key );
    void showSelectedCorrelation( const QString &id );
    /** Update the views of what @p change touched; showWorkspace() for tracks or everything. */
    void showChange( const WorkspaceChange &change );
    void refreshCorrelations();
    /** Ask @p question; on Yes push the command @p makeCommand makes then. */
    void pushAfterConfirmation( const QString &objectName, const QString &title, const QString &question,
                                const std::function<std::unique_ptr<Command>()> &makeCommand );
    /** Double-clicks that frame a leg or an event on the map. */
    void connectDoubleClicks();
    /** The feature controllers, each owning its actions; the window places them. */
    void createControllers();
    void createMapCanvas();
    void createReadOnlyBanner( QWidget *container );
    void updateProjectState();
    void createDocks();
    void createStatusBar();
    void createMenus();
    void loadBasemap();
    void restoreLayout();
    void showCursorPosition( const QgsPointXY &mapPoint );
    void showScale( double scale );
    /** Show the workspace's contents on the timeline (and, later, the map). */
    void showWorkspace();
    /** The canvas shows the timeline's selected window, or its visible range when none. */
    void updateCanvasTemporalRange();

    QgsProject *mProject = nullptr;
    Workspace *mWorkspace = nullptr;                   // child
    Selection *mSelection = nullptr;                   // child
    ImportController *mImport = nullptr;               // child
    CorrelationController *mCorrelations = nullptr;    // child
    AnnotationController *mAnnotations = nullptr;      // child
    BriefingController *mBriefing = nullptr;           // child
    NavigationController *mNavigation = nullptr;       // child
    ReferenceDataController *mReferenceData = nullptr; // child
    TimeController *mTimeController = nullptr;         // child
    TimelinePanel *mTimelinePanel = nullptr;
    EventPanel *mEventPanel = nullptr;
    WorkspaceLayers *mWorkspaceLayers = nullptr;     // child
    std::unique_ptr<TeamArchiveFeed> mArchiveFeed;   // its layer is the project's
    UndoStack *mUndoStack = nullptr;                 // child
    ProjectController *mProjectController = nullptr; // child
    QWidget *mReadOnlyBanner = nullptr;
    QLabel *mReadOnlyText = nullptr;
    QgsMapCanvas *mCanvas = nullptr;
    QgsLayerTreeView *mLayerTreeView = nullptr;
    QgsLayerTreeMapCanvasBridge *mLayerTreeBridge = nullptr;
    QgsVectorLayer *mBasemap = nullptr; // owned by mProject
    QDockWidget *mLayersDock = nullptr;
    QDockWidget *mTimelineDock = nullptr;
    QDockWidget *mEventsDock = nullptr;
    QDockWidget *mFlightDock = nullptr;
    QDockWidget *mCorrelationsDock = nullptr;
    CorrelationPanel *mCorrelationPanel = nullptr;
    QgsMapTool *mPanTool = nullptr; // child of the canvas
    FlightPanel *mFlightPanel = nullptr;
    QLabel *mCoordinateLabel = nullptr;
    QLabel *mScaleLabel = nullptr;
    QByteArray mDefaultState; // dock layout as built, for View > Reset Layout
};

} // namespace sortie
