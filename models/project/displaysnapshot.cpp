#include "models/project/displaysnapshot.h"

#include "models/io/gdalsupport.h"
#include "models/project/ogrsupport.h"
#include "models/project/projecttables.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <gdal.h>
#include <ogr_api.h>

namespace sortie::displaysnapshot
{

namespace
{
QString tr( const char *text )
{
  return QCoreApplication::translate( "sortie::displaysnapshot", text );
}

struct Dataset
{
    GDALDatasetH handle = nullptr;
    ~Dataset()
    {
      if ( handle )
        GDALClose( handle );
    }
};

struct ResultSet
{
    GDALDatasetH dataset;
    OGRLayerH layer;
    ~ResultSet()
    {
      if ( layer )
        GDALDatasetReleaseResultSet( dataset, layer );
    }
};

bool copyLayer( GDALDatasetH target, OGRLayerH source, const char *name, bool spatialIndex, QString *error )
{
  const char *withIndex[] = { "SPATIAL_INDEX=YES", nullptr };
  const char *withoutIndex[] = { "SPATIAL_INDEX=NO", nullptr };
  char **options = const_cast<char **>( spatialIndex ? withIndex : withoutIndex );
  if ( GDALDatasetCopyLayer( target, source, name, options ) )
    return true;
  *error = ogr::lastError( tr( "cannot copy table %1" ).arg( QString::fromLatin1( name ) ) );
  return false;
}
} // namespace

QStringList tables()
{
  using namespace projecttables;
  return { QString::fromLatin1( kEvents ),      QString::fromLatin1( kGaps ),
           QString::fromLatin1( kLegs ),        QString::fromLatin1( kTrackPoints ),
           QString::fromLatin1( kGroundStops ), QString::fromLatin1( kAirbases ) };
}

Result write( const QString &projectPath, const QString &snapshotPath, qint64 maxPositions )
{
  gdalsupport::ensureDriversRegistered();
  const ogr::QuietErrors quiet;
  Result result;

  const char *const drivers[] = { "GPKG", nullptr };
  Dataset source{ GDALOpenEx( projectPath.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers,
                              nullptr, nullptr ) };
  if ( !source.handle )
  {
    result.error = ogr::lastError( tr( "cannot read %1" ).arg( projectPath ) );
    return result;
  }
  GDALDriverH gpkg = GDALGetDriverByName( "GPKG" );
  QFile::remove( snapshotPath ); // QgsProject::createAttachedFile() leaves an empty file there
  Dataset target{ gpkg ? GDALCreate( gpkg, snapshotPath.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr )
                       : nullptr };
  if ( !target.handle )
  {
    result.error = ogr::lastError( tr( "cannot create %1" ).arg( snapshotPath ) );
    return result;
  }
  // No transaction of ours: GDALDatasetCopyLayer() writes in transactions of its own.

  const QByteArray positionsTable = QByteArray( projecttables::kTrackPoints );
  for ( const QString &table : tables() )
  {
    const QByteArray name = table.toLatin1();
    OGRLayerH layer = GDALDatasetGetLayerByName( source.handle, name.constData() );
    if ( !layer )
    {
      result.error = tr( "%1 has no table %2" ).arg( projectPath, table );
      return result;
    }
    if ( name != positionsTable )
    {
      if ( !copyLayer( target.handle, layer, name.constData(), true, &result.error ) )
        return result;
      continue;
    }
    result.positionsInProject = OGR_L_GetFeatureCount( layer, TRUE );
    result.stride =
        maxPositions > 0
            ? std::max<qint64>( 1, ( result.positionsInProject + maxPositions - 1 ) / maxPositions )
            : 1;
    if ( result.stride == 1 )
    {
      if ( !copyLayer( target.handle, layer, name.constData(), false, &result.error ) )
        return result;
      result.positionsKept = result.positionsInProject;
      continue;
    }
    // Every stride-th fix, and each track's first and last, so that a track still starts
    // and ends where it did. By fid: the project writer writes each track's positions in time
    // order, so fid order is time order (and no sort of a million rows is needed).
    const QByteArray sql =
        QStringLiteral(
            "SELECT * FROM \"%1\" WHERE fid % %2 = 0 OR fid IN (SELECT MIN(fid) FROM \"%1\" GROUP BY "
            "track_id) OR fid IN (SELECT MAX(fid) FROM \"%1\" GROUP BY track_id)" )
            .arg( table )
            .arg( result.stride )
            .toUtf8();
    ResultSet thinned{ source.handle,
                       GDALDatasetExecuteSQL( source.handle, sql.constData(), nullptr, nullptr ) };
    if ( !thinned.layer )
    {
      result.error = ogr::lastError( tr( "cannot thin out the positions of %1" ).arg( projectPath ) );
      return result;
    }
    if ( !copyLayer( target.handle, thinned.layer, name.constData(), false, &result.error ) )
      return result;
    OGRLayerH written = GDALDatasetGetLayerByName( target.handle, name.constData() );
    result.positionsKept = written ? OGR_L_GetFeatureCount( written, TRUE ) : 0;
  }
  return result;
}

} // namespace sortie::displaysnapshot
