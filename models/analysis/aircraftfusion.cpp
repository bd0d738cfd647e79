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
/**
 * @p registration as grouped: upper case, without dashes or spaces; empty for none or a
 * placeholder ("-", "N/A", "UNKNOWN"), which names no aircraft.
 */
QString usableRegistration( const QString &registration )
{
  QString key = registration.toUpper();
  key.remove( QLatin1Char( '-' ) );
  key.remove( QLatin1Char( ' ' ) );
  static const QStringList placeholders{ QStringLiteral( "N/A" ),  QStringLiteral( "NONE" ),
                                         QStringLiteral( "NULL" ), QStringLiteral( "UNKNOWN" ),
                                         QStringLiteral( "TBA" ),  QStringLiteral( "TBD" ) };
  if ( key.size() < 2 || placeholders.contains( key ) )
    return QString();
  return key;
}

// The two forms of an aircraft's id (aircraftTrackId()); empty when the identity lacks it.
QString addressTrackId( const AircraftIdentity &identity )
{
  return identity.icao24.isEmpty() ? QString() : QStringLiteral( "aircraft-" ) + identity.icao24.toLower();
}

QString registrationTrackId( const AircraftIdentity &identity )
{
  const QString registration = usableRegistration( identity.registration );
  return registration.isEmpty() ? QString() : QStringLiteral( "aircraft-reg-" ) + registration;
}

/**
 * Tracks joined into aircraft (union-find by path halving, the earliest track leading), each
 * group knowing the ICAO address and registration its tracks say, so that a join that would
 * make one aircraft of two addresses (or, for a join by callsign, two registrations) is refused.
 */
class AircraftUnion
{
  public:
    enum Veto
    {
      VetoAddresses,
      VetoAddressesAndRegistrations,
    };

    explicit AircraftUnion( const std::vector<Track> &tracks )
      : mParent( tracks.size() )
      , mAddress( tracks.size() )
      , mRegistration( tracks.size() )
    {
      std::iota( mParent.begin(), mParent.end(), 0 );
      for ( std::size_t t = 0; t < tracks.size(); ++t )
      {
        mAddress[t] = tracks[t].identity.icao24.toLower();
        mRegistration[t] = usableRegistration( tracks[t].identity.registration );
      }
    }

    int root( int i )
    {
      while ( mParent[at( i )] != i )
      {
        mParent[at( i )] = mParent[at( mParent[at( i )] )];
        i = mParent[at( i )];
      }
      return i;
    }

    /** Whether @p a's and @p b's groups may be one aircraft (no two addresses or registrations). */
    bool compatible( int a, int b, Veto veto = VetoAddressesAndRegistrations )
    {
      const std::size_t ra = at( root( a ) ), rb = at( root( b ) );
      auto differ = []( const QString &x, const QString &y )
      { return !x.isEmpty() && !y.isEmpty() && x != y; };
      return !differ( mAddress[ra], mAddress[rb] ) &&
             ( veto == VetoAddresses || !differ( mRegistration[ra], mRegistration[rb] ) );
    }

    void join( int a, int b, Veto veto )
    {
      const int ra = root( a ), rb = root( b );
      if ( ra == rb || !compatible( a, b, veto ) )
        return;
      const int lead = std::min( ra, rb ), other = std::max( ra, rb );
      mParent[at( other )] = lead;
      if ( mAddress[at( lead )].isEmpty() )
        mAddress[at( lead )] = mAddress[at( other )];
      if ( mRegistration[at( lead )].isEmpty() )
        mRegistration[at( lead )] = mRegistration[at( other )];
    }

    /** The groups, each in track order, in the order of their first track. */
    std::vector<std::vector<int>> groups()
    {
      std::vector<std::vector<int>> result;
      std::vector<int> groupOfRoot( mParent.size(), -1 );
      for ( int t = 0; t < static_cast<int>( mParent.size() ); ++t )
      {
        int &group = groupOfRoot[at( root( t ) )];
        if ( group < 0 )
        {
          group = static_cast<int>( result.size() );
          result.emplace_back();
        }
        result[at( group )].push_back( t );
      }
      return result;
    }

  private:
    static std::size_t at( int i ) { return static_cast<std::size_t>( i ); }
    std::vector<int> mParent;
    std::vector<QString> mAddress;
    std::vector<QString> mRegistration;
};

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

/**
 * Positions per second of coverage: which source to keep where two overlap. Each run counts
 * for at least a minute, so that a few lone fixes never outrank a feed of one a second.
 */
