#pragma once

#include "models/core/componentversions.h"

#include <QStringList>

namespace sortie
{

/** Every component Sortie runs on: the models layer's (Sortie, Qt, GDAL) plus QGIS and PROJ. */
QList<ComponentVersion> appComponentVersions();

/** The `sortie --version` report: one "name version" line per component. */
QString versionReport();

/** Attribution lines for the data Sortie shows by default (the basemap). */
QStringList dataAttributions();

} // namespace sortie
