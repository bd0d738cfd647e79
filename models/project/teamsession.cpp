#include "models/project/teamsession.h"

#include "models/project/pgconnection.h"
#include "models/project/projectrows.h"
#include "models/project/projecttables.h"
#include "models/project/teamproject.h"

#include <QSocketNotifier>
#include <QTimeZone>
#include <QTimer>

#include <algorithm>
#include <libpq-fe.h>

namespace sortie
{

using namespace projecttables;

namespace
{
// The SQL type a column of @p type was created with (GDAL's PostgreSQL driver), for the
// parameter's cast: every value crosses as text and is typed by the server.
const char *sqlType( OGRFieldType type )
{
  switch ( type )
  {
  case OFTInteger:
    return "int4";
  case OFTInteger64:
    return "int8";
  case OFTReal:
    return "float8";
  case OFTDateTime:
    return "timestamptz";
  case OFTDate:
    return "date";
  default:
    return "text";
  }
}

QByteArray placeholder( int number, OGRFieldType type )
{
  return "$" + QByteArray::number( number ) + "::" + sqlType( type );
}

// A row as bound parameters: the values, the quoted column names and "$n::type" for each.
struct BoundRow
{
    QVector<QVariant> parameters;
    QList<QByteArray> columns;
    QList<QByteArray> placeholders;
};

BoundRow bind( const projectrows::Row &row )
{
  BoundRow bound;
  for ( const projectrows::Value &value : row.values )
  {
    bound.parameters.append( value.value );
    bound.columns.append( pg::quotedIdentifier( QString::fromLatin1( value.column ) ) );
    bound.placeholders.append( placeholder( bound.parameters.size(), value.type ) );
  }
  return bound;
}

QDateTime utcFromMs( qint64 ms )
{
  return QDateTime::fromMSecsSinceEpoch( ms, QTimeZone::utc() );
}

// A timestamp column read as milliseconds since the epoch (no text format to parse).
QByteArray msOf( const char *column )
{
  return QByteArray( "( extract( epoch FROM " ) + column + " ) * 1000 )::int8";
}
} // namespace

const TeamItemTables &teamItemTables( TeamItemKind kind )
{
  static const TeamItemTables events{ kEvents, "event_id", { kEventSources } };
  static const TeamItemTables correlations{
      kCorrelations, "correlation_id", { kCorrelationLinks, kCorrelationSources } };
  static const TeamItemTables annotations{ kAnnotations, "annotation_id", {} };
  switch ( kind )
  {
  case TeamItemKind::Event:
    return events;
  case TeamItemKind::Correlation:
    return correlations;
  case TeamItemKind::Annotation:
    break;
  }
  return annotations;
}

std::optional<TeamItemKind> teamItemKindOf( const QString &table )
{
  for ( const TeamItemKind kind : kTeamItemKinds )
  {
    const TeamItemTables &tables = teamItemTables( kind );
    if ( table == QLatin1String( tables.table ) )
      return kind;
    for ( const char *part : tables.parts )
    {
      if ( table == QLatin1String( part ) )
        return kind;
    }
  }
  return std::nullopt;
}

TeamSession::TeamSession( QObject *parent )
  : QObject( parent )
{
}

TeamSession::~TeamSession() = default;

bool TeamSession::isOpen() const
{
  return mConnection && mConnection->ok();
}

QByteArray TeamSession::table( const char *name ) const
{
  return pg::quotedIdentifier( mSchema ) + "." + pg::quotedIdentifier( QString::fromLatin1( name ) );
}

QString TeamSession::open( const QString &connection, const QString &schema )
{
  mNotifier.reset();
  mConnection.reset();
  if ( !teamproject::isValidSchemaName( schema ) )
    return tr( "\"%1\" is not the name of a team project" ).arg( schema );
  auto database = std::make_unique<pg::Connection>( connection );
  if ( !database->ok() )
    return tr( "cannot connect to the database: %1" ).arg( database->error() );
  mSchema = schema;
  const pg::Result journal = database->exec( "SELECT to_regclass( quote_ident( $1 ) || '." +
                                                 QByteArray( kJournal ) + "' ) IS NOT NULL",
                                             { schema } );
  if ( journal.text( 0, 0 ) != QLatin1String( "t" ) )
    return tr( "%1 is not a team project that records its edits (published by an older Sortie?)" )
        .arg( schema );
  const pg::Result who = database->exec( "SELECT session_user, has_table_privilege( quote_ident( $1 ) || '." +
                                             QByteArray( kEvents ) + "', 'UPDATE' )",
                                         { schema } );
  if ( !who.ok() )
    return who.error();
  mUser = who.text( 0, 0 );
  mMayEdit = who.text( 0, 1 ) == QLatin1String( "t" );
  // Where PostGIS lives and what GDAL named the events' geometry: asked, not assumed.
  mPostgis = pg::postgisSchema( *database );
  if ( mPostgis.isEmpty() )
    return tr( "%1 has no events with a geometry (is PostGIS installed?)" ).arg( schema );
  const pg::Result geometry =
      database->exec( "SELECT f_geometry_column FROM " + mPostgis +
                          ".geometry_columns WHERE f_table_schema = $1 AND f_table_name = $2",
                      { schema, QString::fromLatin1( kEvents ) } );
  if ( geometry.rows() != 1 )
    return tr( "%1 has no events with a geometry (is PostGIS installed?)" ).arg( schema );
  mEventGeometry = pg::quotedIdentifier( geometry.text( 0, 0 ) );
  QString error;
  // The session runs on the window's thread: an edit that meets a row another transaction
  // holds (a colleague's open QGIS edit session) is refused after a few seconds, with a
  // message, instead of freezing the window until that transaction ends.
  if ( !database->run( "SET lock_timeout = '5s'", &error ) ||
       !database->run( "LISTEN " + pg::quotedIdentifier( QStringLiteral( "sortie_" ) + schema ), &error ) )
    return error;
  // Listening first, then where the journal stands: nothing committed after it is missed.
  const pg::Result last = database->exec( "SELECT coalesce( max( sequence ), 0 ), "
                                          "txid_snapshot_xmin( txid_current_snapshot() ) FROM " +
                                          pg::quotedIdentifier( schema ) + "." + QByteArray( kJournal ) );
  if ( !last.ok() )
    return last.error();
  mLastSequence = last.integer( 0, 0 );
  mOpenTransactionsFrom = last.integer( 0, 1 );
  mConnection = std::move( database );
  mNotifier = std::make_unique<QSocketNotifier>( PQsocket( mConnection->handle() ), QSocketNotifier::Read );
  connect( mNotifier.get(), &QSocketNotifier::activated, this, &TeamSession::readNotifications );
  return QString();
}

void TeamSession::deliverLater()
{
  // libpq keeps the notices it read while waiting for a statement's answer; the socket is then
  // empty and would not wake us: they are taken up once the caller is done.
  if ( mDeliveryQueued )
    return;
  mDeliveryQueued = true;
  QTimer::singleShot( 0, this,
                      [this]
                      {
                        mDeliveryQueued = false;
                        readNotifications();
                      } );
}

void TeamSession::readNotifications()
{
  if ( !isOpen() )
    return;
  PGconn *connection = mConnection->handle();
  if ( !PQconsumeInput( connection ) )
  {
    mNotifier->setEnabled( false );
    emit connectionLost( QString::fromUtf8( PQerrorMessage( connection ) ).trimmed() );
    return;
  }
  // A notice is only a hint that the journal grew: anyone who may connect can NOTIFY anything,
  // so what changed and who did it are read from the journal, which only the server writes.
  bool noticed = false;
  while ( PGnotify *notice = PQnotifies( connection ) )
  {
    noticed = true;
    PQfreemem( notice );
  }
  if ( !noticed )
    return;
  emit this->noticed();
  QVector<TeamChange> changes;
  for ( const TeamJournalEntry &entry : newEntries() )
  {
    if ( !mOwnTransactions.contains( entry.transaction ) ) // ours: the caller has them already
      changes.append( { entry.table, entry.item, entry.operation, entry.author } );
  }
  if ( !changes.isEmpty() )
    emit changed( changes );
}

bool TeamSession::commit( QString *error )
{
  const pg::Result transaction = mConnection->exec( "SELECT txid_current()" );
  if ( !transaction.ok() || !mConnection->run( "COMMIT", error ) )
    return false;
  mOwnTransactions.insert( transaction.integer( 0, 0 ) );
  deliverLater();
  return true;
}

std::optional<QHash<QString, qint64>> TeamSession::versions( TeamItemKind kind )
{
  if ( !isOpen() )
    return std::nullopt;
  const TeamItemTables &tables = teamItemTables( kind );
  const pg::Result rows = mConnection->exec( "SELECT " + QByteArray( tables.keyColumn ) +
                                             ", row_version FROM " + table( tables.table ) );
  deliverLater();
  if ( !rows.ok() )
    return std::nullopt;
  QHash<QString, qint64> versions;
  for ( int r = 0; r < rows.rows(); ++r )
    versions.insert( rows.text( r, 0 ), rows.integer( r, 1 ) );
  return versions;
}

std::optional<TeamRowVersion> TeamSession::version( TeamItemKind kind, const QString &id )
{
  if ( !isOpen() )
    return std::nullopt;
  const TeamItemTables &tables = teamItemTables( kind );
  const pg::Result row =
      mConnection->exec( "SELECT row_version, modified_by, " + msOf( "modified_at" ) + " FROM " +
                             table( tables.table ) + " WHERE " + QByteArray( tables.keyColumn ) + " = $1",
                         { id } );
  deliverLater();
  if ( row.rows() != 1 )
    return std::nullopt;
  return TeamRowVersion{ row.integer( 0, 0 ), row.text( 0, 1 ), utcFromMs( row.integer( 0, 2 ) ) };
}

TeamEditOutcome TeamSession::conflictOn( TeamItemKind kind, const QString &id, const QString &what )
{
  mConnection->run( "ROLLBACK" );
  TeamEditOutcome outcome;
  outcome.status = TeamEditOutcome::Status::Conflict;
  if ( const std::optional<TeamRowVersion> now = version( kind, id ) )
  {
    outcome.version = now->version;
    outcome.author = now->author;
    outcome.at = now->at;
    outcome.message =
        tr( "%1: %2 changed it at %3 UTC (version %4) since you began; nothing was written" )
            .arg( what, now->author, now->at.toString( QStringLiteral( "yyyy-MM-dd HH:mm:ss" ) ) )
            .arg( now->version );
    return outcome;
  }
  const pg::Result removal =
      mConnection->exec( "SELECT author, " + msOf( "changed_at" ) + " FROM " + table( kJournal ) +
                             " WHERE table_name = $1 AND item = $2 AND operation = "
                             "'DELETE' ORDER BY sequence DESC LIMIT 1",
                         { QString::fromLatin1( teamItemTables( kind ).table ), id } );
  outcome.author = removal.text( 0, 0 );
  outcome.at = removal.rows() ? utcFromMs( removal.integer( 0, 1 ) ) : QDateTime();
  outcome.message =
      removal.rows()
          ? tr( "%1: %2 removed it at %3 UTC since you began; nothing was written" )
                .arg( what, outcome.author, outcome.at.toString( QStringLiteral( "yyyy-MM-dd HH:mm:ss" ) ) )
          : tr( "%1: it is no longer in the team project; nothing was written" ).arg( what );
  return outcome;
}

namespace
{
// Why the server refused a statement of an edit of @p what, for a person.
QString whyRefused( const QString &what, const pg::Result &result )
{
  // lock_not_available: the 5 s lock timeout (open()) met another transaction holding the
  // row or the table: a colleague's unfinished QGIS edit session, or an import being merged.
  if ( result.state() == QLatin1String( "55P03" ) )
    return TeamSession::tr( "%1: someone else is changing it right now (an edit or an import not finished "
                            "yet); nothing was written, try again in a moment" )
        .arg( what );
  return TeamSession::tr( "%1: %2" ).arg( what, result.error() );
}

TeamEditOutcome refused( const QString &message )
{
  TeamEditOutcome outcome;
  outcome.status = TeamEditOutcome::Status::Refused;
  outcome.message = message;
  return outcome;
}
} // namespace

TeamEditOutcome TeamSession::saveEvent( const Event &event, const std::optional<GeoPoint> &drawnAt,
                                        qint64 startedFrom )
{
  ItemRows item{ TeamItemKind::Event,
                 event.id,
                 tr( "Event \"%1\"" ).arg( event.title.isEmpty() ? event.id : event.title ),
                 projectrows::eventRow( event, drawnAt ),
                 {} };
  for ( int i = 0; i < event.sources.size(); ++i )
    item.parts.emplace_back( kEventSources,
                             projectrows::sourceRow( "event_id", event.id, i, event.sources.at( i ) ) );
  return save( item, startedFrom );
}

std::optional<qint64> TeamSession::trackRow( const QString &key )
{
  const pg::Result row = mConnection->exec(
      "SELECT track_id FROM " + table( kTracks ) + " WHERE track_key = $1 LIMIT 1", { key } );
  deliverLater();
  return row.rows() == 1 ? std::optional<qint64>( row.integer( 0, 0 ) ) : std::nullopt;
}

TeamEditOutcome TeamSession::saveCorrelation( const Correlation &correlation, qint64 startedFrom )
{
  ItemRows item{ TeamItemKind::Correlation,
                 correlation.id,
                 tr( "Correlation \"%1\"" )
                     .arg( correlation.relation == Relation::Other ? correlation.relationText
                                                                   : relationText( correlation.relation ) ),
                 projectrows::correlationRow( correlation ),
                 {} };
  if ( isOpen() && ( !correlation.eventIds.isEmpty() || !correlation.flights.isEmpty() ) )
  {
    for ( projectrows::Row &link : projectrows::correlationLinkRows( correlation, [this]( const QString &key )
                                                                     { return trackRow( key ); } ) )
      item.parts.emplace_back( kCorrelationLinks, std::move( link ) );
  }
  for ( int i = 0; i < correlation.sources.size(); ++i )
    item.parts.emplace_back( kCorrelationSources, projectrows::sourceRow( "correlation_id", correlation.id, i,
                                                                          correlation.sources.at( i ) ) );
  return save( item, startedFrom );
}

TeamEditOutcome TeamSession::saveAnnotation( const Annotation &annotation, qint64 startedFrom )
{
  const QString what = annotation.text.isEmpty() ? tr( "Drawing %1" ).arg( annotation.id )
                                                 : tr( "Drawing \"%1\"" ).arg( annotation.text );
  return save(
      { TeamItemKind::Annotation, annotation.id, what, projectrows::annotationRow( annotation ), {} },
      startedFrom );
}

TeamEditOutcome TeamSession::save( const ItemRows &item, qint64 startedFrom )
{
  const QString &what = item.what;
  if ( !isOpen() )
    return refused( tr( "%1: not connected to the team project" ).arg( what ) );
  if ( !mMayEdit )
    return refused( tr( "%1: you may read this team project, not change it" ).arg( what ) );
  const TeamItemTables &tables = teamItemTables( item.kind );
  auto [parameters, columns, values] = bind( item.row );
  if ( item.kind == TeamItemKind::Event ) // the one table with a geometry
  {
    const projectrows::Row &row = item.row;
    parameters.append( row.point ? QVariant( row.point->longitude ) : QVariant() );
    parameters.append( row.point ? QVariant( row.point->latitude ) : QVariant() );
    const QByteArray lon = placeholder( parameters.size() - 1, OFTReal );
    const QByteArray lat = placeholder( parameters.size(), OFTReal );
    columns.append( mEventGeometry );
    values.append( "CASE WHEN " + lat + " IS NULL THEN NULL ELSE " + mPostgis + ".ST_SetSRID( " + mPostgis +
                   ".ST_MakePoint( " + lon + ", " + lat + " ), 4326 ) END" );
  }
  const QByteArray key( tables.keyColumn );

  QString error;
  if ( !mConnection->run( "BEGIN", &error ) )
    return refused( tr( "%1: %2" ).arg( what, error ) );
  pg::Result written;
  if ( startedFrom > 0 )
  {
    QByteArray assignments;
    for ( int i = 0; i < columns.size(); ++i )
      assignments += ( i ? ", " : "" ) + columns.at( i ) + " = " + values.at( i );
    parameters.append( item.id );
    parameters.append( startedFrom );
    written = mConnection->exec( "UPDATE " + table( tables.table ) + " SET " + assignments + " WHERE " + key +
                                     " = $" + QByteArray::number( parameters.size() - 1 ) +
                                     "::text AND row_version = $" + QByteArray::number( parameters.size() ) +
                                     "::int8",
                                 parameters );
  }
  else
  {
    // A new item whose id is taken meets a conflict, never an overwrite: nothing is written
    // when the id is there, and the id's unique index (teamproject.cpp) settles two analysts
    // adding it at once.
    written = mConnection->exec(
        "INSERT INTO " + table( tables.table ) + " ( " + columns.join( ", " ) + " ) SELECT " +
            values.join( ", " ) + " WHERE NOT EXISTS ( SELECT 1 FROM " + table( tables.table ) + " WHERE " +
            key + " = $" + QByteArray::number( parameters.size() + 1 ) + "::text ) ON CONFLICT DO NOTHING",
        parameters + QVector<QVariant>{ item.id } );
  }
  if ( !written.ok() )
  {
    mConnection->run( "ROLLBACK" );
    return refused( whyRefused( what, written ) );
  }
  if ( written.changed() != 1 )
    return conflictOn( item.kind, item.id, what );

  bool ok = true;
  for ( const char *part : tables.parts )
    ok = ok &&
         mConnection->run( "DELETE FROM " + table( part ) + " WHERE " + key + " = $1", &error, { item.id } );
  for ( const auto &[part, row] : item.parts )
  {
    const auto [partValues, partColumns, placeholders] = bind( row );
    ok = ok && mConnection->run( "INSERT INTO " + table( part ) + " ( " + partColumns.join( ", " ) +
                                     " ) VALUES ( " + placeholders.join( ", " ) + " )",
                                 &error, partValues );
  }
  const pg::Result version = mConnection->exec(
      "SELECT row_version FROM " + table( tables.table ) + " WHERE " + key + " = $1", { item.id } );
  if ( !ok || version.rows() != 1 || !commit( &error ) )
  {
    mConnection->run( "ROLLBACK" );
    return refused( tr( "%1: %2" ).arg( what, error.isEmpty() ? version.error() : error ) );
  }
  TeamEditOutcome outcome;
  outcome.status = TeamEditOutcome::Status::Saved;
  outcome.version = version.integer( 0, 0 );
  return outcome;
}

TeamEditOutcome TeamSession::remove( TeamItemKind kind, const QString &id, qint64 startedFrom )
{
  const QString what = kind == TeamItemKind::Event         ? tr( "Event %1" ).arg( id )
                       : kind == TeamItemKind::Correlation ? tr( "Correlation %1" ).arg( id )
                                                           : tr( "Drawing %1" ).arg( id );
  if ( !isOpen() )
    return refused( tr( "%1: not connected to the team project" ).arg( what ) );
  if ( !mMayEdit )
    return refused( tr( "%1: you may read this team project, not change it" ).arg( what ) );
  const TeamItemTables &tables = teamItemTables( kind );
  const QByteArray key( tables.keyColumn );
  QString error;
  if ( !mConnection->run( "BEGIN", &error ) )
    return refused( tr( "%1: %2" ).arg( what, error ) );
  const pg::Result removed = mConnection->exec( "DELETE FROM " + table( tables.table ) + " WHERE " + key +
                                                    " = $1 AND row_version = $2::int8",
                                                { id, startedFrom } );
  if ( !removed.ok() )
  {
    mConnection->run( "ROLLBACK" );
    return refused( whyRefused( what, removed ) );
  }
  if ( removed.changed() != 1 )
    return conflictOn( kind, id, what );
  bool ok = true;
  for ( const char *part : tables.parts )
    ok = ok && mConnection->run( "DELETE FROM " + table( part ) + " WHERE " + key + " = $1", &error, { id } );
  if ( !ok || !commit( &error ) )
  {
    mConnection->run( "ROLLBACK" );
    return refused( tr( "%1: %2" ).arg( what, error ) );
  }
  TeamEditOutcome outcome;
  outcome.status = TeamEditOutcome::Status::Saved;
  return outcome;
}

QVector<TeamJournalEntry> TeamSession::newEntries()
{
  // A sequence number is taken when a row is journalled, inside its transaction, so a later
  // number can commit first: "after the last one seen" alone would miss the earlier one for
  // good. Entries of transactions that were still open when last looked (txid at or above
  // that snapshot's xmin) are asked for again, and those already seen skipped.
  const pg::Result snapshot = mConnection->exec( "SELECT txid_snapshot_xmin( txid_current_snapshot() )" );
  if ( !snapshot.ok() )
    return {};
  const qint64 openFrom = snapshot.integer( 0, 0 );
  const pg::Result rows =
      mConnection->exec( "SELECT sequence, transaction_id, " + msOf( "changed_at" ) +
                             ", author, table_name, item, operation, row_version FROM " + table( kJournal ) +
                             " WHERE sequence > $1::int8 OR transaction_id >= $2::int8 ORDER BY sequence",
                         { mLastSequence, mOpenTransactionsFrom } );
  deliverLater();
  if ( !rows.ok() )
    return {};
  QVector<TeamJournalEntry> entries;
  QSet<qint64> seen;
  for ( int r = 0; r < rows.rows(); ++r )
  {
    const TeamJournalEntry entry{
        rows.integer( r, 0 ), rows.integer( r, 1 ), utcFromMs( rows.integer( r, 2 ) ),
        rows.text( r, 3 ),    rows.text( r, 4 ),    rows.text( r, 5 ),
        rows.text( r, 6 ),    rows.integer( r, 7 ) };
    if ( entry.transaction >= openFrom )
      seen.insert( entry.sequence ); // may be asked for again next time
    mLastSequence = std::max( mLastSequence, entry.sequence );
    if ( !mSeenRecently.contains( entry.sequence ) )
      entries.append( entry );
  }
  mSeenRecently = seen;
  mOpenTransactionsFrom = openFrom;
  return entries;
}

std::optional<qint64> TeamSession::lastTrackNumber()
{
  if ( !isOpen() )
    return std::nullopt;
  const pg::Result last =
      mConnection->exec( "SELECT coalesce( max( track_id ), 0 ) FROM " + table( kTracks ) );
  deliverLater();
  if ( last.rows() != 1 )
    return std::nullopt;
  return last.integer( 0, 0 );
}

QVector<TeamJournalEntry> TeamSession::journal( qint64 afterSequence )
{
  QVector<TeamJournalEntry> entries;
  if ( !isOpen() )
    return entries;
  const pg::Result rows =
      mConnection->exec( "SELECT sequence, transaction_id, " + msOf( "changed_at" ) +
                             ", author, table_name, item, operation, row_version FROM " + table( kJournal ) +
                             " WHERE sequence > $1::int8 ORDER BY sequence",
                         { afterSequence } );
  deliverLater();
  for ( int r = 0; r < rows.rows(); ++r )
    entries.append( { rows.integer( r, 0 ), rows.integer( r, 1 ), utcFromMs( rows.integer( r, 2 ) ),
                      rows.text( r, 3 ), rows.text( r, 4 ), rows.text( r, 5 ), rows.text( r, 6 ),
                      rows.integer( r, 7 ) } );
  return entries;
}

} // namespace sortie
