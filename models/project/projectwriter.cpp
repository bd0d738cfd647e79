// Writing a project file: a GeoPackage through GDAL's GPKG driver, written in full to a
// temporary file and then renamed over the project (atomicsave.h).
#include "models/analysis/airbaseusage.h"
#include "models/analysis/aircraftfusion.h"
#include "models/geo/geodesy.h"
#include "models/io/gdalsupport.h"
#include "models/project/atomicsave.h"
#include "models/project/ogrsupport.h"
#include "models/project/projectdataset.h"
#include "models/project/projectrows.h"
#include "models/project/projectstore.h"
#include "models/project/projecttables.h"
#include "models/workspace/workspace.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>

#include <cmath>
#include <cpl_error.h>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

namespace sortie
{

namespace
{
using namespace projecttables;
using ogr::Field;

// Longest straight segment of a great circle in the file: smooth at any scale in QGIS.
constexpr double kMaxSegmentMetres = 25000.0;

using projectrows::jsonArray;

// Builds the GeoPackage, layer by layer, each in one transaction.
class ProjectWriter
{
  public:
    ProjectWriter( const ProjectSource &source, const ProjectMeta &meta )
      : mSource( source )
      , mAirbaseIndex( source.airbases )
      , mMeta( meta )
    {
      for ( std::size_t t = 0; t < source.tracks.size(); ++t )
        mTrackRows.insert( source.tracks[t].id, static_cast<int>( t ) );
      // A link to an aircraft of several sources names it "aircraft-..." (aircraftTrackId()):
      // joined in stock QGIS to the first of its tracks.
      for ( std::size_t t = 0; t < source.tracks.size(); ++t )
      {
        for ( const QString &aircraft : aircraftAliases( source.tracks[t] ) )
        {
          if ( !mTrackRows.contains( aircraft ) )
            mTrackRows.insert( aircraft, static_cast<int>( t ) );
        }
      }
    }

    QString write( const QString &path )
    {
      gdalsupport::ensureDriversRegistered();
      GDALDriverH driver = GDALGetDriverByName( "GPKG" );
      if ( !driver )
        return QObject::tr( "GDAL has no GeoPackage driver" );
      const ogr::QuietErrors quiet;
      GDALDatasetH dataset = GDALCreate( driver, path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr );
      if ( !dataset )
        return ogr::lastError( QObject::tr( "cannot create the file" ) );
      return writeTo( dataset );
    }

    /**
     * Write every table into @p dataset, an empty GeoPackage or an empty schema of a
     * PostgreSQL database (the same tables: teamproject.h), in one transaction; closes it.
     */
    QString writeTo( GDALDatasetH dataset )
    {
      mDataset = dataset;
      mWgs84 = OSRNewSpatialReference( nullptr );
      OSRImportFromEPSG( mWgs84, 4326 );
      OSRSetAxisMappingStrategy( mWgs84, OAMS_TRADITIONAL_GIS_ORDER );
      // One transaction for the whole file: SQLite commits each statement on its own
      // otherwise, a disk sync per position. In PostgreSQL, nobody sees half a project.
      bool ok = GDALDatasetStartTransaction( mDataset, FALSE ) == OGRERR_NONE ||
                fail( QObject::tr( "cannot start writing" ) );
      ok = ok && writeMeta() && writeState() && writeAirbases() && writeEvents() && writeTracks() &&
           writeCorrelations() && writeAnnotations();
      ok = ok && ( GDALDatasetCommitTransaction( mDataset ) == OGRERR_NONE ||
                   fail( QObject::tr( "cannot write the file" ) ) );
      OSRDestroySpatialReference( mWgs84 );
      CPLErrorReset();
      GDALClose( mDataset ); // flushes; a full disk shows here
      if ( ok && CPLGetLastErrorType() >= CE_Failure )
      {
        mError = ogr::lastError( QObject::tr( "cannot finish the file" ) );
        ok = false;
      }
      return ok ? QString() : mError;
    }

  private:
    bool fail( const QString &what )
    {
      mError = ogr::lastError( what );
      return false;
    }

