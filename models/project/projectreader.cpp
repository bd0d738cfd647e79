// Reading a project file. Each refusal names the file and the reason; a row that cannot be
#include "models/io/jsonsupport.h"
// read is skipped with a warning naming its table and row, and the rest loads.
#include "models/io/gdalsupport.h"
#include "models/project/ogrsupport.h"
#include "models/project/projectdataset.h"
#include "models/project/projectstore.h"
#include "models/project/projecttables.h"
#include "models/project/sqliteschema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <cpl_error.h>
#include <gdal.h>
#include <ogr_api.h>
#include <tuple>

namespace sortie
{

namespace
{
using namespace projecttables;

QStringList stringArray( const QString &json )
{
  QStringList values;
  for ( const QJsonValue &value : jsonsupport::parseOrNull( json.toUtf8() ).array() )
    values.append( value.toString() );
  return values;
}

QDateTime utc( qint64 ms )
{
  return QDateTime::fromMSecsSinceEpoch( ms, QTimeZone::utc() );
}

// A project file; else a team project's schema in PostgreSQL (teamproject.h), where the
// server's grants, not the file, decide what SQL exists.
bool isGeoPackage( GDALDatasetH dataset )
{
  GDALDriverH driver = GDALGetDatasetDriver( dataset );
  return driver && qstrcmp( GDALGetDriverShortName( driver ), "GPKG" ) == 0;
}

// Rows of one table, in the order written, with a warning for each that cannot be read.
class TableReader
{
  public:
    // @p since: the schema version that added the table; older files lack it rightly.
    TableReader( GDALDatasetH dataset, const char *table, ProjectReadResult &result, int since = 1 )
      : mName( QString::fromLatin1( table ) )
      , mLayer( GDALDatasetGetLayerByName( dataset, table ) )
      , mResult( result )
    {
      // A view under a table's name would run the file's SQL as it is read: not read.
      if ( mLayer && isGeoPackage( dataset ) && !sqliteschema::isTable( dataset, table ) )
      {
        mLayer = nullptr;
        mResult.warnings.append(
            QObject::tr(
                "%1 is a view, not a table: Sortie does not run a file's SQL; nothing of it was read" )
                .arg( mName ) );
        return;
      }
      if ( mLayer )
        OGR_L_ResetReading( mLayer );
      else if ( result.meta.schemaVersion >= since )
        mResult.warnings.append( QObject::tr( "table %1 is missing; nothing of it was read" ).arg( mName ) );
    }
    ~TableReader()
    {
      if ( mFeature )
        OGR_F_Destroy( mFeature );
    }
    TableReader( const TableReader & ) = delete;
    TableReader &operator=( const TableReader & ) = delete;

    OGRLayerH layer() const { return mLayer; }
    bool next()
    {
      if ( mFeature )
        OGR_F_Destroy( mFeature );
      mFeature = mLayer ? OGR_L_GetNextFeature( mLayer ) : nullptr;
      return mFeature != nullptr;
    }
    OGRFeatureH feature() const { return mFeature; }
    void warn( const QString &reason ) const
    {
      mResult.warnings.append(
          QObject::tr( "table %1, row %2: %3" ).arg( mName ).arg( OGR_F_GetFID( mFeature ) ).arg( reason ) );
    }

