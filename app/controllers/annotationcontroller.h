#pragma once

#include "app/controllers/workbench.h"
#include "models/domain/annotation.h"

#include <QList>
#include <QObject>

class QgsMapTool;
class QAction;
class QMenu;

namespace sortie
{

class CorrelationPanel;

/**
 * What the analyst draws on the map: Edit > Annotate Map (callout, marker, arrow, area,
 * moving them, back to panning), and the text, time window and deletion asked for from the
 * Correlations panel; each change one undoable command (a drag is one step). Owns its
 * actions and the map tool in use while drawing.
 */
class AnnotationController : public QObject
{
    Q_OBJECT

  public:
    /** @p panTool: the map's ordinary tool, given back when drawing ends. */
    AnnotationController( const Workbench &workbench, QgsMapTool *panTool, QObject *parent = nullptr );

    /** Add the Annotate Map actions to @p menu. */
    void fillMenu( QMenu *menu );
    /** Take the annotation requests of @p panel (edit text, time window, delete). */
    void attach( CorrelationPanel *panel );

    /**
     * Draw an annotation of @p kind; then its text is asked for and it is added, shown only
     * inside the timeline's selected window when there is one, and tied to the selected
     * correlation when there is one.
     */
    void startAnnotating( Annotation::Kind kind );
    /** Drag annotations on the map (each drag one undoable step). */
    void startMoving();

  private:
    /** Use @p tool on the map (nullptr: pan again), dropping the previous annotation tool. */
    void replaceTool( QgsMapTool *tool );
    void editText( const QString &id );
    void toggleWindow( const QString &id );

    Workbench mWorkbench;
    QgsMapTool *mPanTool = nullptr;
    QgsMapTool *mTool = nullptr; // child of the canvas, while drawing or moving
    QList<QAction *> mActions;
};

} // namespace sortie
