#pragma once

// Synthetic tracks for the benchmarks: aircraft shuttling between fields of the sample's
// region on 8-hour legs, at cruise altitude, staggered a minute apart. Made up, never real.

#include "models/domain/track.h"
#include "models/geo/geodesy.h"

#include <QString>

#include <algorithm>
#include <cstdint>
#include <vector>

namespace sortie::bench
{

constexpr std::int64_t kSyntheticStart = 1720483200000LL; // 2024-07-09T00:00Z

/** @p aircraft tracks of @p pointsPerAircraft fixes each, @p intervalMs apart. */
inline std::vector<Track> makeShuttleTracks( int aircraft, int pointsPerAircraft, std::int64_t intervalMs )
{
  const GeoPoint fields[] = { { 55.88, 38.06 }, { 39.22, 125.67 }, { 43.40, 132.15 }, { 48.53, 135.19 },
                              { 55.01, 82.65 }, { 50.43, 127.41 }, { 57.56, 40.16 },  { 39.17, 127.49 } };
  std::vector<Track> tracks;
  tracks.reserve( static_cast<std::size_t>( aircraft ) );
  for ( int a = 0; a < aircraft; ++a )
  {
    const GeoPoint from = fields[a % 8];
    const GeoPoint to = fields[( a * 3 + 1 ) % 8 == a % 8 ? ( a + 1 ) % 8 : ( a * 3 + 1 ) % 8];
    Track track;
    track.identity.registration = QStringLiteral( "SYN-%1" ).arg( a );
    track.source.note = QStringLiteral( "synthetic, for benchmarks; not real data" );
    track.reserve( static_cast<std::size_t>( pointsPerAircraft ) );
    const int legPoints = std::max( 2, static_cast<int>( 8LL * 3600 * 1000 / intervalMs ) ); // 8-hour legs
    for ( int i = 0; i < pointsPerAircraft; ++i )
    {
      const int leg = i / legPoints;
      const double f = static_cast<double>( i % legPoints ) / legPoints;
      const GeoPoint p = leg % 2 == 0 ? geodesy::intermediatePoint( from, to, f )
                                      : geodesy::intermediatePoint( to, from, f );
      TrackPoint point;
      point.timeMs = kSyntheticStart + a * 60000LL + i * intervalMs; // staggered starts
      point.latitude = p.latitude;
      point.longitude = p.longitude;
      point.altitudeMetres = 10000;
      track.append( point );
    }
    tracks.push_back( std::move( track ) );
  }
  return tracks;
}

} // namespace sortie::bench
