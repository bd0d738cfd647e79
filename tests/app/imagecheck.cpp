#include "imagecheck.h"

#include <qgsrenderchecker.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace sortie::test
{

QString outputDirectory()
{
  QString dir = qEnvironmentVariable( "SORTIE_TEST_OUTPUT_DIR" );
  if ( dir.isEmpty() )
    dir = QDir::tempPath();
  QDir().mkpath( dir );
  return dir;
}

bool matchesReference( const QString &name, const QImage &rendered, int colorTolerance,
                       double maxMismatchFraction, QString *message )
{
  const QString referencePath = QStringLiteral( SORTIE_TEST_REFERENCE_DIR "/%1.png" ).arg( name );
  const QString renderedPath = outputDirectory() + QStringLiteral( "/%1_rendered.png" ).arg( name );
  if ( !rendered.save( renderedPath, "PNG" ) )
  {
    *message = QStringLiteral( "cannot write %1" ).arg( renderedPath );
    return false;
  }

  if ( qEnvironmentVariableIntValue( "SORTIE_UPDATE_REFERENCES" ) == 1 )
  {
    QFile::remove( referencePath );
    const bool written = QFile::copy( renderedPath, referencePath );
    *message = written ? QStringLiteral( "reference %1 updated" ).arg( referencePath )
                       : QStringLiteral( "cannot write reference %1" ).arg( referencePath );
    qWarning( "%s", qPrintable( *message ) );
    return written;
  }

  if ( !QFileInfo::exists( referencePath ) )
  {
    *message =
        QStringLiteral(
            "no reference image %1 (run with SORTIE_UPDATE_REFERENCES=1 to create it, then look at it)" )
            .arg( referencePath );
    return false;
  }

  QgsRenderChecker checker;
  checker.setColorTolerance( static_cast<unsigned int>( colorTolerance ) );
  const unsigned int allowed =
      static_cast<unsigned int>( maxMismatchFraction * rendered.width() * rendered.height() );
  const bool matched = checker.compareImages( name, referencePath, renderedPath, allowed );
  *message =
      QStringLiteral( "%1: %2 of %3 pixels differ beyond tolerance %4 (allowed %5); rendered image: %6" )
          .arg( name )
          .arg( checker.mismatchCount() )
          .arg( checker.matchTarget() )
          .arg( colorTolerance )
          .arg( allowed )
          .arg( renderedPath );
  if ( !matched )
  {
    // QgsRenderChecker leaves its difference image in the temp dir, which the test sandbox removes.
    const QString diff = QDir::tempPath() + QStringLiteral( "/%1_result_diff.png" ).arg( name );
    const QString kept = outputDirectory() + QStringLiteral( "/%1_diff.png" ).arg( name );
    QFile::remove( kept );
    if ( QFile::copy( diff, kept ) )
      *message += QStringLiteral( "; difference image: %1" ).arg( kept );
  }
  return matched;
}

} // namespace sortie::test
