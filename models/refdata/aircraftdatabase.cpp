#include "models/refdata/aircraftdatabase.h"

#include "models/io/csvreader.h"
#include "models/io/importer.h"
#include "models/io/jsonsupport.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTimeZone>

#include <algorithm>
#include <climits>
#include <cstring>
#include <map>

namespace sortie
{

namespace
{
const QByteArray kMagic = QByteArrayLiteral( "sortie-aircraft-db\t1\t" );
constexpr int kAddressLength = 6;
constexpr int kMaxValueLength = 200;

// Six hex digits, lower case; empty when @p text is not an ICAO address.
QString address( const QString &text )
{
  const QString trimmed = text.trimmed().toLower();
  if ( trimmed.size() != kAddressLength )
    return QString();
  for ( const QChar c : trimmed )
  {
    if ( !( ( c >= QLatin1Char( '0' ) && c <= QLatin1Char( '9' ) ) ||
            ( c >= QLatin1Char( 'a' ) && c <= QLatin1Char( 'f' ) ) ) )
      return QString();
  }
  return trimmed;
}

// A value as one line's field: no tabs or line breaks, no surrounding space, bounded.
QString cell( const QString &text )
{
  QString value = text.left( kMaxValueLength );
  for ( QChar &c : value )
  {
    if ( c == QLatin1Char( '\t' ) || c == QLatin1Char( '\n' ) || c == QLatin1Char( '\r' ) )
      c = QLatin1Char( ' ' );
  }
  return value.trimmed();
}

// Another row of an airframe already seen: fills what the first rows left empty.
void mergeInto( AircraftRecord &kept, const AircraftRecord &more )
{
  for ( auto [field, value] :
        { std::pair( &kept.registration, &more.registration ), std::pair( &kept.typeCode, &more.typeCode ),
          std::pair( &kept.model, &more.model ), std::pair( &kept.operatorName, &more.operatorName ) } )
  {
    if ( field->isEmpty() )
      *field = *value;
  }
  kept.military = kept.military || more.military;
}

using Records = std::map<QString, AircraftRecord>;

bool readOpenSky( const QByteArray &content, Records &records, int &skipped,
                  const std::function<bool( int )> &progress )
{
  // The newer "complete" editions quote every field with '.
  const char quote = content.startsWith( '\'' ) ? '\'' : '"';
  csv::Reader reader( content, 0, 1, quote );
  std::vector<std::string_view> fields;
  if ( !reader.next( fields ) )
    return false;
  const csv::Header header( fields );
  const int icao = header.index( "icao24" );
  if ( icao < 0 )
    return false;
  const int registration = header.index( "registration" );
  const int typeCode = header.index( "typecode" );
  const int model = header.index( "model" );
  const int manufacturer = header.index( "manufacturername" );
  const int operatorName = header.index( "operator" );
  const int owner = header.index( "owner" );
  int rows = 0;
  while ( reader.next( fields ) )
  {
    if ( ++rows % 65536 == 0 && progress && !progress( rows ) )
      return false;
    const QString key = address( csv::toQString( csv::field( fields, icao ) ) );
    if ( key.isEmpty() )
    {
      ++skipped;
      continue;
    }
    AircraftRecord record;
    record.icao24 = key;
    record.registration = cell( csv::toQString( csv::field( fields, registration ) ) );
    record.typeCode = cell( csv::toQString( csv::field( fields, typeCode ) ) ).toUpper();
    record.model = cell( csv::toQString( csv::field( fields, model ) ) );
    if ( record.model.isEmpty() )
      record.model = cell( csv::toQString( csv::field( fields, manufacturer ) ) );
    record.operatorName = cell( csv::toQString( csv::field( fields, operatorName ) ) );
    if ( record.operatorName.isEmpty() )
      record.operatorName = cell( csv::toQString( csv::field( fields, owner ) ) );
    record.military = AircraftDatabase::isMilitaryOperator( record.operatorName ) ||
                      AircraftDatabase::isMilitaryOperator( csv::toQString( csv::field( fields, owner ) ) );
    auto [at, added] = records.emplace( key, record );
    if ( !added )
      mergeInto( at->second, record );
  }
  return true;
}

bool readAdsbExchange( const QByteArray &content, Records &records, int &skipped,
                       const std::function<bool( int )> &progress )
{
  int rows = 0;
  bool any = false;
  for ( qsizetype from = 0; from < content.size(); )
  {
    qsizetype to = content.indexOf( '\n', from );
    if ( to < 0 )
      to = content.size();
    const QByteArray line = content.mid( from, to - from ).trimmed();
    from = to + 1;
    if ( line.isEmpty() )
      continue;
    if ( ++rows % 65536 == 0 && progress && !progress( rows ) )
      return false;
    const QJsonObject object = jsonsupport::parseOrNull( line ).object();
    const QString key = address( object.value( QStringLiteral( "icao" ) ).toString() );
    if ( key.isEmpty() )
    {
      ++skipped;
      continue;
    }
    any = true;
    AircraftRecord record;
    record.icao24 = key;
    record.registration = cell( object.value( QStringLiteral( "reg" ) ).toString() );
    record.typeCode = cell( object.value( QStringLiteral( "icaotype" ) ).toString() ).toUpper();
    record.model = cell( object.value( QStringLiteral( "model" ) ).toString() );
    const QString manufacturer = cell( object.value( QStringLiteral( "manufacturer" ) ).toString() );
    if ( !manufacturer.isEmpty() && !record.model.startsWith( manufacturer, Qt::CaseInsensitive ) )
      record.model = cell( manufacturer + QLatin1Char( ' ' ) + record.model );
    record.operatorName = cell( object.value( QStringLiteral( "ownop" ) ).toString() );
    record.military = object.value( QStringLiteral( "mil" ) ).toBool() ||
                      AircraftDatabase::isMilitaryOperator( record.operatorName );
    auto [at, added] = records.emplace( key, record );
    if ( !added )
      mergeInto( at->second, record );
  }
  return any;
}

AircraftRecord parseLine( const QByteArray &line )
{
  const QList<QByteArray> parts = line.split( '\t' );
  auto part = [&parts]( int i ) { return i < parts.size() ? QString::fromUtf8( parts.at( i ) ) : QString(); };
  AircraftRecord record;
  record.icao24 = part( 0 );
  record.registration = part( 1 );
  record.typeCode = part( 2 );
  record.model = part( 3 );
  record.operatorName = part( 4 );
  record.military = part( 5 ) == QLatin1String( "1" );
  return record;
}
} // namespace

struct AircraftDatabase::Mapping
{
    QFile file;
    uchar *bytes = nullptr;
    qint64 size = 0;
    ~Mapping()
    {
      if ( bytes )
        file.unmap( bytes );
    }
};

bool AircraftDatabase::isMilitaryOperator( const QString &name )
{
  // Judgement, not a registry: the words air arms and defence ministries are named by in the
  // databases' operator and owner columns, in English and in Russian.
  static const QRegularExpression military(
      QStringLiteral(
          "\\b(air force|navy|naval|army|military|marine corps|coast guard|ministry of defen[cs]e|"
          "luftwaffe|armée de l'air|aeronautica militare|fuerza aérea|força aérea|"
          "ввс|вкс|военно|министерство обороны)" ),
      QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption );
  return !name.isEmpty() && military.match( name ).hasMatch();
}

AircraftDatabase::ConvertResult AircraftDatabase::convert( const QString &sourcePath,
                                                           const QString &targetPath,
                                                           const std::function<bool( int )> &progress )
{
  ConvertResult result;
  ImportSource source;
  QVector<ImportWarning> warnings;
  if ( !readImportSource( sourcePath, &source, &warnings, &result.error ) )
    return result;
  Records records;
  bool cancelled = false;
  const auto report = [&progress, &cancelled]( int rows )
  {
    cancelled = progress && !progress( rows );
    return !cancelled;
  };
  const QByteArray head = source.content.left( 256 ).trimmed();
  bool read = false;
  if ( head.startsWith( '{' ) )
  {
    result.format = QObject::tr( "ADS-B Exchange basic aircraft database" );
    read = readAdsbExchange( source.content, records, result.skipped, report );
  }
  else
  {
    result.format = QObject::tr( "OpenSky aircraft database" );
    read = readOpenSky( source.content, records, result.skipped, report );
  }
  if ( cancelled )
  {
    result.error = QObject::tr( "Cancelled." );
    return result;
  }
  if ( !read || records.empty() )
  {
    result.error = QObject::tr( "%1 is neither OpenSky's aircraft database (a CSV with an icao24 column) nor "
                                "ADS-B Exchange's basic aircraft database (JSON lines with \"icao\")." )
                       .arg( source.displayName );
    return result;
  }
  QSaveFile file( targetPath );
  if ( !file.open( QIODevice::WriteOnly ) )
  {
    result.error = QObject::tr( "Cannot write %1: %2" ).arg( targetPath, file.errorString() );
    return result;
  }
  QByteArray text = kMagic;
  text += cell( result.format ).toUtf8() + '\t' +
          QDateTime::currentDateTimeUtc().toString( Qt::ISODate ).toUtf8() + '\t' +
          QByteArray::number( static_cast<qulonglong>( records.size() ) ) + '\n';
  for ( const auto &[key, record] : records ) // std::map: sorted by address, as find() needs
  {
    text += key.toLatin1() + '\t' + record.registration.toUtf8() + '\t' + record.typeCode.toUtf8() + '\t' +
            record.model.toUtf8() + '\t' + record.operatorName.toUtf8() + '\t' +
            ( record.military ? "1" : "0" ) + '\n';
    if ( text.size() > ( 1 << 20 ) )
    {
      file.write( text );
      text.clear();
    }
  }
  file.write( text );
  if ( !file.commit() )
  {
    result.error = QObject::tr( "Cannot write %1: %2" ).arg( targetPath, file.errorString() );
    return result;
  }
  result.airframes = static_cast<int>( records.size() );
  return result;
}

bool AircraftDatabase::open( const QString &path, QString *error )
{
  auto mapping = std::make_shared<Mapping>();
  mapping->file.setFileName( path );
  if ( !mapping->file.open( QIODevice::ReadOnly ) )
  {
    if ( error )
      *error = QObject::tr( "Cannot read %1: %2" ).arg( path, mapping->file.errorString() );
    return false;
  }
  mapping->size = mapping->file.size();
  mapping->bytes = mapping->size > 0 ? mapping->file.map( 0, mapping->size ) : nullptr;
  const QByteArray all =
      mapping->bytes
          ? QByteArray::fromRawData( reinterpret_cast<const char *>( mapping->bytes ),
                                     static_cast<int>( std::min<qint64>( mapping->size, INT_MAX ) ) )
          : QByteArray();
  const qsizetype firstLineEnd = all.indexOf( '\n' );
  if ( !all.startsWith( kMagic ) || firstLineEnd < 0 )
  {
    if ( error )
      *error = QObject::tr( "%1 is not an aircraft database written by Sortie." ).arg( path );
    return false;
  }
  const QList<QByteArray> about = all.left( firstLineEnd ).split( '\t' );
  mDescription =
      QObject::tr( "%1, %2 airframes, converted %3 UTC" )
          .arg( QString::fromUtf8( about.value( 2 ) ), QString::fromUtf8( about.value( 4 ) ),
                QString::fromUtf8( about.value( 3 ) ).replace( QLatin1Char( 'T' ), QLatin1Char( ' ' ) ) );
  // Over the mapping, not a copy (mid() would copy the whole file onto the heap).
  mData = QByteArray::fromRawData( all.constData() + firstLineEnd + 1,
                                   static_cast<int>( all.size() - firstLineEnd - 1 ) );
  mMapping = std::move( mapping );
  return true;
}

bool AircraftDatabase::fill( AircraftIdentity &identity ) const
{
  if ( identity.icao24.isEmpty() )
    return false;
  const std::optional<AircraftRecord> record = find( identity.icao24 );
  if ( !record )
    return false;
  const auto fillField = [&identity]( QString &field, const QString &value, const char *name )
  {
    if ( field.isEmpty() && !value.isEmpty() )
    {
      field = value;
      identity.fromDatabase << QLatin1String( name );
    }
  };
  fillField( identity.registration, record->registration, "registration" );
  fillField( identity.aircraftType, record->typeCode, "aircraftType" );
  fillField( identity.operatorName, record->operatorName, "operator" );
  if ( record->military && !identity.military )
  {
    identity.military = true;
    identity.fromDatabase << QStringLiteral( "military" );
  }
  return true;
}

std::optional<AircraftRecord> AircraftDatabase::find( const QString &icao24 ) const
{
  const QByteArray key = address( icao24 ).toLatin1();
  if ( key.isEmpty() || mData.isEmpty() )
    return std::nullopt;
  // A binary search over sorted lines: from the middle byte back to its line's start.
  const char *data = mData.constData();
  qsizetype low = 0, high = mData.size(); // low is always a line's start
  while ( low < high )
  {
    qsizetype start = low + ( high - low ) / 2;
    while ( start > low && data[start - 1] != '\n' )
      --start;
    qsizetype end = mData.indexOf( '\n', start );
    if ( end < 0 )
      end = mData.size();
    const int order =
        std::memcmp( data + start, key.constData(),
                     static_cast<std::size_t>( std::min<qsizetype>( kAddressLength, end - start ) ) );
    if ( order == 0 && end - start >= kAddressLength )
      return parseLine( mData.mid( start, end - start ) );
    if ( order < 0 || ( order == 0 && end - start < kAddressLength ) )
      low = end + 1;
    else
      high = start;
  }
  return std::nullopt;
}

} // namespace sortie
