#include "models/io/geojsonimporter.h"

#include "models/io/importsupport.h"
#include "models/io/jsonsupport.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>

#include <cmath>

namespace sortie
{

using namespace importsupport;

int GeoJsonImporter::sniff( const QByteArray &head ) const
{
  const QByteArray start = head.left( 8192 );
  if ( start.contains( "\"FeatureCollection\"" ) || start.contains( "\"MovingPoint\"" ) )
    return 80;
  if ( start.contains( "\"Feature\"" ) )
    return 70;
  return 0;
}

namespace
{
// ISO 8601 text, or a number of Unix seconds (milliseconds when very large).
bool parseTime( const QJsonValue &value, std::int64_t *timeMs )
{
  if ( value.isDouble() )
  {
    const double number = value.toDouble();
    const auto ms = number > 1e11 ? millisecondsToMs( number ) : secondsToMs( number );
    if ( !ms )
      return false;
    *timeMs = *ms;
    return true;
  }
  const QDateTime time = parseUtc( value.toString() );
  if ( !time.isValid() )
    return false;
  *timeMs = time.toMSecsSinceEpoch();
  return true;
}

bool parsePosition( const QJsonValue &value, TrackPoint &point )
{
  const QJsonArray coordinates = value.toArray();
  if ( coordinates.size() < 2 || !coordinates.at( 0 ).isDouble() || !coordinates.at( 1 ).isDouble() )
    return false;
  point.longitude = coordinates.at( 0 ).toDouble();
  point.latitude = coordinates.at( 1 ).toDouble();
  if ( coordinates.size() >= 3 && coordinates.at( 2 ).isDouble() )
    point.altitudeMetres = static_cast<float>( coordinates.at( 2 ).toDouble() );
  return true;
}

void applyProperties( const QJsonObject &properties, Track &track )
{
  QMap<QString, QString> keys;
  for ( const char *key : { "registration", "icao24", "type", "callsign", "note" } )
  {
    const QString value = properties.value( QLatin1String( key ) ).toString();
    if ( !value.isEmpty() )
      keys.insert( QLatin1String( key ), value );
  }
  applyComments( keys, track );
}

QJsonValue timeProperty( const QJsonObject &properties )
{
  for ( const char *key : { "time", "timestamp", "datetime", "when" } )
  {
    if ( properties.contains( QLatin1String( key ) ) )
      return properties.value( QLatin1String( key ) );
  }
  return QJsonValue( QJsonValue::Undefined );
}
} // namespace

ImportResult GeoJsonImporter::read( const ImportSource &source ) const
{
  ImportResult result;
  WarningSink warnings( source.displayName );
  QJsonDocument document;
  if ( !parseJsonOrFail( source, &document, result ) )
    return result;
  const QJsonObject root = document.object();
  QJsonArray features;
  std::vector<qint64> lines;
  if ( root.value( QStringLiteral( "type" ) ).toString() == QLatin1String( "FeatureCollection" ) )
  {
    features = root.value( QStringLiteral( "features" ) ).toArray();
    lines = jsonsupport::arrayElementLines( source.content, "features" );
  }
  else
  {
    features.append( root );
    lines.push_back( 1 );
  }

  QHash<QString, std::size_t> pointTracks; // grouping key -> index in result.tracks
  for ( int f = 0; f < features.size(); ++f )
  {
    const qint64 line = f < static_cast<int>( lines.size() ) ? lines[static_cast<std::size_t>( f )] : 0;
    const QJsonObject feature = features.at( f ).toObject();
    const QJsonObject properties = feature.value( QStringLiteral( "properties" ) ).toObject();
    const QJsonObject geometry = feature.value( QStringLiteral( "geometry" ) ).toObject();
    const QJsonObject temporal = feature.value( QStringLiteral( "temporalGeometry" ) ).toObject();

    QJsonArray coordinates, datetimes;
    if ( temporal.value( QStringLiteral( "type" ) ).toString() == QLatin1String( "MovingPoint" ) )
    {
      coordinates = temporal.value( QStringLiteral( "coordinates" ) ).toArray();
      datetimes = temporal.value( QStringLiteral( "datetimes" ) ).toArray();
    }
    else if ( properties.value( QStringLiteral( "datetimes" ) ).isArray() )
    {
      coordinates = geometry.value( QStringLiteral( "coordinates" ) ).toArray();
      datetimes = properties.value( QStringLiteral( "datetimes" ) ).toArray();
    }

    if ( !datetimes.isEmpty() )
    {
      // An MF-JSON trajectory: one track.
      if ( coordinates.size() != datetimes.size() )
        warnings.add( line,
                      QObject::tr( "trajectory has %1 positions and %2 datetimes; the first %3 pairs used" )
                          .arg( coordinates.size() )
                          .arg( datetimes.size() )
                          .arg( std::min( coordinates.size(), datetimes.size() ) ) );
      Track track;
      track.source = { formatName() + QStringLiteral( " MF-JSON trajectory" ), source.displayName,
                       QString() };
      applyProperties( properties, track );
      for ( int i = 0; i < std::min( coordinates.size(), datetimes.size() ); ++i )
      {
        TrackPoint point;
        if ( !parsePosition( coordinates.at( i ), point ) || !parseTime( datetimes.at( i ), &point.timeMs ) )
        {
          warnings.add( line,
                        QObject::tr( "trajectory position %1 has no valid coordinates or datetime; skipped" )
                            .arg( i + 1 ) );
          continue;
        }
        if ( const auto why = implausibility( point ) )
        {
          warnings.add( line, QObject::tr( "trajectory position %1: %2; skipped" ).arg( i + 1 ).arg( *why ) );
          continue;
        }
        track.append( point );
      }
      if ( !track.isEmpty() ) // sorted with the others below
        result.tracks.push_back( std::move( track ) );
      continue;
    }

    if ( geometry.value( QStringLiteral( "type" ) ).toString() != QLatin1String( "Point" ) )
    {
      warnings.add( line,
                    QObject::tr( "feature is neither a timed Point nor an MF-JSON trajectory; skipped" ) );
      continue;
    }
    TrackPoint point;
    const QJsonValue time = timeProperty( properties );
    if ( !parsePosition( geometry.value( QStringLiteral( "coordinates" ) ), point ) )
    {
      warnings.add( line, QStringLiteral( "Point has no valid coordinates; skipped" ) );
      continue;
    }
    if ( time.isUndefined() || !parseTime( time, &point.timeMs ) )
    {
      warnings.add(
          line,
          QStringLiteral( "Point has no valid time property (time, timestamp, datetime or when); skipped" ) );
      continue;
    }
    if ( properties.value( QStringLiteral( "altitude_m" ) ).isDouble() )
      point.altitudeMetres =
          static_cast<float>( properties.value( QStringLiteral( "altitude_m" ) ).toDouble() );
    if ( properties.value( QStringLiteral( "on_ground" ) ).isBool() )
      point.flags |= PointOnGroundKnown |
                     ( properties.value( QStringLiteral( "on_ground" ) ).toBool() ? PointOnGround : 0 );
    if ( const auto why = implausibility( point ) )
    {
      warnings.add( line, *why + QStringLiteral( "; skipped" ) );
      continue;
    }
    QString key;
    for ( const char *name : { "icao24", "registration", "callsign" } )
    {
      key = properties.value( QLatin1String( name ) ).toString();
      if ( !key.isEmpty() )
        break;
    }
    auto found = pointTracks.constFind( key );
    if ( found == pointTracks.constEnd() )
    {
      Track track;
      track.source = { formatName() + QStringLiteral( " points" ), source.displayName, QString() };
      result.tracks.push_back( std::move( track ) );
      found = pointTracks.insert( key, result.tracks.size() - 1 );
    }
    Track &track = result.tracks[*found];
    applyProperties( properties, track );
    track.append( point );
  }
  for ( Track &track : result.tracks )
    track.sortByTime();
  warnings.finish( result );
  return result;
}

} // namespace sortie
