#pragma once

#include "models/geo/geobounds.h"

#include <qgscoordinatereferencesystem.h>
#include <qgsrectangle.h>

#include <QPair>
#include <QStringList>
#include <QVector>

#include <functional>

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

/**
 * Whether @p crs is a world projection of worldCrs()'s kind (Equal Earth, whatever its central
 * meridian): one to leave for a projection centred on the data before zooming in.
 */
bool isWorldCrs( const QgsCoordinateReferenceSystem &crs );

/** @p bounds with a margin, in @p crs (edges densified); empty when it cannot be transformed. */
QgsRectangle extentIn( const GeoBounds &bounds, const QgsCoordinateReferenceSystem &crs,
                       double margin = 0.08 );

/**
 * Show the data on @p canvas: in a projection chosen for it when @p chooseCrs (first data,
 * a project without a saved map), else in the canvas's own. Returns false when there is no data.
 */
bool showData( QgsMapCanvas *canvas, const Workspace &workspace, bool chooseCrs );

/**
 * Call @p visit with every position of @p legs ((track, leg) positions in the workspace's
 * lists, as correlationLegs() gives them) and the place of every event of @p eventIds that
 * has one: what a selection or a briefing page is about.
 */
void forEachPlace( const Workspace &workspace, const QVector<QPair<int, int>> &legs,
                   const QStringList &eventIds, const std::function<void( const GeoPoint & )> &visit );

/** The bounds of forEachPlace(): invalid when none of them has a place. */
GeoBounds selectionBounds( const Workspace &workspace, const QVector<QPair<int, int>> &legs,
                           const QStringList &eventIds );

/**
 * Frame @p bounds on @p canvas in its projection (from the world view, in one chosen for
 * them). Returns false when @p bounds is invalid.
 */
bool showBounds( QgsMapCanvas *canvas, const GeoBounds &bounds );

/** Show the whole world in worldCrs(). */
void showWorld( QgsMapCanvas *canvas );

} // namespace sortie::dataview
