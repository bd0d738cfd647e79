#include "models/io/aircraftjsonimporter.h"

#include "models/io/importsupport.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>

#include <cmath>

namespace sortie
{

using namespace importsupport;

int AircraftJsonImporter::sniff( const QByteArray &head ) const
{
  const QByteArray start = head.left( 2048 );
  return start.trimmed().startsWith( '{' ) && start.contains( "\"now\"" ) && start.contains( "\"aircraft\"" )
             ? 90
             : 0;
}

namespace
{
std::optional<double> number( const QJsonObject &object, const char *key )
{
  const QJsonValue value = object.value( QLatin1String( key ) );
  if ( !value.isDouble() || !std::isfinite( value.toDouble() ) )
    return std::nullopt;
  return value.toDouble();
}
} // namespace

ImportResult AircraftJsonImporter::read( const ImportSource &source ) const
{
  ImportResult result;
  WarningSink warnings( source.displayName );
  QJsonDocument document;
  if ( !parseJsonOrFail( source, &document, result ) )
    return result;
  const QJsonObject root = document.object();
  const std::optional<double> now = number( root, "now" );
  if ( !now || !root.value( QStringLiteral( "aircraft" ) ).isArray() )
  {
    result.failed = true;
    result.warnings.append(
        { source.displayName, 1, QObject::tr( "no \"now\" time or no \"aircraft\" list" ) } );
    return result;
  }
  int withoutPosition = 0;
  TracksByAddress tracks( result.tracks, { formatName(), source.displayName, QString() } );
  const QJsonArray aircraft = root.value( QStringLiteral( "aircraft" ) ).toArray();
  for ( int i = 0; i < aircraft.size(); ++i )
  {
    const QJsonObject entry = aircraft.at( i ).toObject();
    const QString hex = entry.value( QStringLiteral( "hex" ) ).toString().trimmed().toLower();
    const std::optional<double> lat = number( entry, "lat" ), lon = number( entry, "lon" );
    if ( hex.isEmpty() || !lat || !lon )
    {
      ++withoutPosition;
      continue;
    }
    const std::optional<std::int64_t> timeMs =
        secondsToMs( *now - number( entry, "seen_pos" ).value_or( 0.0 ) );
    if ( !timeMs )
    {
      warnings.add(
          0, QObject::tr( "aircraft %1 (%2 in the list): no usable time; skipped" ).arg( hex ).arg( i + 1 ) );
      continue;
    }
    TrackPoint point;
    point.timeMs = *timeMs;
    point.latitude = *lat;
    point.longitude = *lon;
    // readsb's alt_baro, or dump1090's altitude: a number of feet, or "ground".
    const QJsonValue baro = entry.contains( QStringLiteral( "alt_baro" ) )
                                ? entry.value( QStringLiteral( "alt_baro" ) )
                                : entry.value( QStringLiteral( "altitude" ) );
    if ( baro.isString() && baro.toString() == QLatin1String( "ground" ) )
      point.flags |= PointOnGround | PointOnGroundKnown;
    else if ( baro.isDouble() )
    {
      point.altitudeMetres = static_cast<float>( baro.toDouble() ) * kMetresPerFoot;
      point.flags |= PointOnGroundKnown; // readsb and dump1090 say "ground" when it is
    }
    else if ( const auto geometric = number( entry, "alt_geom" ) )
      point.altitudeMetres = static_cast<float>( *geometric ) * kMetresPerFoot;
    if ( const auto knots =
             number( entry, "gs" ).has_value() ? number( entry, "gs" ) : number( entry, "speed" ) )
      point.groundSpeedMps = static_cast<float>( *knots ) * kMetresPerSecondPerKnot;
    if ( const auto degrees = number( entry, "track" ) )
      point.trackDegrees = static_cast<float>( *degrees );
    std::optional<double> rate = number( entry, "baro_rate" );
    if ( !rate )
      rate = number( entry, "geom_rate" );
    if ( !rate )
      rate = number( entry, "vert_rate" );
    if ( rate )
      point.verticalRateMps = static_cast<float>( *rate ) * kMetresPerSecondPerFootPerMinute;
    if ( const auto why = implausibility( point ) )
    {
      warnings.add( 0, QObject::tr( "aircraft %1: %2; skipped" ).arg( hex, *why ) );
      continue;
    }
    Track &track = tracks[hex];
    if ( track.identity.registration.isEmpty() )
      track.identity.registration = entry.value( QStringLiteral( "r" ) ).toString().trimmed();
    if ( track.identity.aircraftType.isEmpty() )
      track.identity.aircraftType = entry.value( QStringLiteral( "t" ) ).toString().trimmed();
    addCallsign( track.identity, entry.value( QStringLiteral( "flight" ) ).toString() );
    track.append( point );
  }
  for ( Track &track : result.tracks )
    track.sortByTime();
  if ( withoutPosition > 0 )
    warnings.add( 0, QStringLiteral( "%1 aircraft without a position skipped" ).arg( withoutPosition ) );
  warnings.finish( result );
  return result;
}

void mergeSnapshotTracks( std::vector<Track> &tracks )
{
  const QString format = AircraftJsonImporter().formatName();
  QHash<QString, std::size_t> first;
  std::vector<Track> kept;
  kept.reserve( tracks.size() );
  for ( Track &track : tracks )
  {
    if ( track.source.format != format || track.identity.icao24.isEmpty() )
    {
      kept.push_back( std::move( track ) );
      continue;
    }
    const auto at = first.constFind( track.identity.icao24 );
    if ( at == first.constEnd() )
    {
      first.insert( track.identity.icao24, kept.size() );
      kept.push_back( std::move( track ) );
      continue;
    }
    Track &into = kept[*at];
    for ( int i = 0; i < track.size(); ++i )
      into.append( track.point( i ) );
    for ( const QString &callsign : track.identity.callsigns )
      addCallsign( into.identity, callsign );
    if ( into.identity.registration.isEmpty() )
      into.identity.registration = track.identity.registration;
    if ( into.identity.aircraftType.isEmpty() )
      into.identity.aircraftType = track.identity.aircraftType;
    if ( into.source.fileName != track.source.fileName &&
         !into.source.note.contains( QLatin1String( "snapshots" ) ) )
      into.source.note = QObject::tr( "joined from several snapshots" );
  }
  for ( Track &track : kept )
  {
    if ( track.source.format == format )
      track.sortByTime();
  }
  tracks = std::move( kept );
}

} // namespace sortie
