#include "models/io/jsoncursor.h"

#include <QObject>

#include <charconv>
#include <cstring>

namespace sortie::jsonsupport
{

Cursor::Cursor( const QByteArray &content )
  : mPos( content.constData() )
  , mEnd( content.constData() + content.size() )
{
  if ( mEnd - mPos >= 3 && std::memcmp( mPos, "\xEF\xBB\xBF", 3 ) == 0 )
    mPos += 3;
}

void Cursor::fail( const QString &message )
{
  if ( mError.isEmpty() )
  {
    mError = message;
    mErrorLine = mLine;
  }
  mPos = mEnd;
}

bool Cursor::skipSpace()
{
  while ( mPos < mEnd )
  {
    const char c = *mPos;
    if ( c == '\n' )
      ++mLine;
    else if ( c != ' ' && c != '\t' && c != '\r' )
      return true;
    ++mPos;
  }
  return false;
}

bool Cursor::atEnd()
{
  return !skipSpace();
}

char Cursor::peek()
{
  return skipSpace() ? *mPos : 0;
}

bool Cursor::expect( char c )
{
  if ( failed() )
    return false;
  if ( peek() == c )
  {
    ++mPos;
    return true;
  }
  fail(
      mPos >= mEnd
          ? QObject::tr( "unexpected end of input (expected '%1')" ).arg( QLatin1Char( c ) )
          : QObject::tr( "expected '%1', found '%2'" ).arg( QLatin1Char( c ) ).arg( QLatin1Char( *mPos ) ) );
  return false;
}

bool Cursor::accept( char c )
{
  if ( peek() == c )
  {
    ++mPos;
    return true;
  }
  return false;
}

std::optional<double> Cursor::readNumber()
{
  if ( !skipSpace() )
  {
    fail( QObject::tr( "unexpected end of input (expected a number)" ) );
    return std::nullopt;
  }
  double value = 0;
  const auto [end, error] = std::from_chars( mPos, mEnd, value );
  if ( error != std::errc() || end == mPos )
  {
    fail( QObject::tr( "expected a number" ) );
    return std::nullopt;
  }
  mPos = end;
  return value;
}

std::optional<std::string> Cursor::readString()
{
  if ( !expect( '"' ) )
    return std::nullopt;
  std::string out;
  while ( mPos < mEnd )
  {
    const char c = *mPos++;
    if ( c == '"' )
      return out;
    if ( c == '\n' )
    {
      fail( QObject::tr( "line break inside a string" ) );
      return std::nullopt;
    }
    if ( c != '\\' )
    {
      out += c;
      continue;
    }
    if ( mPos >= mEnd )
      break;
    const char escaped = *mPos++;
    switch ( escaped )
    {
    case 'n':
      out += '\n';
      break;
    case 't':
      out += '\t';
      break;
    case 'r':
      out += '\r';
      break;
    case 'b':
      out += '\b';
      break;
    case 'f':
      out += '\f';
      break;
    case 'u':
    {
      if ( mEnd - mPos < 4 )
      {
        fail( QObject::tr( "truncated \\u escape" ) );
        return std::nullopt;
      }
      unsigned int code = 0;
      const auto [end, error] = std::from_chars( mPos, mPos + 4, code, 16 );
      if ( error != std::errc() || end != mPos + 4 )
      {
        fail( QObject::tr( "bad \\u escape" ) );
        return std::nullopt;
      }
      mPos += 4;
      out += QString( QChar( static_cast<char16_t>( code ) ) ).toStdString();
      break;
    }
    default:
      out += escaped; // \" \\ \/
    }
  }
  fail( QObject::tr( "unexpected end of input inside a string" ) );
  return std::nullopt;
}

std::optional<std::string_view> Cursor::readLiteral()
{
  skipSpace();
  for ( std::string_view literal :
        { std::string_view( "null" ), std::string_view( "true" ), std::string_view( "false" ) } )
  {
    if ( static_cast<std::size_t>( mEnd - mPos ) >= literal.size() &&
         std::memcmp( mPos, literal.data(), literal.size() ) == 0 )
    {
      mPos += literal.size();
      return literal;
    }
  }
  fail( QObject::tr( "unexpected character '%1'" )
            .arg( mPos < mEnd ? QLatin1Char( *mPos ) : QLatin1Char( '?' ) ) );
  return std::nullopt;
}

bool Cursor::skipValue()
{
  const char c = peek();
  if ( c == '{' || c == '[' )
  {
    if ( mDepth >= kMaxDepth )
    {
      fail( QObject::tr( "nested deeper than %1 levels; not read" ).arg( kMaxDepth ) );
      return false;
    }
    struct Deeper
    {
        int &depth;
        explicit Deeper( int &d )
          : depth( ++d )
        {
        }
        ~Deeper() { --depth; }
    } deeper( mDepth );
    const char close = c == '{' ? '}' : ']';
    ++mPos;
    if ( accept( close ) )
      return true;
    while ( !failed() )
    {
      if ( c == '{' )
      {
        if ( !readString() || !expect( ':' ) )
          return false;
      }
      if ( !skipValue() )
        return false;
      if ( accept( close ) )
        return true;
      if ( !expect( ',' ) )
        return false;
    }
    return false;
  }
  if ( c == '"' )
    return readString().has_value();
  if ( c == '-' || ( c >= '0' && c <= '9' ) )
    return readNumber().has_value();
  if ( c == 0 )
  {
    fail( QObject::tr( "unexpected end of input" ) );
    return false;
  }
  return readLiteral().has_value();
}

} // namespace sortie::jsonsupport
