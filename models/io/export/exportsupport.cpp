#include "models/io/export/exportsupport.h"

#include "models/io/export/exporters.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QObject>
#include <QSaveFile>
#include <QTimeZone>

namespace sortie::exporters
{

QString isoUtc( std::int64_t ms )
{
  const QDateTime time = QDateTime::fromMSecsSinceEpoch( ms, QTimeZone::utc() );
  return time.toString( ms % 1000 == 0 ? QStringLiteral( "yyyy-MM-ddTHH:mm:ss'Z'" )
                                       : QStringLiteral( "yyyy-MM-ddTHH:mm:ss.zzz'Z'" ) );
}

QString writeAtomically( const QString &path, const QByteArray &bytes )
{
  QSaveFile file( path );
  if ( !file.open( QIODevice::WriteOnly ) || file.write( bytes ) != bytes.size() || !file.commit() )
    return QObject::tr( "Cannot write %1: %2" ).arg( QDir::toNativeSeparators( path ), file.errorString() );
  return QString();
}

QStringList suffixes()
{
  return { QStringLiteral( "kml" ), QStringLiteral( "geojson" ), QStringLiteral( "csv" ) };
}

QString exportTo( const Workspace &workspace, const QString &path )
{
  const QString suffix = QFileInfo( path ).suffix().toLower();
  if ( suffix == QLatin1String( "kml" ) )
    return writeKml( workspace, path );
  if ( suffix == QLatin1String( "geojson" ) || suffix == QLatin1String( "json" ) )
    return writeMfJson( workspace, path );
  if ( suffix == QLatin1String( "csv" ) )
    return writeEventsCsv( workspace, path );
  return QObject::tr( "%1: cannot export to .%2; the formats are .kml, .geojson and .csv" )
      .arg( QDir::toNativeSeparators( path ), suffix );
}

} // namespace sortie::exporters
