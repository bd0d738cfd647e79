#pragma once

// A real PostgreSQL 15 server with PostGIS for a test (issue 16): initdb into a fresh folder,
// pg_ctl start on a Unix socket in that folder (no TCP port), a database with PostGIS, and
// pg_ctl stop when the test ends. As root (CI), the server runs as the postgres user, which
// PostgreSQL requires. Needs the Debian packages postgresql-15 and postgresql-15-postgis-3
// (scripts/dev.sh installs them): without them start() fails and says why; it never skips.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QStringList>
#include <QTemporaryDir>

#include <unistd.h>

namespace sortie::test
{

class PgServer
{
  public:
    PgServer() = default;
    ~PgServer() { stop(); }
    PgServer( const PgServer & ) = delete;
    PgServer &operator=( const PgServer & ) = delete;

    /** Start the server and make database "sortie" with PostGIS; false with error() when not. */
    bool start()
    {
      const QString bin = QStringLiteral( "/usr/lib/postgresql/15/bin" );
      if ( !QFile::exists( bin + QStringLiteral( "/initdb" ) ) )
        return fail( QStringLiteral( "PostgreSQL 15 is not installed (%1/initdb): apt-get install "
                                     "postgresql-15 postgresql-15-postgis-3" )
                         .arg( bin ) );
      // Not under the test's TMPDIR: the postgres user must reach the folder, and a Unix
      // socket's path must stay short.
      mFolder = std::make_unique<QTemporaryDir>( QStringLiteral( "/tmp/sortie-pg-XXXXXX" ) );
      if ( !mFolder->isValid() )
        return fail( QStringLiteral( "no temporary folder for the server" ) );
      mData = mFolder->filePath( QStringLiteral( "data" ) );
      if ( ::geteuid() == 0 &&
           !run( { QStringLiteral( "chown" ), QStringLiteral( "postgres:postgres" ), mFolder->path() } ) )
        return false;
      if ( !runAsServerUser( { bin + QStringLiteral( "/initdb" ), QStringLiteral( "-D" ), mData,
                               QStringLiteral( "-A" ), QStringLiteral( "trust" ), QStringLiteral( "-U" ),
                               superuser(), QStringLiteral( "-E" ), QStringLiteral( "UTF8" ),
                               QStringLiteral( "--no-locale" ) } ) )
        return false;
      const QString options = QStringLiteral( "-c listen_addresses='' -k %1" ).arg( mFolder->path() );
      if ( !runAsServerUser( { bin + QStringLiteral( "/pg_ctl" ), QStringLiteral( "-D" ), mData,
                               QStringLiteral( "-o" ), options, QStringLiteral( "-l" ),
                               mFolder->filePath( QStringLiteral( "server.log" ) ), QStringLiteral( "-w" ),
                               QStringLiteral( "start" ) } ) )
        return false;
      mRunning = true;
      return psql( QStringLiteral( "postgres" ), QStringLiteral( "CREATE DATABASE sortie" ) ) &&
             psql( QStringLiteral( "sortie" ), QStringLiteral( "CREATE EXTENSION postgis" ) );
    }

    /** libpq's connection string for database "sortie" as @p user (default: the superuser). */
    QString connection( const QString &user = QString() ) const
    {
      return QStringLiteral( "host=%1 dbname=sortie user=%2" )
          .arg( mFolder->path(), user.isEmpty() ? superuser() : user );
    }

    /** The folder of the server's Unix socket (libpq's "host"). */
    QString socketFolder() const { return mFolder->path(); }

    /** Run @p sql in @p database with psql as @p user (default: the superuser); false with error() when it
     * fails. */
    bool psql( const QString &database, const QString &sql, QString *output = nullptr,
               const QString &user = QString() )
    {
      return run( { QStringLiteral( "psql" ), QStringLiteral( "-X" ), QStringLiteral( "-q" ),
                    QStringLiteral( "-t" ), QStringLiteral( "-A" ), QStringLiteral( "-v" ),
                    QStringLiteral( "ON_ERROR_STOP=1" ), QStringLiteral( "-h" ), mFolder->path(),
                    QStringLiteral( "-U" ), user.isEmpty() ? superuser() : user, QStringLiteral( "-d" ),
                    database, QStringLiteral( "-c" ), sql },
                  output );
    }

    void stop()
    {
      if ( !mRunning )
        return;
      mRunning = false;
      runAsServerUser( { QStringLiteral( "/usr/lib/postgresql/15/bin/pg_ctl" ), QStringLiteral( "-D" ), mData,
                         QStringLiteral( "-m" ), QStringLiteral( "fast" ), QStringLiteral( "-w" ),
                         QStringLiteral( "stop" ) } );
    }

    QString error() const { return mError; }

    /** The role that made the server: owner of everything in it. */
    static QString superuser() { return QStringLiteral( "sortie_admin" ); }

  private:
    bool fail( const QString &error )
    {
      mError = error;
      return false;
    }

    bool runAsServerUser( QStringList command )
    {
      if ( ::geteuid() == 0 )
        command = QStringList{ QStringLiteral( "runuser" ), QStringLiteral( "-u" ),
                               QStringLiteral( "postgres" ), QStringLiteral( "--" ) } +
                  command;
      return run( command );
    }

    bool run( const QStringList &command, QString *output = nullptr )
    {
      QProcess process;
      process.setProcessChannelMode( QProcess::MergedChannels );
      process.start( command.first(), command.mid( 1 ) );
      if ( !process.waitForFinished( 120000 ) || process.exitStatus() != QProcess::NormalExit ||
           process.exitCode() != 0 )
      {
        QString log;
        if ( mFolder )
        {
          QFile server( mFolder->filePath( QStringLiteral( "server.log" ) ) );
          if ( server.open( QIODevice::ReadOnly ) )
            log = QString::fromUtf8( server.readAll().right( 2000 ) );
        }
        return fail(
            QStringLiteral( "%1 failed: %2 %3" )
                .arg( command.join( QLatin1Char( ' ' ) ), QString::fromUtf8( process.readAll() ), log ) );
      }
      if ( output )
        *output = QString::fromUtf8( process.readAll() ).trimmed();
      return true;
    }

    std::unique_ptr<QTemporaryDir> mFolder;
    QString mData;
    QString mError;
    bool mRunning = false;
};

} // namespace sortie::test
