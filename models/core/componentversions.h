#pragma once

#include <QList>
#include <QString>

namespace sortie
{

/**
 * One library Sortie is built on, with the version in use at run time.
 * Shown in Help > About and printed by `sortie --version`, so that a bug report
 * carries what the analyst's machine really runs.
 */
struct ComponentVersion
{
    QString name;    //!< Human-readable library name, e.g. "GDAL".
    QString version; //!< Version string as the library reports it at run time.
};

/**
 * Versions of the components the models layer can see: Sortie itself, Qt (run time
 * and build time when they differ) and GDAL. The app appends QGIS and PROJ.
 */
QList<ComponentVersion> coreComponentVersions();

/** Sortie's version, e.g. "0.1.0". */
QString sortieVersion();

} // namespace sortie
