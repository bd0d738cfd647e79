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

/** QGIS's PostgreSQL project storage URI of team project @p schema of @p connection. */
QString teamProjectUri( const QString &connection, const QString &schema );

/**
 * Write (or replace) the QGIS project of team project @p schema into the database (QGIS's
 * PostgreSQL project storage, table qgis_projects of that schema), its layers on the schema's
 * tables, styled and time-enabled as a file's, with no user or password in them. A socket
 * folder cannot be written into the storage URI: connect with a service then.
 */
bool writeTeam( const QString &connection, const QString &schema, const View &view, QString *error );

} // namespace sortie::embeddedproject
