#include "app/sortieapplication.h"

#include "app/logging.h"
#include "models/core/componentversions.h"

#include <qgsmessagelog.h>

#include <QDir>
#include <QIcon>
#include <QStandardPaths>

// Resources compiled into a static library must be registered by hand, at global scope.
static void registerSortieResources()
{
  Q_INIT_RESOURCE( sortie );
  Q_INIT_RESOURCE( samples );
  Q_INIT_RESOURCE( samples );
}

namespace sortie
{

namespace
{
void forwardQgisMessage( const QString &message, const QString &tag, Qgis::MessageLevel level )
{
  const QString text = tag.isEmpty() ? message : QStringLiteral( "[%1] %2" ).arg( tag, message );
  switch ( level )
  {
  case Qgis::MessageLevel::Critical:
    qCCritical( lcQgis ).noquote() << text;
    break;
  case Qgis::MessageLevel::Warning:
    qCWarning( lcQgis ).noquote() << text;
    break;
  case Qgis::MessageLevel::Info:
  case Qgis::MessageLevel::Success:
  case Qgis::MessageLevel::NoLevel:
    qCInfo( lcQgis ).noquote() << text;
    break;
  }
}
} // namespace

void SortieApplication::setIdentity()
{
  QCoreApplication::setOrganizationName( QStringLiteral( "Sortie" ) );
  QCoreApplication::setOrganizationDomain( QStringLiteral( "sortie.invalid" ) );
  QCoreApplication::setApplicationName( QStringLiteral( "Sortie" ) );
  QCoreApplication::setApplicationVersion( sortieVersion() );
}

QString SortieApplication::qgisPrefixPath()
{
  const QString fromEnvironment = qEnvironmentVariable( "QGIS_PREFIX_PATH" );
  return fromEnvironment.isEmpty() ? QStringLiteral( SORTIE_QGIS_PREFIX ) : fromEnvironment;
}

QString SortieApplication::profileFolder()
{
  // QStandardPaths needs the identity set; setIdentity() is called before this.
  return QStandardPaths::writableLocation( QStandardPaths::AppDataLocation ) +
         QStringLiteral( "/qgis-profile" );
}

QString SortieApplication::basemapPath()
{
  return QgsApplication::pkgDataPath() + QStringLiteral( "/resources/data/world_map.gpkg" );
}

SortieApplication::SortieApplication( int &argc, char **argv )
  : QgsApplication( argc, argv, true, profileFolder(), QStringLiteral( "desktop" ) )
{
  registerSortieResources();
  setWindowIcon( QIcon( QStringLiteral( ":/sortie/icons/sortie.svg" ) ) );
  QDir().mkpath( profileFolder() );
  setPrefixPath( qgisPrefixPath(), true );
  initQgis();

  // Many QGIS errors (provider failures, style problems) go only to its message log.
  connect( messageLog(),
           qOverload<const QString &, const QString &, Qgis::MessageLevel>( &QgsMessageLog::messageReceived ),
           this, &forwardQgisMessage );

  qCInfo( lcApp ).noquote() << "QGIS" << Qgis::version() << "prefix" << qgisPrefixPath() << "profile"
                            << profileFolder();
}

SortieApplication::~SortieApplication()
{
  exitQgis();
}

} // namespace sortie