    bool writeMeta()
    {
      ogr::Table table( mDataset, kMeta, wkbNone, nullptr, { { "key", OFTString }, { "value", OFTString } } );
      if ( !table.ok() )
        return fail( QObject::tr( "cannot create table %1" ).arg( QString::fromLatin1( kMeta ) ) );
      const QString now = QDateTime::currentDateTimeUtc().toString( Qt::ISODateWithMs );
      const QVector<QPair<const char *, QString>> rows = {
          { kMetaSchemaVersion, QString::number( kProjectSchemaVersion ) },
          { kMetaWrittenBy, mMeta.writtenBy },
          { kMetaFileName, mMeta.fileName },
          { kMetaCreated, mMeta.createdUtc.isValid() ? mMeta.createdUtc.toString( Qt::ISODateWithMs ) : now },
          { kMetaSaved, now },
          { kMetaQgisLayers, mMeta.qgisLayers },
      };
      for ( const auto &[key, value] : rows )
      {
        ogr::Feature feature( table );
        feature.set( 0, QString::fromLatin1( key ) );
        feature.set( 1, value );
        if ( !feature.insert() )
          return fail( QObject::tr( "cannot write %1" ).arg( QString::fromLatin1( kMeta ) ) );
      }
      return true;
    }

    bool writeState()
    {
      ogr::Table table( mDataset, kState, wkbNone, nullptr,
                        { { "key", OFTString }, { "value", OFTString } } );
      if ( !table.ok() )
        return fail( QObject::tr( "cannot create table %1" ).arg( QString::fromLatin1( kState ) ) );
      ogr::Feature feature( table );
      feature.set( 0, QString::fromLatin1( kStateWorkbench ) );
      feature.set( 1,
                   QString::fromUtf8( QJsonDocument( mMeta.workbench ).toJson( QJsonDocument::Compact ) ) );
      return feature.insert() || fail( QObject::tr( "cannot write the workbench state" ) );
    }

    bool writeAirbases()
    {
      ogr::Table table( mDataset, kAirbases, wkbPoint, mWgs84,
                        { { "icao", OFTString },
                          { "iata", OFTString },
                          { "name", OFTString },
                          { "elevation_m", OFTReal },
                          { "use", OFTString },
                          { "country", OFTString },
                          { "kind", OFTString },
                          { "used", OFTInteger } } );
      if ( !table.ok() )
        return fail( QObject::tr( "cannot create table %1" ).arg( QString::fromLatin1( kAirbases ) ) );
      // Named by the data: drawn at every scale by the embedded project's style, as in Sortie.
      const QSet<int> used = airbasesInUse( mSource.analyses, mSource.events, mAirbaseIndex );
      for ( int i = 0; i < mSource.airbases.size(); ++i )
      {
        const Airbase &airbase = mSource.airbases.at( i );
        ogr::Feature feature( table );
        feature.set( 0, airbase.icao );
        feature.set( 1, airbase.iata );
        feature.set( 2, airbase.name );
        feature.set( 3, airbase.elevationMetres );
        feature.set( 4, airbaseUseName( airbase.use ) );
        feature.set( 5, airbase.country );
        feature.set( 6, airbaseKindName( airbase.kind ) );
        feature.set( 7, used.contains( i ) ? 1 : 0 );
        feature.setPoint( airbase.position );
        if ( !feature.insert() )
          return fail( QObject::tr( "cannot write airbase %1" ).arg( airbase.code() ) );
      }
      return true;
    }

    bool writeEvents()
    {
      ogr::Table events( mDataset, kEvents, wkbPoint, mWgs84,
                         fieldsOf( projectrows::eventRow( Event{}, {} ) ) );
      if ( !events.ok() )
        return fail( QObject::tr( "cannot create table %1" ).arg( QString::fromLatin1( kEvents ) ) );
      for ( const Event &event : mSource.events )
      {
        // Where it is drawn: its own position, else its airbase's.
        if ( !insertRow( events,
                         projectrows::eventRow( event, mAirbaseIndex.placePosition( event.place ) ) ) )
          return fail( QObject::tr( "cannot write event %1" ).arg( event.id ) );
      }

      ogr::Table sources = sourcesTable( kEventSources, "event_id" );
      if ( !sources.ok() )
        return fail( QObject::tr( "cannot create table %1" ).arg( QString::fromLatin1( kEventSources ) ) );
      for ( const Event &event : mSource.events )
      {
        if ( !writeSources( "event_id", event.id, event.sources, sources ) )
          return fail( QObject::tr( "cannot write the sources of event %1" ).arg( event.id ) );
      }
      return true;
    }

    static std::vector<Field> fieldsOf( const projectrows::Row &row )
    {
      std::vector<Field> fields;
      for ( const projectrows::Value &value : row.values )
        fields.push_back( { value.column, value.type } );
      return fields;
    }

