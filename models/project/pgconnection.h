#pragma once

// A thin RAII layer over libpq for the team project (issue 16): one connection, statements
// with bound parameters only (values never spliced into SQL text), results read as Qt
// types. GDAL's PostgreSQL driver publishes and reads the project's tables; what GDAL cannot
// do (LISTEN/NOTIFY, a conditional update that says how many rows it changed, the server's
// functions and triggers) goes through here. Internal to models/project.

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QVariant>
#include <QVector>

#include <functional>
#include <memory>

struct pg_conn;
struct pg_result;

namespace sortie::pg
{

/** A statement's result. */
class Result
{
  public:
    explicit Result( pg_result *result = nullptr );
    /** True when the statement ran (a command, or rows returned). */
    bool ok() const;
    int rows() const;
    bool isNull( int row, int column ) const;
    QString text( int row, int column ) const;
    qint64 integer( int row, int column ) const;
    /** A number column (its text in C's format, whatever the locale); NaN when null. */
    double number( int row, int column ) const;
    /** How many rows an INSERT, UPDATE or DELETE changed. */
    qint64 changed() const;
    /** Whether the server now waits for a COPY's rows (Connection::copyIn()). */
    bool waitsForCopy() const;
    /** The server's message when not ok(). */
    QString error() const;
    /** The SQLSTATE when not ok() (e.g. "42501": insufficient privilege). */
    QString state() const;

  private:
    std::shared_ptr<pg_result> mResult;
};

/** One connection to a PostgreSQL database, by libpq's connection string or URI. */
class Connection
{
  public:
    explicit Connection( const QString &connectionString );
    ~Connection();
    Connection( const Connection & ) = delete;
    Connection &operator=( const Connection & ) = delete;

    bool ok() const;
    /** Why the connection failed or broke. */
    QString error() const;
    /**
     * Run @p sql with @p parameters bound as $1, $2… (text format): QString, int, qint64, double,
     * QDateTime (UTC, to the millisecond), QDate; a null QVariant is NULL.
     */
    Result exec( const QByteArray &sql, const QVector<QVariant> &parameters = {} );
    /** Run @p sql; false with the server's message in @p error (when given). */
    bool run( const QByteArray &sql, QString *error = nullptr, const QVector<QVariant> &parameters = {} );

    /**
     * Run @p copySql, a COPY ... FROM STDIN in text format, sending what @p produce appends
     * to its argument (whole lines, each ending in a newline) until it returns false. False
     * with the server's message in @p error when the server refused any of it.
     */
    bool copyIn( const QByteArray &copySql, const std::function<bool( QByteArray &lines )> &produce,
                 QString *error );

    pg_conn *handle() const { return mConnection; }

  private:
    pg_conn *mConnection = nullptr;
};

/**
 * The keywords of libpq's connection string or URI @p connection (host, port, dbname, user,
 * service, ...), as libpq reads them; empty when it cannot. Passwords are left out.
 */
QMap<QString, QString> connectionParameters( const QString &connection );

/** @p name as an SQL identifier, double-quoted (quotes inside doubled). */
QByteArray quotedIdentifier( const QString &name );

/**
 * The schema PostGIS is installed in, quoted, for its functions and types by their qualified
 * names (a session's search path is trusted with nothing); empty when it is not installed.
 */
QByteArray postgisSchema( Connection &database );

} // namespace sortie::pg
