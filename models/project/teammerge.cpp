#include "models/project/teammerge.h"

#include "models/io/gdalsupport.h"
#include "models/project/ogrsupport.h"
#include "models/project/pgconnection.h"
#include "models/project/projecttables.h"
#include "models/project/teamproject.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTemporaryDir>

#include <cmath>
#include <gdal.h>
#include <ogr_api.h>
#include <vector>

namespace sortie::teamproject
{

using namespace projecttables;

namespace
{
// How a copied table's track_id column is written in the team project.
enum class TrackNumber
{
  None,   // the table has none
  Offset, // a row of a track being added: its number in the file after the team's last
  ByKey,  // a link to any track (the team's or one being added): looked up by its track_key
};

struct CopiedTable
{
    const char *table;
    TrackNumber trackNumber;
};

// The tables a merge adds rows to, tracks first (the links look them up). The staging file
// holds only what is new, but for the airbases: all of them (the legs' codes index them), the
// team's own first, left out of the copy. Not copied: the file's meta and workbench state,
// which belong to the file.
constexpr CopiedTable kCopiedTables[] = {
    { kTracks, TrackNumber::Offset },
    { kTrackPoints, TrackNumber::Offset },
    { kLegs, TrackNumber::Offset },
    { kGaps, TrackNumber::Offset },
    { kGroundStops, TrackNumber::Offset },
    { kAirbases, TrackNumber::None },
    { kEvents, TrackNumber::None },
    { kEventSources, TrackNumber::None },
    { kCorrelations, TrackNumber::None },
    { kCorrelationLinks, TrackNumber::ByKey },
    { kCorrelationSources, TrackNumber::None },
    { kAnnotations, TrackNumber::None },
    { kDismissedSuggestions, TrackNumber::None },
};

// Text as COPY's text format carries it: backslash, tab and line ends escaped.
void appendCopyText( QByteArray &line, const QByteArray &text )
{
  for ( const char c : text )
  {
    switch ( c )
    {
    case '\\':
      line += "\\\\";
      break;
    case '\t':
      line += "\\t";
      break;
    case '\n':
      line += "\\n";
      break;
    case '\r':
      line += "\\r";
      break;
    default:
      line += c;
    }
  }
}

// A 2D geometry as PostGIS's hex EWKB with SRID 4326: what COPY puts in a geometry(…, 4326)
// column exactly (WKT would round the coordinates).
QByteArray hexEwkb( OGRGeometryH geometry )
{
  const int size = OGR_G_WkbSize( geometry );
  QByteArray wkb( size, '\0' );
  if ( size < 5 ||
       OGR_G_ExportToWkb( geometry, wkbNDR, reinterpret_cast<unsigned char *>( wkb.data() ) ) != OGRERR_NONE )
    return QByteArray();
  // Little-endian: byte order, type (with PostGIS's "has SRID" flag), SRID, then the rest.
  quint32 type = static_cast<unsigned char>( wkb[1] ) | static_cast<unsigned char>( wkb[2] ) << 8 |
                 static_cast<unsigned char>( wkb[3] ) << 16 |
                 static_cast<quint32>( static_cast<unsigned char>( wkb[4] ) ) << 24;
  type |= 0x20000000u;
  QByteArray ewkb;
  ewkb.reserve( size + 4 );
  ewkb += wkb.at( 0 );
  for ( const quint32 word : { type, quint32( 4326 ) } )
  {
    for ( int shift = 0; shift < 32; shift += 8 )
      ewkb += static_cast<char>( ( word >> shift ) & 0xff );
  }
  ewkb += wkb.mid( 5 );
  return ewkb.toHex().toUpper();
}

// A date or time field as PostgreSQL reads it; the project's times are UTC.
QByteArray timeText( OGRFeatureH feature, int field, bool withTime )
{
  int year = 0, month = 0, day = 0, hour = 0, minute = 0, zone = 0;
  float second = 0;
  OGR_F_GetFieldAsDateTimeEx( feature, field, &year, &month, &day, &hour, &minute, &second, &zone );
  QByteArray text = QByteArray::number( year ).rightJustified( 4, '0' ) + '-' +
                    QByteArray::number( month ).rightJustified( 2, '0' ) + '-' +
                    QByteArray::number( day ).rightJustified( 2, '0' );
  if ( !withTime )
    return text;
  // GDAL's zone flag: 100 is UTC, each step 15 minutes; 0 and 1 (unknown, local) do not occur
  // in a file Sortie wrote and are read as UTC.
  const int offsetMinutes = zone > 1 ? ( zone - 100 ) * 15 : 0;
  const QByteArray sign = offsetMinutes < 0 ? "-" : "+";
  return text + ' ' + QByteArray::number( hour ).rightJustified( 2, '0' ) + ':' +
         QByteArray::number( minute ).rightJustified( 2, '0' ) + ':' +
         QByteArray::number( static_cast<double>( second ), 'f', 3 ).rightJustified( 6, '0' ) + sign +
         QByteArray::number( std::abs( offsetMinutes ) / 60 ).rightJustified( 2, '0' ) + ':' +
         QByteArray::number( std::abs( offsetMinutes ) % 60 ).rightJustified( 2, '0' );
}

/** Copies the rows of a file written a moment ago into the team's tables, in one transaction. */
class RowCopier
{
  public:
    RowCopier( pg::Connection &database, const QString &schema,
               const QHash<QString, QString> &geometryColumns, int teamAirbases )
      : mDatabase( database )
      , mSchema( pg::quotedIdentifier( schema ) )
      , mSchemaName( schema )
      , mGeometryColumns( geometryColumns )
      , mTeamAirbases( teamAirbases )
    {
    }

