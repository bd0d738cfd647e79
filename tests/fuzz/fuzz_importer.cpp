// libFuzzer target: one importer, chosen at build time by SORTIE_FUZZ_FORMAT (its
// formatName()), reads the input as a file's whole content; what it returns is then
// analysed as Sortie would after an import (legs, gaps, ground stops, correlation facts).
// Built only with -DSORTIE_FUZZ=ON and clang (tests/fuzz/CMakeLists.txt).
#include "fuzzsupport.h"
#include "models/io/importer.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace
{
const sortie::Importer &importer()
{
  static const sortie::ImporterRegistry registry = sortie::ImporterRegistry::standard();
  static const sortie::Importer *chosen = []
  {
    for ( const auto &candidate : registry.importers() )
    {
      if ( candidate->formatName() == QLatin1String( SORTIE_FUZZ_FORMAT ) )
        return candidate.get();
    }
    std::fprintf( stderr, "no importer named %s\n", SORTIE_FUZZ_FORMAT );
    std::abort();
  }();
  return *chosen;
}
} // namespace

extern "C" int LLVMFuzzerInitialize( int *, char *** )
{
  sortie::fuzz::initialise();
  importer();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput( const std::uint8_t *data, std::size_t size )
{
  sortie::ImportSource source;
  source.path = QStringLiteral( "fuzz-input" );
  source.displayName = source.path;
  source.content = QByteArray( reinterpret_cast<const char *>( data ), static_cast<int>( size ) );
  const sortie::ImportResult result = importer().read( source );
  sortie::fuzz::analyse( result );
  return 0;
}
