#include "models/domain/airbase.h"

#include "models/geo/geodesy.h"

#include <limits>

namespace sortie
{

QString airbaseUseName( AirbaseUse use )
{
  switch ( use )
  {
  case AirbaseUse::Civil:
    return QStringLiteral( "civil" );
  case AirbaseUse::Military:
    return QStringLiteral( "military" );
  case AirbaseUse::Joint:
    return QStringLiteral( "joint" );
  case AirbaseUse::Unknown:
    break;
  }
  return QStringLiteral( "unknown" );
}

std::optional<AirbaseUse> airbaseUseFromName( const QString &name )
{
  for ( AirbaseUse use : { AirbaseUse::Unknown, AirbaseUse::Civil, AirbaseUse::Military, AirbaseUse::Joint } )
  {
    if ( name.compare( airbaseUseName( use ), Qt::CaseInsensitive ) == 0 )
      return use;
  }
  return std::nullopt;
}

QString Airbase::code() const
{
  if ( !icao.isEmpty() )
    return icao;
  if ( !iata.isEmpty() )
    return iata;
  return name;
}

AirbaseIndex::AirbaseIndex( QVector<Airbase> airbases )
  : mAirbases( std::move( airbases ) )
{
}

int AirbaseIndex::nearest( const GeoPoint &point, double radiusMetres, double *distanceMetres ) const
{
  int best = -1;
  double bestDistance = std::numeric_limits<double>::infinity();
  for ( int i = 0; i < mAirbases.size(); ++i )
  {
    const double d = geodesy::distanceMetres( point, mAirbases.at( i ).position );
    if ( d < bestDistance )
    {
      bestDistance = d;
      best = i;
    }
  }
  if ( best < 0 || bestDistance > radiusMetres )
    return -1;
  if ( distanceMetres )
    *distanceMetres = bestDistance;
  return best;
}

int AirbaseIndex::findByIcao( const QString &icao ) const
{
  for ( int i = 0; i < mAirbases.size(); ++i )
  {
    if ( mAirbases.at( i ).icao.compare( icao, Qt::CaseInsensitive ) == 0 )
      return i;
  }
  return -1;
}

std::optional<GeoPoint> AirbaseIndex::placePosition( const EventPlace &place ) const
{
  if ( place.position )
    return place.position;
  const int airbase = place.airbaseIcao.isEmpty() ? -1 : findByIcao( place.airbaseIcao );
  if ( airbase < 0 )
    return std::nullopt;
  return mAirbases.at( airbase ).position;
}

} // namespace sortie
