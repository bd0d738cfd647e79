#pragma once

// The bundled sample's files, for every test that loads the sample. Needs
// SORTIE_SAMPLES_DIR (set by tests/CMakeLists.txt and tests/app/CMakeLists.txt).

#include <QDir>
#include <QStringList>

namespace sortie::test
{

/** Every file of resources/samples except its README, in name order. */
inline QStringList sampleFiles()
{
  QStringList files;
  const QDir dir( QStringLiteral( SORTIE_SAMPLES_DIR ) );
  for ( const QString &name : dir.entryList( QDir::Files, QDir::Name ) )
  {
    if ( name != QLatin1String( "README.md" ) )
      files.append( dir.filePath( name ) );
  }
  return files;
}

} // namespace sortie::test