    QString copy( GDALDatasetH file )
    {
      // The tables are locked (merge()): the team's last track stays the last.
      QString error;
      const pg::Result last = mDatabase.exec( "SELECT coalesce( max( track_id ) + 1, 0 ) FROM " + mSchema +
                                              "." + QByteArray( kTracks ) );
      if ( !last.ok() )
        return last.error();
      mTrackOffset = last.integer( 0, 0 );
      for ( const CopiedTable &copied : kCopiedTables )
      {
        if ( OGRLayerH layer = GDALDatasetGetLayerByName( file, copied.table ) )
        {
          error = copyTable( copied, layer );
          if ( !error.isEmpty() )
            return QObject::tr( "table %1: %2" ).arg( QString::fromLatin1( copied.table ), error );
        }
      }
      return QString();
    }

  private:
    QString copyTable( const CopiedTable &copied, OGRLayerH layer )
    {
      const QString table = QString::fromLatin1( copied.table );
      const pg::Result columns = mDatabase.exec(
          "SELECT column_name FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2",
          { mSchemaName, table } );
      QSet<QString> teamColumns;
      for ( int r = 0; r < columns.rows(); ++r )
        teamColumns.insert( columns.text( r, 0 ) );
      if ( teamColumns.isEmpty() )
        return QObject::tr( "the team project has no such table" );

      // The file's columns the team's table has (the rest, the edit history, the database fills).
      OGRFeatureDefnH definition = OGR_L_GetLayerDefn( layer );
      std::vector<int> fields;
      QByteArray columnList;
      int trackIdField = -1, trackKeyField = -1;
      for ( int i = 0; i < OGR_FD_GetFieldCount( definition ); ++i )
      {
        const QString name = QString::fromUtf8( OGR_Fld_GetNameRef( OGR_FD_GetFieldDefn( definition, i ) ) );
        if ( name == QLatin1String( "track_key" ) )
          trackKeyField = i;
        if ( !teamColumns.contains( name ) )
          continue;
        if ( name == QLatin1String( "track_id" ) )
          trackIdField = i;
        fields.push_back( i );
        columnList += ( columnList.isEmpty() ? "" : ", " ) + pg::quotedIdentifier( name );
      }
      const QString geometryColumn = mGeometryColumns.value( table );
      const bool withGeometry = !geometryColumn.isEmpty() && OGR_FD_GetGeomType( definition ) != wkbNone;
      if ( withGeometry )
        columnList += ( columnList.isEmpty() ? "" : ", " ) + pg::quotedIdentifier( geometryColumn );
      if ( columnList.isEmpty() )
        return QString();

      if ( copied.trackNumber == TrackNumber::ByKey )
      {
        mTrackNumbers.clear();
        const pg::Result tracks = mDatabase.exec( "SELECT track_key, track_id FROM " + mSchema + "." +
                                                  QByteArray( kTracks ) + " WHERE track_key <> ''" );
        if ( !tracks.ok() )
          return tracks.error();
        for ( int r = 0; r < tracks.rows(); ++r )
          mTrackNumbers.insert( tracks.text( r, 0 ), tracks.integer( r, 1 ) );
      }
      int skip = table == QLatin1String( kAirbases ) ? mTeamAirbases : 0;

      OGR_L_ResetReading( layer );
      const auto produce = [&]( QByteArray &lines )
      {
        while ( OGRFeatureH feature = OGR_L_GetNextFeature( layer ) )
        {
          const bool keep = skip <= 0;
          --skip;
          if ( keep )
            appendRow( lines, feature, fields, trackIdField, trackKeyField, copied.trackNumber,
                       withGeometry );
          OGR_F_Destroy( feature );
          if ( lines.size() > ( 1 << 20 ) ) // sent a megabyte at a time
            return true;
        }
        return false;
      };
      QString error;
      if ( !mDatabase.copyIn( "COPY " + mSchema + "." + pg::quotedIdentifier( table ) + " ( " + columnList +
                                  " ) FROM STDIN",
                              produce, &error ) )
        return error;
      return QString();
    }

