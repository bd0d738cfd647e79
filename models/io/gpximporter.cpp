#include "models/io/gpximporter.h"

#include "models/io/gdalsupport.h"
#include "models/io/importsupport.h"

#include <QDate>
#include <QMap>
#include <QObject>
#include <QTime>
#include <QTimeZone>

#include <cmath>
#include <gdal.h>
#include <ogr_api.h>

namespace sortie
{

using namespace importsupport;

int GpxImporter::sniff( const QByteArray &head ) const
{
  return head.left( 4096 ).contains( "<gpx" ) ? 95 : 0;
}

namespace
{
QString stringField( OGRFeatureH feature, const char *name )
{
  const int index = OGR_F_GetFieldIndex( feature, name );
  if ( index < 0 || !OGR_F_IsFieldSetAndNotNull( feature, index ) )
    return QString();
  return QString::fromUtf8( OGR_F_GetFieldAsString( feature, index ) ).trimmed();
}

// A GPX time as UTC milliseconds; false when missing or without a usable zone.
bool timeField( OGRFeatureH feature, std::int64_t *timeMs )
{
  const int index = OGR_F_GetFieldIndex( feature, "time" );
  if ( index < 0 || !OGR_F_IsFieldSetAndNotNull( feature, index ) )
    return false;
  int year = 0, month = 0, day = 0, hour = 0, minute = 0, tz = 0;
  float second = 0;
  if ( !OGR_F_GetFieldAsDateTimeEx( feature, index, &year, &month, &day, &hour, &minute, &second, &tz ) )
    return false;
  const QDate date( year, month, day );
  if ( !date.isValid() )
    return false;
  if ( !std::isfinite( second ) || second < 0.0f || second >= 61.0f || hour < 0 || hour > 23 || minute < 0 ||
       minute > 59 )
    return false;
  const double wholeSeconds = std::floor( second );
  QDateTime time( date, QTime( hour, minute, static_cast<int>( wholeSeconds ) ), QTimeZone::utc() );
  // GDAL's zone flag: 100 is UTC, 100 + n quarter hours east; 0 or 1 unknown or local,
  // which GPX forbids: taken as UTC, as the GPX schema says times are.
  if ( tz > 1 )
    time = time.addSecs( -( tz - 100 ) * 15 * 60 );
  *timeMs = time.toMSecsSinceEpoch() +
            static_cast<std::int64_t>( std::llround( ( second - wholeSeconds ) * 1000 ) );
  return true;
}
} // namespace

ImportResult GpxImporter::read( const ImportSource &source ) const
{
  ImportResult result;
  WarningSink warnings( source.displayName );
  gdalsupport::MemoryDataset dataset( source.content, "GPX", QStringLiteral( "gpx" ) );
  if ( !dataset.handle() )
  {
    result.failed = true;
    result.warnings.append( { source.displayName, 0,
                              QStringLiteral( "GDAL cannot read it as GPX: %1" ).arg( dataset.error() ) } );
    return result;
  }

  // Track names and descriptions, by track number.
  struct TrackInfo
  {
      QString name, description, type;
  };
  QMap<qint64, TrackInfo> trackInfo;
  if ( OGRLayerH tracks = GDALDatasetGetLayerByName( dataset.handle(), "tracks" ) )
  {
    OGR_L_ResetReading( tracks );
    qint64 number = 0;
    while ( OGRFeatureH feature = OGR_L_GetNextFeature( tracks ) )
    {
      trackInfo.insert( number++, { stringField( feature, "name" ), stringField( feature, "desc" ),
                                    stringField( feature, "type" ) } );
      OGR_F_Destroy( feature );
    }
  }

  OGRLayerH points = GDALDatasetGetLayerByName( dataset.handle(), "track_points" );
  if ( !points )
  {
    result.failed = true;
    result.warnings.append( { source.displayName, 0, QStringLiteral( "GPX file without tracks (<trk>)" ) } );
    return result;
  }
  QMap<qint64, std::size_t> trackIndex;
  QMap<qint64, int> pointNumber;
  OGR_L_ResetReading( points );
  while ( OGRFeatureH feature = OGR_L_GetNextFeature( points ) )
  {
    const int fidIndex = OGR_F_GetFieldIndex( feature, "track_fid" );
    const qint64 trackFid = fidIndex >= 0 ? OGR_F_GetFieldAsInteger64( feature, fidIndex ) : 0;
    const int number = ++pointNumber[trackFid];
    const QString where = QObject::tr( "track %1, point %2" ).arg( trackFid + 1 ).arg( number );

    TrackPoint point;
    OGRGeometryH geometry = OGR_F_GetGeometryRef( feature );
    std::int64_t timeMs = 0;
    if ( !geometry || !timeField( feature, &timeMs ) )
    {
      warnings.add( 0, where + ( geometry ? QStringLiteral( ": no valid <time>; skipped" )
                                          : QStringLiteral( ": no position; skipped" ) ) );
      OGR_F_Destroy( feature );
      continue;
    }
    point.timeMs = timeMs;
    point.longitude = OGR_G_GetX( geometry, 0 );
    point.latitude = OGR_G_GetY( geometry, 0 );
    const int eleIndex = OGR_F_GetFieldIndex( feature, "ele" );
    if ( eleIndex >= 0 && OGR_F_IsFieldSetAndNotNull( feature, eleIndex ) )
      point.altitudeMetres = static_cast<float>( OGR_F_GetFieldAsDouble( feature, eleIndex ) );
    OGR_F_Destroy( feature );
    if ( const auto why = implausibility( point ) )
    {
      warnings.add( 0, where + QStringLiteral( ": " ) + *why + QStringLiteral( "; skipped" ) );
      continue;
    }
    if ( !trackIndex.contains( trackFid ) )
    {
      Track track;
      const TrackInfo info = trackInfo.value( trackFid );
      track.source = { formatName(), source.displayName, info.description };
      track.identity.aircraftType = info.type;
      addCallsign( track.identity, info.name );
      result.tracks.push_back( std::move( track ) );
      trackIndex.insert( trackFid, result.tracks.size() - 1 );
    }
    result.tracks[trackIndex.value( trackFid )].append( point );
  }
  for ( Track &track : result.tracks )
    track.sortByTime();
  warnings.finish( result );
  return result;
}

} // namespace sortie