    static bool insertRow( const ogr::Table &table, const projectrows::Row &row )
    {
      ogr::Feature feature( table );
      for ( std::size_t i = 0; i < row.values.size(); ++i )
        feature.set( static_cast<int>( i ), row.values[i].value );
      if ( row.point )
        feature.setPoint( *row.point );
      return feature.insert();
    }

    // The table of the sources of events or of correlations: the owner's id, the ordinal,
    // then the citation. One layout for both, which the reader knows (readSource()).
    ogr::Table sourcesTable( const char *name, const char *ownerField )
    {
      return ogr::Table( mDataset, name, wkbNone, nullptr,
                         fieldsOf( projectrows::sourceRow( ownerField, QString(), 0, SourceCitation{} ) ) );
    }

    // Sources of an event or a correlation, in order.
    bool writeSources( const char *ownerField, const QString &owner, const QVector<SourceCitation> &list,
                       ogr::Table &table )
    {
      for ( int i = 0; i < list.size(); ++i )
      {
        if ( !insertRow( table, projectrows::sourceRow( ownerField, owner, i, list.at( i ) ) ) )
          return false;
      }
      return true;
    }

    bool writeCorrelations()
    {
      // The track's row here, for a join in stock QGIS (its id is in track_key, schema 3).
      const auto trackRow = [this]( const QString &track ) -> std::optional<qint64>
      {
        const int row = mTrackRows.value( track, -1 );
        return row >= 0 ? std::optional<qint64>( row ) : std::nullopt;
      };
      ogr::Table correlations( mDataset, kCorrelations, wkbNone, nullptr,
                               fieldsOf( projectrows::correlationRow( Correlation{} ) ) );
      ogr::Table links( mDataset, kCorrelationLinks, wkbNone, nullptr,
                        fieldsOf( projectrows::correlationLinkRows( Correlation{}, trackRow ).front() ) );
      ogr::Table sources = sourcesTable( kCorrelationSources, "correlation_id" );
      ogr::Table dismissed( mDataset, kDismissedSuggestions, wkbNone, nullptr, { { "key", OFTString } } );
      if ( !correlations.ok() || !links.ok() || !sources.ok() || !dismissed.ok() )
        return fail( QObject::tr( "cannot create the correlation tables" ) );
      for ( const Correlation &correlation : mSource.correlations )
      {
        bool ok = insertRow( correlations, projectrows::correlationRow( correlation ) );
        // One row per event and one per flight (a flight's leg by its take-off time).
        if ( !correlation.eventIds.isEmpty() || !correlation.flights.isEmpty() )
        {
          for ( const projectrows::Row &link : projectrows::correlationLinkRows( correlation, trackRow ) )
            ok = ok && insertRow( links, link );
        }
        ok = ok && writeSources( "correlation_id", correlation.id, correlation.sources, sources );
        if ( !ok )
          return fail( QObject::tr( "cannot write correlation %1" ).arg( correlation.id ) );
      }
      for ( const QString &key : mSource.dismissedSuggestions )
      {
        ogr::Feature row( dismissed );
        row.set( 0, key );
        if ( !row.insert() )
          return fail( QObject::tr( "cannot write the dismissed suggestions" ) );
      }
      return true;
    }

    bool writeAnnotations()
    {
      ogr::Table table( mDataset, kAnnotations, wkbNone, nullptr,
                        fieldsOf( projectrows::annotationRow( Annotation{} ) ) );
      if ( !table.ok() )
        return fail( QObject::tr( "cannot create table %1" ).arg( QString::fromLatin1( kAnnotations ) ) );
      for ( const Annotation &annotation : mSource.annotations )
      {
        if ( !insertRow( table, projectrows::annotationRow( annotation ) ) )
          return fail( QObject::tr( "cannot write annotation %1" ).arg( annotation.id ) );
      }
      return true;
    }

