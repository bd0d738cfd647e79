// libFuzzer target: the project reader (readProject) on a .sortie.gpkg whose bytes are the
// input: SQLite pages, GeoPackage tables, Sortie's rows. Seeded with real project files;
// SQLite's own checks (quick_check) run before any row is read.
#include "fuzzsupport.h"
#include "models/project/projectstore.h"

#include <QDir>
#include <QFile>
#include <QString>

#include <cstdint>
#include <unistd.h>

extern "C" int LLVMFuzzerInitialize( int *, char *** )
{
  sortie::fuzz::initialise();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput( const std::uint8_t *data, std::size_t size )
{
  // The reader takes a path (GDAL opens the file): one file per process, rewritten each run.
  static const QString path =
      QDir::temp().filePath( QStringLiteral( "sortie-fuzz-%1.sortie.gpkg" ).arg( ::getpid() ) );
  {
    QFile file( path );
    if ( !file.open( QIODevice::WriteOnly | QIODevice::Truncate ) )
      return 0;
    file.write( reinterpret_cast<const char *>( data ), static_cast<qint64>( size ) );
  }
  const sortie::ProjectReadResult result = sortie::readProject( path );
  if ( result.ok() )
  {
    sortie::ImportResult asImport;
    asImport.tracks = result.content.tracks;
    asImport.airbases = result.content.airbases;
    asImport.events = result.content.events;
    sortie::fuzz::analyse( asImport );
  }
  QFile::remove( path );
  return 0;
}
