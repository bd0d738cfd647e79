#pragma once

#include <QString>
#include <QStringList>

/**
 * The copy of a project's map tables that its embedded QGIS project reads.
 *
 * Why a copy: QGIS 3.22 resolves a layer's path relative to the *folder* of the GeoPackage
 * that holds the project and keeps the file's *name* as written (QgsPathResolver::readPath),
 * so a layer on the project file's own tables names the file it was written as. A copy or a
 * rename then reads the other file when it lies beside it, or nothing (QGIS issues 37440,
 * 39796). The only reference QGIS 3.22 resolves inside the file that holds the project is
 * an *attachment* of the project archive ("attachment:", QgsProject::createAttachedFile()):
 * so the embedded project carries a GeoPackage of what it draws, and a copy of the file
 * carries its own.
 *
 * The positions can be many (millions); the copy keeps at most a bounded number of them, every
 * n-th fix of each track and its first and last, so that the file does not double in size. Sortie
 * itself never reads the copy: it reads its own tables.
 */
namespace sortie::displaysnapshot
{

/**
 * At most this many positions go into the copy (the rest are thinned out evenly). Copying
 * through OGR costs about 35 us a position on this machine (3.8 s for 100,000 with a million
 * in the project, measured under load), paid on every save: 25,000 keeps it near a second,
 * and stock QGIS still animates every track from them.
 */
constexpr qint64 kMaxPositions = 25000;

/** The tables copied, by their names in projecttables.h. */
QStringList tables();

struct Result
{
    QString error; //!< Empty on success; else for a person.
    qint64 positionsInProject = 0;
    qint64 positionsKept = 0;
    qint64 stride = 1; //!< Every stride-th fix of a track was kept (1: all).
    bool ok() const { return error.isEmpty(); }
};

/**
 * Write a new GeoPackage @p snapshotPath with the map tables of the project file @p projectPath
 * (which is only read), keeping at most @p maxPositions positions.
 */
Result write( const QString &projectPath, const QString &snapshotPath, qint64 maxPositions = kMaxPositions );

} // namespace sortie::displaysnapshot
