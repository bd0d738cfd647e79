#include "models/io/gdalsupport.h"

#include <QAtomicInteger>

#include <cpl_error.h>
#include <cpl_vsi.h>
#include <gdal.h>
#include <mutex>

namespace sortie::gdalsupport
{

void ensureDriversRegistered()
{
  static std::once_flag once;
  std::call_once( once, [] { GDALAllRegister(); } );
}

MemoryDataset::MemoryDataset( const QByteArray &content, const char *driverName, const QString &suffix )
  : mContent( content )
{
  ensureDriversRegistered();
  static QAtomicInteger<quint64> counter;
  mPath = QStringLiteral( "/vsimem/sortie-import-%1.%2" )
              .arg( counter.fetchAndAddRelaxed( 1 ) )
              .arg( suffix )
              .toUtf8();
  VSILFILE *file = VSIFileFromMemBuffer( mPath.constData(), reinterpret_cast<GByte *>( mContent.data() ),
                                         static_cast<vsi_l_offset>( mContent.size() ), FALSE );
  if ( file )
    VSIFCloseL( file );
  CPLErrorReset();
  const char *const drivers[] = { driverName, nullptr };
  // Quiet: GDAL's own stderr output would bypass the import warnings.
  CPLPushErrorHandler( CPLQuietErrorHandler );
  mDataset = GDALOpenEx( mPath.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, nullptr, nullptr );
  CPLPopErrorHandler();
  if ( !mDataset )
    mError = QString::fromUtf8( CPLGetLastErrorMsg() );
}

MemoryDataset::~MemoryDataset()
{
  if ( mDataset )
    GDALClose( mDataset );
  VSIUnlink( mPath.constData() );
}

} // namespace sortie::gdalsupport
