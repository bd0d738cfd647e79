#pragma once

// Change a project file behind Sortie's back, as another program or an old version would.

#include "models/io/gdalsupport.h"

#include <QString>
#include <QTest>

#include <gdal.h>
#include <ogr_api.h>

namespace sortie::test
{

/** Run one SQL statement on the GeoPackage at @p path (opened for update). */
inline void executeSql( const QString &path, const QString &sql )
{
  gdalsupport::ensureDriversRegistered();
  GDALDatasetH dataset =
      GDALOpenEx( path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr, nullptr, nullptr );
  QVERIFY( dataset );
  OGRLayerH result = GDALDatasetExecuteSQL( dataset, sql.toUtf8().constData(), nullptr, nullptr );
  if ( result )
    GDALDatasetReleaseResultSet( dataset, result );
  GDALClose( dataset );
}

inline void executeSql( const QString &path, const char *sql )
{
  executeSql( path, QString::fromUtf8( sql ) );
}

} // namespace sortie::test