    void appendRow( QByteArray &line, OGRFeatureH feature, const std::vector<int> &fields, int trackIdField,
                    int trackKeyField, TrackNumber trackNumber, bool withGeometry )
    {
      bool first = true;
      const auto separate = [&]
      {
        if ( !first )
          line += '\t';
        first = false;
      };
      for ( const int field : fields )
      {
        separate();
        if ( field == trackIdField && trackNumber == TrackNumber::ByKey )
        {
          const QString key = trackKeyField >= 0 ? ogr::readString( feature, trackKeyField ) : QString();
          line += !key.isEmpty() && mTrackNumbers.contains( key )
                      ? QByteArray::number( mTrackNumbers.value( key ) )
                      : QByteArray( "\\N" );
          continue;
        }
        if ( !OGR_F_IsFieldSetAndNotNull( feature, field ) )
        {
          line += "\\N";
          continue;
        }
        OGRFieldDefnH definition = OGR_F_GetFieldDefnRef( feature, field );
        switch ( OGR_Fld_GetType( definition ) )
        {
        case OFTInteger:
        case OFTInteger64:
        {
          qint64 value = OGR_F_GetFieldAsInteger64( feature, field );
          if ( field == trackIdField && trackNumber == TrackNumber::Offset )
            value += mTrackOffset;
          line += QByteArray::number( value );
          break;
        }
        case OFTReal:
          line += QByteArray::number( OGR_F_GetFieldAsDouble( feature, field ), 'g', 17 );
          break;
        case OFTDate:
          line += timeText( feature, field, false );
          break;
        case OFTDateTime:
          line += timeText( feature, field, true );
          break;
        default:
          appendCopyText( line, QByteArray( OGR_F_GetFieldAsString( feature, field ) ) );
        }
      }
      if ( withGeometry )
      {
        separate();
        OGRGeometryH geometry = OGR_F_GetGeometryRef( feature );
        const QByteArray ewkb = geometry ? hexEwkb( geometry ) : QByteArray();
        line += ewkb.isEmpty() ? QByteArray( "\\N" ) : ewkb;
      }
      line += '\n';
    }

