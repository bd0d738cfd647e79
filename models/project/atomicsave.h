#pragma once

#include <QString>
#include <QTemporaryDir>

namespace sortie
{

/**
 * Replacing a file so that a crash or a full disk at any moment leaves either the old
 * file or the new one, never a mixture: the new file is written in full under a
 * temporary folder beside the target, synced to disk, and renamed over the target
 * (an atomic step on one file system), and the folder entry synced.
 *
 * The temporary file has the target's own name, in the hidden folder: a GeoPackage's
 * embedded QGIS project refers to its own file by relative path, which stays right
 * when the file moves up one folder.
 *
 * Why not QSaveFile: it needs the content through a QIODevice, and GDAL writes files
 * by path.
 */
class AtomicSave
{
  public:
    explicit AtomicSave( const QString &targetPath );
    ~AtomicSave();
    AtomicSave( const AtomicSave & ) = delete;
    AtomicSave &operator=( const AtomicSave & ) = delete;

    /** Why the temporary file cannot be written, or empty. */
    QString error() const { return mError; }
    /** Where to write the new file. */
    QString temporaryPath() const { return mTemporaryPath; }
    /** Sync the new file and move it over the target. Returns empty on success, else why not. */
    QString commit();

  private:
    QString mTargetPath;
    QTemporaryDir mFolder;
    QString mTemporaryPath;
    QString mError;
};

} // namespace sortie
