#include "models/analysis/aircraftfusion.h"

#include "models/analysis/trackposition.h"
#include "models/geo/geodesy.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <numeric>

namespace sortie
{

namespace
{
QString registrationKey( const QString &registration )
{
  QString key = registration.toUpper();
  key.remove( QLatin1Char( '-' ) );
  key.remove( QLatin1Char( ' ' ) );
  return key;
}

/** Union-find over track indices, by path halving. */
int root( std::vector<int> &parent, int i )
{
  while ( parent[static_cast<std::size_t>( i )] != i )
  {
    parent[static_cast<std::size_t>( i )] =
        parent[static_cast<std::size_t>( parent[static_cast<std::size_t>( i )] )];
    i = parent[static_cast<std::size_t>( i )];
  }
  return i;
}

/**
 * Whether @p a and @p b were at the same place at the same times: where both have fixes (at
 * most a minute old) at five moments of their common time, the median distance is under
 * 10 km (250 m/s times 20 s of two feeds' latency, and then some). Two aircraft a callsign
 * apart are never there together; one aircraft seen by two feeds always is.
 */
bool sameFlightPath( const Track &a, const Track &b )
{
  const std::int64_t from = std::max( a.timeMs( 0 ), b.timeMs( 0 ) );
  const std::int64_t until = std::min( a.timeMs( a.size() - 1 ), b.timeMs( b.size() - 1 ) );
  if ( until - from < 60 * 1000 )
    return false;
  std::vector<double> distances;
  for ( int k = 0; k < 5; ++k )
  {
    const std::int64_t t = from + ( until - from ) * ( 2 * k + 1 ) / 10;
    const auto pa = positionAt( a, t, false ), pb = positionAt( b, t, false );
    if ( !pa || !pb || pa->sinceLastFixMs > 60000 || pb->sinceLastFixMs > 60000 )
      continue;
    distances.push_back( geodesy::distanceMetres( pa->position, pb->position ) );
  }
  if ( distances.size() < 3 )
    return false;
  std::nth_element( distances.begin(), distances.begin() + distances.size() / 2, distances.end() );
  return distances[distances.size() / 2] < 10000.0;
}

/** Positions per second of coverage: which source to keep where two overlap. */
double density( const SourceCoverage &coverage )
{
  std::int64_t coveredMs = 0;
  for ( const auto &span : coverage.spans )
    coveredMs += span.second - span.first;
  return coverage.positions / ( std::max<std::int64_t>( coveredMs, 1000 ) / 1000.0 );
}

bool covered( const QVector<QPair<std::int64_t, std::int64_t>> &spans, std::int64_t timeMs )
{
  // spans sorted by start and not overlapping (merged below): binary search.
  auto after = std::upper_bound( spans.cbegin(), spans.cend(), timeMs,
                                 []( std::int64_t t, const QPair<std::int64_t, std::int64_t> &span )
                                 { return t < span.first; } );
  return after != spans.cbegin() && timeMs <= ( after - 1 )->second;
}

QVector<QPair<std::int64_t, std::int64_t>> merged( QVector<QPair<std::int64_t, std::int64_t>> spans )
{
  std::sort( spans.begin(), spans.end() );
  QVector<QPair<std::int64_t, std::int64_t>> result;
  for ( const auto &span : std::as_const( spans ) )
  {
    if ( !result.isEmpty() && span.first <= result.last().second )
      result.last().second = std::max( result.last().second, span.second );
    else
      result.append( span );
  }
  return result;
}

/** What the sources say together: a source's word before a database's, the first source's first. */
AircraftIdentity mergedIdentity( const std::vector<const Track *> &sources )
{
  AircraftIdentity identity;
  auto fill = [&identity, &sources]( QString &field, const QString &key, bool fromDatabaseNow )
  {
    for ( const Track *track : sources )
    {
      const AircraftIdentity &their = track->identity;
      const QString text = key == QLatin1String( "registration" )   ? their.registration
                           : key == QLatin1String( "aircraftType" ) ? their.aircraftType
                                                                    : their.operatorName;
      if ( text.isEmpty() || their.fromDatabase.contains( key ) != fromDatabaseNow )
        continue;
      field = text;
      if ( fromDatabaseNow )
        identity.fromDatabase.append( key );
      return;
    }
  };
  for ( const bool fromDatabase : { false, true } )
  {
    if ( identity.registration.isEmpty() )
      fill( identity.registration, QStringLiteral( "registration" ), fromDatabase );
    if ( identity.aircraftType.isEmpty() )
      fill( identity.aircraftType, QStringLiteral( "aircraftType" ), fromDatabase );
    if ( identity.operatorName.isEmpty() )
      fill( identity.operatorName, QStringLiteral( "operator" ), fromDatabase );
  }
  bool militaryBySource = false, militaryByDatabase = false;
  for ( const Track *track : sources )
  {
    if ( identity.icao24.isEmpty() )
      identity.icao24 = track->identity.icao24.toLower();
    for ( const QString &callsign : track->identity.callsigns )
    {
      if ( !identity.callsigns.contains( callsign ) )
        identity.callsigns.append( callsign );
    }
    if ( track->identity.military )
    {
      const bool byDatabase = track->identity.fromDatabase.contains( QStringLiteral( "military" ) );
      militaryBySource = militaryBySource || !byDatabase;
      militaryByDatabase = militaryByDatabase || byDatabase;
    }
  }
  identity.military = militaryBySource || militaryByDatabase;
  if ( !militaryBySource && militaryByDatabase )
    identity.fromDatabase.append( QStringLiteral( "military" ) );
  return identity;
}

TrackSource mergedSource( const std::vector<const Track *> &sources )
{
  QStringList formats, files, notes;
  for ( const Track *track : sources )
  {
    for ( auto [list, text] :
          { std::pair{ &formats, track->source.format }, std::pair{ &files, track->source.fileName },
            std::pair{ &notes, track->source.note } } )
    {
      if ( !text.isEmpty() && !list->contains( text ) )
        list->append( text );
    }
  }
  return TrackSource{ formats.join( QStringLiteral( " + " ) ), files.join( QStringLiteral( ", " ) ),
                      notes.join( QLatin1Char( ' ' ) ) };
}
} // namespace

QString SourceCoverage::label() const
{
  if ( fileName.isEmpty() )
    return format;
  return QCoreApplication::translate( "sortie::SourceCoverage", "%1 (%2)" ).arg( format, fileName );
}

std::vector<std::vector<int>> groupTracksByAircraft( const std::vector<Track> &tracks )
{
  const int count = static_cast<int>( tracks.size() );
  std::vector<int> parent( tracks.size() );
  std::iota( parent.begin(), parent.end(), 0 );
  QHash<QString, int> firstWithKey; // "a:" address or "r:" registration -> first track with it
  for ( int t = 0; t < count; ++t )
  {
    const AircraftIdentity &identity = tracks[static_cast<std::size_t>( t )].identity;
    QStringList keys;
    if ( !identity.icao24.isEmpty() )
      keys << QStringLiteral( "a:" ) + identity.icao24.toLower();
    if ( !identity.registration.isEmpty() )
      keys << QStringLiteral( "r:" ) + registrationKey( identity.registration );
    for ( const QString &key : std::as_const( keys ) )
    {
      const auto known = firstWithKey.constFind( key );
      if ( known == firstWithKey.cend() )
      {
        firstWithKey.insert( key, t );
        continue;
      }
      const int a = root( parent, *known ), b = root( parent, t );
      if ( a != b )
        parent[static_cast<std::size_t>( std::max( a, b ) )] = std::min( a, b ); // the earlier one leads
    }
  }
  // A track known by its callsign alone (an FR24 CSV export says no address) is the aircraft
  // of another with that callsign when both were in the same place at the same time, unless
  // their addresses say they are two.
  QHash<QString, std::vector<int>> byCallsign;
  std::vector<QString> addressOfRoot( tracks.size() ); // a group's ICAO address, when one is known
  for ( int t = 0; t < count; ++t )
  {
    QString &address = addressOfRoot[static_cast<std::size_t>( root( parent, t ) )];
    if ( address.isEmpty() )
      address = tracks[static_cast<std::size_t>( t )].identity.icao24.toLower();
  }
  for ( int t = 0; t < count; ++t )
  {
    const Track &track = tracks[static_cast<std::size_t>( t )];
    if ( track.isEmpty() )
      continue;
    for ( const QString &callsign : track.identity.callsigns )
      byCallsign[callsign.trimmed().toUpper()].push_back( t );
  }
  for ( auto it = byCallsign.cbegin(); it != byCallsign.cend(); ++it )
  {
    const std::vector<int> &same = it.value();
    for ( std::size_t i = 0; i < same.size() && !it.key().isEmpty(); ++i )
    {
      for ( std::size_t j = i + 1; j < same.size(); ++j )
      {
        const Track &a = tracks[static_cast<std::size_t>( same[i] )],
                    &b = tracks[static_cast<std::size_t>( same[j] )];
        const int ra = root( parent, same[i] ), rb = root( parent, same[j] );
        const QString &addressA = addressOfRoot[static_cast<std::size_t>( ra )];
        const QString &addressB = addressOfRoot[static_cast<std::size_t>( rb )];
        const bool twoAddresses = !addressA.isEmpty() && !addressB.isEmpty() && addressA != addressB;
        if ( ra == rb || twoAddresses || !sameFlightPath( a, b ) )
          continue;
        const QString address = addressA.isEmpty() ? addressB : addressA;
        parent[static_cast<std::size_t>( std::max( ra, rb ) )] = std::min( ra, rb );
        addressOfRoot[static_cast<std::size_t>( std::min( ra, rb ) )] = address;
      }
    }
  }

  std::vector<std::vector<int>> groups;
  std::vector<int> groupOfRoot( tracks.size(), -1 );
  for ( int t = 0; t < count; ++t )
  {
    const int r = root( parent, t );
    int &group = groupOfRoot[static_cast<std::size_t>( r )];
    if ( group < 0 )
    {
      group = static_cast<int>( groups.size() );
      groups.emplace_back();
    }
    groups[static_cast<std::size_t>( group )].push_back( t );
  }
  return groups;
}

QString aircraftTrackId( const AircraftIdentity &identity )
{
  if ( !identity.icao24.isEmpty() )
    return QStringLiteral( "aircraft-" ) + identity.icao24.toLower();
  if ( !identity.registration.isEmpty() )
    return QStringLiteral( "aircraft-reg-" ) + registrationKey( identity.registration );
  return QString();
}

QVector<QPair<std::int64_t, std::int64_t>> coverageSpans( const Track &track, std::int64_t gapThresholdMs )
{
  QVector<QPair<std::int64_t, std::int64_t>> spans;
  const std::vector<std::int64_t> &times = track.times();
  for ( std::size_t i = 0; i < times.size(); ++i )
  {
    if ( spans.isEmpty() || times[i] - spans.last().second > gapThresholdMs )
      spans.append( { times[i], times[i] } );
    else
      spans.last().second = times[i];
  }
  return spans;
}

SourceCoverage sourceCoverage( const Track &track, std::int64_t gapThresholdMs )
{
  SourceCoverage coverage;
  coverage.trackId = track.id;
  coverage.format = track.source.format;
  coverage.fileName = track.source.fileName;
  coverage.positions = coverage.positionsUsed = track.size();
  coverage.spans = coverageSpans( track, gapThresholdMs );
  return coverage;
}

FusedTrack fuseTracks( const std::vector<const Track *> &sources, std::int64_t gapThresholdMs )
{
  FusedTrack fused;
  fused.track.identity = mergedIdentity( sources );
  fused.track.id = aircraftTrackId( fused.track.identity );
  if ( fused.track.id.isEmpty() && !sources.empty() ) // joined by callsign and place alone
    fused.track.id = QStringLiteral( "aircraft-" ) + sources.front()->id;
  fused.track.source = mergedSource( sources );
  for ( const Track *track : sources )
  {
    SourceCoverage coverage = sourceCoverage( *track, gapThresholdMs );
    coverage.positionsUsed = 0;
    fused.sources.append( coverage );
  }

  // Densest first; the given order breaks ties, so the result does not depend on hashing.
  std::vector<int> order( sources.size() );
  std::iota( order.begin(), order.end(), 0 );
  std::stable_sort( order.begin(), order.end(),
                    [&fused]( int a, int b )
                    { return density( fused.sources.at( a ) ) > density( fused.sources.at( b ) ); } );

  std::size_t total = 0;
  for ( const Track *track : sources )
    total += static_cast<std::size_t>( track->size() );
  fused.track.reserve( total );
  QVector<QPair<std::int64_t, std::int64_t>> taken; // coverage of the sources kept so far, merged
  for ( const int s : order )
  {
    const Track &track = *sources[static_cast<std::size_t>( s )];
    SourceCoverage &coverage = fused.sources[s];
    for ( int i = 0; i < track.size(); ++i )
    {
      if ( covered( taken, track.timeMs( i ) ) )
        continue;
      fused.track.append( track.point( i ) );
      ++coverage.positionsUsed;
    }
    taken = merged( taken + coverage.spans );
  }
  fused.track.sortByTime();
  fused.track.squeeze();
  return fused;
}

FlightAnalysis analyseAircraft( const FusedTrack &fused, const AirbaseIndex &airbases )
{
  FlightAnalysis analysis = analyseFlights( fused.track, airbases );
  for ( Gap &gap : analysis.gaps )
    gap.reason += QLatin1Char( ' ' ) +
                  QCoreApplication::translate( "sortie::Workspace",
                                               "None of the aircraft's %n sources has a position in it.",
                                               nullptr, fused.sources.size() );
  analysis.sources = fused.sources;
  return analysis;
}

} // namespace sortie
