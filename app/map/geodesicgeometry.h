#pragma once

#include "models/geo/geopoint.h"

#include <qgsgeometry.h>

#include <QVector>

namespace sortie
{

/** Longest straight segment drawn for a great circle: 25 km looks smooth at any workbench scale. */
constexpr double kDefaultMaxSegmentMetres = 25000.0;

/**
 * A WGS84 line string following great circles between @p vertices, densified so that no
 * segment is longer than @p maxSegmentMetres (see geodesy::densifyPath). Every long line
 * Sortie draws goes through here: QGIS would draw a straight line in the map projection.
 */
QgsGeometry geodesicLineString( const QVector<GeoPoint> &vertices,
                                double maxSegmentMetres = kDefaultMaxSegmentMetres );

} // namespace sortie
