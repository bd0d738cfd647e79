#include "models/geo/geobounds.h"

#include <cmath>

namespace sortie
{

namespace
{
double normalised( double longitude )
{
  double l = std::fmod( longitude + 180.0, 360.0 );
  if ( l < 0 )
    l += 360.0;
  return l - 180.0;
}
} // namespace

double GeoBounds::centreLongitude() const
{
  return normalised( west + widthDegrees() / 2.0 );
}

void GeoBoundsBuilder::add( const GeoPoint &point )
{
  if ( !point.isValid() )
    return;
  const double longitude = normalised( point.longitude );
  const int bin = std::min( 359, std::max( 0, static_cast<int>( std::floor( longitude + 180.0 ) ) ) );
  const auto b = static_cast<std::size_t>( bin );
  if ( !mUsed[b] )
  {
    mUsed[b] = true;
    mMinInBin[b] = mMaxInBin[b] = longitude;
  }
  else
  {
    mMinInBin[b] = std::min( mMinInBin[b], longitude );
    mMaxInBin[b] = std::max( mMaxInBin[b], longitude );
  }
  mSouth = std::min( mSouth, point.latitude );
  mNorth = std::max( mNorth, point.latitude );
  ++mCount;
}

GeoBounds GeoBoundsBuilder::bounds() const
{
  GeoBounds bounds;
  if ( mCount == 0 )
    return bounds;
  // The widest run of empty bins, going round: the box is everything else.
  int bestStart = -1, bestLength = 0;
  for ( int start = 0; start < 360; ++start )
  {
    if ( mUsed[static_cast<std::size_t>( start )] ||
         !mUsed[static_cast<std::size_t>( ( start + 359 ) % 360 )] ) // only runs that begin after a used bin
      continue;
    int length = 0;
    while ( length < 360 && !mUsed[static_cast<std::size_t>( ( start + length ) % 360 )] )
      ++length;
    if ( length > bestLength )
    {
      bestLength = length;
      bestStart = start;
    }
  }
  if ( bestStart < 0 ) // every bin used: the whole world
  {
    bounds.west = -180.0;
    bounds.east = 180.0;
  }
  else
  {
    const auto firstUsed = static_cast<std::size_t>( ( bestStart + bestLength ) % 360 );
    const auto lastUsed = static_cast<std::size_t>( ( bestStart + 359 ) % 360 );
    bounds.west = mMinInBin[firstUsed];
    bounds.east = mMaxInBin[lastUsed];
  }
  bounds.south = mSouth;
  bounds.north = mNorth;
  bounds.valid = true;
  return bounds;
}

} // namespace sortie
