#pragma once

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
class EventPanel;
class ProjectController;
struct Correlation;
struct Suggestion;
class UndoStack;
class Command;
class FlightPanel;
class WorkspaceLayers;
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
class MainWindow : public QMainWindow
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
    Workspace *workspace() const { return mWorkspace; }
    TimeController *timeController() const { return mTimeController; }
    TimelinePanel *timelinePanel() const { return mTimelinePanel; }
    EventPanel *eventPanel() const { return mEventPanel; }
    WorkspaceLayers *workspaceLayers() const { return mWorkspaceLayers; }
    UndoStack *undoStack() const { return mUndoStack; }
    ProjectController *projectController() const { return mProjectController; }
    /** The read-only banner above the map (hidden unless the project is read-only). */
    QWidget *readOnlyBanner() const { return mReadOnlyBanner; }

    /** Open the project file @p path (asks first about unsaved changes). */
    bool openProject( const QString &path );
    /** How long a trail each aircraft draws, in minutes (0: none); the View menu follows. */
    void setTrailMinutes( int minutes );

    /**
     * Import @p paths into the workspace. The status bar says what came in; with
     * @p showReport, a report dialog lists every problem (file, line, reason).
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
     * name it; the analyst confirms first when there are any.
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
    /**
     * Edit > Link Flight to Event: the selected leg and the selected event, in the
     * correlation dialog; the link is added when the analyst accepts (undoable).
     */
    void linkSelection();
    /** Open the correlation dialog on a suggestion; linked when accepted (undoable). */
    void linkSuggestion( const Suggestion &suggestion );
    void editCorrelation( const QString &id );
    void deleteCorrelation( const QString &id );
    /** Select the correlation's first event and first flight everywhere. */
    void selectCorrelation( const QString &id );
    /**
     * Edit > Annotate: draw a callout, marker, arrow or area on the map; then its text is
     * asked for and it is added (undoable), shown only inside the timeline's selected
     * window when there is one, and tied to the selected correlation when there is one.
     */
    void startAnnotating( int kind );
    /** Edit > Annotate Map > Move: drag annotations on the map (each move undoable). */
    void startMovingAnnotations();
    /** File > Import...: choose files and import them. */
    void chooseFilesToImport();
    /** File > Export...: KML, GeoJSON (MF-JSON) or events CSV, chosen by the file's suffix. */
    void chooseExportFile();
    /**
     * File > Export PDF...: the briefing dialog (paper, title, window, pages) with a preview;
     * then the PDF, with progress and cancel (app/mainwindowexport.cpp).
     */
    void exportBriefing();
    void resetLayout();

  protected:
    void closeEvent( QCloseEvent *event ) override;
    void dragEnterEvent( QDragEnterEvent *event ) override;
    void dropEvent( QDropEvent *event ) override;

  private:
    /** Update the views of what @p change touched; showWorkspace() for tracks or everything. */
    void showChange( const WorkspaceChange &change );
    void refreshCorrelations();
    /** Ask @p question; on Yes push the command @p makeCommand makes then. */
    void pushAfterConfirmation( const QString &objectName, const QString &title, const QString &question,
                                const std::function<std::unique_ptr<Command>()> &makeCommand );
    void openCorrelationDialog( const Correlation &correlation );
    void connectAnnotationPanel();
    /** Use @p tool on the map (nullptr: pan again), dropping the previous annotation tool. */
    void replaceAnnotationTool( QgsMapTool *tool );
    void createMapCanvas();
    void createReadOnlyBanner( QWidget *container );
    void updateProjectState();
    void fillRecentMenu();
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
    Workspace *mWorkspace = nullptr;           // child
    TimeController *mTimeController = nullptr; // child
    TimelinePanel *mTimelinePanel = nullptr;
    EventPanel *mEventPanel = nullptr;
    WorkspaceLayers *mWorkspaceLayers = nullptr;     // child
    UndoStack *mUndoStack = nullptr;                 // child
    ProjectController *mProjectController = nullptr; // child
    QWidget *mReadOnlyBanner = nullptr;
    QLabel *mReadOnlyText = nullptr;
    QMenu *mRecentMenu = nullptr;
    QAction *mSaveAction = nullptr;
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
    QAction *mLinkAction = nullptr;
    QgsMapTool *mPanTool = nullptr;      // child of the canvas
    QgsMapTool *mAnnotateTool = nullptr; // child of the canvas, while drawing
    LegKey mSelectedLeg;                 // the leg selectLeg() showed last, by identity: it survives edits
    FlightPanel *mFlightPanel = nullptr;
    QLabel *mCoordinateLabel = nullptr;
    QLabel *mScaleLabel = nullptr;
    QLabel *mCrsLabel = nullptr;
    QByteArray mDefaultState; // dock layout as built, for View > Reset Layout
};

} // namespace sortie
