#include "app/controllers/navigationcontroller.h"

#include "app/map/dataview.h"
#include "app/map/mapregion.h"
#include "models/workspace/workspace.h"
#include "widgets/airportsearchbox.h"

#include <qgscoordinatetransform.h>
#include <qgsexception.h>
#include <qgsgeometry.h>
#include <qgsmapcanvas.h>
#include <qgsprojectionselectiondialog.h>

#include <QAction>
#include <QStatusBar>
#include <QToolButton>

#include <cmath>
#include <optional>

namespace sortie
{

NavigationController::NavigationController( const Workbench &workbench, QObject *parent )
  : QObject( parent )
  , mWorkbench( workbench )
{
  mProjectionAction = new QAction( tr( "Map &Projection..." ), this );
  mProjectionAction->setObjectName( QStringLiteral( "actionMapProjection" ) );
  mProjectionAction->setToolTip( tr( "Choose the projection the map and the PDF are drawn in" ) );
  connect( mProjectionAction, &QAction::triggered, this, &NavigationController::chooseProjection );

  mProjectionButton = new QToolButton( workbench.window );
  mProjectionButton->setObjectName( QStringLiteral( "crsButton" ) );
  mProjectionButton->setAutoRaise( true );
  mProjectionButton->setToolButtonStyle( Qt::ToolButtonTextOnly );
  connect( mProjectionButton, &QToolButton::clicked, this, &NavigationController::chooseProjection );
  connect( workbench.canvas, &QgsMapCanvas::destinationCrsChanged, this,
           &NavigationController::showProjection );
  showProjection();

  mSearchBox = new AirportSearchBox( workbench.window );
  mSearchBox->setAirbases( workbench.workspace->airbases() );
  connect( mSearchBox, &AirportSearchBox::airbaseChosen, this, &NavigationController::showAirbase );
  // Airbases come with a new project or an import: every other change leaves them.
  connect( workbench.workspace, &Workspace::itemsChanged, this,
           [this]( const WorkspaceChange &change )
           {
             if ( change.subject == WorkspaceChange::Subject::Everything )
               mSearchBox->setAirbases( mWorkbench.workspace->airbases() );
           } );

  mFindAirportAction = new QAction( tr( "&Find Airport..." ), this );
  mFindAirportAction->setObjectName( QStringLiteral( "actionFindAirport" ) );
  mFindAirportAction->setShortcut( QKeySequence( Qt::CTRL | Qt::Key_F ) );
  connect( mFindAirportAction, &QAction::triggered, this,
           [this]
           {
             mSearchBox->setFocus( Qt::ShortcutFocusReason );
             mSearchBox->selectAll();
           } );
}

void NavigationController::showProjection()
{
  const QgsCoordinateReferenceSystem crs = mWorkbench.canvas->mapSettings().destinationCrs();
  mProjectionButton->setText( crs.authid().isEmpty() ? crs.description() : crs.authid() );
  mProjectionButton->setToolTip(
      tr( "Map projection: %1. Click to choose another." ).arg( crs.description() ) );
}

void NavigationController::chooseProjection()
{
  QgsProjectionSelectionDialog dialog( mWorkbench.window );
  dialog.setObjectName( QStringLiteral( "projectionDialog" ) );
  dialog.setWindowTitle( tr( "Map Projection" ) );
  dialog.setMessage( tr( "The map and the PDF are drawn in this projection; it is saved with the project. "
                         "View > Zoom to Data chooses one for the data again." ) );
  dialog.setCrs( mWorkbench.canvas->mapSettings().destinationCrs() );
  if ( dialog.exec() == QDialog::Accepted && dialog.crs().isValid() )
    setProjection( dialog.crs() );
}

void NavigationController::setProjection( const QgsCoordinateReferenceSystem &crs )
{
  QgsMapCanvas *canvas = mWorkbench.canvas;
  if ( !crs.isValid() || canvas->mapSettings().destinationCrs() == crs )
    return;
  // The canvas reprojects its extent itself, but a box's corners may fall outside the new
  // projection's domain: keep the centre and the scale instead, which always transform.
  const QgsPointXY centre = canvas->center();
  const double scale = canvas->scale();
  std::optional<QgsPointXY> newCentre;
  try
  {
    newCentre =
        QgsCoordinateTransform( canvas->mapSettings().destinationCrs(), crs, QgsCoordinateTransformContext() )
            .transform( centre );
  }
  catch ( const QgsCsException & )
  {
    // A centre outside the new projection's domain: the canvas's own reprojection of the extent.
  }
  canvas->setDestinationCrs( crs );
  if ( newCentre && std::isfinite( newCentre->x() ) && std::isfinite( newCentre->y() ) )
  {
    canvas->setCenter( *newCentre );
    canvas->zoomScale( scale );
  }
  canvas->refresh();
  mWorkbench.statusBar->showMessage( tr( "Map projection: %1" ).arg( crs.userFriendlyIdentifier() ), 10000 );
}

void NavigationController::showAirbase( int index )
{
  const QVector<Airbase> &airbases = mWorkbench.workspace->airbases().airbases();
  if ( index < 0 || index >= airbases.size() )
    return;
  const Airbase &airbase = airbases.at( index );
  QgsMapCanvas *canvas = mWorkbench.canvas;
  // From the world view, into a projection centred on the field (as Zoom to Selection does):
  // at an airfield's scale a world projection shears everything far from its centre.
  if ( dataview::isWorldCrs( canvas->mapSettings().destinationCrs() ) )
  {
    GeoBounds around;
    around.west = airbase.position.longitude - 1.0;
    around.east = airbase.position.longitude + 1.0;
    around.south = std::max( -89.0, airbase.position.latitude - 1.0 );
    around.north = std::min( 89.0, airbase.position.latitude + 1.0 );
    around.valid = true;
    canvas->setDestinationCrs( dataview::crsFor( around ) );
  }
  const QgsPointXY where( airbase.position.longitude, airbase.position.latitude );
  try
  {
    const QgsCoordinateTransform toMap( mapregion::wgs84(), canvas->mapSettings().destinationCrs(),
                                        QgsCoordinateTransformContext() );
    canvas->setCenter( toMap.transform( where ) );
  }
  catch ( const QgsCsException & )
  {
    mWorkbench.statusBar->showMessage( tr( "%1 cannot be shown in this projection." ).arg( airbase.code() ),
                                       10000 );
    return;
  }
  canvas->zoomScale( kAirfieldScale );
  canvas->refresh();
  canvas->flashGeometries( { QgsGeometry::fromPointXY( where ) }, mapregion::wgs84() );
  QString message = AirportSearchBox::describe( airbase );
  if ( airbase.kind == AirbaseKind::Closed )
    message +=
        QLatin1Char( ' ' ) +
        tr( "Closed fields are not drawn: switch on \"Closed airfields\" in the Layers panel to see it." );
  mWorkbench.statusBar->showMessage( message, 15000 );
}

} // namespace sortie
