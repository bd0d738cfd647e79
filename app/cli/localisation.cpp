#include "app/cli/localisation.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace sortie::localisation
{

QStringList languages()
{
  return { QStringLiteral( "en" ), QStringLiteral( "ko" ), QStringLiteral( "ru" ) };
}

QString nativeName( const QString &code )
{
  if ( code == QLatin1String( "ko" ) )
    return QStringLiteral( "한국어" );
  if ( code == QLatin1String( "ru" ) )
    return QStringLiteral( "Русский" );
  return QStringLiteral( "English" );
}

QString settingsKey()
{
  return QStringLiteral( "interface/language" );
}

namespace
{
// "ko_KR", "ru-RU", "ko" -> "ko"; empty when Sortie has no such language.
QString known( const QString &name )
{
  const QString code = name.section( QLatin1Char( '_' ), 0, 0 ).section( QLatin1Char( '-' ), 0, 0 ).toLower();
  return languages().contains( code ) ? code : QString();
}

QString &current()
{
  static QString code = QStringLiteral( "en" );
  return code;
}
} // namespace

QString currentLanguage()
{
  return current();
}

QString chooseLanguage( const QString &requested )
{
  if ( const QString code = known( requested ); !code.isEmpty() )
    return code;
  if ( const QString code = known( QSettings().value( settingsKey() ).toString() ); !code.isEmpty() )
    return code;
  // Qt reads LANGUAGE (a list) as well as LC_ALL, LC_MESSAGES and LANG for these.
  for ( const QString &language : QLocale::system().uiLanguages() )
  {
    if ( const QString code = known( language ); !code.isEmpty() )
      return code;
  }
  return QStringLiteral( "en" );
}

QStringList translationFolders()
{
  QStringList folders;
  if ( const QString fromEnvironment = qEnvironmentVariable( "SORTIE_TRANSLATIONS_DIR" );
       !fromEnvironment.isEmpty() )
    folders << fromEnvironment;
  const QString programFolder = QCoreApplication::applicationDirPath();
  if ( !programFolder.isEmpty() )
    folders << QDir::cleanPath( programFolder + QStringLiteral( "/../translations" ) )
            << QDir::cleanPath( programFolder + QStringLiteral( "/../share/sortie/translations" ) );
  folders << QStringLiteral( SORTIE_INSTALLED_TRANSLATIONS_DIR );
  folders.removeDuplicates();
  return folders;
}

bool installTranslators( const QString &code, QString *problem )
{
  current() = code.isEmpty() ? QStringLiteral( "en" ) : code;
  if ( current() == QLatin1String( "en" ) )
    return true;
  // Owned by the application: translators live as long as it does.
  auto *qt = new QTranslator( QCoreApplication::instance() );
  if ( qt->load( QStringLiteral( "qtbase_" ) + code,
                 QLibraryInfo::location( QLibraryInfo::TranslationsPath ) ) )
    QCoreApplication::installTranslator( qt );
  auto *sortie = new QTranslator( QCoreApplication::instance() );
  const QStringList folders = translationFolders();
  for ( const QString &folder : folders )
  {
    if ( sortie->load( QStringLiteral( "sortie_" ) + code, folder ) )
    {
      QCoreApplication::installTranslator( sortie );
      return true;
    }
  }
  if ( problem )
    *problem = QStringLiteral( "sortie_%1.qm is in none of: %2" )
                   .arg( code, folders.join( QStringLiteral( ", " ) ) );
  return false;
}

} // namespace sortie::localisation
