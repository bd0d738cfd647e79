#pragma once

#include <qgscoordinatereferencesystem.h>
#include <qgsrectangle.h>

#include <QDateTime>
#include <QString>

/**
 * The QGIS project inside a Sortie project file, so that stock QGIS opens the file with
 * its layers styled and time-enabled (Project > Open From > GeoPackage).
 *
 * Its layers read a copy of the file's map tables carried inside the project archive
 * ("attachment:", displaysnapshot.h), never the file by its name: QGIS 3.22 keeps a layer's
 * file name as written, so a copy or a rename would read the original beside it, or nothing
 * (QGIS issues 37440 and 39796). Files written before (ProjectMeta::qgisLayers empty) are
 * repaired when Sortie opens them (projectio::open()).
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

/** ProjectMeta::qgisLayers of a file whose embedded project write() wrote. */
QString layersKind();

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
