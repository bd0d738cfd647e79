#pragma once

#include "models/geo/geopoint.h"

#include <QVector>

namespace sortie::geodesy
{

/**
 * Mean Earth radius (IUGG R1) in metres, the sphere all functions here work on.
 *
 * Why a sphere and not the WGS84 ellipsoid: these functions draw flight paths and
 * measure legs for reasoning ("about 6,400 km"), where the spherical error (at most
 * about 0.5 %) is far below what a reconstructed or sparse track can tell. They are
 * short, closed-form and fast enough to run per frame on millions of points.
 */
constexpr double kEarthRadiusMetres = 6371008.8;

/** Great-circle distance between two points, in metres (haversine formula). */
double distanceMetres( const GeoPoint &from, const GeoPoint &to );

/** Initial true bearing from @p from towards @p to, in degrees 0..360. */
double initialBearingDegrees( const GeoPoint &from, const GeoPoint &to );

/** The point @p distanceMetres from @p start along the great circle leaving at @p bearingDegrees. */
GeoPoint destinationPoint( const GeoPoint &start, double bearingDegrees, double distanceMetres );

/**
 * The point a @p fraction (0..1) of the way along the great circle from @p from to
 * @p to. For (nearly) antipodal points the great circle is not unique; the result is
 * then one of them, chosen consistently.
 */
GeoPoint intermediatePoint( const GeoPoint &from, const GeoPoint &to, double fraction );

/**
 * The great circle from @p from to @p to as a polyline whose segments are at most
 * @p maxSegmentMetres long, both ends included. Projected maps draw straight lines
 * between vertices, so a Moscow-Pyongyang leg needs these intermediate vertices to
 * look like the flight path it is.
 *
 * Longitudes are unwrapped (they may leave -180..180) so that consecutive vertices
 * never differ by more than 180 degrees: a path across the antimeridian stays one
 * continuous line instead of jumping across the map.
 */
QVector<GeoPoint> densify( const GeoPoint &from, const GeoPoint &to, double maxSegmentMetres );

/** Densify every segment of @p path with densify(), without repeating shared vertices. */
QVector<GeoPoint> densifyPath( const QVector<GeoPoint> &path, double maxSegmentMetres );

/** @p longitude wrapped into -180..180 (180 stays 180). */
double normalizedLongitude( double longitude );

} // namespace sortie::geodesy