    bool writeTracks()
    {
      ogr::Table tracks( mDataset, kTracks, wkbNone, nullptr,
                         { { "track_id", OFTInteger },
                           { "label", OFTString },
                           { "icao24", OFTString },
                           { "registration", OFTString },
                           { "callsigns", OFTString },
                           { "aircraft_type", OFTString },
                           { "source_format", OFTString },
                           { "source_file", OFTString },
                           { "source_note", OFTString },
                           { "points", OFTInteger },
                           { "first_fix", OFTDateTime },
                           { "last_fix", OFTDateTime },
                           { "track_key", OFTString },
                           { "military", OFTInteger } } );
      // No spatial index on the positions: building it is three quarters of saving a
      // million positions (6.5 of 8.5 s, docs/benchmarks.md), and Sortie reads them by
      // track and time, never by place. Stock QGIS draws them without one.
      ogr::Table points( mDataset, kTrackPoints, wkbPoint, mWgs84,
                         { { "track_id", OFTInteger },
                           { "time", OFTDateTime },
                           { "altitude_m", OFTReal },
                           { "ground_speed_mps", OFTReal },
                           { "track_deg", OFTReal },
                           { "vertical_rate_mps", OFTReal },
                           { "flags", OFTInteger } },
                         false ); // no spatial index (above)
      ogr::Table legs( mDataset, kLegs, wkbMultiLineString, mWgs84,
                       { { "track_id", OFTInteger },
                         { "leg", OFTInteger },
                         { "label", OFTString },
                         { "from_code", OFTString },
                         { "to_code", OFTString },
                         { "departure", OFTDateTime },
                         { "arrival", OFTDateTime },
                         { "duration_s", OFTInteger64 },
                         { "distance_m", OFTReal } } );
      ogr::Table gaps( mDataset, kGaps, wkbLineString, mWgs84,
                       { { "track_id", OFTInteger },
                         { "start", OFTDateTime },
                         { "end", OFTDateTime },
                         { "duration_s", OFTInteger64 },
                         { "in_flight", OFTInteger },
                         { "open", OFTInteger },
                         { "near_code", OFTString } } );
      ogr::Table stops( mDataset, kGroundStops, wkbPoint, mWgs84,
                        { { "track_id", OFTInteger },
                          { "code", OFTString },
                          { "start", OFTDateTime },
                          { "end", OFTDateTime },
                          { "duration_s", OFTInteger64 } } );
      if ( !tracks.ok() || !points.ok() || !legs.ok() || !gaps.ok() || !stops.ok() )
        return fail( QObject::tr( "cannot create the track tables" ) );

      const QVector<Airbase> &airbases = mSource.airbases;
      auto codeOf = [&airbases]( int index )
      { return index >= 0 && index < airbases.size() ? airbases.at( index ).code() : QString(); };
      for ( std::size_t t = 0; t < mSource.tracks.size(); ++t )
      {
        const Track &track = mSource.tracks[t];
        // What the source said: an aircraft database's answers depend on the machine's copy.
        const AircraftIdentity identity = track.identity.fromSource();
        const int id = static_cast<int>( t );
        ogr::Feature row( tracks );
        row.set( 0, id );
        row.set( 1, identity.label() );
        row.set( 2, identity.icao24 );
        row.set( 3, identity.registration );
        row.set( 4, jsonArray( identity.callsigns ) );
        row.set( 5, identity.aircraftType );
        row.set( 6, track.source.format );
        row.set( 7, track.source.fileName );
        row.set( 8, track.source.note );
        row.set( 9, track.size() );
        if ( !track.isEmpty() )
        {
          row.setMs( 10, track.timeMs( 0 ) );
          row.setMs( 11, track.timeMs( track.size() - 1 ) );
        }
        row.set( 12, track.id );
        row.set( 13, identity.military ? 1 : 0 ); // as the source said it (readsb's dbFlags)
        if ( !row.insert() )
          return fail( QObject::tr( "cannot write track %1" ).arg( track.identity.label() ) );

        for ( int i = 0; i < track.size(); ++i )
        {
          const TrackPoint p = track.point( i );
          ogr::Feature point( points );
          point.set( 0, id );
          point.setMs( 1, p.timeMs );
          point.set( 2, p.altitudeMetres );
          point.set( 3, p.groundSpeedMps );
          point.set( 4, p.trackDegrees );
          point.set( 5, p.verticalRateMps );
          point.set( 6, static_cast<int>( p.flags ) );
          point.setPoint( p.position() );
          if ( !point.insert() )
            return fail( QObject::tr( "cannot write the positions of %1" ).arg( track.identity.label() ) );
        }

        // Derived, for stock QGIS only: Sortie analyses the positions again on reading.
        const FlightAnalysis &analysis = mSource.analyses[t];
        for ( int l = 0; l < analysis.legs.size(); ++l )
        {
          const Leg &leg = analysis.legs.at( l );
          ogr::Feature feature( legs );
          feature.set( 0, id );
          feature.set( 1, l );
          const QString from = codeOf( leg.fromAirbase ), to = codeOf( leg.toAirbase );
          feature.set( 2,
                       QStringLiteral( "%1 %2→%3" )
                           .arg( track.identity.shortLabel(), from.isEmpty() ? QStringLiteral( "?" ) : from,
                                 to.isEmpty() ? QStringLiteral( "?" ) : to ) );
          feature.set( 3, from );
          feature.set( 4, to );
          feature.setMs( 5, leg.startMs );
          feature.setMs( 6, leg.endMs );
          feature.set( 7, static_cast<qint64>( leg.durationMs() / 1000 ) );
          feature.set( 8, leg.distanceMetres );
          QVector<QVector<GeoPoint>> pieces = legPieces( track, leg, mSettings.gapThresholdMs );
          for ( QVector<GeoPoint> &piece : pieces )
            piece = geodesy::densifyPath( piece, kMaxSegmentMetres ); // drawn along the great circle
          feature.setMultiLine( pieces );
          if ( !feature.insert() )
            return fail( QObject::tr( "cannot write the legs of %1" ).arg( track.identity.label() ) );
        }
        for ( const Gap &gap : analysis.gaps )
        {
          ogr::Feature feature( gaps );
          feature.set( 0, id );
          feature.setMs( 1, gap.startMs );
          feature.setMs( 2, gap.endMs );
          feature.set( 3, static_cast<qint64>( gap.durationMs() / 1000 ) );
          feature.set( 4, gap.inFlight ? 1 : 0 );
          feature.set( 5, gap.open ? 1 : 0 );
          feature.set( 6, codeOf( gap.nearestAirbase ) );
          const GeoPoint before = track.position( gap.pointBefore );
          feature.setLine( gap.pointAfter >= 0 ? geodesy::densify( before, track.position( gap.pointAfter ),
                                                                   kMaxSegmentMetres )
                                               : QVector<GeoPoint>{ before, before } );
          if ( !feature.insert() )
            return fail( QObject::tr( "cannot write the gaps of %1" ).arg( track.identity.label() ) );
        }
        for ( const GroundStop &stop : analysis.groundStops )
        {
          ogr::Feature feature( stops );
          feature.set( 0, id );
          feature.set( 1, codeOf( stop.airbase ) );
          feature.setMs( 2, stop.startMs );
          feature.setMs( 3, stop.endMs );
          feature.set( 4, static_cast<qint64>( stop.durationMs() / 1000 ) );
          feature.setPoint( track.position( analysis.legs.at( stop.legBefore ).lastPoint ) );
          if ( !feature.insert() )
            return fail( QObject::tr( "cannot write the ground stops of %1" ).arg( track.identity.label() ) );
        }
      }
      return true;
    }

