#include "models/io/importsupport.h"

#include "models/io/jsonsupport.h"

#include <QObject>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <limits>

namespace sortie::importsupport
{

WarningSink::WarningSink( QString fileName )
  : mFile( std::move( fileName ) )
{
}

void WarningSink::add( qint64 line, const QString &message )
{
  ++mTotal;
  if ( mWarnings.size() < kDetailed )
    mWarnings.append( { mFile, line, message } );
}

void WarningSink::finish( ImportResult &result )
{
  result.warnings += mWarnings;
  if ( mTotal > mWarnings.size() )
    result.warnings.append(
        { mFile, 0, QStringLiteral( "%1 more problems not listed" ).arg( mTotal - mWarnings.size() ) } );
  mWarnings.clear();
  mTotal = 0;
}

namespace
{
// A million years of milliseconds: far beyond any plausible time, far inside int64.
constexpr double kMaxAbsMs = 1e6 * 365.25 * 86400.0 * 1000.0;
} // namespace

std::optional<std::int64_t> millisecondsToMs( double milliseconds )
{
  if ( !std::isfinite( milliseconds ) || std::fabs( milliseconds ) > kMaxAbsMs )
    return std::nullopt;
  return static_cast<std::int64_t>( std::llround( milliseconds ) );
}

std::optional<std::int64_t> secondsToMs( double seconds )
{
  if ( !std::isfinite( seconds ) )
    return std::nullopt;
  return millisecondsToMs( seconds * 1000.0 );
}

std::optional<std::int64_t> secondsToMs( std::int64_t seconds )
{
  constexpr std::int64_t kMaxAbsSeconds = static_cast<std::int64_t>( kMaxAbsMs / 1000.0 );
  if ( seconds > kMaxAbsSeconds || seconds < -kMaxAbsSeconds )
    return std::nullopt;
  return seconds * 1000;
}

int toIntOr( double value, int fallback )
{
  if ( !std::isfinite( value ) || value < static_cast<double>( std::numeric_limits<int>::min() ) ||
       value > static_cast<double>( std::numeric_limits<int>::max() ) )
    return fallback;
  return static_cast<int>( std::lround( value ) );
}

TracksByAddress::TracksByAddress( std::vector<Track> &tracks, TrackSource source )
  : mTracks( tracks )
  , mSource( std::move( source ) )
{
}

Track &TracksByAddress::operator[]( const QString &icao24 )
{
  auto at = mIndex.constFind( icao24 );
  if ( at == mIndex.constEnd() )
  {
    Track track;
    track.identity.icao24 = icao24;
    track.source = mSource;
    mTracks.push_back( std::move( track ) );
    at = mIndex.insert( icao24, mTracks.size() - 1 );
  }
  return mTracks[*at];
}

std::int64_t earliestPlausibleMs()
{
  return QDateTime( QDate( 1990, 1, 1 ), QTime( 0, 0 ), QTimeZone::utc() ).toMSecsSinceEpoch();
}

std::int64_t latestPlausibleMs()
{
  return QDateTime( QDate( 2100, 1, 1 ), QTime( 0, 0 ), QTimeZone::utc() ).toMSecsSinceEpoch();
}

std::optional<QString> implausibility( const TrackPoint &point )
{
  if ( !std::isfinite( point.latitude ) || point.latitude < -90.0 || point.latitude > 90.0 )
    return QObject::tr( "latitude %1 out of range" ).arg( point.latitude );
  if ( !std::isfinite( point.longitude ) || point.longitude < -180.0 || point.longitude > 180.0 )
    return QObject::tr( "longitude %1 out of range" ).arg( point.longitude );
  static const std::int64_t earliest = earliestPlausibleMs();
  static const std::int64_t latest = latestPlausibleMs();
  if ( point.timeMs < earliest || point.timeMs >= latest )
    return QObject::tr( "time %1 is not plausible for a tracked position" ).arg( toIsoUtc( point.timeMs ) );
  return std::nullopt;
}

QDateTime parseUtc( const QString &text )
{
  const QString trimmed = text.trimmed();
  if ( trimmed.isEmpty() )
    return QDateTime();
  QDateTime parsed = QDateTime::fromString( trimmed, Qt::ISODateWithMs );
  if ( !parsed.isValid() )
    parsed = QDateTime::fromString( trimmed, Qt::ISODate );
  if ( !parsed.isValid() )
    return QDateTime();
  if ( parsed.timeSpec() == Qt::LocalTime )
    parsed.setTimeZone( QTimeZone::utc() ); // no zone given: UTC, never the machine's zone
  return parsed.toUTC();
}

QString toIsoUtc( std::int64_t timeMs )
{
  // Written by hand: Qt's ISODate gives "+00:00" for a QTimeZone-based UTC time.
  return QDateTime::fromMSecsSinceEpoch( timeMs, QTimeZone::utc() )
             .toString( QStringLiteral( "yyyy-MM-ddTHH:mm:ss" ) ) +
         QLatin1Char( 'Z' );
}

std::optional<csv::Header> readCsvHeader( csv::Reader &reader, std::vector<std::string_view> &fields,
                                          const ImportSource &source, ImportResult &result )
{
  if ( reader.next( fields ) )
    return csv::Header( fields );
  result.failed = true;
  result.warnings.append( { source.displayName, 0, QObject::tr( "no header line" ) } );
  return std::nullopt;
}

bool parseJsonOrFail( const ImportSource &source, QJsonDocument *document, ImportResult &result )
{
  qint64 line = 0;
  QString message;
  jsonsupport::DuplicateMembers duplicates;
  const bool parsed = jsonsupport::parse( source.content, document, &line, &message, &duplicates );
  if ( duplicates.count > 0 )
  {
    const int dropped =
        static_cast<int>( std::min<qint64>( duplicates.count, std::numeric_limits<int>::max() ) );
    result.warnings.append(
        { source.displayName, duplicates.firstLine,
          QObject::tr( "\"%1\" is given again later in the same object; the later value is used "
                       "(%n value(s) replaced by a later one of the same name in this file)",
                       nullptr, dropped )
              .arg( duplicates.firstName ) } );
  }
  if ( parsed )
    return true;
  result.failed = true;
  result.warnings.append( { source.displayName, line, message } );
  return false;
}

QMap<QString, QString> leadingComments( const QByteArray &content, int *bodyOffset, qint64 *bodyLine )
{
  QMap<QString, QString> comments;
  int offset = content.startsWith( "\xEF\xBB\xBF" ) ? 3 : 0;
  qint64 line = 1;
  while ( offset < content.size() && content.at( offset ) == '#' )
  {
    int end = content.indexOf( '\n', offset );
    if ( end < 0 )
      end = content.size();
    const QString text = QString::fromUtf8( content.mid( offset + 1, end - offset - 1 ) ).trimmed();
    const int colon = text.indexOf( QLatin1Char( ':' ) );
    if ( colon > 0 )
      comments.insert( text.left( colon ).trimmed().toLower(), text.mid( colon + 1 ).trimmed() );
    offset = end + 1;
    ++line;
  }
  *bodyOffset = offset;
  *bodyLine = line;
  return comments;
}

void applyComments( const QMap<QString, QString> &comments, Track &track )
{
  if ( comments.contains( QStringLiteral( "registration" ) ) )
    track.identity.registration = comments.value( QStringLiteral( "registration" ) );
  if ( comments.contains( QStringLiteral( "icao24" ) ) )
    track.identity.icao24 = comments.value( QStringLiteral( "icao24" ) ).toLower();
  if ( comments.contains( QStringLiteral( "type" ) ) )
    track.identity.aircraftType = comments.value( QStringLiteral( "type" ) );
  if ( comments.contains( QStringLiteral( "callsign" ) ) )
    addCallsign( track.identity, comments.value( QStringLiteral( "callsign" ) ) );
  if ( comments.contains( QStringLiteral( "note" ) ) )
    track.source.note = comments.value( QStringLiteral( "note" ) );
}

void addCallsign( AircraftIdentity &identity, const QString &callsign )
{
  const QString trimmed = callsign.trimmed();
  if ( !trimmed.isEmpty() && !identity.callsigns.contains( trimmed ) )
    identity.callsigns.append( trimmed );
}

} // namespace sortie::importsupport
