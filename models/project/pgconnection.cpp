#include "models/project/pgconnection.h"

#include <QDate>
#include <QDateTime>
#include <QObject>
#include <QTimeZone>

#include <charconv>
#include <cmath>
#include <libpq-fe.h>
#include <limits>
#include <vector>

namespace sortie::pg
{

Result::Result( pg_result *result )
  : mResult( result, PQclear )
{
}

bool Result::ok() const
{
  const ExecStatusType status = mResult ? PQresultStatus( mResult.get() ) : PGRES_FATAL_ERROR;
  return status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
}

int Result::rows() const
{
  return ok() ? PQntuples( mResult.get() ) : 0;
}

bool Result::isNull( int row, int column ) const
{
  return row >= rows() || column >= PQnfields( mResult.get() ) || PQgetisnull( mResult.get(), row, column );
}

QString Result::text( int row, int column ) const
{
  return isNull( row, column ) ? QString() : QString::fromUtf8( PQgetvalue( mResult.get(), row, column ) );
}

qint64 Result::integer( int row, int column ) const
{
  qint64 value = 0;
  if ( !isNull( row, column ) )
  {
    const char *text = PQgetvalue( mResult.get(), row, column );
    std::from_chars( text, text + PQgetlength( mResult.get(), row, column ), value );
  }
  return value;
}

double Result::number( int row, int column ) const
{
  // from_chars: C's format whatever the process's locale (strtod would read "12.5" as 12 in
  // a Russian one).
  double value = std::numeric_limits<double>::quiet_NaN();
  if ( !isNull( row, column ) )
  {
    const char *text = PQgetvalue( mResult.get(), row, column );
    std::from_chars( text, text + PQgetlength( mResult.get(), row, column ), value );
  }
  return value;
}

qint64 Result::changed() const
{
  return ok() ? QByteArray( PQcmdTuples( mResult.get() ) ).toLongLong() : 0;
}

bool Result::waitsForCopy() const
{
  return mResult && PQresultStatus( mResult.get() ) == PGRES_COPY_IN;
}

QString Result::error() const
{
  return mResult ? QString::fromUtf8( PQresultErrorMessage( mResult.get() ) ).trimmed()
                 : QObject::tr( "no answer from the database" );
}

QString Result::state() const
{
  const char *state = mResult ? PQresultErrorField( mResult.get(), PG_DIAG_SQLSTATE ) : nullptr;
  return state ? QString::fromLatin1( state ) : QString();
}

namespace
{
/**
 * Connects with @p connectionString, named "Sortie" in pg_stat_activity unless it names
 * itself, in UTF-8 whatever the database's encoding (text is sent and read as UTF-8, as GDAL's
 * driver does; a later keyword overrides the string's).
 */
pg_conn *connect( const QString &connectionString )
{
  const QByteArray expanded = connectionString.toUtf8();
  const char *const keywords[] = { "dbname", "fallback_application_name", "client_encoding", nullptr };
  const char *const values[] = { expanded.constData(), "Sortie", "UTF8", nullptr };
  return PQconnectdbParams( keywords, values, 1 );
}
} // namespace

Connection::Connection( const QString &connectionString )
  : mConnection( connect( connectionString ) )
{
  if ( ok() )
  {
    // Times cross the wire in UTC whatever the server's or the role's setting, and every
    // name is qualified by its schema: nothing of the session's own path is trusted.
    run( "SET TIME ZONE 'UTC'" );
    run( "SET search_path = pg_catalog, pg_temp" );
  }
}

Connection::~Connection()
{
  PQfinish( mConnection );
}

bool Connection::ok() const
{
  return mConnection && PQstatus( mConnection ) == CONNECTION_OK;
}

QString Connection::error() const
{
  return mConnection ? QString::fromUtf8( PQerrorMessage( mConnection ) ).trimmed()
                     : QObject::tr( "out of memory" );
}

Result Connection::exec( const QByteArray &sql, const QVector<QVariant> &parameters )
{
  std::vector<QByteArray> texts;
  texts.reserve( static_cast<std::size_t>( parameters.size() ) );
  std::vector<const char *> values;
  for ( const QVariant &parameter : parameters )
  {
    // NULL as GDAL writes it (ogrsupport.cpp), whichever Qt: no value, an invalid date or time,
    // a number that is not finite; an empty or null string is an empty string (Qt 5 calls a
    // variant holding a null QString null, Qt 6 does not).
    const int type = parameter.userType();
    const bool nullValue = !parameter.isValid() ||
                           ( type == QMetaType::QDate && !parameter.toDate().isValid() ) ||
                           ( type == QMetaType::QDateTime && !parameter.toDateTime().isValid() ) ||
                           ( type == QMetaType::Double && !std::isfinite( parameter.toDouble() ) );
    if ( nullValue )
    {
      values.push_back( nullptr );
      continue;
    }
    QByteArray text;
    switch ( parameter.userType() )
    {
    case QMetaType::QDateTime:
      text = parameter.toDateTime().toTimeZone( QTimeZone::utc() ).toString( Qt::ISODateWithMs ).toUtf8();
      break;
    case QMetaType::QDate:
      text = parameter.toDate().toString( Qt::ISODate ).toUtf8();
      break;
    case QMetaType::Double:
      text = QByteArray::number( parameter.toDouble(), 'g', 17 );
      break;
    default:
      text = parameter.toString().toUtf8();
    }
    texts.push_back( text );
    values.push_back( texts.back().constData() );
  }
  return Result( PQexecParams( mConnection, sql.constData(), static_cast<int>( values.size() ), nullptr,
                               values.data(), nullptr, nullptr, 0 ) );
}

bool Connection::run( const QByteArray &sql, QString *error, const QVector<QVariant> &parameters )
{
  const Result result = exec( sql, parameters );
  if ( !result.ok() && error )
    *error = result.error();
  return result.ok();
}

bool Connection::copyIn( const QByteArray &copySql, const std::function<bool( QByteArray &lines )> &produce,
                         QString *error )
{
  const Result started( PQexec( mConnection, copySql.constData() ) );
  if ( !started.waitsForCopy() )
  {
    if ( error )
      *error = started.error();
    return false;
  }
  QByteArray lines;
  bool more = true;
  bool sent = true;
  while ( more && sent )
  {
    lines.clear();
    more = produce( lines );
    sent = lines.isEmpty() || PQputCopyData( mConnection, lines.constData(), lines.size() ) == 1;
  }
  // Ended either way: a refusal of ours (sent false) makes the server drop the rows.
  if ( PQputCopyEnd( mConnection, sent ? nullptr : "the client stopped" ) != 1 )
  {
    if ( error )
      *error = this->error();
    return false;
  }
  bool ok = sent;
  while ( pg_result *result = PQgetResult( mConnection ) )
  {
    const Result finished( result );
    if ( !finished.ok() )
    {
      ok = false;
      if ( error )
        *error = finished.error();
    }
  }
  if ( !sent && error && error->isEmpty() )
    *error = this->error();
  return ok;
}

QMap<QString, QString> connectionParameters( const QString &connection )
{
  QMap<QString, QString> parameters;
  char *error = nullptr;
  PQconninfoOption *options = PQconninfoParse( connection.toUtf8().constData(), &error );
  if ( error )
    PQfreemem( error );
  if ( !options )
    return parameters;
  for ( PQconninfoOption *option = options; option->keyword; ++option )
  {
    if ( option->val && *option->val && qstrcmp( option->keyword, "password" ) != 0 )
      parameters.insert( QString::fromUtf8( option->keyword ), QString::fromUtf8( option->val ) );
  }
  PQconninfoFree( options );
  return parameters;
}

QByteArray quotedIdentifier( const QString &name )
{
  QByteArray quoted = name.toUtf8();
  quoted.replace( '"', "\"\"" );
  return QByteArray( 1, '"' ) + quoted + '"';
}

QByteArray postgisSchema( Connection &database )
{
  const Result postgis = database.exec(
      "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = "
      "'postgis'" );
  return postgis.rows() == 1 ? quotedIdentifier( postgis.text( 0, 0 ) ) : QByteArray();
}

} // namespace sortie::pg
