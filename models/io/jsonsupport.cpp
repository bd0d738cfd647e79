#include "models/io/jsonsupport.h"

#include <QJsonArray>
#include <QJsonParseError>
#include <QObject>

#include <algorithm>
#include <cstring>
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace sortie::jsonsupport
{

qint64 lineOfOffset( const QByteArray &content, qint64 offset )
{
  return content.left( static_cast<int>( offset ) ).count( '\n' ) + 1;
}

namespace
{

//! Qt 5.15 refuses nesting deeper than 1024 and keeps nothing after; the scan stops well past it.
constexpr int kScanDepthLimit = 4096;
//! Objects with more names than this are searched through a hash, smaller ones by a loop.
constexpr std::size_t kLinearSearchLimit = 32;

struct Member
{
    std::string_view name; //!< Decoded as Qt decodes it, comparable() (raw bytes when they need no decoding).
    std::string_view raw;  //!< As written, for the warning.
    int start = 0;         //!< Offset of the name's opening quote.
    int end = -1;          //!< Offset of the comma that ends the member; -1 while open.
};

struct Frame
{
    bool object = false;
    bool expectName = false;
    std::size_t membersBegin = 0; //!< This object's members are members[membersBegin, end).
    std::size_t current = 0;      //!< Index of the member being read.
    std::unique_ptr<std::unordered_map<std::string_view, std::size_t>> index;
};

//! A decoded name as one byte string for comparing: ASCII names as their bytes (most names,
//! and what a plain name is already), others as 0xFF and their UTF-16 code units, so that
//! lone surrogates stay apart (UTF-8 would make them all '?').
std::string comparable( const QString &name )
{
  const bool ascii = std::all_of( name.begin(), name.end(), []( QChar c ) { return c.unicode() < 0x80; } );
  if ( ascii )
    return name.toLatin1().toStdString();
  std::string bytes( 1, '\xff' );
  bytes.append( reinterpret_cast<const char *>( name.utf16() ), static_cast<std::size_t>( name.size() ) * 2 );
  return bytes;
}

//! The name as Qt's parser decodes it, comparable. Plain ASCII names are their bytes; UTF-8
//! without escapes is decoded here (and must round-trip: Qt refuses invalid UTF-8); a name with
//! escapes is decoded by Qt itself, as a one-string array (no object, so nothing to leak). A
//! name Qt cannot decode gets a key of its own (0xFE and a count) that matches nothing: Qt
//! stops there, so it is never dropped in another's place.
std::string_view decodedName( std::string_view raw, std::deque<std::string> &storage )
{
  const bool escaped = raw.find( '\\' ) != std::string_view::npos;
  const bool ascii =
      std::all_of( raw.begin(), raw.end(), []( char c ) { return static_cast<unsigned char>( c ) < 0x80; } );
  if ( ascii && !escaped )
    return raw;
  const QByteArray bytes( raw.data(), static_cast<int>( raw.size() ) );
  std::optional<QString> name;
  if ( !escaped )
  {
    // With a character in front and a size: Qt 5 drops a leading byte-order mark and stops at
    // a NUL, where its JSON parser keeps both.
    const QByteArray prefixed = "x" + bytes;
    const QString text = QString::fromUtf8( prefixed.constData(), prefixed.size() ).mid( 1 );
    if ( text.toUtf8() == bytes )
      name = text;
  }
  else
  {
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson( "[\"" + bytes + "\"]", &error );
    if ( error.error == QJsonParseError::NoError )
      name = document.array().at( 0 ).toString();
  }
  storage.push_back( name ? comparable( *name ) : "\xfe" + std::to_string( storage.size() ) );
  return storage.back();
}

} // namespace

QByteArray withoutRepeatedMembers( const QByteArray &content, DuplicateMembers *duplicates )
{
  QByteArray result;
  DuplicateMembers found;
  std::vector<Frame> frames;
  std::vector<Member> members;
  std::deque<std::string> decoded;
  const char *data = content.constData();
  const int size = content.size();

  // Checking a member before it is dropped costs a parse of its text: bounded, so that names
  // repeated inside repeated members inside... cannot make the scan quadratic.
  qint64 checkBudget = 4 * static_cast<qint64>( size ) + 65536;
  const auto dropEarlier = [&]( const Member &earlier )
  {
    if ( earlier.end < 0 )
      return; // no comma after it: Qt stops there with an error and keeps nothing
    if ( result.isNull() )
      result = content;
    // Only a member Qt reads without error is dropped: blanking a broken one would hide the
    // error and make a broken file look whole. (Repeats inside it were dropped already when
    // its own objects closed, so this parse leaks nothing either.)
    // At the depth it has in the text: Qt refuses nesting past its limit, in context.
    const int outer = static_cast<int>( frames.size() ) - 1;
    const QByteArray text = QByteArray( outer, '[' ) + "{" +
                            result.mid( earlier.start, earlier.end - earlier.start ) + "}" +
                            QByteArray( outer, ']' );
    checkBudget -= text.size();
    if ( checkBudget < 0 )
    {
      found.refused = true;
      return;
    }
    QJsonParseError error;
    QJsonDocument::fromJson( text, &error );
    if ( error.error != QJsonParseError::NoError )
      return; // Qt stops inside it, before the repeat
    char *bytes = result.data();
    for ( int i = earlier.start; i <= earlier.end; ++i )
    {
      if ( bytes[i] != '\n' )
        bytes[i] = ' ';
    }
    if ( found.count++ == 0 )
    {
      found.firstLine = lineOfOffset( content, earlier.start );
      found.firstName = QString::fromUtf8( earlier.raw.data(), static_cast<int>( earlier.raw.size() ) );
    }
  };

  const auto addName = [&]( Frame &frame, std::string_view name, std::string_view raw, int start )
  {
    const std::size_t own = members.size() - frame.membersBegin;
    std::size_t earlier = members.size();
    if ( frame.index )
    {
      const auto it = frame.index->find( name );
      if ( it != frame.index->end() )
        earlier = it->second;
    }
    else
    {
      for ( std::size_t i = frame.membersBegin; i < members.size(); ++i )
      {
        if ( members[i].name == name )
        {
          earlier = i;
          break;
        }
      }
    }
    if ( earlier < members.size() )
    {
      dropEarlier( members[earlier] );
      members[earlier] = Member{ name, raw, start, -1 };
      frame.current = earlier;
      return;
    }
    members.push_back( Member{ name, raw, start, -1 } );
    frame.current = members.size() - 1;
    if ( !frame.index && own + 1 > kLinearSearchLimit )
    {
      frame.index = std::make_unique<std::unordered_map<std::string_view, std::size_t>>();
      for ( std::size_t i = frame.membersBegin; i < members.size(); ++i )
        frame.index->emplace( members[i].name, i );
    }
    else if ( frame.index )
      frame.index->emplace( name, frame.current );
  };

  for ( int i = 0; i < size && !found.refused; ++i )
  {
    const char c = data[i];
    if ( c == '"' )
    {
      const int start = i;
      for ( ++i; i < size && data[i] != '"'; ++i )
      {
        if ( data[i] == '\\' )
          ++i;
      }
      if ( i >= size )
        break; // an unterminated string: Qt stops here
      if ( !frames.empty() && frames.back().object && frames.back().expectName )
      {
        Frame &frame = frames.back();
        frame.expectName = false;
        const std::string_view raw( data + start + 1, static_cast<std::size_t>( i - start - 1 ) );
        addName( frame, decodedName( raw, decoded ), raw, start );
      }
    }
    else if ( c == '{' || c == '[' )
    {
      if ( frames.size() >= kScanDepthLimit )
        break; // Qt has refused the document long before this depth
      Frame frame;
      frame.object = c == '{';
      frame.expectName = frame.object;
      frame.membersBegin = members.size();
      frames.push_back( std::move( frame ) );
    }
    else if ( c == '}' || c == ']' )
    {
      if ( frames.empty() )
        break; // Qt stops at a closing bracket it did not open
      members.resize( frames.back().membersBegin );
      frames.pop_back();
    }
    else if ( c == ',' && !frames.empty() && frames.back().object )
    {
      Frame &frame = frames.back();
      if ( !frame.expectName && frame.current < members.size() )
        members[frame.current].end = i;
      frame.expectName = true;
    }
  }
  if ( duplicates )
    *duplicates = found;
  return result.isNull() ? content : result;
}

bool parse( const QByteArray &content, QJsonDocument *document, qint64 *line, QString *message,
            DuplicateMembers *duplicates )
{
  DuplicateMembers repeated;
  const QByteArray cleaned = withoutRepeatedMembers( content, &repeated );
  if ( duplicates )
    *duplicates = repeated;
  if ( repeated.refused )
  {
    *document = QJsonDocument();
    *line = 0;
    *message = QObject::tr( "too many names repeated within repeated members; not read" );
    return false;
  }
  QJsonParseError error;
  *document = QJsonDocument::fromJson( cleaned, &error );
  if ( error.error == QJsonParseError::NoError )
    return true;
  *line = lineOfOffset( content, error.offset );
  *message = QObject::tr( "not valid JSON: %1" ).arg( error.errorString() );
  return false;
}

QJsonDocument parseOrNull( const QByteArray &content, QJsonParseError *error )
{
  DuplicateMembers repeated;
  const QByteArray cleaned = withoutRepeatedMembers( content, &repeated );
  if ( repeated.refused )
  {
    if ( error )
    {
      error->offset = 0;
      error->error = QJsonParseError::DeepNesting;
    }
    return QJsonDocument();
  }
  return QJsonDocument::fromJson( cleaned, error );
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
