#include "models/domain/airbase.h"

#include "models/geo/geodesy.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <cpl_conv.h>
#include <cpl_quad_tree.h>
#include <cstdint>
#include <limits>
#include <vector>

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

namespace
{
constexpr std::pair<AirbaseKind, const char *> kKindNames[] = {
    { AirbaseKind::Large, "large_airport" },    { AirbaseKind::Medium, "medium_airport" },
    { AirbaseKind::Small, "small_airport" },    { AirbaseKind::Heliport, "heliport" },
    { AirbaseKind::Seaplane, "seaplane_base" }, { AirbaseKind::Balloonport, "balloonport" },
    { AirbaseKind::Closed, "closed" },          { AirbaseKind::Unknown, "unknown" },
};
} // namespace

QString airbaseKindName( AirbaseKind kind )
{
  for ( const auto &[value, name] : kKindNames )
  {
    if ( value == kind )
      return QString::fromLatin1( name );
  }
  return QStringLiteral( "unknown" );
}

std::optional<AirbaseKind> airbaseKindFromName( const QString &name )
{
  for ( const auto &[value, spelling] : kKindNames )
  {
    if ( name.compare( QLatin1String( spelling ), Qt::CaseInsensitive ) == 0 )
      return value;
  }
  return std::nullopt;
}

double airbaseKindWeight( AirbaseKind kind )
{
  // Judgement, not measurement: how much nearer a smaller field must be to win over a larger
  // one. A large airport's reference point lies 1-3 km from its runway ends, and the last fix
  // of an arrival is often over a small strip under the approach.
  switch ( kind )
  {
  case AirbaseKind::Unknown:
  case AirbaseKind::Large:
    return 1.0;
  case AirbaseKind::Medium:
    return 1.5;
  case AirbaseKind::Small:
    return 4.0;
  case AirbaseKind::Seaplane:
    return 6.0;
  case AirbaseKind::Heliport:
  case AirbaseKind::Balloonport:
    return 10.0;
  case AirbaseKind::Closed:
    break;
  }
  return 0.0;
}

QString Airbase::code() const
{
  if ( !icao.isEmpty() )
    return icao;
  if ( !iata.isEmpty() )
    return iata;
  return name;
}

// GDAL's quadtree (cpl_quad_tree.h) over longitude/latitude, each element an airbase's index
// + 1 (a null element would end GDAL's result list), and the ICAO codes hashed upper-case.
struct AirbaseIndex::Lookup
{
    CPLQuadTree *tree = nullptr;
    QHash<QString, int> byIcao;

    explicit Lookup( const QVector<Airbase> &airbases )
    {
      const CPLRectObj world{ -180.0, -90.0, 180.0, 90.0 };
      tree = CPLQuadTreeCreate( &world, nullptr );
      CPLQuadTreeSetMaxDepth( tree, CPLQuadTreeGetAdvisedMaxDepth( std::max( 1, int( airbases.size() ) ) ) );
      byIcao.reserve( airbases.size() );
      for ( int i = 0; i < airbases.size(); ++i )
      {
        const GeoPoint &at = airbases.at( i ).position;
        const CPLRectObj point{ at.longitude, at.latitude, at.longitude, at.latitude };
        CPLQuadTreeInsertWithBounds( tree, reinterpret_cast<void *>( static_cast<std::intptr_t>( i + 1 ) ),
                                     &point );
        const QString icao = airbases.at( i ).icao.toUpper();
        if ( !icao.isEmpty() && !byIcao.contains( icao ) )
          byIcao.insert( icao, i ); // the first of a code, as the linear search found it
      }
    }
    ~Lookup() { CPLQuadTreeDestroy( tree ); }
    Lookup( const Lookup & ) = delete;
    Lookup &operator=( const Lookup & ) = delete;

    // Calls visit(index) for every airbase in the box [west, east] x [south, north].
    template <typename Visit>
    void search( double west, double south, double east, double north, Visit &&visit ) const
    {
      const CPLRectObj box{ west, south, east, north };
      int count = 0;
      void **found = CPLQuadTreeSearch( tree, &box, &count );
      for ( int k = 0; k < count; ++k )
        visit( static_cast<int>( reinterpret_cast<std::intptr_t>( found[k] ) ) - 1 );
      CPLFree( found );
    }
};

