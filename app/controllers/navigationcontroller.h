#pragma once

#include "app/controllers/workbench.h"

#include <qgscoordinatereferencesystem.h>

#include <QObject>

class QAction;
class QToolButton;

namespace sortie
{

class AirportSearchBox;

/**
 * Where the map is and how it is drawn: the map projection (View > Map Projection..., the
 * projection button in the status bar) and finding an airport (the search box, Ctrl+F).
 * The projection is saved with the project's map and used by the PDF. Owns its actions and
 * widgets; the window places them.
 */
class NavigationController : public QObject
{
    Q_OBJECT

  public:
    /** The scale a found airfield is shown at: its runways and the fields around it, labelled. */
    static constexpr double kAirfieldScale = 200000;

    NavigationController( const Workbench &workbench, QObject *parent = nullptr );

    QAction *projectionAction() const { return mProjectionAction; }
    QAction *findAirportAction() const { return mFindAirportAction; }
    /** For the status bar: the map's projection; a click chooses another. */
    QToolButton *projectionButton() const { return mProjectionButton; }
    /** For the menu bar's corner. */
    AirportSearchBox *searchBox() const { return mSearchBox; }

    /** Ask for a projection (QGIS's selector) and draw the map in it. */
    void chooseProjection();
    /** Draw the map in @p crs, showing the same area. */
    void setProjection( const QgsCoordinateReferenceSystem &crs );
    /** Centre the map on the airbase at @p index (of the workspace's) at kAirfieldScale and flash it. */
    void showAirbase( int index );

  private:
    void showProjection();

    Workbench mWorkbench;
    QAction *mProjectionAction = nullptr;
    QAction *mFindAirportAction = nullptr;
    QToolButton *mProjectionButton = nullptr; // owned by the status bar once placed
    AirportSearchBox *mSearchBox = nullptr;   // owned by the menu bar once placed
};

} // namespace sortie
