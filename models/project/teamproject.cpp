#include "models/project/teamproject.h"

#include "models/io/gdalsupport.h"
#include "models/project/ogrsupport.h"
#include "models/project/pgconnection.h"
#include "models/project/projectdataset.h"
#include "models/project/projecttables.h"
#include "models/project/teamarchive.h"

#include <QObject>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

#include <cpl_error.h>
#include <cpl_string.h>
#include <gdal.h>

namespace sortie::teamproject
{

using namespace projecttables;
using pg::quotedIdentifier;

namespace
{
// A dataset on the database, with @p schema active (and the only one listed) when given.
GDALDatasetH openDatabase( const QString &connection, const QString &schema, bool update )
{
  gdalsupport::ensureDriversRegistered();
  const char *const drivers[] = { "PostgreSQL", nullptr };
  const QByteArray activeSchema = QByteArray( "ACTIVE_SCHEMA=" ) + schema.toUtf8();
  const QByteArray listedSchemas = QByteArray( "SCHEMAS=" ) + schema.toUtf8();
  const QByteArray name = QByteArray( "PG:" ) + connection.toUtf8();
  const char *const withSchema[] = { activeSchema.constData(), listedSchemas.constData(), nullptr };
  return GDALOpenEx( name.constData(), GDAL_OF_VECTOR | ( update ? GDAL_OF_UPDATE : GDAL_OF_READONLY ),
                     drivers, schema.isEmpty() ? nullptr : withSchema, nullptr );
}

// Runs @p sql (Sortie's own statements, no value of anyone's in them); false with the error.
bool execute( GDALDatasetH dataset, const QByteArray &sql, QString *error )
{
  CPLErrorReset();
  OGRLayerH result = GDALDatasetExecuteSQL( dataset, sql.constData(), nullptr, nullptr );
  if ( result )
    GDALDatasetReleaseResultSet( dataset, result );
  if ( CPLGetLastErrorType() >= CE_Failure )
  {
    *error = ogr::lastError( QObject::tr( "the database refused it" ) );
    return false;
  }
  return true;
}

// Whether the catalogue @p table has a row whose @p column is @p name (one that
// isValidSchemaName() accepted, with "_reader" or "_editor" at most: letters, digits and '_').
bool catalogueHas( GDALDatasetH dataset, const char *table, const char *column, const QString &name )
{
  const QByteArray sql =
      QByteArray( "SELECT 1 FROM " ) + table + " WHERE " + column + " = '" + name.toUtf8() + "'";
  OGRLayerH result = GDALDatasetExecuteSQL( dataset, sql.constData(), nullptr, nullptr );
  if ( !result )
    return false;
  OGRFeatureH row = OGR_L_GetNextFeature( result );
  const bool exists = row != nullptr;
  if ( row )
    OGR_F_Destroy( row );
  GDALDatasetReleaseResultSet( dataset, result );
  return exists;
}

bool schemaExists( GDALDatasetH dataset, const QString &schema )
{
  return catalogueHas( dataset, "pg_namespace", "nspname", schema );
}

QString shownName( const QString &schema )
{
  return QObject::tr( "team project %1" ).arg( schema );
}
} // namespace

bool isValidSchemaName( const QString &schema )
{
  // Anchored as a whole: "$" alone would also match before a final newline.
  static const QRegularExpression allowed(
      QRegularExpression::anchoredPattern( QStringLiteral( "[a-z_][a-z0-9_]{0,62}" ) ) );
  return allowed.match( schema ).hasMatch() && !schema.startsWith( QLatin1String( "pg_" ) );
}

QString readerRole( const QString &schema )
{
  return schema + QStringLiteral( "_reader" );
}

QString editorRole( const QString &schema )
{
  return schema + QStringLiteral( "_editor" );
}

namespace
{
/**
 * The team's rights, held by the database: a reader role that may only read the schema's
 * tables and an editor role that may also change their rows (neither may change the tables);
 * nobody else may even look (PUBLIC's rights on the schema revoked, in case a default grants
 * them). Analysts are made members of one (GRANT case_reader TO alice). The roles are new
 * (publish() refuses names in use: roles belong to the whole server, and one left by another
 * project, here or in another database, would hand its members this one). The names come from
 * a checked schema name ([a-z0-9_]) and are quoted besides; a role name cannot be a bound
 * parameter.
 */
QString grantRoles( const QString &connection, const QString &schema )
{
  GDALDatasetH database = openDatabase( connection, QString(), true );
  if ( !database )
    return ogr::lastError( QObject::tr( "cannot connect to the database" ) );
  const QByteArray s = quotedIdentifier( schema );
  const QByteArray reader = quotedIdentifier( readerRole( schema ) );
  const QByteArray editor = quotedIdentifier( editorRole( schema ) );
  const QList<QByteArray> statements{
      "CREATE ROLE " + reader + " NOLOGIN",
      "CREATE ROLE " + editor + " NOLOGIN",
      "GRANT " + reader + " TO " + editor,
      "REVOKE ALL ON SCHEMA " + s + " FROM PUBLIC",
      "REVOKE ALL ON ALL TABLES IN SCHEMA " + s + " FROM PUBLIC",
      "GRANT USAGE ON SCHEMA " + s + " TO " + reader,
      "GRANT SELECT ON ALL TABLES IN SCHEMA " + s + " TO " + reader,
      "GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA " + s + " TO " + editor,
      "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA " + s + " TO " + editor,
      // The journal is written by the server's trigger alone (running as the publisher).
      "REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON " + s + "." + kJournal + " FROM " + editor,
      "REVOKE USAGE ON SEQUENCE " + s + "." + kJournal + "_sequence_seq FROM " + editor,
  };
  QString error;
  for ( const QByteArray &statement : statements )
  {
    if ( !execute( database, statement, &error ) )
      break;
  }
  GDALClose( database );
  return error.isEmpty() ? QString() : QObject::tr( "cannot give the team its rights: %1" ).arg( error );
}
} // namespace

namespace
{
/**
 * Who changed what, and when, held by the database (issue 16): the analyst's tables (not the
 * tracks and what is derived from them) get a row version, an author and a time that a trigger
 * sets on every insert and update, whatever the client sends (session_user: the role that
 * logged in, which no SET ROLE changes). A second trigger writes each change to the journal
 * table and announces it on the channel "sortie_<schema>" (NOTIFY, delivered at commit), from
 * a function that runs as the publisher: editors can neither write nor forge the journal.
 */
// 'events', 'event_sources', ...: the tables that carry an edit history, as SQL literals.
QByteArray editedTableList()
{
  QByteArray list;
  for ( const EditedTable &edited : kEditedTables )
    list += ( list.isEmpty() ? "'" : ", '" ) + QByteArray( edited.table ) + "'";
  return list;
}

QString addEditHistory( const QString &connection, const QString &schema )
{
  pg::Connection database( connection );
  if ( !database.ok() )
    return database.error();
  const QByteArray s = quotedIdentifier( schema );
  const QByteArray channel = "sortie_" + schema.toUtf8(); // a checked name: [a-z0-9_]
  QList<QByteArray> statements{
      "CREATE TABLE " + s + "." + kJournal +
          " (sequence bigserial PRIMARY KEY, transaction_id bigint NOT NULL DEFAULT txid_current(), "
          "changed_at timestamptz NOT NULL DEFAULT now(), author text NOT NULL DEFAULT session_user, "
          "table_name text NOT NULL, item text, operation text NOT NULL, row_version bigint)",
      "CREATE FUNCTION " + s +
          ".sortie_stamp() RETURNS trigger LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$ "
          "BEGIN "
          "IF TG_OP = 'UPDATE' THEN NEW.row_version := OLD.row_version + 1; ELSE NEW.row_version := 1; END "
          "IF; "
          "NEW.modified_by := session_user; NEW.modified_at := now(); RETURN NEW; END $$",
      "CREATE FUNCTION " + s +
          ".sortie_record() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER "
          "SET search_path = pg_catalog, pg_temp AS $$ DECLARE changed record; key text; BEGIN "
          // Only for this project's tables: a trigger someone puts on a table of their own
          // (a temporary one) would otherwise journal as the publisher.
          "IF TG_TABLE_SCHEMA <> '" +
          schema.toUtf8() + "' OR NOT TG_TABLE_NAME = ANY ( ARRAY[" + editedTableList() +
          "] ) THEN RAISE EXCEPTION 'not a table of this team project'; END IF; "
          "IF TG_OP = 'DELETE' THEN changed := OLD; ELSE changed := NEW; END IF; "
          "key := to_jsonb( changed ) ->> TG_ARGV[0]; "
          "INSERT INTO " +
          s + "." + kJournal +
          " ( table_name, item, operation, row_version ) VALUES ( TG_TABLE_NAME, key, TG_OP, "
          "CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE changed.row_version END ); "
          "PERFORM pg_notify( '" +
          channel +
          "', json_build_object( 'table', TG_TABLE_NAME, "
          "'item', left( key, 200 ), 'operation', TG_OP, 'author', session_user )::text ); "
          "RETURN NULL; END $$",
  };
  for ( const auto &[table, key] : kEditedTables )
  {
    const QByteArray t = s + "." + quotedIdentifier( QString::fromLatin1( table ) );
    statements << "ALTER TABLE " + t +
                      " ADD COLUMN row_version bigint NOT NULL DEFAULT 1, "
                      "ADD COLUMN modified_by text NOT NULL DEFAULT session_user, "
                      "ADD COLUMN modified_at timestamptz NOT NULL DEFAULT now()"
               << "CREATE TRIGGER sortie_stamp BEFORE INSERT OR UPDATE ON " + t +
                      " FOR EACH ROW EXECUTE FUNCTION " + s + ".sortie_stamp()"
               << "CREATE TRIGGER sortie_record AFTER INSERT OR UPDATE OR DELETE ON " + t +
                      " FOR EACH ROW EXECUTE FUNCTION " + s + ".sortie_record('" + key + "')";
  }
  // Nobody calls them but the triggers (a function is everyone's to run by default).
  statements << "REVOKE EXECUTE ON FUNCTION " + s + ".sortie_stamp(), " + s + ".sortie_record() FROM PUBLIC";
  // One item per id: what an edit names, and what two analysts adding at once contend for.
  for ( const auto &[table, key] :
        { std::pair{ kEvents, "event_id" }, std::pair{ kCorrelations, "correlation_id" },
          std::pair{ kAnnotations, "annotation_id" } } )
    statements += "CREATE UNIQUE INDEX ON " + s + "." + quotedIdentifier( QString::fromLatin1( table ) ) +
                  " (" + key + ")";
  QString error;
  database.run( "BEGIN" );
  for ( const QByteArray &statement : statements )
  {
    if ( !database.run( statement, &error ) )
      break;
  }
  database.run( error.isEmpty() ? "COMMIT" : "ROLLBACK" );
  return error.isEmpty() ? QString() : QObject::tr( "cannot record who edits: %1" ).arg( error );
}
} // namespace

QString publish( const QString &connection, const QString &schema, const ProjectSource &source,
                 const ProjectMeta &meta )
{
  if ( isValidSchemaName( schema ) && schema.size() > kMaxTeamSchemaLength )
    return QObject::tr( "\"%1\" is too long to name a team project (at most %2 characters: its roles "
                        "add _reader and _editor)" )
        .arg( schema )
        .arg( kMaxTeamSchemaLength );
  if ( !isValidSchemaName( schema ) )
    return QObject::tr(
               "\"%1\" cannot name a team project: use lower-case letters, digits and _ (at most 63), "
               "not starting with a digit or pg_" )
        .arg( schema );
  const ogr::QuietErrors quiet;
  CPLErrorReset();
  GDALDatasetH database = openDatabase( connection, QString(), true );
  if ( !database )
    return ogr::lastError( QObject::tr( "cannot connect to the database" ) );
  QString error;
  if ( schemaExists( database, schema ) )
    error = QObject::tr( "the database already has a schema %1: choose another name" ).arg( schema );
  else if ( catalogueHas( database, "pg_roles", "rolname", readerRole( schema ) ) ||
            catalogueHas( database, "pg_roles", "rolname", editorRole( schema ) ) )
    error = QObject::tr( "the server already has a role %1 or %2 (left by another team project, in this or "
                         "another database): drop them or choose another name" )
                .arg( readerRole( schema ), editorRole( schema ) );
  else
    execute( database, QByteArray( "CREATE SCHEMA " ) + quotedIdentifier( schema ), &error );
  GDALClose( database );
  if ( !error.isEmpty() )
    return error;

  GDALDatasetH project = openDatabase( connection, schema, true );
  if ( !project )
    error = ogr::lastError( QObject::tr( "cannot open the new schema %1" ).arg( schema ) );
  else
    error = writeProjectTables( project, source, meta ); // closes it
  if ( error.isEmpty() )
    error = addEditHistory( connection, schema );
  if ( error.isEmpty() )
    error = teamarchive::create( connection, schema ); // empty: positions come with sortie archive
  if ( error.isEmpty() )
    error = grantRoles( connection, schema );
  if ( !error.isEmpty() )
  {
    // Made here a moment ago and holding nothing of anyone else's: it goes with the failure.
    if ( GDALDatasetH cleanup = openDatabase( connection, QString(), true ) )
    {
      QString ignored;
      execute( cleanup, QByteArray( "DROP SCHEMA IF EXISTS " ) + quotedIdentifier( schema ) + " CASCADE",
               &ignored );
      // And the roles it made (none was there before: refused above).
      for ( const QString &role : { editorRole( schema ), readerRole( schema ) } )
        execute( cleanup, QByteArray( "DROP ROLE IF EXISTS " ) + quotedIdentifier( role ), &ignored );
      GDALClose( cleanup );
    }
    return QObject::tr( "Could not publish to %1: %2" ).arg( shownName( schema ), error );
  }
  return QString();
}

namespace
{
ProjectReadResult readFrom( const QString &connection, const QString &schema,
                            ProjectReadResult ( *reader )( GDALDatasetH, const QString & ) )
{
  ProjectReadResult refused;
  refused.error = ProjectOpenError::NotFound;
  if ( !isValidSchemaName( schema ) )
  {
    refused.message = QObject::tr( "\"%1\" is not the name of a team project" ).arg( schema );
    return refused;
  }
  const ogr::QuietErrors quiet;
  CPLErrorReset();
  GDALDatasetH project = openDatabase( connection, schema, false );
  if ( !project )
  {
    refused.message = ogr::lastError( QObject::tr( "cannot connect to the database" ) );
    return refused;
  }
  ProjectReadResult result = reader( project, shownName( schema ) );
  GDALClose( project );
  return result;
}
} // namespace

QHash<QString, QString> geometryColumns( const QString &connection, const QString &schema )
{
  QHash<QString, QString> columns;
  pg::Connection database( connection );
  const QByteArray postgis = pg::postgisSchema( database );
  if ( postgis.isEmpty() )
    return columns;
  const pg::Result rows = database.exec( "SELECT f_table_name, f_geometry_column FROM " + postgis +
                                             ".geometry_columns WHERE f_table_schema = $1",
                                         { schema } );
  for ( int r = 0; r < rows.rows(); ++r )
    columns.insert( rows.text( r, 0 ), rows.text( r, 1 ) );
  return columns;
}

QString shareQgisProject( const QString &connection, const QString &schema )
{
  if ( !isValidSchemaName( schema ) )
    return QObject::tr( "\"%1\" is not the name of a team project" ).arg( schema );
  pg::Connection database( connection );
  QString error;
  if ( !database.ok() )
    return database.error();
  database.run( "GRANT SELECT ON " + quotedIdentifier( schema ) + ".qgis_projects TO " +
                    quotedIdentifier( readerRole( schema ) ),
                &error );
  return error;
}

bool parseTeamLink( const QString &link, QString *connection, QString *schema )
{
  if ( !link.startsWith( QLatin1String( "postgresql://" ) ) &&
       !link.startsWith( QLatin1String( "postgres://" ) ) )
    return false;
  QUrl url( link );
  QUrlQuery query( url );
  const QString named = query.queryItemValue( QStringLiteral( "schema" ), QUrl::FullyDecoded );
  if ( !url.isValid() || !isValidSchemaName( named ) )
    return false;
  query.removeAllQueryItems( QStringLiteral( "schema" ) );
  query.removeAllQueryItems( QStringLiteral( "project" ) );
  url.setQuery( query );
  *connection = QString::fromUtf8( url.toEncoded() );
  *schema = named;
  return true;
}

ProjectReadResult read( const QString &connection, const QString &schema )
{
  return readFrom( connection, schema, readProjectTables );
}

ProjectReadResult readWork( const QString &connection, const QString &schema )
{
  return readFrom( connection, schema, readProjectWork );
}

} // namespace sortie::teamproject
