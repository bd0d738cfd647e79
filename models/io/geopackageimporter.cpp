#include "models/io/geopackageimporter.h"

#include "models/io/gdalsupport.h"
#include "models/io/importsupport.h"
#include "models/project/ogrsupport.h"
#include "models/project/projectstore.h"

#include <QHash>

#include <cmath>
#include <gdal.h>
#include <ogr_api.h>

namespace sortie
{

namespace
{
// The first column of @p names (case-insensitive) in @p definition, or -1.
int findField( OGRFeatureDefnH definition, std::initializer_list<const char *> names )
{
  for ( int i = 0; i < OGR_FD_GetFieldCount( definition ); ++i )
  {
    const QString field =
        QString::fromUtf8( OGR_Fld_GetNameRef( OGR_FD_GetFieldDefn( definition, i ) ) ).toLower();
    for ( const char *name : names )
    {
      if ( field == QLatin1String( name ) )
        return i;
    }
  }
  return -1;
}

int timeField( OGRFeatureDefnH definition )
{
  for ( int i = 0; i < OGR_FD_GetFieldCount( definition ); ++i )
  {
    if ( OGR_Fld_GetType( OGR_FD_GetFieldDefn( definition, i ) ) == OFTDateTime )
      return i;
  }
  return findField( definition, { "time", "timestamp", "datetime", "when" } );
}

class LayerReader
{
  public:
    LayerReader( OGRLayerH layer, const QString &file, ImportResult &result )
      : mLayer( layer )
      , mName( QString::fromUtf8( OGR_L_GetName( layer ) ) )
      , mFile( file )
      , mResult( result )
      , mDefinition( OGR_L_GetLayerDefn( layer ) )
    {
    }

    void read()
    {
      if ( wkbFlatten( OGR_L_GetGeomType( mLayer ) ) != wkbPoint )
      {
        warn( QObject::tr( "layer %1 has no points; skipped" ).arg( mName ) );
        return;
      }
      const int time = timeField( mDefinition );
      if ( time >= 0 )
        readTracks( time );
      else if ( findField( mDefinition, { "icao", "ident", "icao_code" } ) >= 0 )
        readAirbases();
      else
        warn( QObject::tr( "layer %1 has points but neither a time nor an icao column; skipped" )
                  .arg( mName ) );
    }

  private:
    void warn( const QString &message, GIntBig fid = -1 )
    {
      mResult.warnings.append(
          { mFile, 0,
            fid < 0 ? message
                    : QObject::tr( "layer %1, feature %2: %3" ).arg( mName ).arg( fid ).arg( message ) } );
    }

    void readTracks( int time )
    {
      const int group = findField( mDefinition, { "icao24", "registration", "callsign", "track_id" } );
      const int altitude = findField( mDefinition, { "altitude_m", "altitude", "alt", "elevation" } );
      const QString groupField =
          group >= 0
              ? QString::fromUtf8( OGR_Fld_GetNameRef( OGR_FD_GetFieldDefn( mDefinition, group ) ) ).toLower()
              : QString();
      QHash<QString, std::size_t> tracks;
      OGR_L_ResetReading( mLayer );
      while ( OGRFeatureH feature = OGR_L_GetNextFeature( mLayer ) )
      {
        const std::optional<qint64> ms = ogr::readMs( feature, time );
        const std::optional<GeoPoint> position = ogr::readPoint( feature );
        TrackPoint point;
        if ( ms && position )
        {
          point.timeMs = *ms;
          point.latitude = position->latitude;
          point.longitude = position->longitude;
          if ( const std::optional<double> metres = ogr::readDouble( feature, altitude ) )
            point.altitudeMetres = static_cast<float>( *metres );
        }
        const std::optional<QString> why =
            ms && position ? importsupport::implausibility( point ) : std::nullopt;
        if ( !ms || !position )
          warn( QObject::tr( "no time or no position; skipped" ), OGR_F_GetFID( feature ) );
        else if ( why )
          warn( *why, OGR_F_GetFID( feature ) );
        else
        {
          QString key = group >= 0 ? ogr::readString( feature, group ).trimmed() : QString();
          if ( groupField == QLatin1String( "icao24" ) )
            key = key.toLower(); // hex addresses come in either case
          auto found = tracks.find( key );
          if ( found == tracks.end() )
          {
            Track track;
            track.source = { QObject::tr( "GeoPackage" ), mFile, QString() };
            if ( groupField == QLatin1String( "icao24" ) )
              track.identity.icao24 = key;
            else if ( groupField == QLatin1String( "registration" ) )
              track.identity.registration = key;
            else if ( groupField == QLatin1String( "callsign" ) )
              importsupport::addCallsign( track.identity, key );
            found = tracks.insert( key, mResult.tracks.size() );
            mResult.tracks.push_back( std::move( track ) );
          }
          mResult.tracks[*found].append( point );
        }
        OGR_F_Destroy( feature );
      }
    }