    pg::Connection &mDatabase;
    const QByteArray mSchema;
    const QString mSchemaName;
    const QHash<QString, QString> mGeometryColumns;
    const int mTeamAirbases; //!< The staging file's first airbases are the team's.
    qint64 mTrackOffset = 0;
    QHash<QString, qint64> mTrackNumbers; //!< track_key -> track_id in the team project.
};

template <typename Item>
QSet<QString> idsOf( const Item &items )
{
  QSet<QString> ids;
  for ( const auto &item : items )
    ids.insert( item.id );
  return ids;
}

template <typename Item>
Item newOnes( const Item &items, const QSet<QString> &before )
{
  Item added;
  for ( const auto &item : items )
  {
    if ( !before.contains( item.id ) )
      added.push_back( item );
  }
  return added;
}
} // namespace

MergeResult merge( const QString &connection, const QString &schema, ProjectContent incoming )
{
  MergeResult result;
  const auto failed = [&]( const QString &why )
  {
    result.error = QObject::tr( "Nothing was added to team project %1: %2" ).arg( schema, why );
    return result;
  };
  if ( !isValidSchemaName( schema ) )
    return failed( QObject::tr( "\"%1\" is not the name of a team project" ).arg( schema ) );
  const QHash<QString, QString> geometry = geometryColumns( connection, schema );
  pg::Connection database( connection );
  if ( !database.ok() )
    return failed( QObject::tr( "cannot connect to the database: %1" ).arg( database.error() ) );
  // Every other writer waits from here to the commit (reads do not): what is new is decided
  // from the team project as it stands and stays so until it is written. Without it, two
  // merges of one file both found its tracks new and added them twice. An editor's edit
  // meanwhile waits, up to its session's lock timeout.
  QString error;
  // Behind a colleague's open QGIS edit session the locks would wait for ever: a merge gives up
  // after a while, and says why.
  if ( !database.run( "BEGIN", &error ) || !database.run( "SET LOCAL lock_timeout = '15s'", &error ) )
    return failed( error );
  for ( const CopiedTable &copied : kCopiedTables )
  {
    if ( !database.run( "LOCK TABLE " + pg::quotedIdentifier( schema ) + "." + copied.table +
                            " IN SHARE ROW EXCLUSIVE MODE",
                        &error ) )
      return failed( error ); // the connection's end rolls back
  }
  const ProjectReadResult team = read( connection, schema );
  if ( !team.ok() )
    return failed( team.message );
  // The merge itself is the workbench's (Workspace::mergeContent()): the team project as it
  // stands is one side, the file the other; what is new afterwards is what gets written.
  Workspace workspace;
  workspace.setContent( team.content );
  const QSet<QString> tracksBefore = idsOf( workspace.sourceTracks() );
  const QSet<QString> eventsBefore = idsOf( workspace.events() );
  const QSet<QString> correlationsBefore = idsOf( workspace.correlations() );
  const QSet<QString> annotationsBefore = idsOf( workspace.annotations() );
  const QStringList dismissedBefore = workspace.dismissedSuggestions();
  const int teamAirbases = workspace.airbases().airbases().size(); // kept first by the merge
  result.summary = workspace.mergeContent( std::move( incoming ) );

  const ProjectSource merged = workspace.source();
  std::vector<Track> tracks;
  std::vector<FlightAnalysis> analyses;
  for ( std::size_t i = 0; i < merged.tracks.size(); ++i )
  {
    if ( !tracksBefore.contains( merged.tracks[i].id ) )
    {
      tracks.push_back( merged.tracks[i] );
      analyses.push_back( merged.analyses[i] );
    }
  }
  const QVector<Event> events = newOnes( merged.events, eventsBefore );
  const QVector<Correlation> correlations = newOnes( merged.correlations, correlationsBefore );
  const QVector<Annotation> annotations = newOnes( merged.annotations, annotationsBefore );
  QStringList dismissed;
  for ( const QString &key : merged.dismissedSuggestions )
  {
    if ( !dismissedBefore.contains( key ) )
      dismissed << key;
  }
  if ( tracks.empty() && events.isEmpty() && correlations.isEmpty() && annotations.isEmpty() &&
       dismissed.isEmpty() && merged.airbases.size() == teamAirbases )
    return result; // all there already (the connection's end rolls back: nothing was written)

  // What is new, written by the project writer (the one description of the tables) to a file
  // of its own, whose rows are then copied.
  QTemporaryDir staging;
  const QString stagingPath = staging.filePath( QStringLiteral( "merge" ) + projectFileSuffix() );
  const ProjectSource added{ tracks,       analyses,    merged.airbases, events,
                             correlations, annotations, dismissed };
  error = writeProject( stagingPath, added, ProjectMeta() );
  if ( !error.isEmpty() )
    return failed( error );

  const ogr::QuietErrors quiet;
  gdalsupport::ensureDriversRegistered();
  const char *const drivers[] = { "GPKG", nullptr };
  GDALDatasetH file = GDALOpenEx( stagingPath.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                  drivers, nullptr, nullptr );
  if ( !file )
    return failed( ogr::lastError( QObject::tr( "cannot read what is to be added" ) ) );
  error = RowCopier( database, schema, geometry, teamAirbases ).copy( file );
  GDALClose( file );
  // Tracks are not journalled (not the analyst's work): open windows are told of them by a
  // notice of their own, delivered at the commit (TeamSession::noticed()).
  if ( error.isEmpty() && !tracks.empty() )
    database.run( "SELECT pg_notify( $1, '{\"table\": \"tracks\"}' )", &error,
                  { QVariant( QStringLiteral( "sortie_" ) + schema ) } );
  if ( error.isEmpty() )
    database.run( "COMMIT", &error );
  if ( !error.isEmpty() )
  {
    database.run( "ROLLBACK" );
    return failed( error );
  }
  return result;
}

} // namespace sortie::teamproject
