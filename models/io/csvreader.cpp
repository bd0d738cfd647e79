#include "models/io/csvreader.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstring>

namespace sortie::csv
{

Reader::Reader( const QByteArray &buffer, int offset, qint64 firstLine, char quote )
  : mPos( buffer.constData() + std::min( offset, static_cast<int>( buffer.size() ) ) )
  , mEnd( buffer.constData() + buffer.size() )
  , mLine( firstLine )
  , mQuote( quote )
{
  // A UTF-8 byte order mark is not part of the first column's name.
  if ( mEnd - mPos >= 3 && std::memcmp( mPos, "\xEF\xBB\xBF", 3 ) == 0 )
    mPos += 3;
}

bool Reader::next( std::vector<std::string_view> &fields )
{
  fields.clear();
  mScratch.clear();
  // Skip blank lines.
  while ( mPos < mEnd && ( *mPos == '\n' || *mPos == '\r' ) )
  {
    if ( *mPos == '\n' )
      ++mLine;
    ++mPos;
  }
  if ( mPos >= mEnd )
    return false;
  mRecordLine = mLine;

  while ( true )
  {
    if ( mPos < mEnd && *mPos == mQuote )
    {
      // Quoted field: runs to the closing quote; "" is a literal quote.
      ++mPos;
      const char *start = mPos;
      bool doubled = false;
      while ( mPos < mEnd )
      {
        if ( *mPos == mQuote )
        {
          if ( mPos + 1 < mEnd && mPos[1] == mQuote )
          {
            doubled = true;
            mPos += 2;
            continue;
          }
          break;
        }
        if ( *mPos == '\n' )
          ++mLine;
        ++mPos;
      }
      std::string_view value( start, static_cast<std::size_t>( mPos - start ) );
      if ( doubled )
      {
        std::string unescaped;
        unescaped.reserve( value.size() );
        for ( std::size_t k = 0; k < value.size(); ++k )
        {
          unescaped += value[k];
          if ( value[k] == mQuote && k + 1 < value.size() && value[k + 1] == mQuote )
            ++k;
        }
        mScratch.push_back( std::move( unescaped ) );
        value = mScratch.back();
      }
      if ( mPos < mEnd )
        ++mPos; // closing quote
      // Anything between the closing quote and the separator is kept out of the value.
      while ( mPos < mEnd && *mPos != ',' && *mPos != '\n' )
        ++mPos;
      fields.push_back( value );
    }
    else
    {
      const char *start = mPos;
      while ( mPos < mEnd && *mPos != ',' && *mPos != '\n' )
        ++mPos;
      const char *stop = mPos;
      if ( stop > start && stop[-1] == '\r' )
        --stop;
      fields.push_back( std::string_view( start, static_cast<std::size_t>( stop - start ) ) );
    }

    if ( mPos >= mEnd )
      return true;
    if ( *mPos == ',' )
    {
      ++mPos;
      continue;
    }
    // End of line.
    ++mPos;
    ++mLine;
    return true;
  }
}

Header::Header( const std::vector<std::string_view> &names )
{
  for ( std::string_view name : names )
  {
    std::string lower( trimmed( name ) );
    std::transform( lower.begin(), lower.end(), lower.begin(),
                    []( unsigned char c ) { return std::tolower( c ); } );
    mNames.push_back( std::move( lower ) );
  }
}

int Header::index( const char *name ) const
{
  for ( std::size_t i = 0; i < mNames.size(); ++i )
  {
    if ( mNames[i] == name )
      return static_cast<int>( i );
  }
  return -1;
}

int Header::indexOfAny( std::initializer_list<const char *> names ) const
{
  for ( const char *name : names )
  {
    const int i = index( name );
    if ( i >= 0 )
      return i;
  }
  return -1;
}

QByteArray firstLineLower( const QByteArray &head )
{
  const int offset = head.startsWith( "\xEF\xBB\xBF" ) ? 3 : 0;
  const int end = head.indexOf( '\n', offset );
  return head.mid( offset, end < 0 ? -1 : end - offset ).toLower();
}

std::string_view trimmed( std::string_view text )
{
  while ( !text.empty() && std::isspace( static_cast<unsigned char>( text.front() ) ) )
    text.remove_prefix( 1 );
  while ( !text.empty() && std::isspace( static_cast<unsigned char>( text.back() ) ) )
    text.remove_suffix( 1 );
  return text;
}

std::optional<double> toDouble( std::string_view text )
{
  text = trimmed( text );
  if ( !text.empty() && text.front() == '+' )
    text.remove_prefix( 1 );
  if ( text.empty() )
    return std::nullopt;
  double value = 0;
  const auto [end, error] = std::from_chars( text.data(), text.data() + text.size(), value );
  if ( error != std::errc() || end != text.data() + text.size() )
    return std::nullopt;
  return value;
}

std::optional<std::int64_t> toInt64( std::string_view text )
{
  text = trimmed( text );
  if ( text.empty() )
    return std::nullopt;
  std::int64_t value = 0;
  const auto [end, error] = std::from_chars( text.data(), text.data() + text.size(), value );
  if ( error != std::errc() || end != text.data() + text.size() )
    return std::nullopt;
  return value;
}

QString toQString( std::string_view text )
{
  text = trimmed( text );
  return QString::fromUtf8( text.data(), static_cast<int>( text.size() ) );
}

} // namespace sortie::csv
