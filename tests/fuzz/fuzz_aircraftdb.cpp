// libFuzzer target: the aircraft database (issue 14 point 4), a file downloaded from the
// network. The input is converted (AircraftDatabase::convert(): OpenSky's CSV in either
// quoting, ADS-B Exchange's JSON lines) and the result searched; and the input itself, behind
// the header of Sortie's converted form, is mapped and searched, as a damaged or replaced
// aircraft.tsv in the user's folder would be.
#include "fuzzsupport.h"
#include "models/refdata/aircraftdatabase.h"

#include <QDir>
#include <QFile>
#include <QString>

#include <algorithm>
#include <cstdint>
#include <unistd.h>

namespace
{
bool writeFile( const QString &path, const QByteArray &bytes )
{
  QFile file( path );
  return file.open( QIODevice::WriteOnly | QIODevice::Truncate ) && file.write( bytes ) == bytes.size();
}

// Addresses to look for: a few fixed ones, and the start of each of the input's first lines.
void searchAll( const sortie::AircraftDatabase &database, const QByteArray &input )
{
  for ( const char *fixed : { "000000", "ffffff", "150b5f", "ae1234", "7fffff" } )
    database.find( QString::fromLatin1( fixed ) );
  const QList<QByteArray> lines = input.left( 1 << 16 ).split( '\n' );
  for ( int i = 0; i < std::min( 64, static_cast<int>( lines.size() ) ); ++i )
    database.find( QString::fromLatin1( lines.at( i ).left( 6 ) ) );
}
} // namespace

extern "C" int LLVMFuzzerInitialize( int *, char *** )
{
  sortie::fuzz::initialise();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput( const std::uint8_t *data, std::size_t size )
{
  static const QString folder = QDir::tempPath();
  static const QString source =
      QDir( folder ).filePath( QStringLiteral( "sortie-fuzz-ac-%1.src" ).arg( ::getpid() ) );
  static const QString converted =
      QDir( folder ).filePath( QStringLiteral( "sortie-fuzz-ac-%1.tsv" ).arg( ::getpid() ) );
  const QByteArray input( reinterpret_cast<const char *>( data ), static_cast<int>( size ) );
  if ( writeFile( source, input ) )
  {
    const sortie::AircraftDatabase::ConvertResult result =
        sortie::AircraftDatabase::convert( source, converted );
    sortie::AircraftDatabase database;
    if ( result.error.isEmpty() && database.open( converted ) )
      searchAll( database, input );
  }
  // The input as if it were the converted file: any bytes after a valid header line.
  if ( writeFile( converted,
                  QByteArrayLiteral( "sortie-aircraft-db\t1\tfuzz\t2024-01-01T00:00:00Z\t0\n" ) + input ) )
  {
    sortie::AircraftDatabase database;
    if ( database.open( converted ) )
      searchAll( database, input );
  }
  QFile::remove( source );
  QFile::remove( converted );
  return 0;
}
