#include "models/io/importer.h"

#include <QFile>
#include <QFileInfo>
#include <QObject>

#include <cpl_error.h>
#include <cpl_vsi.h>

namespace sortie
{

QString ImportWarning::toString() const
{
  if ( line > 0 )
    return QStringLiteral( "%1:%2: %3" ).arg( file ).arg( line ).arg( message );
  return QStringLiteral( "%1: %2" ).arg( file, message );
}

void ImporterRegistry::add( std::unique_ptr<Importer> importer )
{
  mImporters.push_back( std::move( importer ) );
}

const Importer *ImporterRegistry::choose( const QString &fileName, const QByteArray &head ) const
{
  const QString lowerName = fileName.toLower();
  const Importer *best = nullptr;
  int bestScore = 0;
  for ( const std::unique_ptr<Importer> &importer : mImporters )
  {
    int score = importer->sniff( head );
    if ( score <= 0 )
      continue;
    for ( const QString &suffix : importer->suffixes() )
    {
      if ( lowerName.endsWith( QLatin1Char( '.' ) + suffix ) )
      {
        score += 5; // the name breaks ties; the content decides
        break;
      }
    }
    if ( score > bestScore )
    {
      bestScore = score;
      best = importer.get();
    }
  }
  return best;
}

namespace
{
bool isGzip( const QByteArray &bytes )
{
  return bytes.size() >= 2 && static_cast<unsigned char>( bytes[0] ) == 0x1f &&
         static_cast<unsigned char>( bytes[1] ) == 0x8b;
}

// Decompress through GDAL's virtual file system, which also reports a truncated stream.
bool gunzip( const QString &path, QByteArray *out, QString *error )
{
  CPLErrorReset();
  const QByteArray vsiPath = QByteArrayLiteral( "/vsigzip/" ) + QFile::encodeName( path );
  VSILFILE *file = VSIFOpenL( vsiPath.constData(), "rb" );
  if ( !file )
  {
    *error = QObject::tr( "cannot open the gzip stream" );
    return false;
  }
  QByteArray data;
  char buffer[1 << 16];
  while ( true )
  {
    const size_t read = VSIFReadL( buffer, 1, sizeof( buffer ), file );
    if ( static_cast<qint64>( data.size() ) + static_cast<qint64>( read ) > kMaxImportBytes )
    {
      // A gzip bomb (a few KB that inflate to gigabytes), or an export too large to read at
      // once: stop before memory runs out.
      VSIFCloseL( file );
      *error = QObject::tr( "decompresses to more than %1 MiB, the most Sortie reads from one file; "
                            "split the export" )
                   .arg( kMaxImportBytes >> 20 );
      return false;
    }
    data.append( buffer, static_cast<int>( read ) );
    if ( read < sizeof( buffer ) )
      break;
  }
  const bool failed = CPLGetLastErrorType() >= CE_Failure;
  const QString gdalMessage = QString::fromUtf8( CPLGetLastErrorMsg() );
  VSIFCloseL( file );
  if ( failed )
  {
    *error = QObject::tr( "truncated or corrupt gzip data%1" )
                 .arg( gdalMessage.isEmpty() ? QString() : QStringLiteral( " (%1)" ).arg( gdalMessage ) );
    return false;
  }
  *out = data;
  return true;
}

// Position of the first byte that is not valid UTF-8, or -1.
int firstInvalidUtf8( const QByteArray &bytes )
{
  const auto *p = reinterpret_cast<const unsigned char *>( bytes.constData() );
  const int n = bytes.size();
  int i = 0;
  while ( i < n )
  {
    const unsigned char c = p[i];
    int length = 0;
    if ( c < 0x80 )
      length = 1;
    else if ( ( c & 0xE0 ) == 0xC0 && c >= 0xC2 )
      length = 2;
    else if ( ( c & 0xF0 ) == 0xE0 )
      length = 3;
    else if ( ( c & 0xF8 ) == 0xF0 && c <= 0xF4 )
      length = 4;
    else
      return i;
    if ( i + length > n )
      return i;
    for ( int k = 1; k < length; ++k )
    {
      if ( ( p[i + k] & 0xC0 ) != 0x80 )
        return i;
    }
    i += length;
  }
  return -1;
}
} // namespace

bool readImportSource( const QString &path, ImportSource *source, QVector<ImportWarning> *warnings,
                       QString *error )
{
  const QFileInfo info( path );
  source->path = path;
  source->displayName = info.fileName();
  if ( !info.exists() )
  {
    *error = QObject::tr( "no such file" );
    return false;
  }
  if ( info.isDir() )
  {
    *error = QObject::tr( "is a folder, not a file" );
    return false;
  }
  if ( info.size() > kMaxImportBytes )
  {
    *error = QObject::tr( "is %1 MiB; Sortie reads files of up to %2 MiB at once: split the export" )
                 .arg( info.size() >> 20 )
                 .arg( kMaxImportBytes >> 20 );
    return false;
  }
  QFile file( path );
  if ( !file.open( QIODevice::ReadOnly ) )
  {
    *error = QObject::tr( "cannot be read: %1" ).arg( file.errorString() );
    return false;
  }
  QByteArray content = file.readAll();
  if ( content.isEmpty() )
  {
    *error = QObject::tr( "empty file" );
    return false;
  }
  if ( isGzip( content ) )
  {
    if ( !gunzip( path, &content, error ) )
      return false;
    if ( content.isEmpty() )
    {
      *error = QObject::tr( "empty file (after decompression)" );
      return false;
    }
  }
  if ( content.startsWith( "\xFF\xFE" ) || content.startsWith( "\xFE\xFF" ) )
  {
    // UTF-16, as some Windows tools save CSV: convert once so every importer sees UTF-8.
    const bool little = content.startsWith( "\xFF\xFE" );
    QString text;
    text.reserve( content.size() / 2 );
    for ( int i = 2; i + 1 < content.size(); i += 2 )
    {
      const auto lo = static_cast<unsigned char>( content[little ? i : i + 1] );
      const auto hi = static_cast<unsigned char>( content[little ? i + 1 : i] );
      text.append( QChar( static_cast<char16_t>( hi << 8 | lo ) ) );
    }
    content = text.toUtf8();
  }
  // A binary format (a GeoPackage is an SQLite database) is no text to check.
  const bool binary = content.startsWith( QByteArray( "SQLite format 3\0", 16 ) );
  const int invalid = binary ? -1 : firstInvalidUtf8( content );
  if ( invalid >= 0 )
  {
    const qint64 line = content.left( invalid ).count( '\n' ) + 1;
    warnings->append(
        { source->displayName, line,
          QObject::tr( "not valid UTF-8 (first bad byte here); text may show replacement characters" ) } );
  }
  source->content = content;
  return true;
}

ImportResult ImporterRegistry::importFile( const QString &path ) const
{
  ImportResult result;
  ImportSource source;
  QString error;
  QVector<ImportWarning> readWarnings;
  if ( !readImportSource( path, &source, &readWarnings, &error ) )
  {
    result.failed = true;
    result.warnings = readWarnings;
    result.warnings.append( { QFileInfo( path ).fileName(), 0, error } );
    return result;
  }

  const Importer *importer = choose( source.displayName, source.content.left( 64 * 1024 ) );
  if ( !importer )
  {
    result.failed = true;
    result.warnings = readWarnings;
    result.warnings.append( { source.displayName, 0,
                              QObject::tr( "not a track, airbase or event file Sortie can read "
                                           "(see docs/formats.md for the formats it knows)" ) } );
    return result;
  }

  result = importer->read( source );
  result.format = importer->formatName();
  for ( Track &track : result.tracks )
    track.squeeze();
  result.warnings = readWarnings + result.warnings;
  if ( result.isEmpty() && !result.failed )
  {
    result.failed = true;
    result.warnings.append(
        { source.displayName, 0,
          QObject::tr( "read as %1, but nothing usable was found" ).arg( importer->formatName() ) } );
  }
  return result;
}

} // namespace sortie
