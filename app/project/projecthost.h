#pragma once

#include "app/project/embeddedproject.h"

#include <QJsonObject>
#include <QString>

class QWidget;

namespace sortie
{

class UndoStack;
class Workspace;

/**
 * What ProjectController needs of the window that shows the project, and no more: the data
 * and its undo stack, the workbench state a file keeps (time, filters, map view, layout),
 * the map's view for the embedded QGIS project, and a few things only the window can do.
 * The window implements it; the controller never sees the window itself (issue 12, point 4).
 */
class ProjectHost
{
  public:
    virtual ~ProjectHost() = default;

    /** Parent of the controller's dialogs. */
    virtual QWidget *dialogParent() = 0;
    virtual Workspace *workspace() const = 0;
    virtual UndoStack *undoStack() const = 0;
    /** The workbench's state as a project file keeps it (workbenchstate::capture()). */
    virtual QJsonObject captureWorkbench() const = 0;
    /** Put back a state captureWorkbench() gave (workbenchstate::apply()). */
    virtual void applyWorkbench( const QJsonObject &state ) = 0;
    /** The map as the analyst sees it (projection, extent), titled @p title, for the embedded QGIS project.
     */
    virtual embeddedproject::View mapView( const QString &title ) const = 0;
    /** A new, empty project: the map on its start region. */
    virtual void showStartRegion() = 0;
    /** Import @p path into the open project instead of opening it (another tool's GeoPackage). */
    virtual void importInstead( const QString &path ) = 0;
    /** Stop an import under way, adding nothing of it: the project is about to be replaced. */
    virtual void cancelImport() = 0;
    /**
     * Show the position archive of team project @p schema of @p connection on the map, read by
     * time window (TeamArchiveFeed), when it holds any; an empty @p schema takes it away.
     */
    virtual void showTeamArchive( const QString &connection, const QString &schema ) = 0;
};

} // namespace sortie