    const ProjectSource &mSource;
    AirbaseIndex mAirbaseIndex;     // where events at airbases are
    QHash<QString, int> mTrackRows; // Track::id -> the track_id row written
    const ProjectMeta &mMeta;
    const FlightAnalysisSettings mSettings;
    GDALDatasetH mDataset = nullptr;
    OGRSpatialReferenceH mWgs84 = nullptr;
    QString mError;
};
} // namespace

QString writeProjectTables( GDALDatasetH dataset, const ProjectSource &source, const ProjectMeta &meta )
{
  const ogr::QuietErrors quiet;
  return ProjectWriter( source, meta ).writeTo( dataset );
}

QString projectFileSuffix()
{
  return QStringLiteral( ".sortie.gpkg" );
}

QString writeProject( const QString &path, const ProjectSource &source, const ProjectMeta &meta,
                      const ProjectFinisher &finisher )
{
  AtomicSave save( path );
  if ( !save.error().isEmpty() )
    return save.error();
  ProjectMeta written = meta;
  written.fileName = QFileInfo( path ).fileName();
  const QString error = ProjectWriter( source, written ).write( save.temporaryPath() );
  if ( !error.isEmpty() )
    return QObject::tr( "Could not save %1: %2" ).arg( path, error );
  QString finisherError;
  if ( finisher && !finisher( save.temporaryPath(), &finisherError ) )
    return QObject::tr( "Could not save %1: %2" ).arg( path, finisherError );
  return save.commit();
}

QString writeProject( const QString &path, const Workspace &workspace, const ProjectMeta &meta,
                      const ProjectFinisher &finisher )
{
  return writeProject( path, workspace.source(), meta, finisher );
}

} // namespace sortie
