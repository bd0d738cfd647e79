#pragma once

#include <QByteArray>
#include <QString>

#include <gdal.h>

namespace sortie::gdalsupport
{

/** Register GDAL's drivers once per process (idempotent, thread-safe). */
void ensureDriversRegistered();

/**
 * A file's bytes opened by one GDAL vector driver from memory (/vsimem/), closed and
 * unlinked on destruction. Keeps the bytes alive as long as GDAL may read them.
 */
class MemoryDataset
{
  public:
    MemoryDataset( const QByteArray &content, const char *driverName, const QString &suffix );
    ~MemoryDataset();
    MemoryDataset( const MemoryDataset & ) = delete;
    MemoryDataset &operator=( const MemoryDataset & ) = delete;

    GDALDatasetH handle() const { return mDataset; }
    /** GDAL's last error message when opening failed. */
    QString error() const { return mError; }

  private:
    QByteArray mContent;
    QByteArray mPath;
    GDALDatasetH mDataset = nullptr;
    QString mError;
};

} // namespace sortie::gdalsupport