    void readAirbases()
    {
      const int code = findField( mDefinition, { "icao", "ident", "icao_code" } );
      const int name = findField( mDefinition, { "name" } );
      OGR_L_ResetReading( mLayer );
      while ( OGRFeatureH feature = OGR_L_GetNextFeature( mLayer ) )
      {
        if ( const std::optional<GeoPoint> position = ogr::readPoint( feature ) )
        {
          Airbase airbase;
          airbase.icao = ogr::readString( feature, code );
          airbase.name = ogr::readString( feature, name );
          airbase.position = *position;
          mResult.airbases.append( airbase );
        }
        else
          warn( QObject::tr( "no position; skipped" ), OGR_F_GetFID( feature ) );
        OGR_F_Destroy( feature );
      }
    }

    OGRLayerH mLayer;
    QString mName;
    QString mFile;
    ImportResult &mResult;
    OGRFeatureDefnH mDefinition;
};
} // namespace

int GeoPackageImporter::sniff( const QByteArray &head ) const
{
  return head.startsWith( QByteArray( "SQLite format 3\0", 16 ) ) ? 80 : 0;
}

ImportResult GeoPackageImporter::read( const ImportSource &source ) const
{
  ImportResult result;
  // A Sortie project: its own reader, which knows what every table means.
  ProjectReadResult project = readProject( source.path );
  if ( project.ok() )
  {
    result.format = QObject::tr( "Sortie project" );
    result.tracks = std::move( project.content.tracks );
    result.airbases = std::move( project.content.airbases );
    result.events = std::move( project.content.events );
    for ( const QString &warning : project.warnings )
      result.warnings.append( { source.displayName, 0, warning } );
    return result;
  }
  if ( project.error != ProjectOpenError::NotSortieProject )
  {
    result.failed = true;
    result.warnings.append( { source.displayName, 0, project.message } );
    return result;
  }

  // Read from memory, like every importer: the file may have changed since it was read.
  gdalsupport::MemoryDataset dataset( source.content, "GPKG", QStringLiteral( "gpkg" ) );
  if ( !dataset.handle() )
  {
    result.failed = true;
    result.warnings.append( { source.displayName, 0,
                              QObject::tr( "not a GeoPackage GDAL can read: %1" ).arg( dataset.error() ) } );
    return result;
  }
  for ( int i = 0; i < GDALDatasetGetLayerCount( dataset.handle() ); ++i )
    LayerReader( GDALDatasetGetLayer( dataset.handle(), i ), source.displayName, result ).read();
  for ( Track &track : result.tracks )
  {
    track.sortByTime();
    track.squeeze();
  }
  result.format = formatName();
  if ( result.isEmpty() )
  {
    result.failed = true;
    result.warnings.append(
        { source.displayName, 0, QObject::tr( "no layer with timed points or airbases" ) } );
  }
  return result;
}

} // namespace sortie
