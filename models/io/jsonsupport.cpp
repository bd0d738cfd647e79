#include "models/io/jsonsupport.h"

#include <QJsonParseError>
#include <QObject>

#include <cstring>

namespace sortie::jsonsupport
{

qint64 lineOfOffset( const QByteArray &content, qint64 offset )
{
  return content.left( static_cast<int>( offset ) ).count( '\n' ) + 1;
}

bool parse( const QByteArray &content, QJsonDocument *document, qint64 *line, QString *message )
{
  QJsonParseError error;
  *document = QJsonDocument::fromJson( content, &error );
  if ( error.error == QJsonParseError::NoError )
    return true;
  *line = lineOfOffset( content, error.offset );
  *message = QObject::tr( "not valid JSON: %1" ).arg( error.errorString() );
  return false;
}

std::vector<qint64> arrayElementLines( const QByteArray &content, const char *key )
{
  std::vector<qint64> lines;
  const QByteArray quotedKey = QByteArray( "\"" ) + key + '"';
  const int keyAt = content.indexOf( quotedKey );
  if ( keyAt < 0 )
    return lines;
  const char *p = content.constData() + keyAt + quotedKey.size();
  const char *end = content.constData() + content.size();
  qint64 line = lineOfOffset( content, keyAt );
  while ( p < end && *p != '[' )
  {
    if ( *p == '\n' )
      ++line;
    ++p;
  }
  if ( p >= end )
    return lines;
  ++p;
  int depth = 0;
  bool inString = false;
  bool expectElement = true;
  for ( ; p < end; ++p )
  {
    const char c = *p;
    if ( c == '\n' )
    {
      ++line;
      continue;
    }
    if ( inString )
    {
      if ( c == '\\' )
        ++p;
      else if ( c == '"' )
        inString = false;
      continue;
    }
    if ( c == ' ' || c == '\t' || c == '\r' )
      continue;
    if ( depth == 0 && expectElement && c != ']' )
    {
      lines.push_back( line );
      expectElement = false;
    }
    if ( c == '"' )
      inString = true;
    else if ( c == '[' || c == '{' )
      ++depth;
    else if ( c == ']' || c == '}' )
    {
      if ( depth == 0 )
        break;
      --depth;
    }
    else if ( c == ',' && depth == 0 )
      expectElement = true;
  }
  return lines;
}

} // namespace sortie::jsonsupport