  private:
    QString mName;
    OGRLayerH mLayer;
    ProjectReadResult &mResult;
    OGRFeatureH mFeature = nullptr;
};

// Whether the file starts as every SQLite database does (a GeoPackage is one).
bool hasSqliteHeader( const QString &path )
{
  QFile file( path );
  if ( !file.open( QIODevice::ReadOnly ) )
    return false;
  return file.read( 16 ) == QByteArray( "SQLite format 3\0", 16 );
}

// SQLite's own check of every page: a truncated or overwritten file fails it.
bool passesQuickCheck( GDALDatasetH dataset, QString *problem )
{
  OGRLayerH result = GDALDatasetExecuteSQL( dataset, "PRAGMA quick_check", nullptr, nullptr );
  if ( !result )
  {
    *problem = ogr::lastError( QObject::tr( "the database cannot be checked" ) );
    return false;
  }
  OGRFeatureH row = OGR_L_GetNextFeature( result );
  const QString answer = row ? QString::fromUtf8( OGR_F_GetFieldAsString( row, 0 ) ) : QString();
  if ( row )
    OGR_F_Destroy( row );
  GDALDatasetReleaseResultSet( dataset, result );
  if ( answer != QLatin1String( "ok" ) )
  {
    *problem = answer.isEmpty() ? ogr::lastError( QObject::tr( "the database check failed" ) ) : answer;
    return false;
  }
  return true;
}

void readMeta( GDALDatasetH dataset, ProjectReadResult &result, QHash<QString, QString> &meta )
{
  TableReader rows( dataset, kMeta, result );
  const ogr::FieldIndex field( rows.layer(), { "key", "value" } );
  while ( rows.next() )
    meta.insert( ogr::readString( rows.feature(), field[0] ), ogr::readString( rows.feature(), field[1] ) );
}

void readState( GDALDatasetH dataset, ProjectReadResult &result )
{
  TableReader rows( dataset, kState, result );
  const ogr::FieldIndex field( rows.layer(), { "key", "value" } );
  while ( rows.next() )
  {
    if ( ogr::readString( rows.feature(), field[0] ) != QLatin1String( kStateWorkbench ) )
      continue;
    QJsonParseError error;
    const QJsonDocument document =
        jsonsupport::parseOrNull( ogr::readString( rows.feature(), field[1] ).toUtf8(), &error );
    if ( !document.isObject() )
      rows.warn( QObject::tr( "the workbench state is not a JSON object (%1); the default view is used" )
                     .arg( error.errorString() ) );
    else
      result.meta.workbench = document.object();
  }
}

void readAirbases( GDALDatasetH dataset, ProjectReadResult &result )
{
  TableReader rows( dataset, kAirbases, result );
  const ogr::FieldIndex field( rows.layer(),
                               { "icao", "iata", "name", "elevation_m", "use", "country", "kind" } );
  while ( rows.next() )
  {
    OGRFeatureH f = rows.feature();
    const std::optional<GeoPoint> position = ogr::readPoint( f );
    if ( !position )
    {
      rows.warn( QObject::tr( "airbase without a position; skipped" ) );
      continue;
    }
    Airbase airbase;
    airbase.icao = ogr::readString( f, field[0] );
    airbase.iata = ogr::readString( f, field[1] );
    airbase.name = ogr::readString( f, field[2] );
    airbase.elevationMetres = ogr::readDouble( f, field[3] );
    airbase.use = airbaseUseFromName( ogr::readString( f, field[4] ) ).value_or( AirbaseUse::Unknown );
    airbase.country = ogr::readString( f, field[5] );
    // An added column (no new schema: older readers ignore it); older files have none: Unknown.
    airbase.kind = airbaseKindFromName( ogr::readString( f, field[6] ) ).value_or( AirbaseKind::Unknown );
    airbase.position = *position;
    result.content.airbases.append( airbase );
  }
}

// The columns of event_sources or correlation_sources, as projectwriter.cpp lays them out.
ogr::FieldIndex sourceFields( OGRLayerH layer, const char *ownerField )
{
  return ogr::FieldIndex( layer, { ownerField, "ordinal", "outlet", "title", "date", "url", "supports" } );
}

// A citation from a row of event_sources or correlation_sources (same columns after the owner).
SourceCitation readSource( OGRFeatureH f, const ogr::FieldIndex &field )
{
  SourceCitation source;
  source.outlet = ogr::readString( f, field[2] );
  source.title = ogr::readString( f, field[3] );
  source.date = ogr::readDate( f, field[4] );
  source.url = ogr::readString( f, field[5] );
  source.supports = ogr::readString( f, field[6] );
  return source;
}

void readEvents( GDALDatasetH dataset, ProjectReadResult &result )
{
  QHash<QString, int> byId;
  QSet<QString> skipped; // their sources go with them, without a warning each
  {
    TableReader rows( dataset, kEvents, result );
    const ogr::FieldIndex field( rows.layer(),
                                 { "event_id", "title", "kind", "start", "end", "precision", "place_name",
                                   "place_airbase", "place_lat", "place_lon", "actors", "description" } );
    while ( rows.next() )
    {
      OGRFeatureH f = rows.feature();
      Event event;
      event.id = ogr::readString( f, field[0] );
      const std::optional<qint64> start = ogr::readMs( f, field[3] );
      if ( event.id.isEmpty() || !start )
      {
        rows.warn(
            event.id.isEmpty()
                ? QObject::tr( "event without an id; skipped" )
                : QObject::tr( "event %1 without a start; skipped with its sources" ).arg( event.id ) );
        skipped.insert( event.id );
        continue;
      }
      event.title = ogr::readString( f, field[1] );
      const QString kind = ogr::readString( f, field[2] );
      event.kind = eventKindFromName( kind ).value_or( EventKind::Other );
      if ( !eventKindFromName( kind ) )
        rows.warn( QObject::tr( "unknown event kind \"%1\"; read as \"other\"" ).arg( kind ) );
      event.start = utc( *start );
      if ( const std::optional<qint64> end = ogr::readMs( f, field[4] ) )
        event.end = utc( *end );
      const QString precision = ogr::readString( f, field[5] );
      event.precision = datePrecisionFromName( precision ).value_or( DatePrecision::Time );
      if ( !datePrecisionFromName( precision ) )
        rows.warn( QObject::tr( "unknown date precision \"%1\"; read as \"time\"" ).arg( precision ) );
      event.place.name = ogr::readString( f, field[6] );
      event.place.airbaseIcao = ogr::readString( f, field[7] );
      const std::optional<double> latitude = ogr::readDouble( f, field[8] );
      const std::optional<double> longitude = ogr::readDouble( f, field[9] );
      if ( latitude && longitude )
        event.place.position = GeoPoint{ *latitude, *longitude };
      event.actors = stringArray( ogr::readString( f, field[10] ) );
      event.description = ogr::readString( f, field[11] );
      if ( byId.contains( event.id ) )
      {
        rows.warn( QObject::tr( "a second event with id %1; skipped" ).arg( event.id ) );
        continue;
      }
      byId.insert( event.id, result.content.events.size() );
      result.content.events.append( event );
    }
  }
  TableReader rows( dataset, kEventSources, result );
  const ogr::FieldIndex field = sourceFields( rows.layer(), "event_id" );
  QHash<int, QVector<QPair<qint64, SourceCitation>>> ordered; // by event index
  while ( rows.next() )
  {
    OGRFeatureH f = rows.feature();
    const QString id = ogr::readString( f, field[0] );
    if ( !byId.contains( id ) )
    {
      if ( !skipped.contains( id ) )
        rows.warn( QObject::tr( "source of an unknown event %1; skipped" ).arg( id ) );
      continue;
    }
    ordered[byId.value( id )].append( { ogr::readInt( f, field[1] ).value_or( 0 ), readSource( f, field ) } );
  }
  // By ordinal: a file has them in that order, but a database returns rows in the order they
  // lie on disk, which an edit (its sources deleted and written again) changes.
  for ( auto it = ordered.begin(); it != ordered.end(); ++it )
  {
    std::stable_sort( it->begin(), it->end(),
                      []( const auto &a, const auto &b ) { return a.first < b.first; } );
    for ( const auto &[ordinal, source] : *it )
      result.content.events[it.key()].sources.append( source );
  }
}

// Schema 2: correlations, their links and sources, and dismissed suggestions. @p trackIds:
// the file's track row ids to Track::id, which files before schema 3 link by.
void readCorrelations( GDALDatasetH dataset, ProjectReadResult &result,
                       const QHash<qint64, QString> &trackIds )
{
  QHash<QString, int> byId;
  {
    TableReader rows( dataset, kCorrelations, result, 2 );
    const ogr::FieldIndex field( rows.layer(),
                                 { "correlation_id", "relation", "relation_text", "note", "confidence",
                                   "likelihood", "author", "created_utc", "modified_utc", "example" } );
    while ( rows.next() )
    {
      OGRFeatureH f = rows.feature();
      Correlation correlation;
      correlation.id = ogr::readString( f, field[0] );
      if ( correlation.id.isEmpty() || byId.contains( correlation.id ) )
      {
        rows.warn( QObject::tr( "correlation without an id, or a second one with it; skipped" ) );
        continue;
      }
      const QString relation = ogr::readString( f, field[1] );
      correlation.relation = relationFromName( relation ).value_or( Relation::Other );
      correlation.relationText = ogr::readString( f, field[2] );
      if ( !relationFromName( relation ) && correlation.relationText.isEmpty() )
        correlation.relationText = relation; // an unknown relation kept as free text
      correlation.note = ogr::readString( f, field[3] );
      correlation.confidence =
          confidenceFromName( ogr::readString( f, field[4] ) ).value_or( Confidence::Low );
      correlation.likelihood = ogr::readString( f, field[5] );
      correlation.author = ogr::readString( f, field[6] );
      if ( const std::optional<qint64> created = ogr::readMs( f, field[7] ) )
        correlation.createdUtc = utc( *created );
      if ( const std::optional<qint64> modified = ogr::readMs( f, field[8] ) )
        correlation.modifiedUtc = utc( *modified );
      correlation.example = ogr::readInt( f, field[9] ).value_or( 0 ) != 0;
      byId.insert( correlation.id, result.content.correlations.size() );
      result.content.correlations.append( correlation );
    }
  }
  // A database returns rows in the order they lie on disk, which an edit (a correlation's
  // links and sources deleted and written again) changes: links are taken in the order they
  // were written (their row id), sources by ordinal, as a file has them.
  {
    TableReader rows( dataset, kCorrelationLinks, result, 2 );
    const ogr::FieldIndex field( rows.layer(),
                                 { "correlation_id", "event_id", "track_id", "leg_takeoff", "track_key" } );
    struct Link
    {
        GIntBig row;
        int owner;
        QString event;
        std::optional<FlightRef> flight;
    };
    std::vector<Link> links;
    while ( rows.next() )
    {
      OGRFeatureH f = rows.feature();
      const auto owner = byId.constFind( ogr::readString( f, field[0] ) );
      if ( owner == byId.cend() )
      {
        rows.warn( QObject::tr( "link of an unknown correlation; skipped" ) );
        continue;
      }
      Link link{ OGR_F_GetFID( f ), *owner, ogr::readString( f, field[1] ), std::nullopt };
      const QString track = ogr::readString( f, field[4] );
      const std::optional<qint64> trackRow = ogr::readInt( f, field[2] );
      if ( !link.event.isEmpty() )
        links.push_back( std::move( link ) );
      else if ( !track.isEmpty() || ( trackRow && trackIds.contains( *trackRow ) ) )
      {
        link.flight =
            FlightRef{ track.isEmpty() ? trackIds.value( *trackRow ) : track, ogr::readMs( f, field[3] ) };
        links.push_back( std::move( link ) );
      }
      else if ( trackRow )
        rows.warn( QObject::tr( "link to a track %1 that is not in the file; skipped" ).arg( *trackRow ) );
      else
        rows.warn( QObject::tr( "link to neither an event nor a flight; skipped" ) );
    }
    std::stable_sort( links.begin(), links.end(),
                      []( const Link &a, const Link &b ) { return a.row < b.row; } );
    for ( const Link &link : links )
    {
      Correlation &correlation = result.content.correlations[link.owner];
      if ( link.flight )
        correlation.flights.append( *link.flight );
      else
        correlation.eventIds.append( link.event );
    }
  }
  {
    TableReader rows( dataset, kCorrelationSources, result, 2 );
    const ogr::FieldIndex field = sourceFields( rows.layer(), "correlation_id" );
    std::vector<std::tuple<int, int, SourceCitation>> sources; // owner, ordinal, citation
    while ( rows.next() )
    {
      const auto owner = byId.constFind( ogr::readString( rows.feature(), field[0] ) );
      if ( owner == byId.cend() )
        rows.warn( QObject::tr( "source of an unknown correlation; skipped" ) );
      else
        sources.emplace_back( *owner, ogr::readInt( rows.feature(), field[1] ).value_or( 0 ),
                              readSource( rows.feature(), field ) );
    }
    std::stable_sort( sources.begin(), sources.end(),
                      []( const auto &a, const auto &b ) { return std::get<1>( a ) < std::get<1>( b ); } );
    for ( const auto &[owner, ordinal, source] : sources )
      result.content.correlations[owner].sources.append( source );
  }
  TableReader rows( dataset, kDismissedSuggestions, result, 2 );
  const ogr::FieldIndex field( rows.layer(), { "key" } );
  while ( rows.next() )
  {
    // "event|track|take-off ms": before schema 3 the track is its row id, now its Track::id.
    QString key = ogr::readString( rows.feature(), field[0] );
    QStringList parts = key.split( QLatin1Char( '|' ) );
    bool isRow = false;
    const qint64 row = parts.size() == 3 ? parts.at( 1 ).toLongLong( &isRow ) : -1;
    if ( result.meta.schemaVersion < 3 && isRow && trackIds.contains( row ) )
    {
      parts[1] = trackIds.value( row );
      key = parts.join( QLatin1Char( '|' ) );
    }
    result.content.dismissedSuggestions.append( key );
  }
}

// Schema 2: what the analyst drew on the map.
void readAnnotations( GDALDatasetH dataset, ProjectReadResult &result )
{
  TableReader rows( dataset, kAnnotations, result, 2 );
  const ogr::FieldIndex field( rows.layer(), { "annotation_id", "kind", "points", "text", "window_from",
                                               "window_to", "correlation_id" } );
  QSet<QString> seen; // ids are unique (a team project indexes them so)
  while ( rows.next() )
  {
    OGRFeatureH f = rows.feature();
    Annotation annotation;
    annotation.id = ogr::readString( f, field[0] );
    const std::optional<Annotation::Kind> kind = annotationKindFromName( ogr::readString( f, field[1] ) );
    for ( const QJsonValue &point :
          jsonsupport::parseOrNull( ogr::readString( f, field[2] ).toUtf8() ).array() )
    {
      const QJsonArray pair = point.toArray();
      if ( pair.size() == 2 )
        annotation.points.append( GeoPoint{ pair.at( 1 ).toDouble(), pair.at( 0 ).toDouble() } );
    }
    if ( annotation.id.isEmpty() || !kind || annotation.points.isEmpty() )
    {
      rows.warn( QObject::tr( "annotation without an id, a known kind or points; skipped" ) );
      continue;
    }
    if ( seen.contains( annotation.id ) )
    {
      rows.warn( QObject::tr( "a second annotation with id %1; skipped" ).arg( annotation.id ) );
      continue;
    }
    seen.insert( annotation.id );
    annotation.kind = *kind;
    annotation.text = ogr::readString( f, field[3] );
    const std::optional<qint64> from = ogr::readMs( f, field[4] );
    const std::optional<qint64> to = ogr::readMs( f, field[5] );
    if ( from && to )
      annotation.window = TimeRange{ *from, *to };
    annotation.correlationId = ogr::readString( f, field[6] );
    result.content.annotations.append( annotation );
  }
}

// Returns the file's track row ids (track_id) to the tracks' stable ids (Track::id).
QHash<qint64, QString> readTracks( GDALDatasetH dataset, ProjectReadResult &result )
{
  QHash<qint64, std::size_t> byId;
  {
    TableReader rows( dataset, kTracks, result );
    const ogr::FieldIndex field( rows.layer(), { "track_id", "icao24", "registration", "callsigns",
                                                 "aircraft_type", "source_format", "source_file",
                                                 "source_note", "points", "track_key", "military" } );
    while ( rows.next() )
    {
      OGRFeatureH f = rows.feature();
      const std::optional<qint64> id = ogr::readInt( f, field[0] );
      if ( !id || byId.contains( *id ) )
      {
        rows.warn( id ? QObject::tr( "a second track %1; skipped" ).arg( *id )
                      : QObject::tr( "track without an id; skipped" ) );
        continue;
      }
      Track track;
      track.identity.icao24 = ogr::readString( f, field[1] );
      track.identity.registration = ogr::readString( f, field[2] );
      track.identity.callsigns = stringArray( ogr::readString( f, field[3] ) );
      track.identity.aircraftType = ogr::readString( f, field[4] );
      track.source.format = ogr::readString( f, field[5] );
      track.source.fileName = ogr::readString( f, field[6] );
      track.source.note = ogr::readString( f, field[7] );
      track.id = ogr::readString( f, field[9] ); // schema 3; else given below, from the positions
      // An added column (no new schema: older readers ignore it); older files have none.
      track.identity.military = ogr::readInt( f, field[10] ).value_or( 0 ) != 0;
      track.reserve(
          static_cast<std::size_t>( std::max<qint64>( 0, ogr::readInt( f, field[8] ).value_or( 0 ) ) ) );
      byId.insert( *id, result.content.tracks.size() );
      result.content.tracks.push_back( std::move( track ) );
    }
  }
  TableReader rows( dataset, kTrackPoints, result );
  const ogr::FieldIndex field( rows.layer(), { "track_id", "time", "altitude_m", "ground_speed_mps",
                                               "track_deg", "vertical_rate_mps", "flags" } );
  auto toFloat = []( const std::optional<double> &value )
  { return value ? static_cast<float>( *value ) : TrackPoint::kUnknown; };
  while ( rows.next() )
  {
    OGRFeatureH f = rows.feature();
    const auto track = byId.constFind( ogr::readInt( f, field[0] ).value_or( -1 ) );
    const std::optional<qint64> time = ogr::readMs( f, field[1] );
    const std::optional<GeoPoint> position = ogr::readPoint( f );
    if ( track == byId.cend() || !time || !position )
    {
      rows.warn( track == byId.cend() ? QObject::tr( "position of an unknown track; skipped" )
                                      : QObject::tr( "position without a time or a place; skipped" ) );
      continue;
    }
    TrackPoint point;
    point.timeMs = *time;
    point.latitude = position->latitude;
    point.longitude = position->longitude;
    point.altitudeMetres = toFloat( ogr::readDouble( f, field[2] ) );
    point.groundSpeedMps = toFloat( ogr::readDouble( f, field[3] ) );
    point.trackDegrees = toFloat( ogr::readDouble( f, field[4] ) );
    point.verticalRateMps = toFloat( ogr::readDouble( f, field[5] ) );
    point.flags = static_cast<std::uint8_t>( ogr::readInt( f, field[6] ).value_or( 0 ) );
    result.content.tracks[*track].append( point );
  }
  for ( Track &track : result.content.tracks )
  {
    // Written in time order; a file edited elsewhere may not be.
    if ( !std::is_sorted( track.times().cbegin(), track.times().cend() ) )
      track.sortByTime();
    track.squeeze();
  }
  // Tracks of files before schema 3 get their content key, as an import gives it. Two rows
  // with one id (an edited file) both load, the second under a suffixed id.
  identifyTracks( result.content.tracks, {}, false );
  QHash<qint64, QString> trackIds;
  for ( auto it = byId.cbegin(); it != byId.cend(); ++it )
    trackIds.insert( it.key(), result.content.tracks[it.value()].id );
  return trackIds;
}

ProjectReadResult refuse( ProjectOpenError error, const QString &message )
{
  ProjectReadResult result;
  result.error = error;
  result.message = message;
  return result;
}
} // namespace

ProjectReadResult readProject( const QString &path )
{
  const QString shown = QDir::toNativeSeparators( path );
  const QFileInfo info( path );
  if ( !info.exists() || !info.isFile() )
    return refuse( ProjectOpenError::NotFound, QObject::tr( "%1: no such file" ).arg( shown ) );
  if ( !hasSqliteHeader( path ) )
    return refuse( ProjectOpenError::NotGeoPackage,
                   QObject::tr( "%1 is not a Sortie project: not a GeoPackage (SQLite) file" ).arg( shown ) );

  gdalsupport::ensureDriversRegistered();
  const ogr::QuietErrors quiet;
  CPLErrorReset();
  const char *const drivers[] = { "GPKG", nullptr };
  GDALDatasetH dataset =
      GDALOpenEx( path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, nullptr, nullptr );
  if ( !dataset )
    return refuse( ProjectOpenError::Damaged,
                   QObject::tr( "%1 cannot be opened as a GeoPackage: %2" )
                       .arg( shown, ogr::lastError( QObject::tr( "damaged or not a GeoPackage" ) ) ) );
  struct Closer
  {
      GDALDatasetH dataset;
      ~Closer() { GDALClose( dataset ); }
  } closer{ dataset };

  QString problem;
  if ( !passesQuickCheck( dataset, &problem ) )
    return refuse( ProjectOpenError::Damaged,
                   QObject::tr( "%1 is damaged (%2); nothing was read from it" ).arg( shown, problem ) );
  return readProjectTables( dataset, shown );
}

ProjectReadResult readProjectWork( GDALDatasetH dataset, const QString &shown )
{
  const ogr::QuietErrors quiet;
  ProjectReadResult result;
  if ( !GDALDatasetGetLayerByName( dataset, kEvents ) )
    return refuse( ProjectOpenError::NotSortieProject,
                   QObject::tr( "%1 has no %2 table" ).arg( shown, QString::fromLatin1( kEvents ) ) );
  // Written by this Sortie (a team project): every table is expected, and links name their
  // tracks by id (schema 3), so no track needs reading.
  result.meta.schemaVersion = kProjectSchemaVersion;
  readEvents( dataset, result );
  readCorrelations( dataset, result, {} );
  readAnnotations( dataset, result );
  if ( CPLGetLastErrorType() >= CE_Failure )
    return refuse(
        ProjectOpenError::Damaged,
        QObject::tr( "%1 is damaged: %2" ).arg( shown, ogr::lastError( QObject::tr( "reading failed" ) ) ) );
  return result;
}

ProjectReadResult readProjectTables( GDALDatasetH dataset, const QString &shown )
{
  const ogr::QuietErrors quiet;
  if ( !GDALDatasetGetLayerByName( dataset, kMeta ) )
    return refuse( ProjectOpenError::NotSortieProject,
                   QObject::tr( "%1 is not a Sortie project (it has no %2 table)" )
                       .arg( shown, QString::fromLatin1( kMeta ) ) );

  ProjectReadResult result;
  QHash<QString, QString> meta;
  readMeta( dataset, result, meta );
  bool versionOk = false;
  const int version = meta.value( QString::fromLatin1( kMetaSchemaVersion ) ).toInt( &versionOk );
  if ( !versionOk || version < 1 )
    return refuse( ProjectOpenError::Damaged,
                   QObject::tr( "%1 is damaged: its schema version \"%2\" is not a number" )
                       .arg( shown, meta.value( QString::fromLatin1( kMetaSchemaVersion ) ) ) );
  if ( version > kProjectSchemaVersion )
    return refuse(
        ProjectOpenError::NewerSchema,
        QObject::tr(
            "%1 was written by a newer Sortie (%2, project schema %3); this Sortie reads schemas up to %4. "
            "Open it with that version or a later one." )
            .arg( shown, meta.value( QString::fromLatin1( kMetaWrittenBy ) ) )
            .arg( version )
            .arg( kProjectSchemaVersion ) );

  // Migrations: an older schema is read here into today's content, and written back in
  // today's schema on the next save. Schema 1 lacks the correlation tables (added in 2):
  // its readers below know that and read none. Before schema 3 tracks have no stable id:
  // they get their content key, and links that name a track by its row follow it.
  result.meta.schemaVersion = version;
  result.meta.writtenBy = meta.value( QString::fromLatin1( kMetaWrittenBy ) );
  result.meta.fileName = meta.value( QString::fromLatin1( kMetaFileName ) );
  result.meta.qgisLayers = meta.value( QString::fromLatin1( kMetaQgisLayers ) );
  result.meta.createdUtc =
      QDateTime::fromString( meta.value( QString::fromLatin1( kMetaCreated ) ), Qt::ISODateWithMs );
  result.meta.savedUtc =
      QDateTime::fromString( meta.value( QString::fromLatin1( kMetaSaved ) ), Qt::ISODateWithMs );
  // SQL a hostile file may carry: never run, said (sqliteschema.h).
  const sqliteschema::ForeignObjects foreign =
      isGeoPackage( dataset ) ? sqliteschema::foreignObjects( dataset ) : sqliteschema::ForeignObjects();
  if ( !foreign.triggers.isEmpty() )
    result.warnings.append(
        QObject::tr( "the file holds triggers that Sortie did not write (%1); Sortie runs no SQL of a file, "
                     "and saving leaves them out" )
            .arg( foreign.triggers.join( QStringLiteral( ", " ) ) ) );
  if ( !foreign.views.isEmpty() )
    result.warnings.append(
        QObject::tr(
            "the file holds views that Sortie did not write (%1); they are not read, and saving leaves "
            "them out" )
            .arg( foreign.views.join( QStringLiteral( ", " ) ) ) );
  readState( dataset, result );
  readAirbases( dataset, result );
  readEvents( dataset, result );
  const QHash<qint64, QString> trackIds = readTracks( dataset, result );
  readCorrelations( dataset, result, trackIds );
  readAnnotations( dataset, result );
  if ( CPLGetLastErrorType() >= CE_Failure )
    return refuse(
        ProjectOpenError::Damaged,
        QObject::tr( "%1 is damaged: %2" ).arg( shown, ogr::lastError( QObject::tr( "reading failed" ) ) ) );
  return result;
}

} // namespace sortie