double density( const SourceCoverage &coverage )
{
  std::int64_t coveredMs = 0;
  for ( const auto &span : coverage.spans )
    coveredMs += std::max<std::int64_t>( span.second - span.first, 60 * 1000 );
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
  // Each field from the first source that said it, else from the first a database filled it for.
  auto fill =
      [&identity, &sources]( QString AircraftIdentity::*field, const QString &key, bool fromDatabaseNow )
  {
    for ( const Track *track : sources )
    {
      const AircraftIdentity &their = track->identity;
      if ( ( their.*field ).isEmpty() || their.fromDatabase.contains( key ) != fromDatabaseNow )
        continue;
      identity.*field = their.*field;
      if ( fromDatabaseNow )
        identity.fromDatabase.append( key );
      return;
    }
  };
  for ( const bool fromDatabase : { false, true } )
  {
    for ( const auto &[field, key] :
          { std::pair{ &AircraftIdentity::registration, QStringLiteral( "registration" ) },
            std::pair{ &AircraftIdentity::aircraftType, QStringLiteral( "aircraftType" ) },
            std::pair{ &AircraftIdentity::operatorName, QStringLiteral( "operator" ) } } )
    {
      if ( ( identity.*field ).isEmpty() )
        fill( field, key, fromDatabase );
    }
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
  AircraftUnion groups( tracks );
  // Same address, or same registration: one aircraft (unless the addresses say two).
  QHash<QString, int> firstWithKey; // an address's or registration's id -> first track with it
  for ( int t = 0; t < count; ++t )
  {
    const AircraftIdentity &identity = tracks[static_cast<std::size_t>( t )].identity;
    // Keyed by the ids aircraftTrackId() gives: an address's, a usable registration's.
    for ( const QString &key : { addressTrackId( identity ), registrationTrackId( identity ) } )
    {
      if ( key.isEmpty() )
        continue;
      const auto known = firstWithKey.constFind( key );
      if ( known == firstWithKey.cend() )
        firstWithKey.insert( key, t );
      else
        groups.join( *known, t, AircraftUnion::VetoAddresses );
    }
  }

  // A track known by its callsign alone (an FR24 CSV export says no address) is the aircraft
  // of another with that callsign when both were in the same place at the same time, unless
  // their addresses or registrations say they are two. Only tracks that overlap in time are
  // compared (a sweep by start time); a callsign flown by more than a few tracks at once
  // (a placeholder, or a formation's shared name) identifies nothing and is not used.
  constexpr std::size_t kMostAtOnce = 6;
  QHash<QString, std::vector<int>> byCallsign;
  for ( int t = 0; t < count; ++t )
  {
    const Track &track = tracks[static_cast<std::size_t>( t )];
    if ( track.isEmpty() )
      continue;
    for ( const QString &callsign : track.identity.callsigns )
    {
      const QString key = callsign.trimmed().toUpper();
      if ( key.size() >= 3 )
        byCallsign[key].push_back( t );
    }
  }
  for ( auto it = byCallsign.begin(); it != byCallsign.end(); ++it )
  {
    std::vector<int> &same = it.value();
    if ( same.size() < 2 )
      continue;
    auto first = [&tracks]( int t ) { return tracks[static_cast<std::size_t>( t )].times().front(); };
    auto last = [&tracks]( int t ) { return tracks[static_cast<std::size_t>( t )].times().back(); };
    std::sort( same.begin(), same.end(), [&]( int a, int b ) { return first( a ) < first( b ); } );
    std::vector<std::pair<int, int>> pairs;
    std::vector<int> active; // tracks still going at the start of the next
    bool crowded = false;
    for ( const int t : same )
    {
      active.erase( std::remove_if( active.begin(), active.end(),
                                    [&]( int a ) { return last( a ) - first( t ) < 60 * 1000; } ),
                    active.end() );
      for ( const int a : active )
        pairs.emplace_back( a, t );
      active.push_back( t );
      crowded = crowded || active.size() > kMostAtOnce;
    }
    if ( crowded )
      continue;
    // In the order the tracks came: which of two candidates a track joins does not depend
    // on which started first.
    for ( auto &pair : pairs )
      pair = { std::min( pair.first, pair.second ), std::max( pair.first, pair.second ) };
    std::sort( pairs.begin(), pairs.end() );
    for ( const auto &[a, b] : pairs )
    {
      if ( groups.compatible( a, b ) &&
           sameFlightPath( tracks[static_cast<std::size_t>( a )], tracks[static_cast<std::size_t>( b )] ) )
        groups.join( a, b, AircraftUnion::VetoAddressesAndRegistrations );
    }
  }
  return groups.groups();
}

QStringList aircraftAliases( const Track &track )
{
  QStringList aliases{ QStringLiteral( "aircraft-" ) + track.id };
  for ( const QString &id : { addressTrackId( track.identity ), registrationTrackId( track.identity ) } )
  {
    if ( !id.isEmpty() )
      aliases << id;
  }
  return aliases;
}

QString aircraftTrackId( const AircraftIdentity &identity )
{
  const QString byAddress = addressTrackId( identity );
  return byAddress.isEmpty() ? registrationTrackId( identity ) : byAddress;
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

void describeFusedTrack( Track &track, const std::vector<const Track *> &sources )
{
  track.identity = mergedIdentity( sources );
  track.id = aircraftTrackId( track.identity );
  if ( track.id.isEmpty() && !sources.empty() ) // joined by callsign and place alone
    track.id = QStringLiteral( "aircraft-" ) + sources.front()->id;
  track.source = mergedSource( sources );
}

FusedTrack fuseTracks( const std::vector<const Track *> &sources, std::int64_t gapThresholdMs )
{
  FusedTrack fused;
  describeFusedTrack( fused.track, sources );
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
