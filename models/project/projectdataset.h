#pragma once

// The project's tables in any GDAL dataset Sortie writes them to: a GeoPackage file
// (writeProject(), readProject()) or a schema of a PostgreSQL database (teamproject.h). The
// same tables, written and read by the same code.

#include "models/project/projectstore.h"

#include <gdal.h>

namespace sortie
{

/**
 * Write the project's tables into @p dataset, an empty GeoPackage or an empty schema of a
 * PostgreSQL database (opened with that schema active), in one transaction; closes @p dataset.
 * Empty on success, else what went wrong.
 */
QString writeProjectTables( GDALDatasetH dataset, const ProjectSource &source, const ProjectMeta &meta );

/**
 * Read a project's tables from the open @p dataset, named @p shown in messages (a file's
 * path, a team project's schema); does not close it. A GeoPackage's own SQL (triggers, views)
 * is reported and never run.
 */
ProjectReadResult readProjectTables( GDALDatasetH dataset, const QString &shown );

/**
 * Only the analyst's work in the open @p dataset, as a team project holds it: the events,
 * correlations (with their links and sources), dismissed suggestions and drawings; what another
 * analyst's edit changes. Not the tracks nor the airbases.
 */
ProjectReadResult readProjectWork( GDALDatasetH dataset, const QString &shown );

} // namespace sortie