AirbaseIndex::AirbaseIndex()
  : AirbaseIndex( QVector<Airbase>() )
{
}

AirbaseIndex::AirbaseIndex( QVector<Airbase> airbases )
  : mAirbases( std::move( airbases ) )
  , mLookup( std::make_shared<const Lookup>( mAirbases ) )
{
}

template <typename Score>
int AirbaseIndex::best( const GeoPoint &point, double radiusMetres, double *distanceMetres,
                        Score score ) const
{
  if ( !( radiusMetres >= 0.0 ) || !std::isfinite( point.latitude ) || !std::isfinite( point.longitude ) )
    return -1;
  // The box around the circle: its latitude span, and its longitude span at the circle's
  // widest latitude; the whole width near a pole; two boxes across the antimeridian.
  constexpr double kDegree = 3.14159265358979323846 / 180.0;
  const double dLat = std::min( 180.0, 1.01 * radiusMetres / ( geodesy::kEarthRadiusMetres * kDegree ) );
  const double south = std::max( -90.0, point.latitude - dLat );
  const double north = std::min( 90.0, point.latitude + dLat );
  const double widest = std::max( std::abs( south ), std::abs( north ) );
  const double dLon = widest >= 89.0 ? 360.0 : dLat / std::cos( widest * kDegree );

  int bestIndex = -1;
  double bestScore = std::numeric_limits<double>::infinity();
  double bestDistance = 0.0;
  auto consider = [&]( int i )
  {
    const Airbase &airbase = mAirbases.at( i );
    const double d = geodesy::distanceMetres( point, airbase.position );
    if ( d > radiusMetres )
      return;
    const double value = score( airbase.kind, d );
    // Ties go to the lower index: the same answer whatever order the tree returns.
    if ( value >= 0.0 && ( value < bestScore || ( value == bestScore && i < bestIndex ) ) )
    {
      bestScore = value;
      bestDistance = d;
      bestIndex = i;
    }
  };
  if ( dLon >= 180.0 )
    mLookup->search( -180.0, south, 180.0, north, consider );
  else
  {
    const double west = point.longitude - dLon, east = point.longitude + dLon;
    mLookup->search( std::max( -180.0, west ), south, std::min( 180.0, east ), north, consider );
    if ( west < -180.0 )
      mLookup->search( west + 360.0, south, 180.0, north, consider );
    if ( east > 180.0 )
      mLookup->search( -180.0, south, east - 360.0, north, consider );
  }
  if ( bestIndex >= 0 && distanceMetres )
    *distanceMetres = bestDistance;
  return bestIndex;
}

int AirbaseIndex::nearest( const GeoPoint &point, double radiusMetres, double *distanceMetres ) const
{
  return best( point, radiusMetres, distanceMetres,
               []( AirbaseKind kind, double d )
               {
                 const double weight = airbaseKindWeight( kind );
                 return weight > 0.0 ? d * weight : -1.0;
               } );
}

int AirbaseIndex::largestNear( const GeoPoint &point, double radiusMetres, double *distanceMetres ) const
{
  // The rank of the kind first (a whole radius per rank), then the distance.
  return best( point, radiusMetres, distanceMetres,
               [radiusMetres]( AirbaseKind kind, double d )
               {
                 const double weight = airbaseKindWeight( kind );
                 return weight > 0.0 ? weight * ( radiusMetres + 1.0 ) * 4.0 + d : -1.0;
               } );
}

int AirbaseIndex::nearestAny( const GeoPoint &point, double radiusMetres, double *distanceMetres ) const
{
  return best( point, radiusMetres, distanceMetres, []( AirbaseKind, double d ) { return d; } );
}

int AirbaseIndex::findByIcao( const QString &icao ) const
{
  return mLookup->byIcao.value( icao.toUpper(), -1 );
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
