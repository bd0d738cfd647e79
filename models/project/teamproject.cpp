#include "models/project/teamproject.h"

#include "models/io/gdalsupport.h"
#include "models/project/ogrsupport.h"
#include "models/project/projectdataset.h"

#include <QObject>
#include <QRegularExpression>

#include <cpl_error.h>
#include <cpl_string.h>
#include <gdal.h>

namespace sortie::teamproject
{

namespace
{
// The schema as an SQL identifier, quoted though isValidSchemaName() already allows nothing
// that needs it: two defences, not one.
QByteArray quotedIdentifier( const QString &name )
{
  QByteArray quoted = name.toUtf8();
  quoted.replace( '"', "\"\"" );
  return QByteArray( 1, '"' ) + quoted + '"';
}

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

ProjectReadResult read( const QString &connection, const QString &schema )
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
  ProjectReadResult result = readProjectTables( project, shownName( schema ) );
  GDALClose( project );
  return result;
}

} // namespace sortie::teamproject
