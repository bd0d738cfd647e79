#include "models/core/componentversions.h"
#include "sortie/buildinfo.h"

#include <QRegularExpression>
#include <QTest>

#include <gdal.h>

using namespace sortie;

class TestComponentVersions : public QObject
{
    Q_OBJECT

  private slots:
    void listsSortieQtAndGdal()
    {
      const QList<ComponentVersion> versions = coreComponentVersions();
      QStringList names;
      for ( const ComponentVersion &v : versions )
      {
        names.append( v.name );
        QVERIFY2( !v.version.isEmpty(), qPrintable( v.name ) );
      }
      QCOMPARE( names, ( QStringList{ QStringLiteral( "Sortie" ), QStringLiteral( "Qt" ),
                                      QStringLiteral( "GDAL" ) } ) );
      QCOMPARE( versions.at( 0 ).version, QStringLiteral( SORTIE_VERSION_STRING ) );
      QVERIFY( versions.at( 1 ).version.startsWith( QString::fromLatin1( qVersion() ) ) );
      QCOMPARE( versions.at( 2 ).version, QString::fromLatin1( GDALVersionInfo( "RELEASE_NAME" ) ) );
    }

    void versionIsSemantic()
    {
      QVERIFY( QRegularExpression( QStringLiteral( "^\\d+\\.\\d+\\.\\d+$" ) )
                   .match( sortieVersion() )
                   .hasMatch() );
    }

    void builtAgainstTheQtThatRuns()
    {
      // The Qt 6 build of this test must really be a Qt 6 program (and the Qt 5 one Qt 5):
      // otherwise `ctest -L qt6` would prove nothing.
      QCOMPARE( QT_VERSION_MAJOR,
                QString::fromLatin1( qVersion() ).section( QLatin1Char( '.' ), 0, 0 ).toInt() );
    }
};

QTEST_GUILESS_MAIN( TestComponentVersions )
#include "test_componentversions.moc"
