#pragma once

#include <qgscoordinatereferencesystem.h>
#include <qgsrectangle.h>

namespace sortie::mapregion
{

/**
 * The workbench's default map projection: Asia North Lambert Conformal Conic
 * (ESRI:102027; standard parallels 15 and 65 N, central meridian 95 E). Conformal, so
 * airfields and coastlines keep their shapes, and it keeps Moscow, Siberia, Vladivostok
 * and Pyongyang on one undistorted-looking sheet, which plate carrée does not.
 */
QgsCoordinateReferenceSystem defaultCrs();

/** WGS84 longitude/latitude: the CRS of every position Sortie stores. */
QgsCoordinateReferenceSystem wgs84();

/** The default view in WGS84 degrees: from west of Moscow to east of Vladivostok. */
QgsRectangle defaultRegionWgs84();

/** defaultRegionWgs84() transformed into @p crs (edges densified, not just corners). */
QgsRectangle regionExtent( const QgsRectangle &wgs84Region, const QgsCoordinateReferenceSystem &crs );

} // namespace sortie::mapregion
