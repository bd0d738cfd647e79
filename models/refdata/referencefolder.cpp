#include "models/refdata/referencefolder.h"

#include "models/io/jsonsupport.h"
#include "models/refdata/aircraftdatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTimeZone>

#include <algorithm>

namespace sortie
{

namespace
{
QString manifestPath( const QString &folder )
{
  return QDir( folder ).filePath( QStringLiteral( "manifest.json" ) );
}
} // namespace

QString ReferenceFolder::defaultAirportsUrl()
{
  return QStringLiteral( "https://davidmegginson.github.io/ourairports-data/airports.csv" );
}

QString ReferenceFolder::defaultAircraftUrl()
{
  return QStringLiteral( "https://opensky-network.org/datasets/metadata/aircraftDatabase.csv" );
}

QString ReferenceFolder::adsbExchangeAircraftUrl()
{
  return QStringLiteral( "https://downloads.adsbexchange.com/downloads/basic-ac-db.json.gz" );
}

ReferenceFolder::ReferenceFolder( QString path )
  : mPath( std::move( path ) )
{
}

QString ReferenceFolder::airportsPath() const
{
  return QDir( mPath ).filePath( QStringLiteral( "airports.csv" ) );
}

QString ReferenceFolder::aircraftPath() const
{
  return QDir( mPath ).filePath( QStringLiteral( "aircraft.tsv" ) );
}

std::shared_ptr<const AircraftDatabase> ReferenceFolder::openAircraftDatabase( QString *error ) const
{
  if ( !QFile::exists( aircraftPath() ) )
    return nullptr;
  auto database = std::make_shared<AircraftDatabase>();
  if ( !database->open( aircraftPath(), error ) )
    return nullptr;
  return database;
}

QVector<ReferenceEntry> ReferenceFolder::entries() const
{
  QFile file( manifestPath( mPath ) );
  if ( !file.open( QIODevice::ReadOnly ) )
    return {};
  QVector<ReferenceEntry> entries;
  // The manifest is ours, but the folder is the user's: anything odd in it is skipped.
  const QJsonArray items =
      jsonsupport::parseOrNull( file.read( 1 << 20 ) ).object().value( QStringLiteral( "files" ) ).toArray();
  for ( const QJsonValue &item : items )
  {
    const QJsonObject object = item.toObject();
    ReferenceEntry entry;
    entry.kind = object.value( QStringLiteral( "kind" ) ).toString();
    entry.url = object.value( QStringLiteral( "url" ) ).toString();
    entry.downloaded =
        QDateTime::fromString( object.value( QStringLiteral( "downloaded" ) ).toString(), Qt::ISODate )
            .toTimeZone( QTimeZone::utc() );
    entry.bytes = static_cast<qint64>( object.value( QStringLiteral( "bytes" ) ).toDouble() );
    entry.description = object.value( QStringLiteral( "description" ) ).toString();
    const QString file = entry.kind == QLatin1String( "airports" )   ? airportsPath()
                         : entry.kind == QLatin1String( "aircraft" ) ? aircraftPath()
                                                                     : QString();
    if ( !file.isEmpty() && QFile::exists( file ) && entry.downloaded.isValid() )
      entries.append( entry );
  }
  return entries;
}

ReferenceEntry ReferenceFolder::entry( const QString &kind ) const
{
  for ( const ReferenceEntry &entry : entries() )
  {
    if ( entry.kind == kind )
      return entry;
  }
  return ReferenceEntry();
}

bool ReferenceFolder::record( const ReferenceEntry &entry ) const
{
  QVector<ReferenceEntry> all = entries();
  all.erase( std::remove_if( all.begin(), all.end(),
                             [&entry]( const ReferenceEntry &other ) { return other.kind == entry.kind; } ),
             all.end() );
  all.append( entry );
  QJsonArray items;
  for ( const ReferenceEntry &item : std::as_const( all ) )
    items.append(
        QJsonObject{ { QStringLiteral( "kind" ), item.kind },
                     { QStringLiteral( "url" ), item.url },
                     { QStringLiteral( "downloaded" ), item.downloaded.toUTC().toString( Qt::ISODate ) },
                     { QStringLiteral( "bytes" ), static_cast<double>( item.bytes ) },
                     { QStringLiteral( "description" ), item.description } } );
  QDir().mkpath( mPath );
  QSaveFile file( manifestPath( mPath ) );
  return file.open( QIODevice::WriteOnly ) &&
         file.write( QJsonDocument( QJsonObject{ { QStringLiteral( "files" ), items } } ).toJson() ) > 0 &&
         file.commit();
}

} // namespace sortie
