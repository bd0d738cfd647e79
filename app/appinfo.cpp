#include "app/appinfo.h"

#include <qgsprojutils.h>

#include <qgis.h>

namespace sortie
{

QList<ComponentVersion> appComponentVersions()
{
  QList<ComponentVersion> versions = coreComponentVersions();
  versions.append( { QStringLiteral( "QGIS" ), Qgis::version() } );
  versions.append( { QStringLiteral( "PROJ" ), QStringLiteral( "%1.%2" )
                                                   .arg( QgsProjUtils::projVersionMajor() )
                                                   .arg( QgsProjUtils::projVersionMinor() ) } );
  return versions;
}

QString versionReport()
{
  QString report;
  for ( const ComponentVersion &component : appComponentVersions() )
    report += component.name + QLatin1Char( ' ' ) + component.version + QLatin1Char( '\n' );
  return report;
}

QStringList dataAttributions()
{
  return {
      QObject::tr( "Basemap: Natural Earth country boundaries (public domain), as shipped with QGIS." ) };
}

} // namespace sortie
