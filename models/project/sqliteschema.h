#pragma once

// What a project file holds besides Sortie's tables: SQL that a hostile file could carry.
// Sortie runs none of it (it never writes into a file it did not just create: a save and the
// repair of an old file write a new file and rename it into place), and says what it ignored.

#include <QString>
#include <QStringList>

#include <gdal.h>

namespace sortie::sqliteschema
{

/** The SQLite objects of a file that Sortie did not write, by name. */
struct ForeignObjects
{
    QStringList triggers; //!< Triggers other than GeoPackage's and GDAL's own (spatial index, counts).
    QStringList views;    //!< Every view: Sortie writes none.
    bool isEmpty() const { return triggers.isEmpty() && views.isEmpty(); }
};

/** The foreign triggers and views of the GeoPackage open as @p dataset. */
ForeignObjects foreignObjects( GDALDatasetH dataset );

/** Whether @p table is an ordinary table in @p dataset (not a view, not missing). */
bool isTable( GDALDatasetH dataset, const char *table );

} // namespace sortie::sqliteschema
