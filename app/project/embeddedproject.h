#pragma once

#include <qgscoordinatereferencesystem.h>
#include <qgsrectangle.h>

#include <QDateTime>
#include <QString>

/**
 * The QGIS project inside a Sortie project file, so that stock QGIS opens the file with
 * its layers styled and time-enabled (Project > Open From > GeoPackage).
 *
 * Its layers read the file's own tables by a path relative to the file. QGIS keeps that
 * path as written, so after a rename stock QGIS no longer finds them (QGIS issues 37440
 * and 39796): Sortie writes the project again whenever it opens a renamed file.
 */
namespace sortie::embeddedproject
{

/** What the embedded project shows when opened. */
struct View
{
    QString title;
    QgsCoordinateReferenceSystem crs; //!< The map's; invalid: Sortie's default.
    QgsRectangle extent;              //!< In `crs`; empty: the default region.
    QDateTime from;                   //!< The temporal controller's range; invalid: none.
    QDateTime to;
};

/** The name of the project inside the file, as QGIS lists it. */
QString projectName();

/** QGIS's storage URI of the embedded project of @p gpkgPath. */
QString projectUri( const QString &gpkgPath );

/**
 * Write (or replace) the embedded project of @p gpkgPath, a file holding Sortie's tables.
 * Returns false and fills @p error when QGIS cannot write it.
 */
bool write( const QString &gpkgPath, const View &view, QString *error );

} // namespace sortie::embeddedproject
