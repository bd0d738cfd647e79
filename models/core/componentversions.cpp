#include "models/core/componentversions.h"

#include "sortie/buildinfo.h"

#include <QtGlobal>

#include <gdal.h>

namespace sortie
{

QString sortieVersion()
{
  return QStringLiteral( SORTIE_VERSION_STRING );
}

QList<ComponentVersion> coreComponentVersions()
{
  QList<ComponentVersion> versions;
  versions.append( { QStringLiteral( "Sortie" ), sortieVersion() } );

  const QString qtRuntime = QString::fromLatin1( qVersion() );
  const QString qtBuild = QStringLiteral( QT_VERSION_STR );
  versions.append(
      { QStringLiteral( "Qt" ), qtRuntime == qtBuild
                                    ? qtRuntime
                                    : QStringLiteral( "%1 (built with %2)" ).arg( qtRuntime, qtBuild ) } );

  versions.append( { QStringLiteral( "GDAL" ), QString::fromLatin1( GDALVersionInfo( "RELEASE_NAME" ) ) } );
  return versions;
}

} // namespace sortie
