#pragma once

#include "models/domain/legkey.h"
#include "models/geo/geobounds.h"

#include <qgscoordinatereferencesystem.h>
#include <qgsrectangle.h>

#include <QStringList>
#include <QVector>

class QgsMapCanvas;

namespace sortie
{
class Workspace;
}

/**
 * The map goes to the data (issue 14): the bounds of what is loaded, a projection chosen for
 * them, and the world in a world projection.
 */
namespace sortie::dataview
{

/**
 * What the analyst loaded, in degrees: every position, every event's place and the airbases
 * that legs and events use (a worldwide airports file alone does not make the data worldwide;
 * airbases count only when there is nothing else). Invalid when the workspace is empty.
 */
GeoBounds dataBounds( const Workspace &workspace );

/**
 * A conformal projection centred on @p bounds: Sortie's default (Asia North Lambert) when they
 * lie in its region, so the sample keeps its look; a Lambert conformal conic with standard
 * parallels at a sixth of the way in from each edge for a region in one hemisphere's middle
 * latitudes; an oblique stereographic (azimuthal, conformal) centred on it otherwise; and
 * worldCrs() for data wider than a hemisphere.
 */
QgsCoordinateReferenceSystem crsFor( const GeoBounds &bounds );

/** Equal Earth (EPSG:8857 with its central meridian at @p centreLongitude): the whole world. */
QgsCoordinateReferenceSystem worldCrs( double centreLongitude = 0.0 );

/** @p bounds with a margin, in @p crs (edges densified); empty when it cannot be transformed. */
QgsRectangle extentIn( const GeoBounds &bounds, const QgsCoordinateReferenceSystem &crs,
                       double margin = 0.08 );

/**
 * Show the data on @p canvas: in a projection chosen for it when @p chooseCrs (first data,
 * a project without a saved map), else in the canvas's own. Returns false when there is no data.
 */
bool showData( QgsMapCanvas *canvas, const Workspace &workspace, bool chooseCrs );

/**
 * The bounds of what is selected: the positions of @p legs (as the analysis has them now)
 * and the places of the events @p eventIds. Invalid when none of them is in the workspace.
 */
GeoBounds selectionBounds( const Workspace &workspace, const QVector<LegKey> &legs,
                           const QStringList &eventIds );

/**
 * Frame @p bounds on @p canvas in its projection (from the world view, in one chosen for
 * them). Returns false when @p bounds is invalid.
 */
bool showBounds( QgsMapCanvas *canvas, const GeoBounds &bounds );

/** Show the whole world in worldCrs(). */
void showWorld( QgsMapCanvas *canvas );

} // namespace sortie::dataview
